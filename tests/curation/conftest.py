"""A small corpus of our own (tests/curation/corpus): two women named Anna Petrova whom
resolution merges (a split to make), Lev Feldbin and Alexander Orlov whom it keeps apart
(a merge to make), and sources that disagree on Orlov's birth (a preference to state)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from factoid import api
from store.pg import BACKENDS, new_kb_url

CORPUS = Path(__file__).parent / "corpus"
#: Marks a test to run on every store backend (SQLite and PostgreSQL); others run on SQLite.
on_every_backend = pytest.mark.parametrize("kb", BACKENDS, indirect=True)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return Path(shutil.copytree(CORPUS, tmp_path / "corpus"))


def backend_of(kb: api.KnowledgeBase) -> str:
    return "postgresql" if kb.url.startswith("postgresql") else "sqlite"


@pytest.fixture
def kb(request: pytest.FixtureRequest, tmp_path: Path, corpus: Path) -> api.KnowledgeBase:
    """The corpus built into a store: SQLite, or the backend a test asks for
    (``on_every_backend``)."""
    kb = api.open_kb(new_kb_url(request, getattr(request, "param", "sqlite"), tmp_path))
    api.ingest(kb, [corpus])
    api.build(kb)
    return kb


@pytest.fixture
def new_url(request: pytest.FixtureRequest, tmp_path: Path, kb: api.KnowledgeBase) -> str:
    """An empty store on the backend of ``kb`` (a second knowledge base)."""
    folder = tmp_path / "second"
    folder.mkdir()
    return new_kb_url(request, backend_of(kb), folder)


def claims_jsonl(kb: api.KnowledgeBase, **kw: bool) -> str:
    import io

    out = io.StringIO()
    api.export(kb, "claims-jsonl", out, **kw)
    return out.getvalue()


def person_of(kb: api.KnowledgeBase, document: str) -> set[str]:
    """The ids of the people cited from one document."""
    return {ln["subject"]["id"] for ln in api.export_lines(kb) for s in ln["sources"] if s["document"] == document}
