"""A killing verb whose subject is an illness or an accident names no killer: the death is
natural or accidental, not a homicide."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def manners(claims, name):
    return [c.value for c in claims if c.property == "manner_of_death" and c.subject_name == name]


@pytest.mark.parametrize("text,manner", [
    ("Walter Brennock was a surveyor. He fell from a bridge in May, and the fever that came after killed him.", "natural"),
    ("Walter Brennock was a surveyor. In 1890 a long illness killed him in Lyon.", "natural"),
    ("Walter Brennock was a surveyor. The crash killed him on the spot.", "accident"),
    ("Walter Brennock was a surveyor. He was sickly for years, and it was that disease that killed him in 1890.", "natural"),
])
def test_an_illness_or_accident_as_killer(extract, text, manner):
    _, _, claims = extract(text)
    assert manners(claims, "Walter Brennock") == [manner]


def test_a_person_who_kills_is_still_a_homicide(extract):
    _, _, claims = extract("Walter Brennock was a surveyor. His neighbour killed him in 1890.")
    assert manners(claims, "Walter Brennock") == ["homicide"]



def killers(claims, name):
    return sorted(c.value for c in claims if c.property == "killed_by" and c.subject_name == name)


def test_struck_or_cut_down_by_several_names_each_killer(extract):
    _, _, claims = extract("Eirik Tofason was a jarl. Eirik was struck down by Thomas Haka and Ketil Arnesson at Lunde in 1040.")
    assert manners(claims, "Eirik Tofason") == ["homicide"]
    assert killers(claims, "Eirik Tofason") == ["Ketil Arnesson", "Thomas Haka"]
    _, _, claims = extract("Harald Ketilsson was a king. Harald was wounded in the leg, and finally cut down by Ketil Arnesson.")
    assert killers(claims, "Harald Ketilsson") == ["Ketil Arnesson"]


def test_cutting_down_a_tree_kills_nobody(extract):
    _, _, claims = extract("Sigurd Orsson was a farmer. Sigurd cut down the old oak in 1030.")
    assert not [c for c in claims if c.property in {"manner_of_death", "killed_by", "date_of_death"}]
