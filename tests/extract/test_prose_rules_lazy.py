"""A language's rules are compiled when a passage in that language is first met, not for
every language on every document: a fresh process rebuilding after one English document
must not compile the patterns of thirty languages (issue 14, rebuild time)."""

from __future__ import annotations

import pytest
from extract_run import extract_text

from factoid.extract import prose_rules

pytestmark = pytest.mark.slow


def test_an_english_document_compiles_no_other_language_s_rules():
    prose_rules.rules.cache_clear()
    extract_text("Edith Varley (1851-1920) was a weaver born in Leeds.\n\nShe married Tom Hale in 1874.", "en")
    assert prose_rules.rules.cache_info().currsize == 0


def test_a_language_s_rules_are_compiled_when_its_passage_is_read():
    prose_rules.rules.cache_clear()
    _, claims = extract_text("Gustav Lenk wurde am 3. Mai 1820 in Köln geboren.", "de")
    assert ("date_of_birth", "1820-05-03") in {(c.property, c.value) for c in claims}
    assert prose_rules.rules.cache_info().currsize == 1  # German's, and no other language's
