"""A cached read layer for the web workspace.

Why: ``factoid.views`` assembles each dict from the store on every call, and a dossier calls
``claim_lines`` (the whole knowledge base) twice, scans every mention twice and re-reads the
persons several times. Fine for one CLI command, too slow for a page a historian reloads all
day. Here those corpus-wide reads are done once into a :class:`Snapshot`, kept until the
knowledge base changes (a cheap fingerprint query per request notices a new ingest or build),
and the per-person views are cut from it. The dicts are the same ones ``factoid.views``
returns (the tests compare them), so ``/api`` still returns what the CLI prints.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, func, select

from factoid import views
from factoid.errors import NotFoundError
from factoid.export import claim_lines
from factoid.model import Person
from factoid.names import fold
from factoid.store import reads
from factoid.store import schema as s

Span = tuple[str, int, int]


@dataclass
class Snapshot:
    """Corpus-wide reads, computed once per knowledge-base state."""

    persons: dict[str, Person]
    lines: list[dict[str, Any]]
    lines_by_person: dict[str, list[dict[str, Any]]]
    disputes: list[dict[str, Any]]
    people: list[dict[str, Any]]
    sources: dict[str, dict[str, Any]]
    cooccurrence: dict[str, dict[str, int]]
    span_claims: dict[Span, list[str]]
    titles: dict[str, str | None]
    name_index: dict[str, str] = field(default_factory=dict)

    def person(self, person_id: str) -> Person:
        """A person by exact id, or by the slug after ``person/`` (URLs use either)."""
        p = self.persons.get(person_id) or self.persons.get(f"person/{person_id}")
        if p is None:
            raise NotFoundError(f"no person {person_id!r} in the knowledge base")
        return p

    def claim_id(self, source: dict[str, Any]) -> str | None:
        """The stored claim behind an export citation (the first, when several share a span)."""
        ids = self.span_claims.get((source["document"], source["start"], source["end"]))
        return ids[0] if ids else None

    def person_for_name(self, name: str) -> str | None:
        """The person a bare name in a claim value (a spouse, a killer) refers to, if unique."""
        return self.name_index.get(fold(name))


def fingerprint(conn: Connection) -> tuple[Any, ...]:
    """Changes whenever an ingest, prune or build has changed what the pages would show."""
    row = conn.execute(
        select(
            select(func.count(), func.max(s.documents.c.ingested_at)).select_from(s.documents).subquery().c,
        )
    ).first()
    ext = conn.execute(select(func.count(), func.max(s.extractions.c.extracted_at))).first()
    derived = conn.execute(
        select(
            select(func.count()).select_from(s.persons).scalar_subquery(),
            select(func.count()).select_from(s.assessments).scalar_subquery(),
            select(func.count()).select_from(s.disputes).scalar_subquery(),
            select(func.sum(s.sources.c.reliability)).scalar_subquery(),
        )
    ).first()
    return (tuple(row or ()), tuple(ext or ()), tuple(derived or ()))


def build_snapshot(conn: Connection) -> Snapshot:
    """Read the corpus-wide data once; everything else is cut from this."""
    persons = {p.id: p for p in reads.get_persons(conn)}
    lines = list(claim_lines(conn))
    by_person: dict[str, list[dict]] = defaultdict(list)
    for line in lines:
        by_person[line["subject"]["id"]].append(line)
    ents = reads.identities(conn)
    mentions = reads.get_mentions(conn)
    docs: dict[str, set[str]] = defaultdict(set)
    by_passage: dict[tuple[str, int], set[str]] = defaultdict(set)
    for m in mentions:
        pid = ents.get(m.entity)
        if pid:
            docs[pid].add(m.document_id)
            by_passage[(m.document_id, m.passage_index)].add(pid)
    co: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for pids in by_passage.values():
        for a in pids:
            for b in pids:
                if a != b:
                    co[a][b] += 1
    raw_disputes = reads.get_disputes(conn)
    claims_n: dict[str, int] = defaultdict(int)
    for a in reads.assessments(conn).values():
        claims_n[a["person_id"]] += 1
    disputes_n: dict[str, int] = defaultdict(int)
    for d in raw_disputes:
        disputes_n[d["person_id"]] += 1
    people = sorted(
        ({"id": p.id, "name": p.name, "aliases": sorted(a for a in p.aliases if a != p.name),
          "documents": len(docs[p.id]), "claims": claims_n[p.id], "disputes": disputes_n[p.id]}
         for p in persons.values()),
        key=lambda r: (-r["claims"], -r["documents"], r["name"]),
    )
    spans: dict[Span, list[str]] = defaultdict(list)
    c = s.claims
    for cid, doc, start, end in conn.execute(
        select(c.c.id, c.c.document_id, c.c.start, c.c.end).order_by(c.c.document_id, c.c.start, c.c.id)
    ):
        spans[(doc, start, end)].append(cid)
    titles = dict(conn.execute(select(s.documents.c.id, s.documents.c.title)).all())
    snap = Snapshot(
        persons=persons, lines=lines, lines_by_person=dict(by_person), disputes=[], people=people,
        sources=reads.get_sources(conn), cooccurrence={k: dict(v) for k, v in co.items()},
        span_claims=dict(spans), titles=titles, name_index=_name_index(persons.values()),
    )
    snap.disputes = _disputes(snap, raw_disputes)
    return snap


def _name_index(persons: Any) -> dict[str, str]:
    """Folded name or alias -> person id, keeping only names that point at one person."""
    seen: dict[str, set[str]] = defaultdict(set)
    for p in persons:
        for label in [p.name, *p.aliases]:
            seen[fold(label)].add(p.id)
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}


def _disputes(snap: Snapshot, raw: list[dict]) -> list[dict[str, Any]]:
    """As ``views.disputes`` (same dicts), from the snapshot's lines."""
    names = {pid: p.name for pid, p in snap.persons.items()}
    return views.assemble_disputes(snap.lines, raw, names)


