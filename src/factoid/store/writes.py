"""Writing records into the store. Every function runs inside the caller's transaction, so a
failed or interrupted ingest or build rolls back and leaves the previous knowledge base whole."""

from __future__ import annotations

import hashlib
import io
import json
import pickle
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from datetime import UTC, datetime
from operator import itemgetter

from sqlalchemy import JSON, Connection, Text, bindparam, cast, delete, func, insert, select, update

from factoid.copies import CopyKey
from factoid.curation.keys import claim_key, mention_key
from factoid.model import Assessment, Claim, Dispute, Document, Mention, Passage, Person
from factoid.store import schema as s
from factoid.store.reads import derived_state, tuples
from factoid.store.reads import person_mentions as read_person_mentions


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _insert_many(conn: Connection, table, rows: list[dict]) -> None:  # type: ignore[no-untyped-def]
    """Insert in chunks: one executemany per chunk keeps memory flat on big corpora."""
    for i in range(0, len(rows), 2000):
        conn.execute(insert(table), rows[i : i + 2000])


def put_document(conn: Connection, doc: Document, passages: Sequence[Passage], *, new: bool = False) -> None:
    """Store a document and its passages, replacing any earlier version of it (and, through
    cascading deletes, the mentions and claims extracted from that earlier version).
    ``new``: the caller knows no version is stored, so there is nothing to delete."""
    if not new:
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
            markup=doc.markup,
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


def put_markup(conn: Connection, doc_id: str, markup: str) -> None:
    """Keep the markup of a stored, unchanged web page that has none yet: its text, passages
    and claims stay as they are; its quotes can now be mapped to the page."""
    conn.execute(update(s.documents).where(s.documents.c.id == doc_id).values(markup=markup))


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
    for table in (s.claims, s.mentions, s.extractions, s.copy_keys, s.passages):
        conn.execute(delete(table).where(table.c.document_id.in_(ids)))
    conn.execute(delete(s.documents).where(s.documents.c.id.in_(ids)))


def set_duplicates(conn: Connection, changes: Mapping[tuple[str, int], str | None]) -> None:
    """Update the ``duplicate_of`` links that changed after a re-ingest (one executemany: a
    round trip per passage is what a server store pays most for)."""
    if not changes:
        return
    p = s.passages
    stmt = update(p).where(p.c.document_id == bindparam("d"), p.c.idx == bindparam("i")).values(
        duplicate_of=bindparam("dup"))
    rows = [{"d": d, "i": i, "dup": dup} for (d, i), dup in changes.items()]
    for k in range(0, len(rows), 2000):
        conn.execute(stmt, rows[k:k + 2000])


def put_copy_keys(conn: Connection, keys: Mapping[tuple[str, int], CopyKey], *, replace_all: bool = False) -> None:
    """Store the copy check's keys of these passages (``factoid.copies.CopyKey``); with
    ``replace_all``, they replace every stored key (made under another fingerprint)."""
    if replace_all:
        conn.execute(delete(s.copy_keys))
    else:
        stale = [{"d": d, "i": i} for d, i in keys]
        for k in range(0, len(stale), 2000):
            conn.execute(delete(s.copy_keys).where(s.copy_keys.c.document_id == bindparam("d"),
                                                   s.copy_keys.c.idx == bindparam("i")), stale[k:k + 2000])
    _insert_many(conn, s.copy_keys, [{"document_id": d, "idx": i, "words": k.words, "digest": k.digest,
                                      "signature": k.signature} for (d, i), k in keys.items()])


#: The ``derived_state`` row naming the code the stored copy keys and marks were made with
#: (``factoid.copies.fingerprint``).
COPIED = "copies"


