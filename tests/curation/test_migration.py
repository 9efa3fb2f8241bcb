"""Migrations 0005 (curation) and 0006 (source metadata) on SQLite and PostgreSQL: 0005 fills
the keys of mentions and claims stored before it, and both go down and up again cleanly."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, inspect, text

from factoid.curation.keys import claim_key, mention_key
from factoid.store import db, open_engine
from store.pg import BACKENDS, new_kb_url


@pytest.fixture(params=BACKENDS)
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    return new_kb_url(request, request.param, tmp_path)


def _migrate(url: str, action, revision: str) -> None:  # type: ignore[no-untyped-def]
    engine = create_engine(url)
    cfg = db._alembic_config()
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            action(cfg, revision)
    finally:
        engine.dispose()


def _shape(url: str) -> tuple[set[str], set[str], set[str]]:
    """Tables, and the columns of mentions and documents."""
    engine = create_engine(url)
    try:
        insp = inspect(engine)
        return (set(insp.get_table_names()), {c["name"] for c in insp.get_columns("mentions")},
                {c["name"] for c in insp.get_columns("documents")})
    finally:
        engine.dispose()


def test_upgrade_from_0004_fills_keys(url: str) -> None:
    _migrate(url, command.upgrade, "0004")
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO documents (id, content_hash, size, format, text, ingested_at) "
                          "VALUES ('a.txt', 'h', 5, 'txt', 'Hello', 'now')"))
        conn.execute(text("INSERT INTO mentions (document_id, start, \"end\", text, entity, kind, passage_idx) "
                          "VALUES ('a.txt', 0, 5, 'Hello', 'a.txt@1', 'name', 0)"))
        conn.execute(text("INSERT INTO claims (id, document_id, subject, subject_name, property, value, value_text, "
                          "qualifiers, start, \"end\", quote, role, extractor) VALUES ('c1', 'a.txt', 'a.txt@1', "
                          "'H', 'date_of_birth', '1900', '1900', '{}', 0, 5, 'Hello', 'main', 'x')"))
    engine.dispose()
    open_engine(url).dispose()  # migrates to the head
    engine = create_engine(url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT key FROM mentions")).scalar() == mention_key("h", 0, 5)
        assert conn.execute(text("SELECT key FROM claims")).scalar() == claim_key("h", 0, 5, "date_of_birth", "1900")
        assert conn.execute(text("SELECT count(*) FROM decisions")).scalar() == 0
    engine.dispose()


def test_0005_and_0006_go_down_and_up(url: str) -> None:
    open_engine(url).dispose()
    tables, mention_cols, doc_cols = _shape(url)
    assert {"decisions", "person_ids", "person_mentions"} <= tables and "key" in mention_cols
    assert {"author", "site", "meta_origin"} <= doc_cols
    _migrate(url, command.downgrade, "0005")
    assert not {"author", "site", "meta_origin"} & _shape(url)[2]
    _migrate(url, command.downgrade, "0004")
    tables, mention_cols, _ = _shape(url)
    assert not {"decisions", "person_ids", "person_mentions"} & tables and "key" not in mention_cols
    _migrate(url, command.upgrade, "head")
    assert _shape(url) == (tables | {"decisions", "person_ids", "person_mentions", "generation", "derived_state",
                                    "copy_keys"},
                           mention_cols | {"key"},
                           doc_cols)
