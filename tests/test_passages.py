"""Paragraph splitting: exact offsets, blank lines, one-paragraph-per-line scrapes, hard wraps."""

from __future__ import annotations

from pathlib import Path

import pytest

from factoid.model import Document, Passage
from factoid.passages import split_passages

FIXTURES = Path(__file__).parent / "fixtures" / "roles"


def _doc(text: str, doc_id: str = "t.txt") -> Document:
    return Document(id=doc_id, text=text, content_hash="x", size=len(text), format="txt")


def _texts(text: str) -> list[str]:
    return [p.text for p in split_passages(_doc(text))]


def _assert_exact(doc: Document, passages: list[Passage]) -> None:
    for i, p in enumerate(passages):
        assert p.index == i and p.document_id == doc.id
        assert doc.text[p.start : p.end] == p.text
        assert p.text and p.text == p.text.strip()
    starts = [p.start for p in passages]
    assert starts == sorted(starts)


def test_blank_lines_separate_paragraphs() -> None:
    text = "Orlov was born in 1895.\n\n\n  He fled in 1938.  \n\t\nHe died in 1973."
    assert _texts(text) == ["Orlov was born in 1895.", "He fled in 1938.", "He died in 1973."]


def test_each_line_of_a_scrape_is_a_paragraph() -> None:
    text = "Defection\nIn July 1938 Orlov fled to Canada with his family.\nHe later lived in Cleveland."
    assert _texts(text) == [
        "Defection",
        "In July 1938 Orlov fled to Canada with his family.",
        "He later lived in Cleveland.",
    ]


def test_infobox_rows_stay_separate() -> None:
    text = "Alexander Orlov\nBorn1895\nDied1973\nSpouseMaria Orlova\nRankMajor of State Security"
    assert len(_texts(text)) == 5


def test_hard_wrapped_prose_is_joined() -> None:
    text = (
        "Krivitsky reached New York at the end of 1938 and within months he\n"
        "was writing for a popular weekly about the purges, the trials and the\n"
        "secret negotiations between Moscow and Berlin, which few believed.\n"
        "\n"
        "His book appeared in 1939 and was read by diplomats on both sides of\n"
        "the Atlantic, although many reviewers called it sensational.\n"
    )
    passages = _texts(text)
    assert len(passages) == 2
    assert passages[0].startswith("Krivitsky reached") and passages[0].endswith("few believed.")
    assert passages[0].count("\n") == 2


def test_lowercase_continuation_is_joined_without_a_document_width() -> None:
    text = "* the defector was interrogated for three weeks by the\ngeneral staff before he was taken to Tokyo;"
    assert len(_texts(text)) == 1


def test_doubled_caption_is_not_joined() -> None:
    text = "Krivitsky at his desk in The Hague\nKrivitsky at his desk in The Hague"
    assert _texts(text) == ["Krivitsky at his desk in The Hague"] * 2


def test_windows_line_endings_and_nbsp_are_stripped() -> None:
    doc = _doc("Orlov\r\n\r\n\u00a0He fled in 1938.\u00a0\r\nHe died in 1973.\r\n")
    passages = split_passages(doc)
    _assert_exact(doc, passages)
    assert [p.text for p in passages] == ["Orlov", "He fled in 1938.", "He died in 1973."]


@pytest.mark.parametrize("text", ["", "\n\n", "   \n\t\n"])
def test_empty_documents_have_no_passages(text: str) -> None:
    assert split_passages(_doc(text)) == []


def test_passages_default_to_main_without_duplicate() -> None:
    (passage,) = split_passages(_doc("Orlov fled in 1938."))
    assert passage.role == "main" and passage.duplicate_of is None and passage.key == "t.txt#0"


def test_offsets_are_exact_on_fixtures() -> None:
    for path in sorted(FIXTURES.glob("*.txt")):
        doc = _doc(path.read_text(encoding="utf-8"), path.name)
        _assert_exact(doc, split_passages(doc))


def test_offsets_are_exact_on_sample_corpus(seeds_dir: Path) -> None:
    for path in sorted(seeds_dir.glob("*.txt")):
        doc = _doc(path.read_text(encoding="utf-8"), path.name)
        passages = split_passages(doc)
        assert passages
        _assert_exact(doc, passages)