def put_copy_check(conn: Connection, marks: Mapping[tuple[str, int], str | None],
                   keys: Mapping[tuple[str, int], CopyKey], *, fingerprint: str, replace_all: bool = False) -> None:
    """Store what a copy check (``factoid.copies.refresh``) found: the ``duplicate_of`` links
    that changed, the keys made now (with ``replace_all``, replacing every stored key: they
    were made under another fingerprint) and the fingerprint of the code that made them."""
    set_duplicates(conn, marks)
    put_copy_keys(conn, keys, replace_all=replace_all)
    set_derived_state(conn, COPIED, fingerprint)


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
    stored: Mapping[str, set[str]] | None = None,
    issued: set[str] | None = None,
) -> None:
    """Replace persons, their aliases and the entity -> person decisions; remember which
    mention keys each person holds and every id given (curation: ids persist across builds).
    Entities in ``by_user`` were placed by a researcher's decision (origin ``user``).
    ``stored`` and ``issued``: the person mentions and person ids the store holds, when the
    caller read them in this transaction already (``reads.person_mentions``,
    ``reads.issued_person_ids``): else they are read here.

    Only rows that differ are written (``sync``): after one added document most persons,
    aliases and decisions are what the last build stored."""
    user = set(by_user)
    if person_mentions is not None:  # rows of ids not given now stay: their last mentions
        _sync_person_mentions(conn, {pid: set(ks) for pid, ks in person_mentions.items()},
                              {p.id for p in persons}, stored)
    issue_person_ids(conn, [p.id for p in persons], issued)
    # persons first: a person deleted takes its aliases and identities along (cascade), and
    # the rows added below may name a person added here
    sync(conn, s.persons, ("id",), [{"id": p.id, "name": p.name} for p in persons])
    # a person's aliases are read back in the order they were written (first seen first), so
    # a person whose aliases changed gets all of them written again, in order
    sync(conn, s.aliases, ("person_id", "alias"),
         [{"person_id": p.id, "alias": a, "count": n} for p in persons for a, n in p.aliases.items()],
         whole="person_id")
    sync_changed(
        conn,
        s.identities,
        ("entity",),
        "person_id",
        [
            {"entity": e, "person_id": pid, "score": score, "origin": "user" if e in user else "auto", "reason": reason}
            for e, (pid, score, reason) in identities.items()
        ],
        IDENTIFIED,
    )


def _sync_person_mentions(conn: Connection, held: Mapping[str, set[str]], given: set[str],
                          known: Mapping[str, set[str]] | None = None) -> None:
    """Make the mention keys of the ids given now exactly ``held``; rows of other ids stay.
    ``known``: what the table holds (person id -> mention keys), when the caller has read it."""
    pm = s.person_mentions
    if known is None:
        known = read_person_mentions(conn)
    # compared person by person (sets, in C): after one added document most persons hold
    # the keys they held, and pairing every key with its person cost more than the write
    stored: set[tuple[str, str]] = set()
    wanted: set[tuple[str, str]] = set()
    for pid in given | held.keys():
        before = known.get(pid, set()) if pid in given else set()
        now = held.get(pid, set())
        if before != now:
            stored.update((pid, k) for k in before)
            wanted.update((pid, k) for k in now)
    gone = sorted(stored - wanted)
    if gone:
        conn.execute(delete(pm).where(pm.c.person_id == bindparam("p"), pm.c.mention_key == bindparam("k")),
                     [{"p": p, "k": k} for p, k in gone])
    _insert_many(conn, pm, [{"person_id": p, "mention_key": k} for p, k in sorted(wanted - stored)])


