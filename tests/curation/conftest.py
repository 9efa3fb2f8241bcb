"""A small corpus of our own (tests/curation/corpus): two women named Anna Petrova whom
resolution merges (a split to make), Lev Feldbin and Alexander Orlov whom it keeps apart
(a merge to make), and sources that disagree on Orlov's birth (a preference to state)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from factoid import api

CORPUS = Path(__file__).parent / "corpus"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return Path(shutil.copytree(CORPUS, tmp_path / "corpus"))


@pytest.fixture
def kb(tmp_path: Path, corpus: Path) -> api.KnowledgeBase:
    kb = api.open_kb(f"sqlite:///{tmp_path / 'kb.db'}")
    api.ingest(kb, [corpus])
    api.build(kb)
    return kb


def claims_jsonl(kb: api.KnowledgeBase, **kw: bool) -> str:
    import io

    out = io.StringIO()
    api.export(kb, "claims-jsonl", out, **kw)
    return out.getvalue()


def person_of(kb: api.KnowledgeBase, document: str) -> set[str]:
    """The ids of the people cited from one document."""
    return {ln["subject"]["id"] for ln in api.export_lines(kb) for s in ln["sources"] if s["document"] == document}
