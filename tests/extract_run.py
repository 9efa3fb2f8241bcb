"""One document written for a test, run through the whole extraction stage.

Shared by the prose tests of every language (tests/extract, tests/lang): each builds a document
from its own sentences, parses it and extracts, and every claim's quote must be the text itself,
character for character, before a test looks at the values.
"""

from __future__ import annotations

import hashlib

from factoid.model import Claim, Document, Mention, Passage, PassageRole


def document(text: str, language: str | None = None, doc_id: str = "x.txt") -> tuple[Document, list[Passage]]:
    """A text document whose passages are its blank-line separated chunks, all main text."""
    passages, pos = [], 0
    for i, chunk in enumerate(text.split("\n\n")):
        start = text.index(chunk, pos)
        passages.append(Passage(doc_id, i, start, start + len(chunk), chunk, PassageRole.MAIN, language=language))
        pos = start + len(chunk)
    return Document(doc_id, text, hashlib.sha256(text.encode()).hexdigest(), len(text.encode()), "txt"), passages


def extract_text(text: str, language: str | None = None, doc_id: str = "x.txt") -> tuple[list[Mention], list[Claim]]:
    """Mentions and claims of ``text``; fails the test when a quote is not the text's own."""
    from factoid import nlp
    from factoid.extract import extract_document, processable

    doc, passages = document(text, language, doc_id)
    parsed = list(nlp.pipe([p.text for p in passages if processable(p)]))
    mentions, claims = extract_document(doc, passages, parsed)
    for c in claims:
        assert doc.text[c.span.start : c.span.end] == c.span.quote, c
    return mentions, claims
