"""Birthplaces the English prose reader finds in the wordings of local histories and
memorial pages: an unnamed dwelling located by a town, a place that claims the birth, a
passive "was born" whose subject the parser hung elsewhere."""

from __future__ import annotations

import pytest


def values(claims, prop, subject):
    return [c.value for c in claims if c.property == prop and c.subject_name == subject]


@pytest.mark.parametrize("text", [
    'Ruth Gale was born Ruth "Ruthie" Anne Baxter on March 2, 1871, in a sod house about 3 mi south of Millford, in Clay County, Iowa.',
    "Ruth Gale was born in 1871 on a farm near Millford, Iowa.",
    "Ruth Gale was born in 1871 in a cabin four miles east of Millford.",
])
def test_a_dwelling_is_located_by_the_town_named_in_it(extract, text):
    _, _, claims = extract(text)
    assert values(claims, "place_of_birth", "Ruth Gale") == ["Millford"]


def test_a_named_place_after_the_birth_is_still_read(extract):
    _, _, claims = extract("Ruth Gale was born in 1871 in Clay County, Iowa, and grew up on a farm near Millford.")
    assert values(claims, "place_of_birth", "Ruth Gale") == ["Clay County"]


def test_subject_hung_on_a_source_named_before_it(extract):
    _, _, claims = extract("According to the Prairie History Society, Ruth Gale\nwas born in 1871 in Millford.")
    assert values(claims, "place_of_birth", "Ruth Gale") == ["Millford"]
    assert values(claims, "date_of_birth", "Ruth Gale") == ["1871"]


@pytest.mark.parametrize(("sentence", "place"), [
    ("Glen\nHollow, a few miles north, keeps a plaque claiming it to be her town of birth.", "Glen Hollow"),
    ("The village of Ashby also claims to be the place of her birth.", "Ashby"),
])
def test_a_place_claiming_the_birth_is_a_value(extract, sentence, place):
    _, _, claims = extract(f"Ruth Gale was born in 1871 in Millford. {sentence}")
    assert sorted(values(claims, "place_of_birth", "Ruth Gale")) == sorted(["Millford", place])


def test_a_claim_by_a_person_is_no_place(extract):
    _, _, claims = extract("Ruth Gale was born in 1871 in Millford. Her cousin Tom Gale claims to be the keeper of her birth records.")
    assert values(claims, "place_of_birth", "Ruth Gale") == ["Millford"]


@pytest.mark.parametrize("sentence", [
    "The town of Ashby also claims to be her birthplace.",
    "Ashby claims to be her birthplace.",
    "Ashby was her birthplace, some say.",
])
def test_a_place_equated_with_the_birthplace_is_a_value(extract, sentence):
    _, _, claims = extract(f"Ruth Gale was born in 1871 in Millford. {sentence}")
    assert sorted(values(claims, "place_of_birth", "Ruth Gale")) == ["Ashby", "Millford"]


@pytest.mark.parametrize("sentence", [
    "Her birthplace was a farm.",
    "Her birthplace is unknown.",
    "Her cousin claims that the old mill was her birthplace.",
])
def test_a_birthplace_without_a_named_place_gives_nothing(extract, sentence):
    _, _, claims = extract(f"Ruth Gale was born in 1871. {sentence}")
    assert values(claims, "place_of_birth", "Ruth Gale") == []


def test_the_parent_after_the_birth_is_no_birthplace(extract):
    # the tagger takes the chief's name for a place (a county bears it)
    _, _, claims = extract("Wenona Reed was a woman of Virginia. Settlers wrote that she was born around 1596, "
                           "the daughter of Powhatan, and that she was ten when she met Smith.")
    assert values(claims, "place_of_birth", "Wenona Reed") == []
    assert values(claims, "father", "Wenona Reed") == ["Powhatan"]
