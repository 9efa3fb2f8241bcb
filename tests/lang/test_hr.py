"""Croatian, read by the rule-based prose reader from data alone (lang/hr/), on a biography of
an invented person written for this test: a year written with its full stop ("1880. u
Zagrebu") does not end the sentence, places come back from the locative, a wife from the
instrumental."""

from __future__ import annotations

import pytest
from extract_run import extract_text

from factoid.extract.prose_rules import LANGUAGES
from factoid.ingest.language import guess_language

pytestmark = pytest.mark.slow

PAGE = ("Ivan Horvatić\n\nIvan Horvatić bio je hrvatski pjesnik. Rođen je 4. ožujka 1880. u Zagrebu, a umro je "
        "2. rujna 1931. u Splitu od tuberkuloze. Oženio se Marijom Kovač.")


def test_croatian_is_a_rule_language_told_from_slovene_and_czech() -> None:
    assert "hr" in LANGUAGES
    assert guess_language(PAGE.split("\n\n")[1]) == "hr"


def test_birth_death_and_a_wife() -> None:
    _, found = extract_text(PAGE, "hr")
    claims = {(c.property, c.value) for c in found if c.subject_name == "Ivan Horvatić" and ".hr." in c.extractor}
    assert {("date_of_birth", "1880-03-04"), ("place_of_birth", "Zagreb"), ("date_of_death", "1931-09-02"),
            ("place_of_death", "Split"), ("manner_of_death", "natural"), ("spouse", "Marija Kovač")} <= claims
