"""Migration 0006: a knowledge base made before source metadata opens, keeps its documents
(with no metadata), and an unchanged file re-ingested gets its metadata without extraction."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import command

from factoid import api
from factoid.store import db, reads


def test_upgrade_from_0004_then_reingest_describes(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    folder = tmp_path / "docs"
    folder.mkdir()
    text = "URL: https://old.example.org/p\nTitle: An old page\n\nAnna Petrova was born in Tartu in 1894.\n"
    (folder / "p.txt").write_text(text, encoding="utf-8")
    fresh = api.open_kb(f"sqlite:///{tmp_path / 'fresh.db'}")
    api.ingest(fresh, [folder])
    with fresh.engine.connect() as conn:
        stored_hash = reads.document_hashes(conn)["p.txt"]
    cfg = db._alembic_config()
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0004")
        conn.execute(sa.text(
            "INSERT INTO documents (id, content_hash, size, format, text, ingested_at, source_path) "
            "VALUES ('p.txt', :h, :n, 'text', :t, 'then', :p)"), {"h": stored_hash, "n": len(text.encode()), "t": text,
                                                                   "p": str(folder / "p.txt")})
    engine.dispose()
    kb = api.open_kb(url)
    doc, _ = api.passages(kb, "p.txt")
    assert (doc.title, doc.author, doc.meta_origin) == (None, None, {})
    report = api.ingest(kb, [folder])
    assert report.unchanged == ["p.txt"] and report.described == ["p.txt"]
    doc, _ = api.passages(kb, "p.txt")
    assert (doc.title, doc.url) == ("An old page", "https://old.example.org/p")
