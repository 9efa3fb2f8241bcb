"""Reading records back out of the store, as ``factoid.model`` records or plain dicts."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator

from sqlalchemy import Connection, Select, Text, cast, func, literal, select

from factoid.copies import CopyKey
from factoid.errors import NotFoundError
from factoid.model import Claim, Document, Mention, Passage, PassageRole, Person, SourceSpan
from factoid.store import schema as s


def tuples(conn: Connection, q: Select) -> list[tuple]:
    """The rows of ``q`` as the database driver returns them (plain tuples), each column put
    through its type's result processor only where the type has one (JSON text parsed on
    SQLite; most columns have none).

    Why: SQLAlchemy's ``Row`` objects cost about three times what the driver's read does; a
    rebuild after one added document reads every claim and passage of the corpus."""
    dialect = conn.dialect
    result = conn.execute(q)
    try:
        described = result.cursor.description  # the driver's type codes, as SQLAlchemy passes them
        procs = [(i, f) for i, (col, d) in enumerate(zip(q.selected_columns, described, strict=True))
                 if (f := col.type.dialect_impl(dialect).result_processor(dialect, d[1])) is not None]
        rows = result.cursor.fetchall()
    finally:
        result.close()
    if not procs:
        return rows
    out = []
    for row in rows:
        values = list(row)
        for i, f in procs:
            values[i] = f(values[i])
        out.append(tuple(values))
    return out


def document_hashes(conn: Connection) -> dict[str, str]:
    """Document id -> content hash, for incremental ingest."""
    return dict(conn.execute(select(s.documents.c.id, s.documents.c.content_hash)).all())


def document_paths(conn: Connection) -> dict[str, str | None]:
    """Document id -> source path, for ``--prune``."""
    return dict(conn.execute(select(s.documents.c.id, s.documents.c.source_path)).all())


def get_document(conn: Connection, doc_id: str) -> Document:
    cols = [c for c in s.documents.c if c.name != "markup"]  # only the exports read the markup
    row = conn.execute(select(*cols).where(s.documents.c.id == doc_id)).mappings().first()
    if row is None:
        raise NotFoundError(f"no document {doc_id!r} in the knowledge base")
    return Document(
        id=row["id"],
        text=row["text"],
        content_hash=row["content_hash"],
        size=row["size"],
        format=row["format"],
        title=row["title"],
        url=row["url"],
        language=row["language"],
        source_path=row["source_path"],
        encoding=row["encoding"],
        encoding_doubt=row["encoding_doubt"],
        author=row["author"],
        published=row["published"],
        site=row["site"],
        publisher=row["publisher"],
        notes=row["notes"],
        meta_origin=row["meta_origin"] or {},
    )


#: The source-metadata columns, as ``factoid docs`` and the citations read them.
META_COLUMNS = ("title", "url", "author", "published", "site", "publisher", "language", "notes", "meta_origin")


def document_meta(conn: Connection) -> dict[str, dict]:
    """Document id -> its source metadata (``META_COLUMNS``), for citations and for noticing
    a changed sidecar on re-ingest."""
    cols = [s.documents.c.id, *(s.documents.c[name] for name in META_COLUMNS)]
    return {r["id"]: {k: r[k] for k in META_COLUMNS} | {"meta_origin": r["meta_origin"] or {}}
            for r in conn.execute(select(*cols)).mappings()}


def find_document_id(conn: Connection, name: str) -> str:
    """Accept a full id or a unique prefix/suffix of one, as a user types it."""
    ids = [r[0] for r in conn.execute(select(s.documents.c.id)).all()]
    if name in ids:
        return name
    hits = [i for i in ids if i.startswith(name) or i.endswith(name)]
    if len(hits) == 1:
        return hits[0]
    if not hits:
        raise NotFoundError(f"no document {name!r} in the knowledge base")
    raise NotFoundError(f"{name!r} names {len(hits)} documents: {', '.join(hits[:5])}")


def list_documents(conn: Connection) -> list[dict]:
    """Documents with their passage-role counts, for ``factoid docs``."""
    docs = conn.execute(
        select(
            s.documents.c.id,
            s.documents.c.title,
            s.documents.c.format,
            s.documents.c.size,
            s.documents.c.language,
            s.documents.c.url,
            s.documents.c.encoding,
            s.documents.c.encoding_doubt,
            s.documents.c.author,
            s.documents.c.published,
            s.documents.c.site,
            s.documents.c.publisher,
            s.documents.c.notes,
            s.documents.c.meta_origin,
        ).order_by(s.documents.c.id)
    ).mappings()
    counts: dict[str, dict[str, int]] = {}
    q = select(s.passages.c.document_id, s.passages.c.role, func.count()).group_by(
        s.passages.c.document_id, s.passages.c.role
    )
    for doc_id, role, n in conn.execute(q):
        counts.setdefault(doc_id, {})[role] = n
    dq = (
        select(s.passages.c.document_id, func.count())
        .where(s.passages.c.duplicate_of.is_not(None))
        .group_by(s.passages.c.document_id)
    )
    dups = dict(conn.execute(dq).all())
    return [dict(d, meta_origin=d["meta_origin"] or {}, roles=counts.get(d["id"], {}), duplicate=dups.get(d["id"], 0))
            for d in docs]


#: Passage roles by their stored value: one dict look-up per row instead of an Enum call.
_ROLES = {r.value: r for r in PassageRole}


def get_passages(conn: Connection, doc_id: str | None = None, *, text: bool = True) -> list[Passage]:
    """Passages of one document, or of the whole corpus in canonical order. Columns are read
    as tuples: mapping rows cost a key look-up per field, and a rebuild reads every passage.
    Without ``text`` each passage's text is empty: reconciliation reads where passages lie,
    and the text of only the documents that changed (``passage_texts``)."""
    p = s.passages
    q = select(p.c.document_id, p.c.idx, p.c.start, p.c.end, p.c.text if text else literal(""), p.c.role,
               p.c.role_reason, p.c.duplicate_of, p.c.language).order_by(p.c.document_id, p.c.idx)
    if doc_id is not None:
        q = q.where(p.c.document_id == doc_id)
    return [
        Passage(document_id=d, index=i, start=st, end=en, text=tx, role=_ROLES[role], role_reason=why,
                duplicate_of=dup, language=lang)
        for d, i, st, en, tx, role, why, dup, lang in tuples(conn, q)
    ]


def stale_documents(conn: Connection, pipeline: str) -> list[str]:
    """Documents never extracted, changed since, or extracted by an older pipeline."""
    d, e = s.documents, s.extractions
    q = (
        select(d.c.id)
        .select_from(d.outerjoin(e, e.c.document_id == d.c.id))
        .where((e.c.document_id.is_(None)) | (e.c.content_hash != d.c.content_hash) | (e.c.pipeline != pipeline))
        .order_by(d.c.id)
    )
    return list(conn.execute(q).scalars().all())


def _claim(r) -> Claim:  # type: ignore[no-untyped-def]
    return Claim(
        subject=r["subject"],
        subject_name=r["subject_name"],
        property=r["property"],
        value=r["value"],
        value_text=r["value_text"],
        qualifiers=r["qualifiers"] or {},
        span=SourceSpan(
            document_id=r["document_id"],
            start=r["start"],
            end=r["end"],
            quote=r["quote"],
            role=PassageRole(r["role"]),
            hedge=r["hedge"],
        ),
        extractor=r["extractor"],
    )


def get_claims(conn: Connection) -> list[Claim]:
    """Every claim, in document and text order (read as driver tuples, ``tuples``). Each
    claim carries its stored id: ``Claim.id`` hashes the claim's content, and the store's rows
    (assessments, decisions' keys) name the claim by the id it was stored under. Qualifiers
    are read as their stored JSON text and parsed only where there are some: most claims have
    none, and parsing "{}" for each was a third of reading them."""
    c = s.claims
    q = select(c.c.id, c.c.subject, c.c.subject_name, c.c.property, c.c.value, c.c.value_text,
               cast(c.c.qualifiers, Text), c.c.document_id, c.c.start, c.c.end, c.c.quote, c.c.role, c.c.hedge,
               c.c.extractor).order_by(c.c.document_id, c.c.start, c.c.id)
    claims = []
    for cid, subj, name, prop, value, vtext, quals, d, st, en, quote, role, hedge, extractor in tuples(conn, q):
        claim = Claim(subject=subj, subject_name=name, property=prop, value=value, value_text=vtext,
                      qualifiers=_qualifiers(quals),
                      span=SourceSpan(document_id=d, start=st, end=en, quote=quote, role=_ROLES[role], hedge=hedge),
                      extractor=extractor)
        claim.__dict__["id"] = cid  # what the cached property would compute: the id it was stored under
        claims.append(claim)
    return claims


def _qualifiers(text: str | None) -> dict:
    """A claim's qualifiers from their stored JSON text (a new dict each: claims own theirs)."""
    return {} if not text or text == "{}" else (json.loads(text) or {})


def _rehashed(conn: Connection) -> set[str]:
    """Documents whose stored mentions and claims were extracted from another text than the
    one they hold now (their last extraction failed after the text changed)."""
    e, d = s.extractions, s.documents
    return set(conn.execute(select(e.c.document_id).join(d, d.c.id == e.c.document_id)
                            .where(e.c.content_hash != d.c.content_hash)).scalars().all())


def get_mentions(conn: Connection) -> list[Mention]:
    """Every mention, in document and text order (read as tuples, as ``get_passages``)."""
    return get_keyed_mentions(conn)[0]


def get_keyed_mentions(conn: Connection) -> tuple[list[Mention], list[str | None]]:
    """``get_mentions`` and the key extraction stored for each (``factoid.curation.keys``),
    None where it cannot be trusted: not stored (a knowledge base older than the column), or
    made from a text the document no longer has (``_rehashed``).

    Why: curation keys every mention of the corpus at every build; reading the keys with
    the mentions costs less than hashing them all again."""
    m = s.mentions
    q = select(m.c.document_id, m.c.start, m.c.end, m.c.text, m.c.entity, m.c.kind, m.c.passage_idx, m.c.key,
               ).order_by(m.c.document_id, m.c.start, m.c.id)
    rehashed = _rehashed(conn)
    rows = tuples(conn, q)  # the driver's tuples: ``Row`` objects cost more than the read
    # positional: keyword arguments cost a third of the read of the corpus's mentions
    mentions = [Mention(d, st, en, tx, ent, kind, i) for d, st, en, tx, ent, kind, i, _ in rows]
    if rehashed:
        return mentions, [None if r[0] in rehashed else r[7] for r in rows]
    return mentions, [r[7] for r in rows]


def claim_keys(conn: Connection) -> dict[str, str | None]:
    """Claim id -> the key extraction stored (None where it cannot be trusted, as in
    ``get_keyed_mentions``)."""
    c = s.claims
    rehashed = _rehashed(conn)
    return {cid: None if doc in rehashed else key
            for cid, key, doc in conn.execute(select(c.c.id, c.c.key, c.c.document_id)).all()}


def get_persons(conn: Connection) -> list[Person]:
    aliases: dict[str, dict[str, int]] = {}
    for pid, alias, n in conn.execute(select(s.aliases.c.person_id, s.aliases.c.alias, s.aliases.c.count)).all():
        aliases.setdefault(pid, {})[alias] = n
    return [
        Person(id=pid, name=name, aliases=aliases.get(pid, {}))
        for pid, name in conn.execute(select(s.persons.c.id, s.persons.c.name).order_by(s.persons.c.id)).all()
    ]


def person_ids(conn: Connection) -> set[str]:
    """The ids of the persons of the last build (``get_persons`` without names and aliases)."""
    return set(conn.execute(select(s.persons.c.id)).scalars().all())


def identities(conn: Connection) -> dict[str, str]:
    """Document-local entity -> person id, by entity (a build rewrites only the rows that
    changed, so the order rows are stored in says nothing)."""
    return dict(conn.execute(select(s.identities.c.entity, s.identities.c.person_id).order_by(s.identities.c.entity)).all())


def assessments(conn: Connection) -> dict[str, dict]:
    """Claim id -> its assessment row. Why tuples zipped with keys read once: ``dict(row)`` on a
    mapping row calls ``Row.keys()`` per row, a fifth of a snapshot build at 300k words."""
    result = conn.execute(select(s.assessments).order_by(s.assessments.c.claim_id))
    keys = list(result.keys())
    at = keys.index("claim_id")
    return {r[at]: dict(zip(keys, r)) for r in result.all()}


def previous_groups(conn: Connection) -> dict[str, tuple[str, str, int]]:
    """Claim id -> (person id, agreement group, the group's size) as the last build left them,
    for the claims it did not mark deprecated: what reconciliation may reuse
    (``factoid.reconcile.groups``)."""
    a = s.assessments
    q = select(a.c.claim_id, a.c.person_id, a.c.grp, a.c.citations).where(~a.c.grp.startswith("deprecated/"))
    return {cid: (pid, grp, n) for cid, pid, grp, n in tuples(conn, q)}


def copy_keys(conn: Connection) -> dict[tuple[str, int], CopyKey]:
    """(document, passage index) -> the copy check's stored key of that passage."""
    k = s.copy_keys
    q = select(k.c.document_id, k.c.idx, k.c.words, k.c.digest, k.c.signature)
    return {(d, i): CopyKey(words, digest, bytes(sig) if sig is not None else None)
            for d, i, words, digest, sig in conn.execute(q).all()}


def copy_check(conn: Connection, *, keys: bool = True,
               ) -> tuple[list[Passage], list[CopyKey | None], Callable[[int], str]]:
    """What the copy check (``factoid.copies.refresh``) reads of the corpus: every passage in
    canonical order with its copy mark, its stored key (None where none is), and a function
    giving the text of passage ``i``.

    With ``keys`` (the stored keys are valid), passages come without their texts (``text``
    empty, offsets 0) in one query joined with their keys, read as tuples; the texts of the
    documents having a passage without a key (those written now) are read at once, any other
    only when the check compares it (``passage_texts``), so checking a new document does not
    read every text stored. Without ``keys``, the passages are read whole and every key is None."""
    if not keys:
        whole = get_passages(conn)
        return whole, [None] * len(whole), lambda i: whole[i].text
    p, k = s.passages, s.copy_keys
    q = (select(p.c.document_id, p.c.idx, p.c.duplicate_of, k.c.words, k.c.digest, k.c.signature)
         .select_from(p.outerjoin(k, (k.c.document_id == p.c.document_id) & (k.c.idx == p.c.idx)))
         .order_by(p.c.document_id, p.c.idx))
    passages: list[Passage] = []
    stored: list[CopyKey | None] = []
    for d, i, dup, words, digest, sig in tuples(conn, q):
        passages.append(Passage(document_id=d, index=i, start=0, end=0, text="", duplicate_of=dup))
        stored.append(None if digest is None else CopyKey(words, digest, bytes(sig) if sig is not None else None))
    texts = passage_texts(conn, {ps.document_id for ps, key in zip(passages, stored, strict=True) if key is None})

    def text(n: int) -> str:
        at = (passages[n].document_id, passages[n].index)
        if at not in texts:
            texts.update(passage_texts(conn, [at[0]]))
        return texts[at]

    return passages, stored, text


def passage_texts(conn: Connection, documents: Iterable[str]) -> dict[tuple[str, int], str]:
    """(document, passage index) -> the passage's text, for every passage of ``documents``."""
    p = s.passages
    wanted = sorted(set(documents))
    out: dict[tuple[str, int], str] = {}
    for k in range(0, len(wanted), 500):
        q = select(p.c.document_id, p.c.idx, p.c.text).where(p.c.document_id.in_(wanted[k:k + 500]))
        out.update({(d, i): tx for d, i, tx in conn.execute(q).all()})
    return out


def derived_state(conn: Connection, name: str) -> str | None:
    """A value the last build recorded (``schema.derived_state``), or None."""
    return conn.execute(select(s.derived_state.c.value).where(s.derived_state.c.name == name)).scalar()


def get_disputes(conn: Connection) -> list[dict]:
    q = select(s.disputes).order_by(s.disputes.c.strength.desc(), s.disputes.c.id)
    return [dict(r) for r in conn.execute(q).mappings()]


def get_sources(conn: Connection) -> dict[str, dict]:
    q = select(s.sources).order_by(s.sources.c.document_id)
    return {r["document_id"]: dict(r) for r in conn.execute(q).mappings()}


# ---- curation ----------------------------------------------------------------------------------


def person_mentions(conn: Connection) -> dict[str, set[str]]:
    """Person id -> the mention keys it held after the last build."""
    out: dict[str, set[str]] = {}
    for pid, key in tuples(conn, select(s.person_mentions.c.person_id, s.person_mentions.c.mention_key)):
        held = out.get(pid)
        if held is None:
            held = out[pid] = set()
        held.add(key)
    return out


def issued_person_ids(conn: Connection) -> set[str]:
    """Every person id ever given."""
    return set(conn.execute(select(s.person_ids.c.id)).scalars().all())


def decisions(conn: Connection) -> list[dict]:
    """The decisions log, oldest first."""
    return [dict(r) for r in conn.execute(select(s.decisions).order_by(s.decisions.c.id)).mappings()]


def document_texts(conn: Connection, ids: Iterable[str]) -> dict[str, tuple[str, str]]:
    """Document id -> (content hash, text), for the given ids (re-anchoring decisions)."""
    ids = list(ids)
    if not ids:
        return {}
    d = s.documents
    q = select(d.c.id, d.c.content_hash, d.c.text).where(d.c.id.in_(ids))
    return {i: (h, t) for i, h, t in conn.execute(q).all()}


def document_markups(conn: Connection, ids: Iterable[str]) -> Iterator[tuple[str, str, str]]:
    """(id, text, markup) of those of the given documents that have markup (web pages), one
    row at a time so an export holds one page in memory, not all of them."""
    d = s.documents
    for chunk in _chunks(sorted(set(ids)), 500):
        q = select(d.c.id, d.c.text, d.c.markup).where(d.c.id.in_(chunk), d.c.markup.is_not(None))
        yield from ((i, t, m) for i, t, m in conn.execute(q))


def pages_without_markup(conn: Connection) -> set[str]:
    """Web pages stored before their markup was kept (``0010_html_markup``): re-ingesting
    their unchanged files fills it in."""
    d = s.documents
    return set(conn.execute(select(d.c.id).where(d.c.format == "html", d.c.markup.is_(None))).scalars())


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def mention_by_key(conn: Connection, key: str) -> dict | None:
    """The stored mention with this key (the first, should two share a span)."""
    m = s.mentions
    q = select(m.c.document_id, m.c.start, m.c.end, m.c.text, m.c.entity).where(m.c.key == key).order_by(m.c.id)
    row = conn.execute(q).mappings().first()
    return dict(row) if row else None


def claim_by_key(conn: Connection, key: str) -> dict | None:
    """The stored claim with this key (the first, should two extractors share it)."""
    c = s.claims
    q = select(c.c.id, c.c.document_id, c.c.start, c.c.end, c.c.property, c.c.value, c.c.subject,
               c.c.subject_name).where(c.c.key == key)
    row = conn.execute(q.order_by(c.c.id)).mappings().first()
    return dict(row) if row else None


def mentions_of_person(conn: Connection, person_id: str) -> list[dict]:
    """The mentions resolved to one person, in document order."""
    m, i = s.mentions, s.identities
    q = (select(m.c.document_id, m.c.start, m.c.end, m.c.text, m.c.kind, m.c.entity)
         .select_from(m.join(i, i.c.entity == m.c.entity)).where(i.c.person_id == person_id)
         .order_by(m.c.document_id, m.c.start))
    return [dict(r) for r in conn.execute(q).mappings()]


def identity_rows(conn: Connection) -> list[dict]:
    """Every identity decision of the last build (entity, person, score, origin, reason)."""
    return [dict(r) for r in conn.execute(select(s.identities).order_by(s.identities.c.entity)).mappings()]


def mentions_of_document(conn: Connection, doc_id: str) -> list[dict]:
    """The mentions of one document, in order."""
    m = s.mentions
    q = select(m.c.document_id, m.c.start, m.c.end, m.c.text, m.c.kind, m.c.entity).where(m.c.document_id == doc_id)
    return [dict(r) for r in conn.execute(q.order_by(m.c.start)).mappings()]
