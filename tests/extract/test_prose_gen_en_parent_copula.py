"""A parent named across a copula however the sentence is turned: "her father is without doubt
A" (a certainty phrase the parser takes for a preposition over the name), and "the poet B was
her father" (the name in apposition to the subject noun), reported or not."""

from __future__ import annotations

import pytest

from tests.extract.conftest import values

pytestmark = pytest.mark.slow

OPENING = "Anna Kell was born in Bergen on 3 May 1850. Her mother, Ida Holm, was a seamstress"


def test_a_father_past_without_doubt(extract):
    _, _, claims = extract(OPENING + "; her father is without doubt Olaf Dahl, the family's lodger.")
    assert values(claims, "father", "Anna Kell") == ["Olaf Dahl"]


def test_a_father_past_beyond_doubt(extract):
    _, _, claims = extract(OPENING + ". Her father is beyond doubt Olaf Dahl.")
    assert values(claims, "father", "Anna Kell") == ["Olaf Dahl"]


def test_without_doubt_before_no_name_gives_no_father(extract):
    _, _, claims = extract(OPENING + ". Her father is without doubt the best-known sailor of the town.")
    assert values(claims, "father", "Anna Kell") == []


def test_a_described_name_was_her_father(extract):
    _, _, claims = extract(OPENING + ". Some have affirmed that the poet Johan Lindqvist was her father, "
                                     "but nothing proves it.")
    assert values(claims, "father", "Anna Kell") == ["Johan Lindqvist"]
