"""A page that keeps calling its subject "she" is about a woman even when her name looks male
to the name reader: the next "he" is a man of the page (her husband), never her
(refs.References._spoken_of_as_she)."""

from __future__ import annotations

import pytest

from tests.extract.conftest import values

pytestmark = pytest.mark.slow

_WIFE = ("Mary Ellen Dorsey was a British courier. She was born in 1915 in Hull. She worked in a shop.\n\n"
         "In 1939 she met Paul Grant, a sergeant of the Welsh Guards, and they married on 3 May 1939. "
         "He died of wounds at Tobruk in June 1941 and never saw their son Tom, born on 2 May 1941.")


def test_a_husbands_death_is_not_given_to_a_woman_called_she(extract):
    _, _, claims = extract(_WIFE)
    assert values(claims, "date_of_birth", "Mary Ellen Dorsey") == ["1915"]
    assert not values(claims, "date_of_death", "Mary Ellen Dorsey")
    assert not values(claims, "place_of_death", "Mary Ellen Dorsey")


def test_a_man_called_he_keeps_his_death(extract):
    _, _, claims = extract("Karl Brandt was a nurse. He was born in 1890 in Bremen. He trained in Hamburg.\n\n"
                           "He married Anna Kreis in 1912. She died in 1930 in Kiel. He died in 1950 in Kiel.")
    assert values(claims, "date_of_death", "Karl Brandt") == ["1950"]
    assert values(claims, "place_of_death", "Karl Brandt") == ["Kiel"]


def test_one_she_is_not_enough_to_take_the_subject_from_he(extract):
    """A single "she" (a wife named in passing) never outweighs the page's own "he"."""
    _, _, claims = extract("Hugo Varga was a printer. She was his only sister.\n\nHe died in 1931 in Graz.")
    assert values(claims, "date_of_death", "Hugo Varga") == ["1931"]
