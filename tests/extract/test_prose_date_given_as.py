"""A date put forward "as the day of his death" / "as the year of her birth": a value of that
date, whatever the sentence weighs it against (the rival sources of a dispute)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def values(claims, prop):
    return sorted(c.value for c in claims if c.property == prop and c.subject_name == "Ramon Ortega")


def test_a_rival_death_date_given_as_the_day_of_death(extract):
    _, _, claims = extract("Ramon Ortega was a general. Some older books give 4 March 1871 as the day of his "
                           "death; most now say he was shot on 3 March 1871.")
    assert values(claims, "date_of_death") == ["1871-03-03", "1871-03-04"]


def test_a_birth_year_recorded_as_the_year_of_birth(extract):
    _, _, claims = extract("Ramon Ortega was a general. The parish registers record 1812 as the year of his birth.")
    assert values(claims, "date_of_birth") == ["1812"]


def test_a_date_after_as_is_not_taken(extract):
    # "as" opens the phrase: a date that follows it belongs to something else
    _, _, claims = extract("Ramon Ortega was a general. He chose the feast as the day of his wedding in 1840.")
    assert values(claims, "date_of_death") == [] and values(claims, "date_of_birth") == []


def test_rival_dates_other_writers_put_a_birth_or_death_at(extract):
    _, _, claims = extract("Ramon Ortega was a general. He was born in 1812 and died in 1871. Older registers "
                           "place his birth in 1810. Most recent scholarship puts his death around 1870, while a "
                           "few writers put his death in 1873.")
    assert values(claims, "date_of_birth") == ["1810", "1812"]
    assert values(claims, "date_of_death") == ["1870~", "1871", "1873"]


def test_a_birthday_given_as_a_date(extract):
    _, _, claims = extract("Ramon Ortega was a general. The parish book gives his birthday as 3 May 1812.")
    assert values(claims, "date_of_birth") == ["1812-05-03"]


def test_giving_birth_is_not_a_date_of_ones_own_birth(extract):
    _, _, claims = extract("Ramon Ortega was a general. His wife Lucia gave birth to a son in 1850, and he put "
                           "his death sentence papers in a drawer in 1860.")
    assert values(claims, "date_of_birth") == [] and values(claims, "date_of_death") == []
