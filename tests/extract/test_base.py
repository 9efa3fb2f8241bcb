"""The extractor protocol and its registry."""

from __future__ import annotations

import pytest

from factoid import extract
from factoid.extract import base
from factoid.extract.infobox import EXTRACTOR as INFOBOX_ID
from factoid.extract.prose import EXTRACTOR as PROSE_ID


def test_infobox_and_prose_are_registered_in_order_with_their_claim_ids():
    ids = [e.id for e in base.extractors()]
    assert ids[:2] == [INFOBOX_ID, PROSE_ID]
    assert all(isinstance(e, base.Extractor) for e in base.extractors())


def test_version_is_parsed_from_the_id():
    assert base.version_of("extract.prose.v12") == ("extract.prose", 12)
    assert base.version_of("handmade") == ("handmade", 0)


def test_registering_something_that_is_not_an_extractor_fails():
    with pytest.raises(TypeError):
        base.register(object())  # type: ignore[arg-type]


def test_a_registered_extractor_runs_on_every_document(monkeypatch):
    seen = []

    class Spy:
        name, version = "extract.spy", 1

        @property
        def id(self) -> str:
            return "extract.spy.v1"

        def run(self, ctx: base.Context) -> list:
            seen.append((ctx.doc.id, ctx.main.name if ctx.main else None))
            return []

    monkeypatch.setattr(base, "_REGISTRY", dict(base._REGISTRY))
    base.register(Spy())
    from factoid import nlp
    from factoid.model import Document as Doc
    from factoid.model import Passage

    text = "Ada Quill was a French botanist. Ada Quill was born in Lyon in 1851."
    doc = Doc("quill.txt", text, "h", len(text), "txt", title="Ada Quill")
    passages = [Passage(doc.id, 0, 0, len(text), text)]
    extract.extract_document(doc, passages, list(nlp.pipe([text])))
    assert seen and seen[0][0] == "quill.txt"
