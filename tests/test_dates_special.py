"""Alternatives, Old/New Style pairs, centuries, named days and dates in other languages."""

from __future__ import annotations

import pytest

from factoid.dates import find_dates, parse_date
from factoid.dates._calendar import gregorian_of_julian, julian_of_gregorian, julian_offset
from factoid.dates._lexicon import lexicon


def _only(text: str):  # type: ignore[no-untyped-def]
    found = find_dates(text)
    assert len(found) == 1, found
    return found[0]


# --- alternatives ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "edtf", "alternatives"),
    [
        ("The poet was born on 8 or 9 June 1810 in a mill town.", "1810-06-08/1810-06-09",
         ("1810-06-08", "1810-06-09")),
        ("Her diary gives September 2 or 4, 1791, as the day.", "1791-09-02/1791-09-04",
         ("1791-09-02", "1791-09-04")),
        ("The abbey was founded in 1096 or 1097.", "1096/1097", ("1096", "1097")),
        ("Chroniclers date the fire to 1203, 1204, or 1210.", "1203/1210", ("1203", "1204", "1210")),
        ("He sailed on 2 May or 9 May 1620.", "1620-05-02/1620-05-09", ("1620-05-02", "1620-05-09")),
        ("Il est né le 4 ou 5 avril 1658.", "1658-04-04/1658-04-05", ("1658-04-04", "1658-04-05")),
    ],
)
def test_alternatives_are_one_interval_with_each_value_kept(text: str, edtf: str, alternatives: tuple) -> None:
    found = _only(text)
    assert found.value.edtf == edtf
    assert found.value.precision == "alternatives"
    assert found.value.alternatives == alternatives
    assert text[found.start : found.end] == found.text


def test_a_list_without_or_is_several_dates() -> None:
    assert [d.value.edtf for d in find_dates("She toured in 1851, 1853 and 1857.")] == ["1851", "1853", "1857"]


def test_between_is_one_unknown_day_not_a_span() -> None:
    value = parse_date("between 3 March 1702 and 2 March 1703")
    assert value is not None and value.edtf == "1702-03-03/1703-03-02" and value.precision == "between"
    assert parse_date("1702–1703").precision == "interval"  # type: ignore[union-attr]


# --- Old Style / New Style -------------------------------------------------------------------


def test_calendar_conversion_follows_the_growing_gap() -> None:
    assert gregorian_of_julian(1682, 5, 30) == (1682, 6, 9)  # 10 days in the 17th century
    assert gregorian_of_julian(1799, 12, 31) == (1800, 1, 11)
    assert gregorian_of_julian(1917, 10, 25) == (1917, 11, 7)
    assert julian_of_gregorian(1917, 11, 7) == (1917, 10, 25)
    assert [julian_offset(y) for y in (1650, 1750, 1850, 1950)] == [10, 11, 12, 13]


@pytest.mark.parametrize(
    ("text", "edtf", "julian"),
    [
        ("The admiral died on 9 June [O.S. 30 May] 1682 at sea.", "1682-06-09", "1682-05-30"),
        ("born 30 May (O.S.) 1682", "1682-06-09", "1682-05-30"),  # converted from the marker
        ("The mutiny began on 7 November (25 October O.S.) 1917.", "1917-11-07", "1917-10-25"),
        ("He was born 12 (24) February 1842 in a small town.", "1842-02-24", "1842-02-12"),
        ("Она родилась 5 (17) марта 1865 г. в Казани.", "1865-03-17", "1865-03-05"),
        ("родился 3 марта 1865 г. (ст. ст.)", "1865-03-15", "1865-03-03"),
        ("The letter is dated 11 January 1800 [O.S. 31 December 1799].", "1800-01-11", "1799-12-31"),
        ("He died 2 March 1791 (N.S.) in Bristol.", "1791-03-02", None),
        ("родился 5 марта [17 марта1865, в имении", "1865-03-17", "1865-03-05"),  # bracket lost
    ],
)
def test_old_style_is_an_alias_of_the_gregorian_value(text: str, edtf: str, julian: str | None) -> None:
    found = _only(text)
    assert found.value.edtf == edtf
    assert found.value.julian == julian
    assert "XXXX" not in found.value.edtf


def test_two_days_in_brackets_that_are_not_one_day_in_two_calendars_stay_apart() -> None:
    found = find_dates("It happened on 2 March (5 March) 1850.")
    assert "1850-03-02" not in [d.value.julian for d in found]
    assert all(d.value.julian is None for d in find_dates("born 3 (4) May 1900"))


def test_life_span_with_a_double_date_keeps_both_ends() -> None:
    found = _only("(c. 1710 – 18 March [O.S. 7 March] 1761)")
    assert found.value.edtf.split("/")[1].startswith("1761-03-18")


# --- words and other languages ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "edtf"),
    [
        ("Halloween 1899", "1899-10-31"),
        ("Christmas Day 1642", "1642-12-25"),
        ("le 14 juillet 1789", "1789-07-14"),
        ("am 3. Oktober 1990", "1990-10-03"),
        ("el 2 de mayo de 1808", "1808-05-02"),
        ("il 24 maggio 1915", "1915-05-24"),
        ("dnia 11 listopada 1918", "1918-11-11"),
        ("28. října 1918", "1918-10-28"),
        ("24 серпня 1991 р.", "1991-08-24"),
        ("в мае 1945 года", "1945-05"),
        ("в 1703 году", "1703"),
        ("около 1550 г.", "1550~"),
        ("vers 1480", "1480~"),
        ("XIV век", "1301/1400"),
        ("the 12th century", "1101/1200"),
        ("в конце 1940-х", "1940/1949"),
        ("in den 1920er Jahren", "1920/1929"),
        ("les années 1960", "1960/1969"),
    ],
)
def test_dates_in_words_and_other_languages(text: str, edtf: str) -> None:
    found = find_dates(text)
    assert [d.value.edtf for d in found] == [edtf]


def test_foreign_month_names_need_a_number_beside_them() -> None:
    assert find_dates("He flew to Mars and back.") == []
    assert find_dates("Le mois de mai est doux.") == []


def test_month_names_are_data_and_never_clash() -> None:
    lex = lexicon()
    assert lex.month_number["января"] == 1 and lex.month_number["août"] == 8
    assert lex.month_number["listopada"] == 11
    assert "may" not in lex.month_number or lex.month_number["may"] == 5
    assert "may" not in [f for f in lex.month_forms if f == "may"]  # "may" is a verb in English
