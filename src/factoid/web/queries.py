"""Shared read helpers used by both the pages and the API (so both show the same thing)."""

from __future__ import annotations

from typing import Any, Literal

from sqlalchemy import Connection

from factoid import cite as cite_mod
from factoid import schema
from factoid.errors import NotFoundError
from factoid.names import fold
from factoid.readmodel import current, source_why
from factoid.store import reads
from factoid.web import highlight
from factoid.web.data import Snapshot

SortKey = Literal["name", "aliases", "documents", "claims", "disputes"]
Order = Literal["asc", "desc"]


def people(snap: Snapshot, q: str | None = None, sort: SortKey | None = None, order: Order | None = None, *,
           claimed: bool | None = None, disputed: bool | None = None, document: str | None = None,
           language: str | None = None) -> list[dict]:
    """The people list, filtered on name or alias (and, when given, on having claims, having
    disputes, being named in one document, being named in a document of one language) and
    sorted by any column. Without ``sort`` the order is the knowledge base's own (most claims first)."""
    rows = snap.people
    if q and q.strip():
        keys = [fold(w) for w in q.split()]
        rows = [r for r in rows if all(any(k in fold(a) for a in [r["name"], *r["aliases"]]) for k in keys)]
    if claimed is not None:
        rows = [r for r in rows if bool(r["claims"]) == claimed]
    if disputed is not None:
        rows = [r for r in rows if bool(r["disputes"]) == disputed]
    if document:
        rows = [r for r in rows if document in snap.person_documents.get(r["id"], ())]
    if language:
        rows = [r for r in rows
                if any(snap.languages.get(d) == language for d in snap.person_documents.get(r["id"], ()))]
    if sort:
        desc = (order or ("asc" if sort == "name" else "desc")) == "desc"
        if sort == "name":
            rows = sorted(rows, key=lambda r: fold(r["name"]), reverse=desc)
        elif sort == "aliases":
            rows = sorted(rows, key=lambda r: (len(r["aliases"]), fold(r["name"])), reverse=desc)
        else:
            rows = sorted(rows, key=lambda r: (r[sort], r["claims"]), reverse=desc)
    return list(rows)


def document(conn: Connection, snap: Snapshot, doc_id: str) -> dict[str, Any]:
    """A stored document with its passages and the claims extracted from it."""
    try:
        doc = reads.get_document(conn, doc_id)
    except NotFoundError:
        raise NotFoundError(f"no document {doc_id!r} in the knowledge base") from None
    passages = reads.get_passages(conn, doc.id)
    claims = highlight.document_claims(conn, doc.id)
    src = snap.sources.get(doc.id, {})
    return {
        "id": doc.id, "title": doc.title, "url": doc.url, "format": doc.format, "language": doc.language,
        "author": doc.author, "site": doc.site, "publisher": doc.publisher, "published": doc.published,
        "notes": doc.notes, "citation": cite_mod.citation(doc, doc.id), "meta_origin": doc.meta_origin,
        "size": doc.size, "content_hash": doc.content_hash, "text": doc.text,
        "reliability": src.get("reliability"), "copies": src.get("copies", []),
        "passages": [{"index": p.index, "start": p.start, "end": p.end, "role": str(p.role),
                      "reason": p.role_reason, "duplicate_of": p.duplicate_of, "language": p.language}
                     for p in passages],
        "claims": claims,
        "_doc": doc, "_passages": passages,
    }


def facets(snap: Snapshot) -> dict[str, list[str]]:
    """The values the people filters offer: documents and languages that name someone."""
    docs = sorted({d for ds in snap.person_documents.values() for d in ds})
    langs = sorted({lang for d in docs if (lang := snap.languages.get(d))})
    return {"documents": docs, "languages": langs}


def public(d: dict[str, Any]) -> dict[str, Any]:
    """A dict without its private (``_``-prefixed) working fields."""
    return {k: v for k, v in d.items() if not k.startswith("_")}


def documents(conn: Connection, snap: Snapshot) -> list[dict[str, Any]]:
    """Documents with role counts, duplicates, reliability and claim counts."""
    counts: dict[str, int] = {}
    for (doc, _s, _e), ids in snap.span_claims.items():
        counts[doc] = counts.get(doc, 0) + len(ids)
    out = []
    for d in reads.list_documents(conn):
        src = snap.sources.get(d["id"], {})
        out.append(dict(d, reliability=src.get("reliability"), copies=src.get("copies", []),
                        claims=counts.get(d["id"], 0), why=source_why(snap, d["id"])))
    return out


