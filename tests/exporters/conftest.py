"""A knowledge base built once from ``tests/exporters/corpus`` (three short documents written for
these tests: two NKVD chiefs, a succession, a family, a killing, a disputed birth and a
reader's comment), with a fixed ingest date so every export is reproducible byte for byte."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import update

from factoid import api, exporters
from factoid.exporters.view import ExportView, build_view
from factoid.store import schema as s

HERE = Path(__file__).parent
CORPUS = HERE / "corpus"
MAPPING = HERE / "mapping.csv"
GOLDEN = HERE.parent / "golden" / "exports"
INGESTED = "2026-01-15T09:00:00+00:00"


@pytest.fixture(scope="session")
def kb(tmp_path_factory: pytest.TempPathFactory) -> api.KnowledgeBase:
    base = tmp_path_factory.mktemp("exports")
    src = shutil.copytree(CORPUS, base / "corpus")
    kb = api.open_kb(f"sqlite:///{base / 'kb.db'}")
    report = api.ingest(kb, [src])
    assert report.ok, report.failed
    api.build(kb)
    with kb.engine.begin() as conn:  # the day of ingest is each reference's "retrieved" date
        conn.execute(update(s.documents).values(ingested_at=INGESTED))
    return kb


@pytest.fixture(scope="session")
def texts(kb: api.KnowledgeBase) -> dict[str, str]:
    with kb.engine.connect() as conn:
        return dict(conn.execute(s.documents.select().with_only_columns(s.documents.c.id, s.documents.c.text)).all())


@pytest.fixture(scope="session")
def view(kb: api.KnowledgeBase) -> ExportView:
    with kb.engine.connect() as conn:
        return build_view(conn, exporters.ExportOptions())


def export(kb: api.KnowledgeBase, fmt: str, **kwargs: object) -> tuple[dict[str, str], exporters.ExportReport]:
    """An export's files (name -> text) and its report."""
    sink = exporters.MemorySink()
    report = api.export_to(kb, fmt, sink, **kwargs)  # type: ignore[arg-type]
    return sink.files, report
