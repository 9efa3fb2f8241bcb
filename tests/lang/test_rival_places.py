"""A rival version of a birth or death place in the same sentence ("nach anderen Angaben",
"selon d'autres sources", "o en"), read by the rule-based prose reader from each language's
``rivals.toml``, on sentences about invented people written for this test."""

from __future__ import annotations

import pytest
from extract_run import extract_text

pytestmark = pytest.mark.slow


def places(text: str, language: str, prop: str = "place_of_birth") -> set[str]:
    _, claims = extract_text(text, language)
    return {c.value for c in claims if c.property == prop and f".{language}." in c.extractor}


def test_german_other_accounts_give_a_second_birthplace():
    text = ("Karl Wendler\n\nKarl Wendler war ein deutscher Maler. Als Geburtsort wird meist Köln genannt, "
            "nach anderen Angaben das Gut Rheinbach.")
    assert places(text, "de") == {"Köln", "Rheinbach"}


def test_german_or_needs_a_preposition():
    assert places("Karl Wendler\n\nKarl Wendler wurde 1820 in Köln oder in Bonn geboren.", "de") == {"Köln", "Bonn"}
    # "oder Umgebung": German capitalises nouns; a noun after a bare "oder" is no place
    assert places("Karl Wendler\n\nKarl Wendler wurde 1820 in Köln oder Umgebung geboren.", "de") == {"Köln"}


def test_french_other_sources():
    text = ("Jeanne Dupont\n\nJeanne Dupont est née le 3 mai 1820 à Lyon, selon d'autres sources à Vienne.")
    assert places(text, "fr") == {"Lyon", "Vienne"} or places(text, "fr") == {"Lyon", "Vienna"}


def test_a_german_editor_of_a_quoted_newspaper():
    _, claims = extract_text("Karl Wendler\n\nKarl Wendler war ein Dichter. Ab 1880 war er Redakteur der "
                             "liberalen Zeitung „Morgenpost“ in Berlin.", "de")
    offices = {c.value for c in claims if c.property == "position_held"}
    assert any(v.startswith("Redakteur der liberalen Zeitung „Morgenpost“") for v in offices)
