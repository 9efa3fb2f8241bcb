"""Two places offered as versions of one death ("died at A or B", "either at A or at B"):
each a value, so that the dispute shows; one village the tagger does not know is still a
place when it is joined by "or" to one it knows."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def places(claims, name):
    return sorted({c.value for c in claims if c.property == "place_of_death" and c.subject_name == name})


@pytest.mark.parametrize("text", [
    "Dan Orlic was a king. He died at Lyon or Paris in 1355.",
    "Dan Orlic was a king. He died in 1355, either at Lyon or at Paris.",
])
def test_two_known_places(extract, text):
    _, _, claims = extract(text)
    assert places(claims, "Dan Orlic") == ["Lyon", "Paris"]


def test_an_unknown_village_or_a_known_town(extract):
    _, _, claims = extract("Dan Orlic was a king. He died in 1355 at Kolarci or Skopje.")
    assert places(claims, "Dan Orlic") == ["Kolarci", "Skopje"]


def test_a_person_joined_by_or_is_no_place(extract):
    _, _, claims = extract("Dan Orlic was a king. He died in 1355 at Lyon, and Peter or Paul buried him.")
    assert "Peter" not in places(claims, "Dan Orlic") and "Paul" not in places(claims, "Dan Orlic")
