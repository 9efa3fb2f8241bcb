"""A Chinese document run through the whole extraction stage, for tests/lang/test_zh*.py."""

from __future__ import annotations

import hashlib

import pytest

from factoid.model import Document, Passage, PassageRole


def _document(text: str) -> tuple[Document, list[Passage]]:
    passages, pos = [], 0
    for i, chunk in enumerate(text.split("\n\n")):
        start = text.index(chunk, pos)
        passages.append(Passage("x.txt", i, start, start + len(chunk), chunk, PassageRole.MAIN, language="zh"))
        pos = start + len(chunk)
    return Document("x.txt", text, hashlib.sha256(text.encode()).hexdigest(), len(text.encode()), "txt"), passages


@pytest.fixture(scope="module")
def extract_zh():
    """(subject, property, value) of every claim of a Chinese text; quotes checked."""
    from factoid import nlp
    from factoid.extract import extract_document, processable

    def run(text: str) -> set[tuple[str, str, str]]:
        doc, passages = _document(text)
        parsed = list(nlp.pipe([p.text for p in passages if processable(p)]))
        _, claims = extract_document(doc, passages, parsed)
        for c in claims:  # quotes are the text itself, character for character
            assert doc.text[c.span.start : c.span.end] == c.span.quote, c
        return {(c.subject_name, c.property, c.value) for c in claims}

    return run
