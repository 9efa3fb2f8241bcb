"""Versions of a death a sentence offers side by side ("died ... either of a fever or
because she refused to eat"): each is a manner, the first told before the "or"; refusing
food until death is a suicide. A short year followed by "as" is a year ("captured in 534 as
she tried to flee"). A question asking for a value ("What really killed X?") asserts no
death; one offering versions ("Was she shot, or did she die of illness?") is read."""

from __future__ import annotations

import pytest

from tests.extract.conftest import values

pytestmark = pytest.mark.slow


def test_either_an_illness_or_refusing_food(extract):
    _, _, claims = extract("Amalasuntha Ostra was born in 495 in Ravenna. One chronicle says she died on the "
                           "journey, either of a fever or because she refused to eat.")
    assert values(claims, "manner_of_death", "Amalasuntha Ostra") == ["natural", "suicide"]


def test_either_an_illness_or_poison(extract):
    _, _, claims = extract("Amalasuntha Ostra was born in 495 in Ravenna. She died in 535, of a fever or by "
                           "poison.")
    assert values(claims, "manner_of_death", "Amalasuntha Ostra") == ["homicide", "natural"]


def test_a_short_year_before_as_is_a_year(extract):
    _, _, claims = extract("Amalasuntha Ostra fled north on a horse but was captured by Gothic nobles in 534 as "
                           "she tried to cross the river.")
    assert values(claims, "arrested", "Amalasuntha Ostra") == ["0534"]


def test_a_question_asserts_no_killing(extract):
    _, _, claims = extract("What really killed Lina Marsh?\n\nLina Marsh was a painter born in 1902 in Vienna. "
                           "Who poisoned her, if anyone? She died in Madras on 11 March 1938.")
    assert values(claims, "manner_of_death", "Lina Marsh") == []
    assert values(claims, "killed_by", "Lina Marsh") == []
    assert values(claims, "date_of_death", "Lina Marsh") == ["1938-03-11"]


def test_a_question_offering_versions_is_read(extract):
    _, _, claims = extract("Lina Marsh was a painter born in 1902 in Vienna.\n\nWas Lina Marsh really tortured "
                           "to death, or did she die of illness?")
    assert "natural" in values(claims, "manner_of_death", "Lina Marsh")
