"""Writing records into the store. Every function runs inside the caller's transaction, so a
failed or interrupted ingest or build rolls back and leaves the previous knowledge base whole."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime

from sqlalchemy import Connection, delete, insert, select, update

from factoid.curation.keys import claim_key, mention_key
from factoid.model import Assessment, Claim, Dispute, Document, Mention, Passage, Person
from factoid.store import schema as s


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _insert_many(conn: Connection, table, rows: list[dict]) -> None:  # type: ignore[no-untyped-def]
    """Insert in chunks: one executemany per chunk keeps memory flat on big corpora."""
    for i in range(0, len(rows), 2000):
        conn.execute(insert(table), rows[i : i + 2000])


def put_document(conn: Connection, doc: Document, passages: Sequence[Passage]) -> None:
    """Store a document and its passages, replacing any earlier version of it (and, through
    cascading deletes, the mentions and claims extracted from that earlier version)."""
    delete_documents(conn, [doc.id])
    conn.execute(
        insert(s.documents).values(
            id=doc.id,
            content_hash=doc.content_hash,
            size=doc.size,
            format=doc.format,
            source_path=doc.source_path,
            text=doc.text,
            ingested_at=_now(),
            encoding=doc.encoding,
            encoding_doubt=doc.encoding_doubt,
            **_meta_row(doc),
        )
    )
    _insert_many(conn, s.passages, [_passage_row(p) for p in passages])


def _meta_row(doc: Document) -> dict:
    """The source-metadata columns of a document row."""
    return {"title": doc.title, "url": doc.url, "language": doc.language, "author": doc.author,
            "published": doc.published, "site": doc.site, "publisher": doc.publisher, "notes": doc.notes,
            "meta_origin": dict(doc.meta_origin)}


def put_document_meta(conn: Connection, doc: Document) -> None:
    """Replace the source metadata of a stored, unchanged document (a sidecar row or a
    bibliography entry changed): text, passages and extracted claims stay as they are."""
    conn.execute(update(s.documents).where(s.documents.c.id == doc.id).values(**_meta_row(doc), ingested_at=_now()))


def _passage_row(p: Passage) -> dict:
    return {
        "document_id": p.document_id,
        "idx": p.index,
        "start": p.start,
        "end": p.end,
        "text": p.text,
        "role": str(p.role),
        "role_reason": p.role_reason,
        "duplicate_of": p.duplicate_of,
        "language": p.language,
    }


def delete_documents(conn: Connection, ids: Iterable[str]) -> None:
    """Remove documents with everything extracted from them (explicitly, so a backend without
    enforced foreign keys loses nothing dangling)."""
    ids = list(ids)
    if not ids:
        return
    for table in (s.claims, s.mentions, s.extractions, s.passages):
        conn.execute(delete(table).where(table.c.document_id.in_(ids)))
    conn.execute(delete(s.documents).where(s.documents.c.id.in_(ids)))


def set_duplicates(conn: Connection, changes: Mapping[tuple[str, int], str | None]) -> None:
    """Update the ``duplicate_of`` links that changed after a re-ingest."""
    for (doc_id, idx), dup in changes.items():
        conn.execute(
            update(s.passages)
            .where(s.passages.c.document_id == doc_id, s.passages.c.idx == idx)
            .values(duplicate_of=dup)
        )


def put_extraction(
    conn: Connection,
    doc: Document,
    pipeline: str,
    mentions: Sequence[Mention],
    claims: Sequence[Claim],
) -> None:
    """Replace what was extracted from one document. The claims have passed the grounding
    gate (``factoid.extract.gate``) already; a claim extracted twice is stored once."""
    for table in (s.claims, s.mentions, s.extractions):
        conn.execute(delete(table).where(table.c.document_id == doc.id))
    conn.execute(
        insert(s.extractions).values(
            document_id=doc.id, content_hash=doc.content_hash, pipeline=pipeline, extracted_at=_now()
        )
    )
    _insert_many(conn, s.mentions, [_mention_row(m, doc.content_hash) for m in mentions])
    rows, seen = [], set()
    for c in claims:
        if c.id not in seen:
            seen.add(c.id)
            rows.append(_claim_row(c, doc.content_hash))
    _insert_many(conn, s.claims, rows)


def _mention_row(m: Mention, content_hash: str) -> dict:
    return {
        "key": mention_key(content_hash, m.start, m.end),
        "document_id": m.document_id,
        "start": m.start,
        "end": m.end,
        "text": m.text,
        "entity": m.entity,
        "kind": m.kind,
        "passage_idx": m.passage_index,
    }


def _claim_row(c: Claim, content_hash: str) -> dict:
    return {
        "key": claim_key(content_hash, c.span.start, c.span.end, c.property, c.value),
        "id": c.id,
        "document_id": c.span.document_id,
        "subject": c.subject,
        "subject_name": c.subject_name,
        "property": c.property,
        "value": c.value,
        "value_text": c.value_text,
        "qualifiers": c.qualifiers,
        "start": c.span.start,
        "end": c.span.end,
        "quote": c.span.quote,
        "role": str(c.span.role),
        "hedge": c.span.hedge,
        "extractor": c.extractor,
    }


def put_resolution(
    conn: Connection,
    persons: Sequence[Person],
    identities: Mapping[str, tuple[str, float, str]],
    *,
    person_mentions: Mapping[str, Iterable[str]] | None = None,
    by_user: Iterable[str] = (),
) -> None:
    """Replace persons, their aliases and the entity -> person decisions; remember which
    mention keys each person holds and every id given (curation: ids persist across builds).
    Entities in ``by_user`` were placed by a researcher's decision (origin ``user``)."""
    for table in (s.identities, s.aliases, s.persons):
        conn.execute(delete(table))
    user = set(by_user)
    if person_mentions is not None:  # rows of ids not given now stay: their last mentions
        ids = [p.id for p in persons]
        for i in range(0, len(ids), 500):
            conn.execute(delete(s.person_mentions).where(s.person_mentions.c.person_id.in_(ids[i:i + 500])))
        _insert_many(conn, s.person_mentions,
                     [{"person_id": pid, "mention_key": k} for pid, ks in person_mentions.items() for k in sorted(set(ks))])
    issue_person_ids(conn, [p.id for p in persons])
    _insert_many(conn, s.persons, [{"id": p.id, "name": p.name} for p in persons])
    _insert_many(
        conn,
        s.aliases,
        [{"person_id": p.id, "alias": a, "count": n} for p in persons for a, n in p.aliases.items()],
    )
    _insert_many(
        conn,
        s.identities,
        [
            {"entity": e, "person_id": pid, "score": score, "origin": "user" if e in user else "auto", "reason": reason}
            for e, (pid, score, reason) in identities.items()
        ],
    )


