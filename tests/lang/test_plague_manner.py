"""Dying of the plague or in an epidemic is a natural death in every language with manner
wordings; words that only look alike (a city, an adverb, a surname) are not. Phrases written
for this test."""

from __future__ import annotations

import pytest

from factoid.extract.manner import manner_of


@pytest.mark.parametrize(("text", "code"), [
    ("morì durante l'epidemia di peste", "it"),
    ("starb 1349 an der Pest", "de"),
    ("zmarł w czasie zarazy", "pl"),
    ("mourut de la peste", "fr"),
    ("murió de peste en Sevilla", "es"),
    ("zemřel na mor", "cs"),
    ("umrl je za kugo", "sl"),
    ("nomira no mēra", "lv"),
    ("mirė nuo maro", "lt"),
    ("suri katku", "et"),
    ("kuoli ruttoon", "fi"),
    ("помер від чуми", "uk"),
])
def test_the_plague_is_a_natural_death(text: str, code: str) -> None:
    assert manner_of(text, code) == "natural"


@pytest.mark.parametrize(("text", "code"), [
    ("starb 1849 in Pest", "de"),
    ("zmarł zaraz po bitwie", "pl"),
    ("помер Іван Чумак", "uk"),
    ("mirė Marijos namuose", "lt"),
])
def test_look_alikes_are_no_manner(text: str, code: str) -> None:
    assert manner_of(text, code) is None
