"""The export view's small rules: how a source is cited, and a line's curation rank."""

from __future__ import annotations

from factoid.exporters.view import SourceDoc, rank


def test_citation_uses_what_the_document_has() -> None:
    assert SourceDoc("003_x.txt").citation() == "003_x.txt"
    assert SourceDoc("a.html", title="A Life").citation() == "A Life"
    assert SourceDoc("a.html", title="A Life", site="Example Wiki", published="2019-05-02").citation() == \
        "A Life (Example Wiki, 2019-05-02)"
    assert SourceDoc("a.html", title="A Life", author="J. Smith", site="Example Wiki").citation() == \
        "J. Smith, A Life (Example Wiki)"


def test_rank_defaults_to_normal() -> None:
    assert rank({}) == "normal" and rank({"rank": None}) == "normal"
    assert rank({"rank": "deprecated"}) == "deprecated"