def put_reconciliation(
    conn: Connection,
    assessments: Sequence[Assessment],
    disputes: Sequence[Dispute],
    sources: Mapping[str, dict],
) -> None:
    """Replace the judgements of the last reconciliation."""
    for table in (s.assessments, s.disputes, s.sources):
        conn.execute(delete(table))
    _insert_many(
        conn,
        s.assessments,
        [
            {
                "claim_id": a.claim_id,
                "person_id": a.person_id,
                "grp": a.group,
                "confidence": a.confidence,
                "disputed": a.disputed,
                "preferred": a.preferred,
                "witnesses": a.witnesses,
                "citations": a.citations,
                "features": a.features,
            }
            for a in assessments
        ],
    )
    _insert_many(
        conn,
        s.disputes,
        [
            {
                "person_id": d.person_id,
                "property": d.property,
                "topic": d.topic,
                "groups": list(d.groups),
                "vals": list(d.values),
                "strength": d.strength,
            }
            for d in disputes
        ],
    )
    _insert_many(
        conn,
        s.sources,
        [
            {
                "document_id": doc_id,
                "reliability": info["reliability"],
                "copies": info.get("copies", []),
                "features": info.get("features", {}),
            }
            for doc_id, info in sources.items()
        ],
    )


# ---- curation ----------------------------------------------------------------------------------


def issue_person_ids(conn: Connection, ids: Iterable[str]) -> None:
    """Record person ids as given (the registry is append-only: ids are never reused)."""
    known = {r[0] for r in conn.execute(select(s.person_ids.c.id))}
    now = _now()
    _insert_many(conn, s.person_ids, [{"id": i, "issued_at": now} for i in sorted(set(ids) - known)])


def add_decision(conn: Connection, row: Mapping[str, object]) -> tuple[int, bool]:
    """Append one decision; a row whose uid is stored already is not added again (idempotent
    import). Returns (id, added). Decisions are never updated or deleted."""
    found = conn.execute(select(s.decisions.c.id).where(s.decisions.c.uid == row["uid"])).first()
    if found is not None:
        return found[0], False
    cols = {c.name for c in s.decisions.columns} - {"id"}
    result = conn.execute(insert(s.decisions).values({k: v for k, v in row.items() if k in cols}))
    return result.inserted_primary_key[0], True
