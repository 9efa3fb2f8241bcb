"""Re-anchoring (factoid.curation.anchor): the same quote found again in a changed text."""

from __future__ import annotations

from factoid.curation.anchor import locate, make_anchor, relocate
from factoid.curation.keys import mention_key

OLD = "Ivan Orlov was born in Minsk.\n\nOrlov later moved to Kyiv. Orlov died there in 1950."


def _anchor(quote: str, nth: int = 0) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = OLD.index(quote, start + 1)
    return make_anchor("mention", "d.txt", "old", OLD, start, start + len(quote))


def test_an_unchanged_document_keeps_the_span() -> None:
    a = _anchor("Orlov", 1)
    assert relocate(a, {"d.txt": ("old", OLD)})["key"] == a["key"]


def test_a_paragraph_added_before_moves_the_anchor_to_the_same_occurrence() -> None:
    new = "A new opening paragraph about Orlov.\n\n" + OLD
    a = _anchor("Orlov", 2)  # the third "Orlov": "Orlov died there"
    moved = relocate(a, {"d.txt": ("new", new)})
    assert new[moved["start"]:moved["end"]] == "Orlov"
    assert new[moved["end"]:].startswith(" died there")
    assert moved["key"] == mention_key("new", moved["start"], moved["end"])


def test_a_reworded_sentence_is_found_by_fuzzy_alignment() -> None:
    text = "Intro.\n\nIvan Orlov was born at Minsk.\n"
    a = make_anchor("claim", "d.txt", "old", OLD, 0, 29, "place_of_birth", "Minsk")
    span = locate(text, a)
    assert span is not None and text[span[0]:span[1]].startswith("Ivan Orlov was born")


def test_a_vanished_quote_or_document_is_orphaned() -> None:
    a = _anchor("Ivan Orlov was born in Minsk.")
    assert relocate(a, {"d.txt": ("new", "Nothing of the kind here at all, no.")})["key"] is None
    assert relocate(a, {})["key"] is None
