"""documents remember how their bytes were decoded, and any doubt about it

Revision ID: 0004
Revises: 0002
Create Date: 2026-11-30 15:30:00

``factoid docs`` shows the encoding a text file was read with and a note when that choice is
uncertain (two encodings about as plausible, or a UTF-8 file with some lines in another
encoding), so silent mis-decoding becomes visible. Documents ingested before this revision
have no value (NULL) until they are ingested again.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("encoding", sa.String(32)))
        batch.add_column(sa.Column("encoding_doubt", sa.Text))


def downgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("encoding_doubt")
        batch.drop_column("encoding")
