"""copy_keys: the copy check's digest and MinHash signature of every passage

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01 02:20:00

Why: every ingest marked near-duplicate passages over the whole corpus, normalising and
MinHashing every stored passage again, most of the cost of adding one document to a large
knowledge base. The table keeps what the check needs of each passage besides its text
(``factoid.copies.CopyKey``). It starts empty: the next ingest that changes a document fills
it, under the ``copies`` fingerprint recorded in ``derived_state``.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

def _string(length: int) -> sa.types.TypeEngine:
    """``VARCHAR(length)`` on SQLite, byte-ordered ``text`` on PostgreSQL (as in 0001: nothing
    bounds a document id, a file path)."""
    return sa.String(length=length).with_variant(sa.Text(collation="C"), "postgresql")


revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "copy_keys",
        sa.Column("document_id", _string(512), primary_key=True),
        sa.Column("idx", sa.Integer, primary_key=True),
        sa.Column("words", sa.Integer, nullable=False),
        sa.Column("digest", _string(32), nullable=False),
        sa.Column("signature", sa.LargeBinary),
    )


def downgrade() -> None:
    op.drop_table("copy_keys")
