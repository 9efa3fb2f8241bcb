"""Named buildings as places of death: "died in the X Palace", "shot at the Y Prison"."""

from __future__ import annotations

import pytest

from factoid.extract.common import Subject
from factoid.extract.infobox import read_infoboxes

pytestmark = pytest.mark.slow


def values(claims, prop, name=None):
    return [c.value for c in claims if c.property == prop and (name is None or c.subject_name == name)]


def test_died_in_a_palace_after_the_cause(extract):
    _, _, claims = extract("Tomas Verlaine Oduya was a president. He died of a stroke in the Sunrise Palace "
                           "on 3 March 1901.")
    assert "Sunrise Palace" in values(claims, "place_of_death")


def test_shot_at_a_prison_with_the_town_elsewhere(extract):
    _, _, claims = extract("Anders Petter Lund was a miner. He was shot by a firing squad at the Idaho State "
                           "Prison on 2 May 1910.")
    assert "Idaho State Prison" in values(claims, "place_of_death")


def test_executed_at_a_lowercase_prison(extract):
    _, _, claims = extract("Anders Petter Lund was a miner. He was executed at Cedar Hill prison in 1910.")
    assert "Cedar Hill prison" in values(claims, "place_of_death")


def test_a_room_or_a_town_hall_meeting_is_no_building_of_death(extract):
    _, _, claims = extract("Anders Petter Lund was a miner. He died in his room in 1910 after a meeting at "
                           "the Miners Union.")
    assert values(claims, "place_of_death") == []


def test_a_building_in_another_clause_is_not_the_place(extract):
    _, _, claims = extract("Anders Petter Lund was a miner. He worked at the Idaho State Prison and died in "
                           "Boise in 1910.")
    assert "Idaho State Prison" not in values(claims, "place_of_death")


def test_infobox_place_opening_with_a_building_is_two_values():
    import hashlib

    from factoid.model import Document, PassageRole

    text = ("Anders Petter Lund\nBorn 4 June 1879\nStockholm, Sweden\nDied 2 May 1910 (aged 31)\n"
            "Cedar Hill Prison, Boise, Idaho\nOccupation Miner\n")
    doc = Document("box.txt", text, hashlib.sha256(text.encode()).hexdigest(), len(text), "txt")
    claims = list(read_infoboxes(doc, Subject("box.txt@0", "Anders Petter Lund"), role_at=lambda o: PassageRole.MAIN))
    assert sorted(values(claims, "place_of_death")) == ["Boise, Idaho", "Cedar Hill Prison"]


def test_a_building_of_a_named_town_gives_the_town(extract):
    _, _, claims = extract("Anders Petter Lund was a miner. He died at Boise's Mercy Hospital in 1910.")
    assert values(claims, "place_of_death") == ["Boise"]


def test_a_building_in_a_named_town_is_located_there(extract):
    _, _, claims = extract("Anders Petter Lund was a miner. He was hanged in Cedar Hill Prison in Boise in 1910.")
    assert "Cedar Hill Prison, Boise" in values(claims, "place_of_death")


def test_a_realm_the_place_was_part_of_is_no_birthplace(extract):
    """"then part of X" names what contained the town, not a second birthplace."""
    _, _, claims = extract("Tomas Verlaine Oduya was a clerk. He was born in 1850 in Lemberg, then part of "
                           "the Austrian Empire.")
    assert values(claims, "place_of_birth") == ["Lemberg"]


def test_a_realm_after_an_unrecognised_town_gives_no_birthplace(extract):
    _, _, claims = extract("Walter Krivitsky\n\nBorn 28 June 1899 at Podwołoczyska in eastern Galicia, then "
                           "part of Austria-Hungary.")
    assert "Austria-Hungary" not in values(claims, "place_of_birth")


@pytest.mark.parametrize(("sentence", "place"), [
    ("She died of a fever on 3 May 1401, probably at the fortress of Dzveli.", "Dzveli"),
    ("She died in the year 1401 in the castle Kvemotsikhe, after a long illness.", "Kvemotsikhe"),
])
def test_a_stronghold_named_with_or_without_of_is_the_place_of_death(extract, sentence, place):
    _, _, claims = extract("Maria Orlova was a Georgian princess. " + sentence)
    assert values(claims, "place_of_death", "Maria Orlova") == [place]


def test_a_town_hall_is_no_town(extract):
    _, _, claims = extract("Maria Orlova was a Georgian princess. She died in 1401 in the town Hall of Kutaisi.")
    assert "Hall" not in values(claims, "place_of_death")


def test_a_building_named_by_its_owner_with_its_town(extract):
    _, _, claims = extract("Ion Marin was a poet. He died on 15 June 1889, at 4 in the morning, in the sanatorium "
                           "of doctor Petru Vlad from Bucharest.")
    assert sorted(values(claims, "place_of_death", "Ion Marin")) == ["Bucharest", "sanatorium of doctor Petru Vlad, Bucharest"]


def test_a_building_of_a_town_is_not_named_by_an_owner(extract):
    _, _, claims = extract("Ion Marin was a monk. He died in 1312 in the hospital of Lyon.")
    assert "hospital of Lyon" not in values(claims, "place_of_death")
