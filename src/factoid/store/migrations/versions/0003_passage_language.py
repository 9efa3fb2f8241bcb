"""passages.language: each passage's own language guess

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30 15:30:00

Why per passage: a page in English quotes a French letter or carries a Russian names box, and
only English passages go through the English extraction rules. The column is filled for the
passages already stored, with the same guess ingest now makes (``factoid.ingest.language``),
so an old knowledge base behaves like a fresh one without re-ingesting.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from factoid.ingest.language import guess_language

    op.add_column("passages", sa.Column("language", sa.String(length=8), nullable=True))
    bind = op.get_bind()
    passages = sa.table("passages", sa.column("document_id"), sa.column("idx"), sa.column("text"),
                        sa.column("language"))
    rows = bind.execute(sa.select(passages.c.document_id, passages.c.idx, passages.c.text)).all()
    for doc_id, idx, text in rows:
        code = guess_language(text)
        if code is not None:
            bind.execute(sa.update(passages).where(passages.c.document_id == doc_id, passages.c.idx == idx)
                         .values(language=code))


def downgrade() -> None:
    with op.batch_alter_table("passages") as batch:
        batch.drop_column("language")
