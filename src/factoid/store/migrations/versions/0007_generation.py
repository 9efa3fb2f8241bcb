"""a generation counter: one row every write transaction raises

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30 22:00:00

Why: the web workspace keeps one snapshot of the knowledge base and asked, on every request,
whether it changed by counting rows in seven tables (milliseconds that grow with the corpus).
Every write (ingest, prune, build, decision) goes through ``db.write_transaction``, which now
raises ``generation.n`` in the same transaction, so the question is one primary-key lookup and a
reader's snapshot and the number it read always belong to the same committed state.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    table = op.create_table(
        "generation",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("n", sa.Integer, nullable=False),
    )
    op.bulk_insert(table, [{"id": 1, "n": 1}])


def downgrade() -> None:
    op.drop_table("generation")
