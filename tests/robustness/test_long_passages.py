"""Issue 15.1: a very long paragraph is cut at sentence ends, and a document the parser cannot
take is named while the rest of the build goes on."""

from __future__ import annotations

from pathlib import Path

import pytest

from factoid import api, nlp
from factoid.model import Document
from factoid.passages import MAX_PASSAGE_CHARS, split_passages


def _doc(text: str) -> Document:
    return Document("long.txt", text, "h", len(text), "text")


def test_a_long_one_line_text_is_cut_at_sentence_ends_without_losing_a_character() -> None:
    sentences = [f"Witness {i} saw Pavel Fitin in Kuibyshev in 194{i % 10}. " for i in range(2500)]
    text = "".join(sentences).strip()  # about 130,000 characters on one line
    passages = split_passages(_doc(text))
    assert len(passages) > 20
    assert all(len(p.text) <= MAX_PASSAGE_CHARS for p in passages)
    assert all(text[p.start:p.end] == p.text for p in passages)
    assert all(p.text.endswith(".") for p in passages)  # cut after a sentence, not inside one
    assert " ".join(p.text for p in passages) == text  # nothing dropped: the pieces cover it


def test_text_without_sentence_ends_or_spaces_is_still_cut() -> None:
    text = "x" * (3 * MAX_PASSAGE_CHARS + 7)
    passages = split_passages(_doc(text))
    assert [len(p.text) for p in passages] == [MAX_PASSAGE_CHARS] * 3 + [7]


def test_a_document_too_long_to_parse_is_named_and_the_rest_is_built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "short.txt").write_text("Pavel Fitin was born in 1907 in Ozhogino.\n")
    (tmp_path / "docs" / "wide.txt").write_text("Fitin was born in 1907. " * 30 + "\n")
    kb = api.open_kb(str(tmp_path / "kb.db"))
    assert api.ingest(kb, [tmp_path / "docs"]).ok
    monkeypatch.setattr(nlp.load(), "max_length", 400)  # as if a stored passage were too long
    report = api.build(kb)
    assert [doc for doc, _ in report.failed] == ["wide.txt"]
    assert "too long to parse" in report.failed[0][1]
    assert report.extracted == ["short.txt"]
    assert report.claims > 0
