"""The one read model: people, dossiers, disputes and timelines cut from one snapshot of the store.

Why one module: the CLI views (``factoid.views``), ``/api`` and the web pages used to assemble
dossiers separately and had to be kept equal by tests. Here the corpus-wide reads are done once
into a :class:`Snapshot` and every view is a pure function over it; ``factoid.views`` builds a
snapshot per command, the web layer caches one per knowledge-base state. What a dossier shows
where (infobox, relations, career, timeline) comes from the property registry, not from lists
of property names.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, TypedDict

from sqlalchemy import Connection, select

from factoid import cite, schema
from factoid.errors import NotFoundError
from factoid.export import claim_lines
from factoid.model import Person
from factoid.names import fold
from factoid.store import reads
from factoid.store import schema as s

__all__ = [
    "DisputeView",
    "Dossier",
    "InfoboxRow",
    "PersonRow",
    "Snapshot",
    "TimelineEvent",
    "assemble_disputes",
    "build_snapshot",
    "colleagues",
    "disputes",
    "dossier",
    "sources_of",
    "timeline",
    "timeline_events",
]

Span = tuple[str, int, int]
Line = dict[str, Any]


class PersonRow(TypedDict):
    id: str
    name: str
    aliases: list[str]
    documents: int
    claims: int
    disputes: int


class InfoboxRow(TypedDict):
    property: str
    value: Any
    confidence: float
    disputed: bool
    witnesses: int
    citations: int


class DisputeView(TypedDict):
    person_id: str
    person: str
    property: str
    topic: str
    strength: float
    sides: list[dict[str, Any]]


class TimelineEvent(TypedDict):
    date: str
    end: str | None
    event: str
    kind: str  # "event" (a dated happening) or "term" (a span, such as an office held)
    value: Any
    disputed: bool
    confidence: float
    sources: list[dict[str, Any]]


class Dossier(TypedDict):
    person: dict[str, Any]
    infobox: list[InfoboxRow]
    disputes: list[DisputeView]
    career: list[Line]
    relations: list[Line]
    colleagues: list[dict[str, Any]]
    sources: list[dict[str, Any]]
    lines: list[Line]


@dataclass
class Snapshot:
    """Corpus-wide reads, computed once per knowledge-base state."""

    persons: dict[str, Person]
    lines: list[Line]
    lines_by_person: dict[str, list[Line]]
    disputes: list[DisputeView]
    people: list[PersonRow]
    sources: dict[str, dict[str, Any]]
    cooccurrence: dict[str, dict[str, int]]
    span_claims: dict[Span, list[str]]
    titles: dict[str, str | None]
    name_index: dict[str, str] = field(default_factory=dict)
    #: Document id -> source metadata (``store.reads.document_meta``), for citations.
    documents: dict[str, dict[str, Any]] = field(default_factory=dict)

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


def _cooccurrence(conn: Connection, ents: dict[str, str]) -> tuple[dict[str, set[str]], dict[str, dict[str, int]]]:
    """Per person the documents that name them, and how many passages each pair shares."""
    docs: dict[str, set[str]] = defaultdict(set)
    by_passage: dict[tuple[str, int], set[str]] = defaultdict(set)
    for m in reads.get_mentions(conn):
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
    return docs, {k: dict(v) for k, v in co.items()}


def build_snapshot(conn: Connection) -> Snapshot:
    """Read the corpus-wide data once; everything else is cut from this."""
    persons = {p.id: p for p in reads.get_persons(conn)}
    metas = reads.document_meta(conn)
    lines = [dict(line, sources=cite.annotate(line["sources"], metas)) for line in claim_lines(conn)]
    by_person: dict[str, list[Line]] = defaultdict(list)
    for line in lines:
        by_person[line["subject"]["id"]].append(line)
    docs, co = _cooccurrence(conn, reads.identities(conn))
    raw_disputes = reads.get_disputes(conn)
    claims_n: dict[str, int] = defaultdict(int)
    for a in reads.assessments(conn).values():
        claims_n[a["person_id"]] += 1
    disputes_n: dict[str, int] = defaultdict(int)
    for d in raw_disputes:
        disputes_n[d["person_id"]] += 1
    people: list[PersonRow] = sorted(
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
    names = {pid: p.name for pid, p in persons.items()}
    return Snapshot(
        persons=persons, lines=lines, lines_by_person=dict(by_person),
        disputes=assemble_disputes(lines, raw_disputes, names), people=people,
        sources=reads.get_sources(conn), cooccurrence=co, span_claims=dict(spans), titles=titles,
        name_index=_name_index(persons.values()), documents=metas,
    )


def _name_index(persons: Iterable[Person]) -> dict[str, str]:
    """Folded name or alias -> person id, keeping only names that point at one person."""
    seen: dict[str, set[str]] = defaultdict(set)
    for p in persons:
        for label in [p.name, *p.aliases]:
            seen[fold(label)].add(p.id)
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}


# ---- disputes ----------------------------------------------------------------------------------


def assemble_disputes(
    lines: list[Line], raw: list[dict], names: dict[str, str], person_id: str | None = None
) -> list[DisputeView]:
    """Dispute records joined with the export lines of their sides."""
    by_group_value = {(ln["subject"]["id"], ln["property"], str(ln["value"])): ln for ln in lines}
    out: list[DisputeView] = []
    for d in raw:
        if person_id and d["person_id"] != person_id:
            continue
        sides = []
        for value in d["vals"]:
            line = by_group_value.get((d["person_id"], d["property"], str(value)))
            sides.append({"value": value, "confidence": line["confidence"] if line else None,
                          "witnesses": len({x["document"] for x in line["sources"]}) if line else 0,
                          "sources": line["sources"] if line else []})
        if d["topic"].startswith(("successor", "predecessor")):
            sides = _succession_sides(lines, d)
        out.append({"person_id": d["person_id"], "person": names.get(d["person_id"], d["person_id"]),
                    "property": d["property"], "topic": d["topic"], "strength": d["strength"], "sides": sides})
    return out


def _succession_sides(lines: list[Line], d: dict) -> list[dict]:
    """The sides of a successor/predecessor dispute: each name with the quotes naming it."""
    key = "replaced_by" if d["topic"].startswith("successor") else "replaces"
    sides = []
    for name in d["vals"]:
        quotes = [x for line in lines if line["subject"]["id"] == d["person_id"] and line["property"] == d["property"]
                  for x in line["sources"] if fold(name).split()[-1] in fold(x["quote"])]
        sides.append({"value": name, "confidence": None, "witnesses": len({q["document"] for q in quotes}),
                      "sources": quotes, "qualifier": key})
    return sides


def disputes(snap: Snapshot, person_id: str | None = None) -> list[DisputeView]:
    return [d for d in snap.disputes if person_id is None or d["person_id"] == person_id]


# ---- one person ----------------------------------------------------------------------------------


def colleagues(snap: Snapshot, person_id: str, limit: int = 12) -> list[dict[str, Any]]:
    """People mentioned in the same passages as this person, by shared passages."""
    counts = snap.cooccurrence.get(person_id, {})
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
    return [{"id": pid, "name": snap.persons[pid].name if pid in snap.persons else pid, "passages": n}
            for pid, n in top]


def sources_of(snap: Snapshot, lines: list[Line]) -> list[dict[str, Any]]:
    docs = sorted({x["document"] for line in lines for x in line["sources"]})
    cites: dict[str, int] = defaultdict(int)
    for line in lines:
        for x in line["sources"]:
            cites[x["document"]] += 1
    return [{"document": d, **_described(snap.documents.get(d, {}), d),
             "reliability": snap.sources.get(d, {}).get("reliability"),
             "copies": snap.sources.get(d, {}).get("copies", []), "citations": cites[d]} for d in docs]


def _described(meta: dict[str, Any], doc_id: str) -> dict[str, Any]:
    """A source's citation and the metadata behind it, for the sources list of a dossier."""
    return {**cite.cite(meta, doc_id), "title": meta.get("title"), "author": meta.get("author"),
            "site": meta.get("site"), "published": meta.get("published")}


