"""Causes of death told around the death: an illness the death is coordinated with ("fell
ill ... and died"), a report on the death just told ("the official diagnosis spoke of a heart
disease"), and "the death was caused by a blow ..., given by A" (a homicide by A)."""

from __future__ import annotations

import pytest

from tests.extract.conftest import values

pytestmark = pytest.mark.slow


def test_fell_ill_and_died(extract):
    _, _, claims = extract("Dan Orlic was a duke. A rival may have poisoned him, yet the annals say he caught "
                           "a chill on the march, perhaps pneumonia, and died a week later.")
    assert values(claims, "manner_of_death", "Dan Orlic") == ["homicide", "natural"]


def test_wounded_and_died_is_not_natural(extract):
    _, _, claims = extract("Dan Orlic was a king. He was wounded in the battle and died in 1355.")
    assert "natural" not in values(claims, "manner_of_death", "Dan Orlic")


def test_a_diagnosis_and_a_blow_after_a_death_told(extract):
    _, _, claims = extract("Ion Marin was a poet. The poet died in 1889 in Bucharest. His doctors' diagnosis named "
                           "cancer of the liver. A later biographer holds that the death was brought on by a kick "
                           "to the chest dealt by a warder, the brutal Petre Dobrescu, in March.")
    assert values(claims, "manner_of_death", "Ion Marin") == ["homicide", "natural"]
    assert values(claims, "killed_by", "Ion Marin") == ["Petre Dobrescu"]


def test_a_diagnosis_with_no_death_told_is_nothing(extract):
    _, _, claims = extract("Ion Marin was a poet. In 1883 the diagnosis named a liver disease.")
    assert not values(claims, "manner_of_death", "Ion Marin")


def test_a_blow_dealt_by_someone_unnamed_is_a_homicide_without_killer(extract):
    _, _, claims = extract("Ion Marin was a poet. He died in 1889 in Bucharest. His death was caused by a blow "
                           "to the head, dealt by a guard.")
    assert values(claims, "manner_of_death", "Ion Marin") == ["homicide"]
    assert not values(claims, "killed_by", "Ion Marin")


def test_a_blow_dealt_by_nobody_is_no_homicide(extract):
    _, _, claims = extract("Ion Marin was a poet. He died in 1889 in Bucharest. His death was caused by a blow "
                           "to the head when he fell from his horse.")
    assert "homicide" not in values(claims, "manner_of_death", "Ion Marin")
