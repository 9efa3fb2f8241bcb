""""Her guardian gave her in marriage to X", "his father promised him in marriage to Y": the one
given (the verb's object) and X are spouses, never the giver; "died there" is the place the
sentence named before the verb."""

from __future__ import annotations

import pytest

from tests.extract.conftest import values

pytestmark = pytest.mark.slow


def test_given_in_marriage_by_an_unnamed_relative(extract):
    _, _, claims = extract("Livia Marsa was born in 20 in Ostia. In 38 her guardian gave her in marriage "
                           "to Decimus Rufo.")
    assert values(claims, "spouse", "Livia Marsa") == ["Decimus Rufo"]


def test_given_in_marriage_by_a_named_relative(extract):
    _, _, claims = extract("Livia Marsa was born in 20 in Ostia. In 38 her grand-uncle Gaius Tullo gave her "
                           "in marriage to Decimus Rufo, who died in 40.")
    assert values(claims, "spouse", "Livia Marsa") == ["Decimus Rufo"]
    assert values(claims, "spouse", "Gaius Tullo") == []


def test_promised_in_marriage(extract):
    _, _, claims = extract("Bernard Ozo was born in 1120 in Tours. In 1140 his father promised him in "
                           "marriage to Adela Vorn.")
    assert values(claims, "spouse", "Bernard Ozo") == ["Adela Vorn"]


def test_died_there_is_the_town_named_before(extract):
    _, _, claims = extract("Karl Wend was born in 1502 in Zug. In 1530 he moved to Lyon, where his brother "
                           "lived, and he died there in 1549.")
    assert values(claims, "place_of_death", "Karl Wend") == ["Lyon"]