def sync(conn: Connection, table, key: Sequence[str], rows: Sequence[dict],  # type: ignore[no-untyped-def]
         whole: str | None = None, within: tuple[str, Sequence[str]] | None = None) -> None:
    """Make ``table`` hold exactly ``rows`` (unique by the ``key`` columns), deleting and
    inserting only the rows that differ from what it holds. With ``whole`` (a column of
    ``key``), rows sharing its value are written all again when any of them differs, in the
    order given, so they read back in that order.

    Why not delete everything and insert it again: a rebuild after one added document
    changes a few rows of tables of tens of thousands; rewriting them all was most of the
    cost of storing a derivation. Values are compared as the store gives them back (JSON
    columns as the text stored against the text this write would store), so a row is
    rewritten whenever it would not be stored the same.

    ``within`` (a column, its values): the table's rows outside those values are left alone
    and not read, and ``rows`` are the rows to hold there (``sync_changed``)."""
    if not rows:
        _delete_within(conn, table, within)
        return
    cols = list(rows[0])
    json_cols = {c for c in cols if isinstance(table.c[c].type, JSON)}
    norm = _normaliser(cols, json_cols)

    at = [cols.index(k) for k in key]
    # JSON columns are compared as the text stored, with the text a write would store now
    read = [cast(table.c[c], Text) if c in json_cols else table.c[c] for c in cols]
    # the driver's tuples (``reads.tuples``): ``Row`` objects cost more than reading them
    key_of = _key_picker(at)
    stored = {key_of(r): tuple(r) for q in _selects(table, read, within) for r in tuples(conn, q)}
    wanted = {}
    for row in rows:
        values = norm(row)
        wanted[key_of(values)] = (values, row)
    stale = [k for k, values in stored.items() if k not in wanted or wanted[k][0] != values]
    if whole is not None:
        w = list(key).index(whole)
        redo = {k[w] for k in stale} | {k[w] for k, (values, _) in wanted.items() if stored.get(k) != values}
        stale = [k for k in stored if k[w] in redo]
        for k in stale:
            stored.pop(k)
    if stale:
        where = [table.c[k] == bindparam(f"k_{k}") for k in key]
        for i in range(0, len(stale), 2000):
            conn.execute(delete(table).where(*where), [{f"k_{k}": v for k, v in zip(key, ks)} for ks in stale[i:i + 2000]])
    _insert_many(conn, table, [row for k, (values, row) in wanted.items() if stored.get(k) != values])


def _selects(table, read: list, within: tuple[str, Sequence[str]] | None) -> list:  # type: ignore[no-untyped-def]
    """The queries reading ``read`` of the rows ``within`` selects (of all rows without it),
    in chunks of values a statement can bind."""
    if within is None:
        return [select(*read)]
    col, values = table.c[within[0]], list(within[1])
    return [select(*read).where(col.in_(values[i:i + 500])) for i in range(0, len(values), 500)]


def _delete_within(conn: Connection, table, within: tuple[str, Sequence[str]] | None) -> None:  # type: ignore[no-untyped-def]
    """Delete the rows ``within`` selects (every row without it)."""
    if within is None:
        conn.execute(delete(table))
        return
    col, values = table.c[within[0]], list(within[1])
    for i in range(0, len(values), 500):
        conn.execute(delete(table).where(col.in_(values[i:i + 500])))


def _key_picker(at: Sequence[int]) -> Callable[[Sequence[object]], tuple]:
    """The key columns of a row of ``sync`` as a tuple (``itemgetter``, in C: it is asked for
    every stored and every wanted row, a local person of the corpus each for identities)."""
    pick = itemgetter(*at)
    return pick if len(at) > 1 else lambda row: (pick(row),)


def _normaliser(cols: Sequence[str], json_cols: set[str]) -> Callable[[Mapping[str, object]], tuple]:
    """A row's values as ``sync`` compares them with the stored ones: JSON columns as the text
    stored, the others as they are (picked by ``itemgetter``, in C: ``sync`` compares a row
    per local person of the corpus)."""
    if json_cols:
        return lambda row: tuple(json.dumps(row[c]) if c in json_cols else row[c] for c in cols)
    pick = itemgetter(*cols)
    return pick if len(cols) > 1 else lambda row: (pick(row),)


