"""Shared helpers for extraction tests: tiny documents parsed once per session model."""

from __future__ import annotations

import hashlib

import pytest

from factoid.model import Document, Passage, PassageRole


@pytest.fixture(scope="session")
def nlp_model():
    from factoid import nlp

    return nlp.load()


def make_document(text: str, roles: dict[int, PassageRole] | None = None, doc_id: str = "doc.txt",
                  title: str | None = None) -> tuple[Document, list[Passage]]:
    """A document whose passages are its blank-line separated paragraphs."""
    roles = roles or {}
    passages, pos = [], 0
    for i, chunk in enumerate(text.split("\n\n")):
        start = text.index(chunk, pos)
        passages.append(Passage(doc_id, i, start, start + len(chunk), chunk, roles.get(i, PassageRole.MAIN)))
        pos = start + len(chunk)
    doc = Document(doc_id, text, hashlib.sha256(text.encode()).hexdigest(), len(text.encode()), "txt", title=title)
    return doc, passages


@pytest.fixture(scope="session")
def extract(nlp_model):
    """extract(text, roles=None, title=None) -> (doc, mentions, claims), with every claim's
    quote checked against the document text."""
    from factoid import nlp
    from factoid.extract import extract_document, processable

    def run(text: str, roles: dict[int, PassageRole] | None = None, title: str | None = None):
        doc, passages = make_document(text, roles, title=title)
        parsed = list(nlp.pipe([p.text for p in passages if processable(p)]))
        mentions, claims = extract_document(doc, passages, parsed)
        for c in claims:
            assert doc.text[c.span.start : c.span.end] == c.span.quote, c
        for m in mentions:
            assert doc.text[m.start : m.end] == m.text, m
        return doc, mentions, claims

    return run


def values(claims, prop: str, name: str) -> list[str]:
    """The distinct values of ``prop`` claimed for the subject called ``name``, sorted."""
    return sorted({c.value for c in claims if c.property == prop and c.subject_name == name})
