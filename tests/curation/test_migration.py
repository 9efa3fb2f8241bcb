"""Migration 0005 fills the keys of mentions and claims stored before it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from factoid.curation.keys import claim_key, mention_key
from factoid.store import db, open_engine


def test_upgrade_from_0004_fills_keys(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{path}")
    cfg = db._alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0004")
    engine.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO documents (id, content_hash, size, format, text, ingested_at) "
                     "VALUES ('a.txt', 'h', 5, 'txt', 'Hello', 'now')")
        conn.execute("INSERT INTO mentions (document_id, start, \"end\", text, entity, kind, passage_idx) "
                     "VALUES ('a.txt', 0, 5, 'Hello', 'a.txt@1', 'name', 0)")
        conn.execute("INSERT INTO claims (id, document_id, subject, subject_name, property, value, value_text, "
                     "qualifiers, start, \"end\", quote, role, extractor) VALUES ('c1', 'a.txt', 'a.txt@1', 'H', "
                     "'date_of_birth', '1900', '1900', '{}', 0, 5, 'Hello', 'main', 'x')")
    open_engine(str(path)).dispose()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT key FROM mentions").fetchone()[0] == mention_key("h", 0, 5)
        assert conn.execute("SELECT key FROM claims").fetchone()[0] == claim_key("h", 0, 5, "date_of_birth", "1900")
        assert conn.execute("SELECT count(*) FROM decisions").fetchone()[0] == 0