def disputes(snap: Snapshot, person_id: str | None = None) -> list[dict[str, Any]]:
    return [d for d in snap.disputes if person_id is None or d["person_id"] == person_id]


def colleagues(snap: Snapshot, person_id: str, limit: int = 12) -> list[dict[str, Any]]:
    counts = snap.cooccurrence.get(person_id, {})
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
    return [{"id": pid, "name": snap.persons[pid].name if pid in snap.persons else pid, "passages": n}
            for pid, n in top]


def sources_of(snap: Snapshot, lines: list[dict]) -> list[dict[str, Any]]:
    docs = sorted({x["document"] for line in lines for x in line["sources"]})
    cites: dict[str, int] = defaultdict(int)
    for line in lines:
        for x in line["sources"]:
            cites[x["document"]] += 1
    return [{"document": d, "reliability": snap.sources.get(d, {}).get("reliability"),
             "copies": snap.sources.get(d, {}).get("copies", []), "citations": cites[d]} for d in docs]


def dossier(snap: Snapshot, person_id: str) -> dict[str, Any]:
    """As ``views.dossier`` (same keys and values) for an exact person id or slug."""
    person = snap.person(person_id)
    lines = snap.lines_by_person.get(person.id, [])
    by_prop: dict[str, list[dict]] = defaultdict(list)
    for line in lines:
        by_prop[line["property"]].append(line)
    infobox = []
    for prop in views.INFOBOX:
        ranked = sorted(by_prop.get(prop, []), key=lambda r: -r["confidence"])
        for line in ranked if prop == "award_received" else ranked[:1]:
            infobox.append({"property": prop, "value": line["value"], "confidence": line["confidence"],
                            "disputed": line["disputed"], "witnesses": len({x["document"] for x in line["sources"]}),
                            "citations": len(line["sources"])})
    return {
        "person": {"id": person.id, "name": person.name, "aliases": person.aliases},
        "infobox": infobox,
        "disputes": disputes(snap, person.id),
        "career": sorted(by_prop.get("position_held", []), key=lambda r: views._sort_date(r["qualifiers"].get("start"))),
        "relations": [line for prop in views.RELATIONS for line in by_prop.get(prop, [])],
        "colleagues": colleagues(snap, person.id),
        "sources": sources_of(snap, lines),
        "lines": lines,
    }


def timeline(snap: Snapshot, person_id: str) -> dict[str, Any]:
    """As ``views.timeline`` for an exact person id or slug."""
    person = snap.person(person_id)
    events = views.timeline_events(snap.lines_by_person.get(person.id, []))
    return {"person": {"id": person.id, "name": person.name}, "events": events}


class SnapshotCache:
    """One snapshot per knowledge-base state, shared by all requests (built under a lock)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._key: tuple[Any, ...] | None = None
        self._snap: Snapshot | None = None

    def get(self, conn: Connection) -> Snapshot:
        key = fingerprint(conn)
        with self._lock:
            if self._snap is None or key != self._key:
                self._snap = build_snapshot(conn)
                self._key = key
            return self._snap
