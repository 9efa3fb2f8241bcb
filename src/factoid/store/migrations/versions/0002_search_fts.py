"""full-text search over passages (SQLite FTS5, PostgreSQL text search)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 15:00:00

Why an external-content FTS5 table kept in step by triggers: passages are written by ingest
(insert, delete on re-ingest or prune, update of ``duplicate_of``), and the web workspace only
reads. Triggers keep the index right without the writers knowing it exists; ``'rebuild'``
fills it for a knowledge base created before this revision.

PostgreSQL gets its own text search instead: a configuration ``factoid_search`` that copies
``simple`` (no stemming and no stop words, so no language is favoured; it lower-cases Latin and
Cyrillic alike) with ``unaccent`` in front of it, and a GIN index on the passages'
``to_tsvector`` under it. An expression index rather than a stored column: PostgreSQL keeps it
current itself, and the passages table stays the same on both backends. Without the unaccent
extension (PostgreSQL's contrib files missing, or no right to create it) the configuration is
plain ``simple``: search works, only accents then count.

On other backends, or a SQLite built without FTS5, this revision does nothing and
``factoid.store.search`` falls back to LIKE.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_TABLE = "passages_fts"


def _fts5_available(bind: sa.Connection) -> bool:
    try:
        bind.exec_driver_sql("CREATE VIRTUAL TABLE temp._factoid_fts5_probe USING fts5(x)")
        bind.exec_driver_sql("DROP TABLE temp._factoid_fts5_probe")
        return True
    except sa.exc.DBAPIError:
        return False


#: The PostgreSQL text search configuration and index (kept in step with factoid.store.search).
PG_CONFIG = "factoid_search"
PG_INDEX = "ix_passages_search"


def _pg_unaccent(bind: sa.Connection) -> bool:
    """Create the unaccent extension if it can be; a failure is rolled back to a savepoint."""
    try:
        with bind.begin_nested():
            bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS unaccent")
        return True
    except sa.exc.DBAPIError:
        return False


def _upgrade_postgresql(bind: sa.Connection) -> None:
    op.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {PG_CONFIG}")  # left by a dropped knowledge base
    op.execute(f"CREATE TEXT SEARCH CONFIGURATION {PG_CONFIG} (COPY = pg_catalog.simple)")
    if _pg_unaccent(bind):
        op.execute(
            f"ALTER TEXT SEARCH CONFIGURATION {PG_CONFIG} "
            "ALTER MAPPING FOR word, hword, hword_part, numword, numhword, hword_numpart WITH unaccent, simple"
        )
    op.execute(f"CREATE INDEX {PG_INDEX} ON passages USING gin (to_tsvector('{PG_CONFIG}', text))")


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        _upgrade_postgresql(bind)
        return
    if bind.dialect.name != "sqlite" or not _fts5_available(bind):
        return
    op.execute(
        f"CREATE VIRTUAL TABLE {_TABLE} USING fts5("
        "text, content='passages', content_rowid='rowid', "
        "tokenize='unicode61 remove_diacritics 2')"
    )
    op.execute(
        f"CREATE TRIGGER passages_fts_ai AFTER INSERT ON passages BEGIN "
        f"INSERT INTO {_TABLE}(rowid, text) VALUES (new.rowid, new.text); END"
    )
    op.execute(
        f"CREATE TRIGGER passages_fts_ad AFTER DELETE ON passages BEGIN "
        f"INSERT INTO {_TABLE}({_TABLE}, rowid, text) VALUES ('delete', old.rowid, old.text); END"
    )
    op.execute(
        f"CREATE TRIGGER passages_fts_au AFTER UPDATE OF text ON passages BEGIN "
        f"INSERT INTO {_TABLE}({_TABLE}, rowid, text) VALUES ('delete', old.rowid, old.text); "
        f"INSERT INTO {_TABLE}(rowid, text) VALUES (new.rowid, new.text); END"
    )
    op.execute(f"INSERT INTO {_TABLE}({_TABLE}) VALUES ('rebuild')")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute(f"DROP INDEX IF EXISTS {PG_INDEX}")
        op.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {PG_CONFIG}")
        return
    if bind.dialect.name != "sqlite":
        return
    for trigger in ("passages_fts_ai", "passages_fts_ad", "passages_fts_au"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute(f"DROP TABLE IF EXISTS {_TABLE}")
