"""A ``[[manner]]`` rule with ``requires`` holds only where that pattern matches too: in
Finnish and Estonian the one verb for "was shot" tells an execution after a court's sentence
and a homicide in a street (``factoid.extract.manner``)."""

from __future__ import annotations

import pytest

from factoid.extract.manner import manner_of


@pytest.mark.parametrize(("text", "code", "manner"), [
    ("Kauppias ammuttiin kadulla Helsingissä vuonna 1921.", "fi", "homicide"),
    ("Sotaoikeus tuomitsi hänet kuolemaan, ja hänet ammuttiin seuraavana aamuna.", "fi", "execution"),
    ("Hänet teloitettiin vuonna 1938.", "fi", "execution"),
    ("Ajakirjanik lasti maha oma kodu ees 1994. aastal.", "et", "homicide"),
    ("Troika mõistis ta surma ja ta lasti maha 1938. aastal.", "et", "execution"),
])
def test_a_shooting_is_an_execution_only_with_a_courts_words(text, code, manner):
    assert manner_of(text, code) == manner


def test_english_is_unchanged():
    assert manner_of("he was shot in the street") == "homicide"
    assert manner_of("he was executed by firing squad") == "execution"
