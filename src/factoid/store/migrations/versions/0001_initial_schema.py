"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-23 14:26:45.923244

Why string lengths apply to SQLite only: SQLite ignores them, PostgreSQL would enforce them, and
nothing upstream bounds a file path (a document id), a name or an alias. So on PostgreSQL every
such column is ``text`` and a knowledge base holds the same data on both backends. These are
identifiers and codes (ids, properties, roles, hashes), compared and ordered byte by byte
(``COLLATE "C"``) as SQLite does, so listings come out in the same order whatever the
database's locale; free text (names, quotes, passages) keeps the database's collation, which
folds the case of non-Latin letters for search.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


def _string(length: int) -> sa.types.TypeEngine:
    """``VARCHAR(length)`` where lengths are not enforced (SQLite), byte-ordered ``text`` on
    PostgreSQL."""
    return sa.String(length=length).with_variant(sa.Text(collation="C"), "postgresql")


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('disputes',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('person_id', _string(300), nullable=False),
    sa.Column('property', _string(64), nullable=False),
    sa.Column('topic', sa.Text(), nullable=False),
    sa.Column('groups', sa.JSON(), nullable=False),
    sa.Column('vals', sa.JSON(), nullable=False),
    sa.Column('strength', sa.Float(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('documents',
    sa.Column('id', _string(512), nullable=False),
    sa.Column('content_hash', _string(64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('format', _string(16), nullable=False),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('language', _string(8), nullable=True),
    sa.Column('source_path', sa.Text(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('ingested_at', _string(32), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('persons',
    sa.Column('id', _string(300), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('aliases',
    sa.Column('person_id', _string(300), nullable=False),
    sa.Column('alias', _string(300), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('person_id', 'alias')
    )
    op.create_table('claims',
    sa.Column('id', _string(32), nullable=False),
    sa.Column('document_id', _string(512), nullable=False),
    sa.Column('subject', _string(600), nullable=False),
    sa.Column('subject_name', sa.Text(), nullable=False),
    sa.Column('property', _string(64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('value_text', sa.Text(), nullable=False),
    sa.Column('qualifiers', sa.JSON(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('quote', sa.Text(), nullable=False),
    sa.Column('role', _string(16), nullable=False),
    sa.Column('hedge', sa.Text(), nullable=True),
    sa.Column('extractor', _string(64), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.create_index('ix_claims_document', ['document_id'], unique=False)
        batch_op.create_index('ix_claims_subject', ['subject'], unique=False)

    op.create_table('extractions',
    sa.Column('document_id', _string(512), nullable=False),
    sa.Column('content_hash', _string(64), nullable=False),
    sa.Column('pipeline', _string(64), nullable=False),
    sa.Column('extracted_at', _string(32), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('document_id')
    )
    op.create_table('identities',
    sa.Column('entity', _string(600), nullable=False),
    sa.Column('person_id', _string(300), nullable=False),
    sa.Column('score', sa.Float(), nullable=False),
    sa.Column('origin', _string(16), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('entity')
    )
    with op.batch_alter_table('identities', schema=None) as batch_op:
        batch_op.create_index('ix_identities_person', ['person_id'], unique=False)

    op.create_table('mentions',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('document_id', _string(512), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('entity', _string(600), nullable=False),
    sa.Column('kind', _string(16), nullable=False),
    sa.Column('passage_idx', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('mentions', schema=None) as batch_op:
        batch_op.create_index('ix_mentions_document', ['document_id'], unique=False)
        batch_op.create_index('ix_mentions_entity', ['entity'], unique=False)

    op.create_table('passages',
    sa.Column('document_id', _string(512), nullable=False),
    sa.Column('idx', sa.Integer(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('role', _string(16), nullable=False),
    sa.Column('role_reason', sa.Text(), nullable=False),
    sa.Column('duplicate_of', _string(600), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('document_id', 'idx')
    )
    op.create_table('sources',
    sa.Column('document_id', _string(512), nullable=False),
    sa.Column('reliability', sa.Float(), nullable=False),
    sa.Column('copies', sa.JSON(), nullable=False),
    sa.Column('features', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('document_id')
    )
    op.create_table('assessments',
    sa.Column('claim_id', _string(32), nullable=False),
    sa.Column('person_id', _string(300), nullable=False),
    sa.Column('grp', _string(64), nullable=False),
    sa.Column('confidence', sa.Float(), nullable=False),
    sa.Column('disputed', sa.Boolean(), nullable=False),
    sa.Column('preferred', sa.Boolean(), nullable=False),
    sa.Column('witnesses', sa.Integer(), nullable=False),
    sa.Column('citations', sa.Integer(), nullable=False),
    sa.Column('features', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['claim_id'], ['claims.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('claim_id')
    )
    with op.batch_alter_table('assessments', schema=None) as batch_op:
        batch_op.create_index('ix_assessments_person', ['person_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('assessments', schema=None) as batch_op:
        batch_op.drop_index('ix_assessments_person')

    op.drop_table('assessments')
    op.drop_table('sources')
    op.drop_table('passages')
    with op.batch_alter_table('mentions', schema=None) as batch_op:
        batch_op.drop_index('ix_mentions_entity')
        batch_op.drop_index('ix_mentions_document')

    op.drop_table('mentions')
    with op.batch_alter_table('identities', schema=None) as batch_op:
        batch_op.drop_index('ix_identities_person')

    op.drop_table('identities')
    op.drop_table('extractions')
    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.drop_index('ix_claims_subject')
        batch_op.drop_index('ix_claims_document')

    op.drop_table('claims')
    op.drop_table('aliases')
    op.drop_table('persons')
    op.drop_table('documents')
    op.drop_table('disputes')
