"""Decorations named as crosses, stars and hearts are awards ("the Distinguished Flying Cross",
"the Croix de Guerre", "a Purple Heart"), given to the person named after "to" ("the award of
the X to Flight Lieutenant Y"), never to the subject of the verb that approves it, nor to a
"person" the tagger made of the award's own words. The Red Cross is an organisation. The air
forces' officer ranks are ranks, also after "commissioned as a" or "enlistment papers as an"."""

from __future__ import annotations

import pytest

from tests.extract.conftest import values

pytestmark = pytest.mark.slow


def test_a_cross_goes_to_the_person_named_after_to(extract):
    _, _, claims = extract("Edith Carrow was born in 1915 in Hull. The Air Ministry has announced the award "
                           "of the Distinguished Flying Cross to Flight Lieutenant Edith Carrow.")
    assert values(claims, "award_received", "Edith Carrow") == ["Distinguished Flying Cross"]
    assert values(claims, "military_rank", "Edith Carrow") == ["Flight Lieutenant"]


def test_a_french_cross_is_the_subjects_award(extract):
    _, _, claims = extract("Pierre Vallot was born in 1920 in Lille. In 1945 he was awarded the Croix de "
                           "Guerre for his work in the Resistance.")
    assert values(claims, "award_received", "Pierre Vallot") == ["Croix de Guerre"]


def test_a_purple_heart_and_a_silver_star(extract):
    _, _, claims = extract("Walt Dobbins was born in 1921 in Ohio. He received a Purple Heart and the "
                           "Silver Star in 1944.")
    assert values(claims, "award_received", "Walt Dobbins") == ["Purple Heart", "Silver Star"]


def test_the_red_cross_is_no_award(extract):
    _, _, claims = extract("Martha Quist was born in 1890 in Bergen. In 1920 she received a grant from the "
                           "Red Cross.")
    assert values(claims, "award_received", "Martha Quist") == []


def test_an_air_force_rank_held_after_commissioned_as(extract):
    _, _, claims = extract("Ivor Penn was born in 1918 in Cardiff. In 1940 he was commissioned as a Pilot "
                           "Officer in the air force.")
    assert values(claims, "military_rank", "Ivor Penn") == ["Pilot Officer"]