def put_reconciliation(
    conn: Connection,
    assessments: Sequence[Assessment],
    disputes: Sequence[Dispute],
    sources: Mapping[str, dict],
    kept: Collection[str] = (),
) -> None:
    """Replace the judgements of the last reconciliation: the assessments of the agreement
    groups and the sources rows that changed (``sync_parts``), the disputes whole (a few rows,
    numbered in order of strength). ``kept``: agreement groups whose stored rows stay as they
    are (``reconcile_memo``: persons whose inputs did not change), absent from ``assessments``."""
    conn.execute(delete(s.disputes))
    put_assessments(conn, [
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
    ], kept)
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
    sync_parts(
        conn,
        s.sources,
        "document_id",
        [
            {
                "document_id": doc_id,
                "reliability": info["reliability"],
                "copies": info.get("copies", []),
                "features": info.get("features", {}),
            }
            for doc_id, info in sources.items()
        ],
        SOURCED,
    )


def intact_assessments(conn: Connection) -> dict[str, list] | None:
    """``intact_parts`` of the assessments: the agreement groups whose stored rows are as the
    last build wrote them (what ``put_assessments`` may keep)."""
    return intact_parts(conn, s.assessments, "grp", ASSESSED)


def put_assessments(conn: Connection, rows: Sequence[dict], kept: Collection[str] = ()) -> None:
    """Make the assessments table hold exactly ``rows`` and the stored rows of the ``kept``
    agreement groups, rewriting only the groups whose rows changed (``sync_parts``)."""
    sync_parts(conn, s.assessments, "grp", rows, ASSESSED, kept)


#: The ``derived_state`` rows holding, per part, a digest of the rows ``sync_parts`` last
#: wrote there and their number. Whatever writes these tables other than ``sync_parts`` must
#: forget them (``set_derived_state(conn, ASSESSED, None)``).
ASSESSED = "assessed"
SOURCED = "sourced"
#: The same for the identities, by person (``sync_changed``).
IDENTIFIED = "identified"


def sync_parts(conn: Connection, table, part: str, rows: Sequence[dict], state: str,  # type: ignore[no-untyped-def]
               kept: Collection[str] = ()) -> None:
    """Make ``table`` hold exactly ``rows`` and the stored rows of the ``kept`` parts,
    rewriting only the parts (rows sharing a value of the ``part`` column) whose rows changed
    since the last call; ``state`` names the ``derived_state`` row keeping their digests.

    Why digests: after one added document most agreement groups and sources are what the
    last build wrote, and comparing them row by row (``sync``) meant reading and
    JSON-encoding every row of the corpus. A part whose rows digest the same is skipped
    unread. A digest is trusted only if the table still holds as many rows of its part as it
    says (``intact_parts``: a cascade from deleted claims or documents removes rows behind
    its back); a part that lost rows is rewritten. Rows of a part no digest knows (written
    otherwise) make every row compared (``sync``) and the digests made afresh. A digest is of
    the rows' ``repr``: equal rows give equal text, and a different value a different text (at
    worst an equal part is rewritten). Rows are unique by their first column; a row moving
    from one part to another changes both. ``kept`` parts must be intact (the caller asked
    ``intact_parts`` in this transaction)."""
    col = table.c[part]
    by_part, digests, known, intact = _part_digests(conn, table, part, rows, state)
    if intact is None:
        if kept:
            raise RuntimeError(f"{table.name}: the rows of kept parts are not as the last build wrote them")
        sync(conn, table, (next(iter(table.primary_key.columns)).name,), list(rows))
    else:
        digests.update({k: intact[k] for k in kept})
        changed = sorted(k for k in digests.keys() | known.keys() if k not in intact or digests.get(k) != intact[k])
        for i in range(0, len(changed), 500):
            conn.execute(delete(table).where(col.in_(changed[i:i + 500])))
        _insert_many(conn, table, [row for k in changed for row in by_part.get(k, ())])
    set_derived_state(conn, state, json.dumps(digests, sort_keys=True, separators=(",", ":")))


def _part_digests(conn: Connection, table, part: str, rows: Sequence[dict],  # type: ignore[no-untyped-def]
                  state: str) -> tuple[dict[str, list[dict]], dict[str, list], dict[str, list], dict[str, list] | None]:
    """The rows by part, each part's digest and row count, the stored digests, and those still
    to be trusted (``_intact``; None when there are none or rows of unknown parts were written)."""
    by_part: dict[str, list[dict]] = {}
    for row in rows:
        by_part.setdefault(row[part], []).append(row)
    digests = {k: [_digest(rs), len(rs)] for k, rs in by_part.items()}
    known = _state(conn, state)
    return by_part, digests, known or {}, _intact(conn, table, part, known)


