"""html_markup: a web page's markup, so exported quotes can be checked against the saved page

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01 02:45:00

Why: factoid cites offsets into a page's *extracted* text, but a historian (and the claims
export's contract) checks a quote against the file itself. The markup, decoded and with
line endings normalised as ``Path.read_text`` gives it, lets the exports map a span of the
extracted text to the page (``factoid.sourcemap``) and quote the page's own characters.
Nullable: documents stored before this revision, and every non-HTML document, have none,
and their citations export exactly as before.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("documents", sa.Column("markup", sa.Text, nullable=True))


def downgrade() -> None:
    # A plain DROP COLUMN (SQLite 3.35+, PostgreSQL): a batch copy of ``documents`` would drop
    # the table the passages and claims hang on.
    op.drop_column("documents", "markup")
