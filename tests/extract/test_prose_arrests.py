"""Arrests told without the verb "arrest": picked up by the police, taken into custody, detained."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def values(claims, prop):
    return [c.value for c in claims if c.property == prop]


def test_picked_up_by_the_police(extract):
    _, _, claims = extract("Anders Petter Lund was a miner. He was picked up by the Boise police on 3 May 1910, "
                           "beaten, and charged with theft.")
    assert values(claims, "arrested") == ["1910-05-03"]


def test_the_police_picked_him_up(extract):
    _, _, claims = extract("Anders Petter Lund was a miner. The secret police picked him up on 3 May 1910.")
    assert values(claims, "arrested") == ["1910-05-03"]


def test_picked_up_by_a_friend_is_no_arrest(extract):
    _, _, claims = extract("Anders Petter Lund was a miner. He was picked up by his brother on 3 May 1910.")
    assert values(claims, "arrested") == []


def test_taken_into_custody_and_detained(extract):
    _, _, claims = extract("Anders Petter Lund was a miner. He was taken into custody on 3 May 1910.")
    assert values(claims, "arrested") == ["1910-05-03"]
    _, _, claims = extract("Anders Petter Lund was a miner. He was detained by the militia on 3 May 1910.")
    assert values(claims, "arrested") == ["1910-05-03"]


def test_an_undated_arrest_after_the_birth_sentence_is_not_on_the_birthday(extract):
    _, _, claims = extract("Lev Orlik was a revolutionary. He was born on Oct. 26, 1879, at Yanovka, the son of a "
                           "farmer. Arrested as a youth for revolutionary work, he was twice sent to Siberia.")
    assert [c.value for c in claims if c.property == "arrested"] == []
    assert [c.value for c in claims if c.property == "date_of_birth"] == ["1879-10-26"]
