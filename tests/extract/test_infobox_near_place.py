"""A quick-facts place value opened by a lower-case word ("near A, County B") is the place
named after it; a value with no capitalised place, or with a long lower-case phrase, is none."""

from __future__ import annotations

import hashlib

from factoid.extract.common import Subject
from factoid.extract.infobox import read_infoboxes, values
from factoid.model import Document, PassageRole


def test_near_a_town_gives_the_town():
    assert values.place("near Dunmore, County Galway") == "Dunmore, County Galway"


def test_lower_case_value_is_no_place():
    assert values.place("at sea") is None
    assert values.place("somewhere in the hills of Kerry") is None


def test_birthplace_row_near_a_town():
    text = "Conor Hale\nBorn: 1899\nBirthplace: near Dunmore, County Galway\n"
    doc = Document("box.txt", text, hashlib.sha256(text.encode()).hexdigest(), len(text), "txt")
    claims = read_infoboxes(doc, Subject("box.txt@0", "Conor Hale"), role_at=lambda offset: PassageRole.MAIN)
    assert [c.value for c in claims if c.property == "place_of_birth"] == ["Dunmore, County Galway"]
