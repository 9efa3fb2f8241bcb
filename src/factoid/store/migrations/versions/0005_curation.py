"""curation: content keys on mentions and claims, persistent person ids, the decisions log

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30 17:45:00

Mentions and claims get a ``key`` derived from content (``factoid.curation.keys``), filled
here for rows stored before this revision. ``person_mentions`` remembers which mention keys
each person held, ``person_ids`` every id ever given (so a retired id is never reused), and
``decisions`` is the append-only log of a researcher's judgements. Portable: only
SQLAlchemy types and Core statements, no dialect-specific SQL.
"""

from __future__ import annotations

import hashlib

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _digest(*parts: object) -> str:
    # the same digest as factoid.curation.keys at the time of writing (a migration must not
    # change meaning when the code later does)
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


def upgrade() -> None:
    with op.batch_alter_table("mentions") as batch:
        batch.add_column(sa.Column("key", sa.String(16)))
    with op.batch_alter_table("claims") as batch:
        batch.add_column(sa.Column("key", sa.String(16)))
    op.create_index("ix_mentions_key", "mentions", ["key"])
    op.create_index("ix_claims_key", "claims", ["key"])
    op.create_table(
        "person_mentions",
        sa.Column("person_id", sa.String(300), primary_key=True),
        sa.Column("mention_key", sa.String(16), primary_key=True),
    )
    op.create_table(
        "person_ids",
        sa.Column("id", sa.String(300), primary_key=True),
        sa.Column("issued_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "decisions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("uid", sa.String(16), nullable=False, unique=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("verdict", sa.String(16)),
        sa.Column("targets", sa.JSON, nullable=False),
        sa.Column("property", sa.String(64)),
        sa.Column("value", sa.Text),
        sa.Column("undoes", sa.String(16)),
        sa.Column("user", sa.String(200), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
    )
    _backfill()


def _backfill() -> None:
    """Keys for the mentions and claims stored before this revision."""
    bind = op.get_bind()
    meta = sa.MetaData()
    docs = sa.Table("documents", meta, autoload_with=bind)
    mentions = sa.Table("mentions", meta, autoload_with=bind)
    claims = sa.Table("claims", meta, autoload_with=bind)
    hashes = dict(bind.execute(sa.select(docs.c.id, docs.c.content_hash)).all())
    rows = bind.execute(sa.select(mentions.c.id, mentions.c.document_id, mentions.c.start, mentions.c.end)).all()
    for mid, doc, start, end in rows:
        key = _digest("m", hashes.get(doc, ""), start, end)
        bind.execute(sa.update(mentions).where(mentions.c.id == mid).values(key=key))
    cols = (claims.c.id, claims.c.document_id, claims.c.start, claims.c.end, claims.c.property, claims.c.value)
    for cid, doc, start, end, prop, value in bind.execute(sa.select(*cols)).all():
        key = _digest("c", hashes.get(doc, ""), start, end, prop, value)
        bind.execute(sa.update(claims).where(claims.c.id == cid).values(key=key))


def downgrade() -> None:
    op.drop_table("decisions")
    op.drop_table("person_ids")
    op.drop_table("person_mentions")
    op.drop_index("ix_claims_key", "claims")
    op.drop_index("ix_mentions_key", "mentions")
    with op.batch_alter_table("claims") as batch:
        batch.drop_column("key")
    with op.batch_alter_table("mentions") as batch:
        batch.drop_column("key")
