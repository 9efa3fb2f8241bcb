"""Manner from the phrasing: poison the person takes is a suicide (not the homicide "poison"
alone would give), and a natural disaster that kills is an accident."""

from __future__ import annotations

import pytest

from factoid.extract.manner import manner_of


@pytest.mark.parametrize("phrase", [
    "he took poison at the harbour rather than surrender",
    "where she drank poison so that her captors could not take her",
    "the old king poisoned himself in his tent",
    "he swallowed poison before the guards arrived",
    "the defeated consul fell on his sword",
])
def test_poison_the_person_takes_is_suicide(phrase):
    assert manner_of(phrase) == "suicide"


def test_poison_given_by_another_is_homicide():
    assert manner_of("he was poisoned by his cousin at a banquet") == "homicide"


@pytest.mark.parametrize("phrase", [
    "perished in the great flood that swept the valley",
    "was buried by an avalanche on the pass",
    "died in the earthquake that levelled the port",
    "lost in a shipwreck off the cape",
])
def test_a_natural_disaster_is_an_accident(phrase):
    assert manner_of(phrase) == "accident"
