"""Constructions of translated prose: "born ... in the village X of Y province" (a village named
without "of") is born in X, not in the province; a yearless day after a year told earlier in the
same sentence ("In 1879 he is arrested ... and on May 30 of the same year is sentenced") takes that
year, not the year of the sentence before."""

from __future__ import annotations

import pytest

from tests.extract.conftest import values

pytestmark = pytest.mark.slow


def test_village_named_without_of(extract):
    _, _, claims = extract("Ivan Sorov was born on March 3, 1850 in the village Ostrovka of Tula province in "
                           "the family of a smith.")
    assert values(claims, "place_of_birth", "Ivan Sorov") == ["Ostrovka"]


def test_village_then_its_province(extract):
    _, _, claims = extract("Ivan Sorov was born in 1850 in the village Ostrovka in Tula province.")
    assert values(claims, "place_of_birth", "Ivan Sorov") == ["Ostrovka"]


def test_yearless_day_takes_the_year_told_before_it_in_the_sentence(extract):
    _, _, claims = extract("Ivan Sorov was born in 1850 in Tula. In 1870 he entered the Academy.\n"
                           "In 1879 he is arrested for the circle and on May 30 of the same year is "
                           "sentenced to exile.")
    assert values(claims, "sentenced", "Ivan Sorov") == ["1879-05-30"]
