"""derived_state: what a build needs to know about the last one to reuse its work

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30 23:30:00

Why: a rebuild after one added document re-derived every person's agreement groups, the
costliest part of reconciliation, although the groups of a person and property whose claims
did not change come out the same. A build may reuse them only when the last build ran the
same derivation code and data (``factoid.reconcile.reuse.fingerprint``), which this table
remembers (name -> value). An empty table means "nothing to reuse": the next build derives
everything, as before, and records its fingerprint.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "derived_state",
        sa.Column("name", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("derived_state")
