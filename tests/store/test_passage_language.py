"""Migration 0003: passages get a language column, filled for a store made before it."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import command

from factoid.store import db, reads


def test_upgrade_from_0002_fills_the_language_of_stored_passages(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    cfg = db._alembic_config()
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002")
        conn.exec_driver_sql(
            "INSERT INTO documents (id, content_hash, size, format, text, ingested_at) "
            "VALUES ('d.txt', 'h', 1, 'text', 'x', 'now')")
        for idx, text in enumerate(["Elle est née à Lyon et elle a vécu dans la ville de sa mère.",
                                    "She was born in Lyon and lived there with her mother.", "1851"]):
            conn.exec_driver_sql(
                "INSERT INTO passages (document_id, idx, start, \"end\", text, role, role_reason) "
                f"VALUES ('d.txt', {idx}, 0, 1, '{text}', 'main', '')")
    engine.dispose()
    migrated = db.open_engine(url)
    with migrated.connect() as conn:
        assert [p.language for p in reads.get_passages(conn, "d.txt")] == ["fr", "en", None]
