"""Guards around the English constructions the matrix (matrix/en.toml) made readable: "passed
away" is a death only as one phrase, a rival year needs a word of another authority, a route's
places are not where a killing happened, a namesake father's wife is the subject's mother."""

from __future__ import annotations

import pytest

from tests.extract.conftest import values

pytestmark = pytest.mark.slow


def test_passed_away_is_a_death_and_passed_something_away_is_not(extract):
    _, _, claims = extract("Hugh Blake passed away at York in 1840.")
    assert values(claims, "date_of_death", "Hugh Blake") == ["1840"]
    _, _, claims = extract("Hugh Blake passed the estate away to his son in 1840.")
    assert not values(claims, "date_of_death", "Hugh Blake")


def test_a_later_year_without_a_hedge_is_another_event(extract):
    _, _, claims = extract("Hugh Blake was born in 1790, in 1815 he joined the navy.")
    assert values(claims, "date_of_birth", "Hugh Blake") == ["1790"]


def test_a_hedged_later_year_is_a_rival_version(extract):
    _, _, claims = extract("Hugh Blake was born in 1790 (older accounts give 1792) in York.")
    assert sorted(values(claims, "date_of_birth", "Hugh Blake")) == ["1790", "1792"]


def test_the_places_of_a_route_are_not_the_killing_place(extract):
    _, _, claims = extract("Hugh Blake was shot in 1920 while trying to cross from Austria into Hungary.")
    assert not values(claims, "place_of_death", "Hugh Blake")


def test_a_namesake_fathers_wife_is_the_subjects_mother_not_wife(extract):
    _, _, claims = extract("Hugh Blake was born in York in 1790, a son of Hugh Blake, a weaver, and his wife "
                           "Ann Pole.")
    assert values(claims, "mother", "Hugh Blake") == ["Ann Pole"]
    assert not values(claims, "spouse", "Hugh Blake")


def test_a_father_who_only_shares_the_surname_is_no_namesake(extract):
    _, _, claims = extract("Clara Brandt was born in 1880 in Poznan. She was the second daughter of a grain "
                           "dealer, Samuel Brandt, and his wife Dora Fein.")
    assert values(claims, "father", "Clara Brandt") == ["Samuel Brandt"]
    assert values(claims, "mother", "Clara Brandt") == ["Dora Fein"]


@pytest.mark.parametrize("text, child, father, mother", [
    ("Clara Brandt was born in 1880 in Poznan. She was the second daughter of a grain dealer, Samuel Kohn, and "
     "his wife Dora Fein.", "Clara Brandt", "Samuel Kohn", "Dora Fein"),
    ("Piet Olsen was born in 1901. He was the youngest child of a fisherman, Lars Olsen, and his wife Mette Berg.",
     "Piet Olsen", "Lars Olsen", "Mette Berg"),
    ("Mara Lind was born in 1901. She was the eldest daughter of a baker in Oslo, Henrik Dahl, and his wife Ruth "
     "Moe.", "Mara Lind", "Henrik Dahl", "Ruth Moe"),
])
def test_a_parent_named_after_his_trade_and_his_wife_are_both_parents(extract, text, child, father, mother):
    """The parse hangs the name after "a <trade>," on the child noun or the verb depending on the
    names; the father and mother must not depend on which."""
    _, _, claims = extract(text)
    assert values(claims, "father", child) == [father]
    assert values(claims, "mother", child) == [mother]
    assert values(claims, "spouse", father) == [mother]
    assert not values(claims, "spouse", child)


def test_a_father_the_mentions_took_for_the_subject_gives_no_wife_to_her(extract):
    """"a dealer, Brandt, and his wife B" on Anna Brandt's page: the bare surname is read as
    her; B is still her mother, never her wife."""
    _, _, claims = extract("Anna Brandt was born in 1880 in Poznan. She was the second daughter of a grain "
                           "dealer, Brandt, and his wife Dora Fein.")
    assert not values(claims, "spouse", "Anna Brandt")
    assert values(claims, "mother", "Anna Brandt") == ["Dora Fein"]