def sync_changed(conn: Connection, table, key: Sequence[str], part: str, rows: Sequence[dict],  # type: ignore[no-untyped-def]
                 state: str) -> None:
    """``sync`` (rows unique by the ``key`` columns) that reads and compares only the rows of
    the parts (rows sharing a value of the ``part`` column) whose rows changed since the last
    call, by their digests (``sync_parts``' digests and trust, kept in the ``derived_state``
    row ``state``); inside a changed part, only the rows that differ are written.

    Why: after one added document a few persons change, but ``sync`` read and compared the
    identity of every local person of the corpus. Unlike ``sync_parts``, a changed part is
    not rewritten whole: the person most written about holds hundreds of identities, and one
    more of them would rewrite them all. A row moving between parts changes both, so its
    stored row is among those read."""
    by_part, digests, known, intact = _part_digests(conn, table, part, rows, state)
    if intact is None:
        sync(conn, table, key, rows)
    else:
        changed = sorted(k for k in digests.keys() | known.keys() if k not in intact or digests.get(k) != intact[k])
        if changed:
            sync(conn, table, key, [row for k in changed for row in by_part.get(k, ())], within=(part, changed))
    set_derived_state(conn, state, json.dumps(digests, sort_keys=True, separators=(",", ":")))


def _state(conn: Connection, state: str) -> dict[str, list] | None:
    text = derived_state(conn, state)
    return json.loads(text) if text else None


def intact_parts(conn: Connection, table, part: str, state: str) -> dict[str, list] | None:  # type: ignore[no-untyped-def]
    """Part -> [digest, rows] as ``sync_parts`` last wrote it, for the parts whose rows the
    table still holds (as many as the digest says: rows are only ever removed behind its back,
    by a cascade); None when no digests are stored or the table holds a part they do not know."""
    return _intact(conn, table, part, _state(conn, state))


def _intact(conn: Connection, table, part: str, known: dict[str, list] | None) -> dict[str, list] | None:  # type: ignore[no-untyped-def]
    """``intact_parts`` given the stored digests, read once by the caller."""
    if known is None:
        return None
    col = table.c[part]
    held = dict(conn.execute(select(col, func.count()).group_by(col)).all())
    if not held.keys() <= known.keys():
        return None
    return {k: v for k, v in known.items() if held.get(k, 0) == v[1]}


def _digest(rows: Sequence[dict]) -> str:
    """A digest of rows' values, in order (``sync_parts``). Of their pickle, not their
    ``repr``: a source's row lists its copy relations (megabytes at a million words), and
    writing every float as text was most of digesting them. The pickler runs without its memo
    (``fast``), so the bytes are a function of the values alone, never of which equal values
    happen to be one object."""
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=5)
    pickler.fast = True  # no memo: equal values give equal bytes however they are shared
    pickler.dump([tuple(r.values()) for r in rows])
    return hashlib.blake2b(buffer.getbuffer(), digest_size=12).hexdigest()


def set_derived_state(conn: Connection, name: str, value: str | None) -> None:
    """Record (or, with None, forget) a value for the next build (``schema.derived_state``)."""
    conn.execute(delete(s.derived_state).where(s.derived_state.c.name == name))
    if value is not None:
        conn.execute(insert(s.derived_state).values(name=name, value=value))


# ---- curation ----------------------------------------------------------------------------------


def issue_person_ids(conn: Connection, ids: Iterable[str], known: set[str] | None = None) -> None:
    """Record person ids as given (the registry is append-only: ids are never reused).
    ``known``: the ids recorded already, when the caller has read them."""
    if known is None:
        known = set(conn.execute(select(s.person_ids.c.id)).scalars().all())
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
