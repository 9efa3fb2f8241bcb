"""The knowledge-base schema, as SQLAlchemy Core tables.

Rows mirror the records of ``factoid.model``. Extraction results (mentions, claims) are keyed
by the document they came from, so an unchanged document keeps them across builds; resolution
and reconciliation results (persons, identities, assessments, disputes) are derived from the
whole corpus and replaced wholesale by each build, inside one transaction.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

documents = Table(
    "documents",
    metadata,
    Column("id", String(512), primary_key=True),
    Column("content_hash", String(64), nullable=False),
    Column("size", Integer, nullable=False),
    Column("format", String(16), nullable=False),
    Column("title", Text),
    Column("url", Text),
    Column("language", String(8)),
    Column("source_path", Text),
    Column("text", Text, nullable=False),
    Column("ingested_at", String(32), nullable=False),
    Column("encoding", String(32)),  # 0004_robustness
    Column("encoding_doubt", Text),
    # 0006_source_metadata: the source as a work to cite (with title, url, language above).
    # ``published`` is an ISO / EDTF date (the date of writing, used by the late-source
    # weighting); ``meta_origin`` maps each field to where its value came from.
    Column("author", Text),
    Column("published", String(64)),
    Column("site", Text),
    Column("publisher", Text),
    Column("notes", Text),
    Column("meta_origin", JSON),
    # 0010_html_markup: a web page's markup (decoded, newline-normalised), so the exports can
    # cite offsets into the saved page (``factoid.sourcemap``). Read only by the exports.
    Column("markup", Text),
)

passages = Table(
    "passages",
    metadata,
    Column("document_id", String(512), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("role", String(16), nullable=False),
    Column("role_reason", Text, nullable=False, default=""),
    Column("duplicate_of", String(600)),
    Column("language", String(8)),
)

#: What the copy check keeps of each passage (0009_copy_keys, ``factoid.copies.CopyKey``):
#: an ingest checks new passages against these instead of hashing every passage again.
#: Valid under the ``copies`` fingerprint of ``derived_state``.
copy_keys = Table(
    "copy_keys",
    metadata,
    Column("document_id", String(512), primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("words", Integer, nullable=False),
    Column("digest", String(32), nullable=False),
    Column("signature", LargeBinary),
)

extractions = Table(
    "extractions",
    metadata,
    Column("document_id", String(512), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("content_hash", String(64), nullable=False),
    Column("pipeline", String(64), nullable=False),
    Column("extracted_at", String(32), nullable=False),
)

mentions = Table(
    "mentions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", String(512), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("entity", String(600), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("passage_idx", Integer, nullable=False),
    Column("key", String(16)),  # 0005_curation: factoid.curation.keys.mention_key
    Index("ix_mentions_entity", "entity"),
    Index("ix_mentions_document", "document_id"),
    Index("ix_mentions_key", "key"),
)

claims = Table(
    "claims",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("document_id", String(512), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("subject", String(600), nullable=False),
    Column("subject_name", Text, nullable=False),
    Column("property", String(64), nullable=False),
    Column("value", Text, nullable=False),
    Column("value_text", Text, nullable=False),
    Column("qualifiers", JSON, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("quote", Text, nullable=False),
    Column("role", String(16), nullable=False),
    Column("hedge", Text),
    Column("extractor", String(64), nullable=False),
    Column("key", String(16)),  # 0005_curation: factoid.curation.keys.claim_key
    Index("ix_claims_subject", "subject"),
    Index("ix_claims_document", "document_id"),
    Index("ix_claims_key", "key"),
)

persons = Table(
    "persons",
    metadata,
    Column("id", String(300), primary_key=True),
    Column("name", Text, nullable=False),
)

aliases = Table(
    "aliases",
    metadata,
    Column("person_id", String(300), ForeignKey("persons.id", ondelete="CASCADE"), primary_key=True),
    Column("alias", String(300), primary_key=True),
    Column("count", Integer, nullable=False),
)

identities = Table(
    "identities",
    metadata,
    Column("entity", String(600), primary_key=True),
    Column("person_id", String(300), ForeignKey("persons.id", ondelete="CASCADE"), nullable=False),
    Column("score", Float, nullable=False),
    Column("origin", String(16), nullable=False),
    Column("reason", Text, nullable=False, default=""),
    Index("ix_identities_person", "person_id"),
)

assessments = Table(
    "assessments",
    metadata,
    Column("claim_id", String(32), ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True),
    Column("person_id", String(300), nullable=False),
    Column("grp", String(64), nullable=False),
    Column("confidence", Float, nullable=False),
    Column("disputed", Boolean, nullable=False),
    Column("preferred", Boolean, nullable=False),
    Column("witnesses", Integer, nullable=False),
    Column("citations", Integer, nullable=False),
    Column("features", JSON, nullable=False),
    Index("ix_assessments_person", "person_id"),
)

disputes = Table(
    "disputes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("person_id", String(300), nullable=False),
    Column("property", String(64), nullable=False),
    Column("topic", Text, nullable=False),
    Column("groups", JSON, nullable=False),
    Column("vals", JSON, nullable=False),
    Column("strength", Float, nullable=False),
)

sources = Table(
    "sources",
    metadata,
    Column("document_id", String(512), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("reliability", Float, nullable=False),
    Column("copies", JSON, nullable=False),
    Column("features", JSON, nullable=False),
)

# ---- curation (0005_curation) -------------------------------------------------------------------

#: The mention keys each person id held when last given (the live ones after the last build,
#: and retired ones as they were last): the next build gives a new cluster the id of the old
#: person holding most of its mentions (``factoid.curation.ids``).
person_mentions = Table(
    "person_mentions",
    metadata,
    Column("person_id", String(300), primary_key=True),
    Column("mention_key", String(16), primary_key=True),
)

#: Every person id ever given, never deleted: a retired id is never given to another person.
person_ids = Table(
    "person_ids",
    metadata,
    Column("id", String(300), primary_key=True),
    Column("issued_at", String(32), nullable=False),
)

#: The researcher's decisions: append-only, never touched by a build; an undo is a later row.
#: ``uid`` is a digest of the row's content (idempotent import); ``undoes`` holds the uid of
#: the undone decision; ``targets`` the anchors (see ``factoid.curation.decisions``).
decisions = Table(
    "decisions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("uid", String(16), nullable=False, unique=True),
    Column("kind", String(16), nullable=False),
    Column("verdict", String(16)),
    Column("targets", JSON, nullable=False),
    Column("property", String(64)),
    Column("value", Text),
    Column("undoes", String(16)),
    Column("user", String(200), nullable=False),
    Column("reason", Text, nullable=False, default=""),
    Column("created_at", String(32), nullable=False),
)

#: Tables rebuilt from scratch by every build (derived from claims of the whole corpus).
DERIVED = (disputes, assessments, identities, aliases, persons, sources)

#: What the last build derived with (0008_derived_state): ``fingerprint`` names the derivation
#: code and data (``factoid.reconcile.reuse``); a build reuses the last one's agreement groups
#: only under the same fingerprint.
derived_state = Table(
    "derived_state",
    metadata,
    Column("name", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

#: One row, ``id`` 1: a number every write transaction raises (``db.write_transaction``), so
#: a reader tells in one primary-key lookup whether the knowledge base changed since it last
#: looked (the web workspace's snapshot cache) instead of counting rows of seven tables.
generation = Table(
    "generation",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("n", Integer, nullable=False),
)
