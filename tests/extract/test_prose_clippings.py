"""A newspaper item's yearless day takes its year from the item's own dateline and weekday
("died Saturday, March 7" under "Monday, March 9, 1987"), never from the last year the
story told; a weekday that contradicts the story's year drops the day. A relative clause on
the victim ("X, who won ... for Hungary at the 1936 Games, was shot") dates and places
something else, and "the 1936 Olympic Games" names an event, not the death's year; nor is
the date of a clause an "after" clause hangs on ("honoured in 1964, twenty years after he
was shot") the killing's. A title of honour a government "named" someone is an award."""

from __future__ import annotations

import pytest

from tests.extract.conftest import values

pytestmark = pytest.mark.slow

_HEAD = "THE RIVER GAZETTE — Monday, March 9, 1987 — Page 4, Deaths\n\n"


def test_weekday_day_takes_the_datelines_year(extract):
    _, _, claims = extract(_HEAD + "Marta Kowal was born in 1915 in Lodz. In 1962 she married Otto Brenn; they "
                           "parted in 1970.\n\nShe died Saturday, March 7, at Mercy Hospital.")
    assert values(claims, "date_of_death", "Marta Kowal") == ["1987-03-07"]


def test_weekday_day_of_the_year_before_the_dateline(extract):
    _, _, claims = extract("CITY NEWS — Friday, January 2, 1976\n\nPeter Holm was born in 1901 in Oslo. He "
                           "retired in 1966.\n\nHe died Tuesday, December 30, in his home.")
    assert values(claims, "date_of_death", "Peter Holm") == ["1975-12-30"]


def test_weekday_that_contradicts_the_storys_year_drops_the_day(extract):
    _, _, claims = extract("Peter Holm was born in 1901 in Oslo. In 1966 he retired.\n\n"
                           "He died Friday, March 7, in his home.")
    assert values(claims, "date_of_death", "Peter Holm") == []


def test_weekday_that_fits_the_storys_year_keeps_it(extract):
    _, _, claims = extract("Peter Holm was born in 1901 in Oslo. In 1966 he retired.\n\n"
                           "He died Monday, March 7, in his home.")
    assert values(claims, "date_of_death", "Peter Holm") == ["1966-03-07"]


def test_relative_clause_on_the_victim_is_not_the_killing(extract):
    _, _, claims = extract("Marta Kowal, 71, who won the women's 200-meter breaststroke for Hungary at the "
                           "1936 Olympic Games in Berlin, was shot to death Friday night in the lobby of a "
                           "bank, police said.")
    assert values(claims, "manner_of_death", "Marta Kowal") == ["homicide"]
    assert values(claims, "date_of_death", "Marta Kowal") == []
    assert values(claims, "place_of_death", "Marta Kowal") == []


def test_the_killings_own_date_and_place_beside_a_relative_clause(extract):
    _, _, claims = extract("Marta Kowal, who had won a silver medal for Hungary in 1936, was shot to death in "
                           "Chicago on 3 May 1980.")
    assert values(claims, "date_of_death", "Marta Kowal") == ["1980-05-03"]
    assert values(claims, "place_of_death", "Marta Kowal") == ["Chicago"]


def test_the_date_of_the_clause_an_after_clause_hangs_on_is_not_the_killing(extract):
    _, _, claims = extract("Ivan Petrov was honoured in 1964, twenty years after he was shot in Riga.")
    assert values(claims, "manner_of_death", "Ivan Petrov") == ["homicide"]
    assert values(claims, "date_of_death", "Ivan Petrov") == []


@pytest.mark.parametrize("text", [
    "MOSCOW, May 3 — The Soviet Government today named Ivan Petrov, the Latvian-born radio operator who "
    "worked for Moscow in Shanghai, a Hero of the Soviet Union.",
    "In 1965 Ivan Petrov was posthumously named Hero of the Soviet Union.",
    "In 1965 the Presidium proclaimed Ivan Petrov a Hero of the Soviet Union.",
])
def test_a_title_of_honour_conferred_by_naming(extract, text):
    _, _, claims = extract(text)
    assert values(claims, "award_received", "Ivan Petrov") == ["Hero of the Soviet Union"]