def cite(snap: Snapshot, sources: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Export citations with the id of the stored claim behind each (for viewer links)."""
    return [dict(s, claim=snap.claim_id(s)) for s in cite_mod.annotate(sources, snap.documents)]


def answer_groups(snap: Snapshot, answer: Any) -> dict[str, Any]:
    """An answer laid out for reading: per property its values (the sides, when sources
    disagree), each with inline reference numbers; and the numbered quotes, each once, grouped
    under the value they support. Cut from the same lines ``factoid.ask`` answered from."""
    if not answer or not answer.person:
        return {"parts": [], "references": []}
    lines = [ln for ln in current(snap.lines_by_person.get(answer.person["id"], [])) if ln["property"] in answer.properties]
    numbers: dict[tuple[str, int, int], int] = {}
    refs: list[dict[str, Any]] = []
    parts = []
    for prop in answer.properties:
        mine = sorted((ln for ln in lines if ln["property"] == prop), key=lambda ln: -ln["confidence"])
        if not mine:
            continue
        values = []
        for ln in mine:
            ns = []
            for s in ln["sources"]:
                key = (s["document"], s["start"], s["end"])
                if key not in numbers:
                    numbers[key] = len(refs) + 1
                    refs.append(dict(s, n=numbers[key], claim=snap.claim_id(s), supports=[]))
                ref = refs[numbers[key] - 1]
                label = f"{schema.label(prop)}: {ln['value']}"
                if label not in ref["supports"]:
                    ref["supports"].append(label)
                if numbers[key] not in ns:
                    ns.append(numbers[key])
            why = snap.explain(ln)
            values.append({"value": ln["value"], "qualifiers": ln["qualifiers"], "confidence": ln["confidence"],
                           "witnesses": why["witnesses"], "refs": ns, "disputed": ln["disputed"]})
        parts.append({"property": prop, "label": schema.label(prop), "disputed": any(v["disputed"] for v in values),
                      "values": values})
    return {"parts": parts, "references": refs}


#: Claims per page of a person's claims page (each row carries its curation forms).
CLAIMS_PAGE = 50


def claim_rows(snap: Snapshot, person_id: str, prop: str | None = None, value: str | None = None,
               page: int = 1, per_page: int = CLAIMS_PAGE) -> dict[str, Any]:
    """One page of a person's claims, a row per quote (each quote is its own claim), filtered
    to one property and/or one value. Rows of one value stay together in the dossier's order,
    the first of them marked so a value's "all N quotes" link can land on it. Costs the
    person's own claims, never the corpus's."""
    from factoid.web.deps import value_anchor, value_text

    person = snap.person(person_id)
    every = snap.lines_by_person.get(person.id, [])
    lines = current(every)
    props = sorted({ln["property"] for ln in lines}, key=schema.label)
    chosen = [ln for ln in lines if (not prop or ln["property"] == prop)
              and (value is None or value == "" or value_text(ln["value"]) == value)]
    rows = [{"line": ln, "source": s, "anchor": value_anchor(ln["property"], ln["value"]) if i == 0 else None}
            for ln in chosen for i, s in enumerate(ln["sources"])]
    pages = max(1, -(-len(rows) // per_page))
    page = min(max(page, 1), pages)
    return {"person": {"id": person.id, "name": person.name}, "rows": rows[(page - 1) * per_page: page * per_page],
            "total": len(rows), "all": sum(len(ln["sources"]) for ln in lines), "page": page, "pages": pages,
            "properties": props, "property": prop or "", "value": value or "",
            "deprecated": [ln for ln in every if ln.get("rank") == "deprecated"]}


def merge_candidates(snap: Snapshot, person_id: str, limit: int = 40) -> dict[str, Any]:
    """The people a dossier's "Merge with" box offers: those sharing a name word with this
    person (the likeliest duplicates), then the people named beside them. Any other id or name
    can still be typed; the list stays short however many people the corpus holds."""
    index: dict[str, set[str]] = snap.__dict__.get("_name_words") or {}
    if not index:
        for pid, p in snap.persons.items():
            for label in [p.name, *p.aliases]:
                for word in fold(label).split():
                    if len(word) > 2:
                        index.setdefault(word, set()).add(pid)
        snap._name_words = index  # type: ignore[attr-defined]
    me = snap.person(person_id)
    words = {w for label in [me.name, *me.aliases] for w in fold(label).split() if len(w) > 2}
    same = sorted({pid for w in words for pid in index.get(w, ())} - {me.id})
    near = [pid for pid, _n in sorted(snap.cooccurrence.get(me.id, {}).items(), key=lambda kv: (-kv[1], kv[0]))]
    chosen = list(dict.fromkeys(same + near))[:limit]
    return {pid: snap.persons[pid] for pid in chosen if pid in snap.persons}
