"""full-text search over passages (SQLite FTS5)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 15:00:00

Why an external-content FTS5 table kept in step by triggers: passages are written by ingest
(insert, delete on re-ingest or prune, update of ``duplicate_of``), and the web workspace only
reads. Triggers keep the index right without the writers knowing it exists; ``'rebuild'``
fills it for a knowledge base created before this revision. On other backends, or a SQLite
built without FTS5, this revision does nothing and ``factoid.store.search`` falls back to LIKE.
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


def upgrade() -> None:
    bind = op.get_bind()
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
    if bind.dialect.name != "sqlite":
        return
    for trigger in ("passages_fts_ai", "passages_fts_ad", "passages_fts_au"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute(f"DROP TABLE IF EXISTS {_TABLE}")
