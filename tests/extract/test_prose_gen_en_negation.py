"""A verb its own "not"/"never" denies tells no event ("She was not executed."), and names
set under "with" beside an execution ("hanged ... together with A, B and C") are companions,
never the place of death. A month-first Old/New Style pair gives the New Style day."""

from __future__ import annotations

import pytest

from tests.extract.conftest import values

pytestmark = pytest.mark.slow


def test_a_denied_execution_gives_no_manner(extract):
    _, _, claims = extract("Anna Kovacs was born in 1590 in Buda. She was not executed. She died in 1640 "
                           "of natural causes.")
    assert values(claims, "manner_of_death", "Anna Kovacs") == ["natural"]


def test_never_arrested_gives_no_arrest(extract):
    _, _, claims = extract("Anna Kovacs was born in 1590 in Buda. In 1630 she was never arrested by the "
                           "city guard.")
    assert values(claims, "arrested", "Anna Kovacs") == []


def test_fellow_convicts_after_together_with_are_no_place(extract):
    _, _, claims = extract("Ada Vunk was born in 1850 in Leeds. She was hanged on the Semyonov parade "
                           "ground together with Zorin, Kibalchich, Orlov and Rysakov.")
    assert values(claims, "manner_of_death", "Ada Vunk") == ["execution"]
    assert values(claims, "place_of_death", "Ada Vunk") == []


def test_companions_after_along_with_are_no_place(extract):
    _, _, claims = extract("Ada Vunk was born in 1850 in Leeds. She was shot along with Tarasov, "
                           "Kibalchich and Lund.")
    assert values(claims, "place_of_death", "Ada Vunk") == []


def test_a_place_before_the_companions_is_still_read(extract):
    _, _, claims = extract("Ada Vunk was born in 1850 in Leeds. She was hanged in Kiev together with "
                           "Zorin and Orlov.")
    assert values(claims, "place_of_death", "Ada Vunk") == ["Kiev"]


def test_a_month_first_style_pair_is_the_new_style_day(extract):
    _, _, claims = extract("Ada Vunk was born in 1850 in Leeds. She was arrested on March 10 (22), 1881 "
                           "in the main street.")
    assert values(claims, "arrested", "Ada Vunk") == ["1881-03-22"]
