"""documents carry their source metadata: author, date of writing, site, publisher, notes

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30 18:00:00

A source is cited as "Title (site, date)" with its URL instead of by file name, and its date
of writing replaces the guess (the latest year it mentions) in the late-source weighting.
``title``, ``url`` and ``language`` were there already; ``meta_origin`` records, per field,
where the value came from (a sidecar row, a bibliography entry, a meta tag, the PDF
properties, a text header ...). Documents ingested before this revision have no values
(NULL) until they are ingested again; an unchanged file then gets its metadata without being
extracted again.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_COLUMNS = ("author", "published", "site", "publisher", "notes", "meta_origin")


def upgrade() -> None:
    op.add_column("documents", sa.Column("author", sa.Text))
    op.add_column("documents", sa.Column("published", sa.String(64)))
    op.add_column("documents", sa.Column("site", sa.Text))
    op.add_column("documents", sa.Column("publisher", sa.Text))
    op.add_column("documents", sa.Column("notes", sa.Text))
    op.add_column("documents", sa.Column("meta_origin", sa.JSON))


def downgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        for name in reversed(_COLUMNS):
            batch.drop_column(name)