def sort_date(value: str | None) -> str:
    """EDTF strings sort chronologically as text; undated things go last."""
    return value or "9999"


def _infobox(by_prop: dict[str, list[Line]]) -> list[InfoboxRow]:
    """The registry's infobox properties: the most confident value, or every value of an
    ``infobox_all`` property (awards)."""
    rows: list[InfoboxRow] = []
    for prop in schema.with_section("infobox", "infobox_all"):
        ranked = sorted(by_prop.get(prop.name, []), key=lambda r: -r["confidence"])
        for line in ranked if "infobox_all" in prop.show else ranked[:1]:
            rows.append({"property": prop.name, "value": line["value"], "confidence": line["confidence"],
                         "disputed": line["disputed"], "witnesses": len({x["document"] for x in line["sources"]}),
                         "citations": len(line["sources"])})
    return rows


def _term_start(line: Line) -> str:
    return sort_date(line["qualifiers"].get("start"))


def dossier(snap: Snapshot, person_id: str) -> Dossier:
    """Everything the knowledge base holds on one person (exact id or slug), conflicts included."""
    person = snap.person(person_id)
    lines = snap.lines_by_person.get(person.id, [])
    by_prop: dict[str, list[Line]] = defaultdict(list)
    for line in lines:
        by_prop[line["property"]].append(line)
    return {
        "person": {"id": person.id, "name": person.name, "aliases": person.aliases},
        "infobox": _infobox(by_prop),
        "disputes": disputes(snap, person.id),
        "career": sorted((ln for p in schema.with_section("career") for ln in by_prop.get(p.name, [])), key=_term_start),
        "relations": [line for p in schema.with_section("relations") for line in by_prop.get(p.name, [])],
        "colleagues": colleagues(snap, person.id),
        "sources": sources_of(snap, lines),
        "lines": lines,
    }


def timeline_events(lines: list[Line]) -> list[TimelineEvent]:
    """The dated events among a person's export lines, in order: the value of an ``event``
    property is its date; a ``term`` property is dated by its start (and end) qualifiers."""
    events: list[TimelineEvent] = []
    for line in lines:
        prop = schema.get(line["property"]) if schema.known(line["property"]) else None
        q = line["qualifiers"]
        if prop is None or prop.timeline is None:
            continue
        if prop.timeline == "event":
            date, end = line["value"], None
        elif q.get("start"):
            date, end = q["start"], q.get("end")
        else:
            continue
        events.append({"date": date, "end": end, "event": prop.label, "kind": prop.timeline, "value": line["value"],
                       "disputed": line["disputed"], "confidence": line["confidence"], "sources": line["sources"]})
    events.sort(key=lambda e: (sort_date(e["date"]), e["event"]))
    return events


def timeline(snap: Snapshot, person_id: str) -> dict[str, Any]:
    """Dated events and terms of office in order (exact id or slug); disputed dates are marked."""
    person = snap.person(person_id)
    events = timeline_events(snap.lines_by_person.get(person.id, []))
    return {"person": {"id": person.id, "name": person.name}, "events": events}
