"""The one read model: people, dossiers, disputes and timelines cut from one snapshot of the store.

Why one module: the CLI views (``factoid.views``), ``/api`` and the web pages used to assemble
dossiers separately and had to be kept equal by tests. Here the corpus-wide reads are done once
into a :class:`Snapshot` and every view is a pure function over it; ``factoid.views`` builds a
snapshot per command, the web layer caches one per knowledge-base state. What a dossier shows
where (infobox, relations, career, timeline) comes from the property registry, not from lists
of property names.
"""

from __future__ import annotations

import hashlib
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
from factoid.reconcile.trust import HEDGE_WEIGHT, LATE_WEIGHT, LATE_YEARS, PRIOR_TRUST, ROLE_WEIGHT
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
    "dispute_key",
    "witness_snapshot",
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
    born: str | None  # preferred dates of birth and death (EDTF), for the lifespan
    died: str | None
    lifespan: str  # "1899–1937", "b. 1899", "d. 1937" or ""
    description: str  # the main office, else rank or party: one line beside the name


class InfoboxRow(TypedDict):
    property: str
    value: Any
    confidence: float
    disputed: bool
    witnesses: int  # independent witnesses as reconcile counted them (copies once)
    citations: int
    why: str  # the confidence in words
    sources: list[dict[str, Any]]  # every citation, so each value opens its quotes
    rank: str  # curation: 'preferred' when a researcher prefers this value
    computed_value: Any  # reconciliation's own choice, when a researcher prefers another


class DisputeView(TypedDict):
    key: str  # stable across rebuilds and stores (see dispute_key): what a page anchor or a citation names
    person_id: str
    person: str
    property: str
    topic: str
    strength: float
    sides: list[dict[str, Any]]
    preferred_by_user: str | None  # curation: the value a researcher prefers, if any
    preferred_computed: str | None  # the value reconciliation prefers


class TimelineEvent(TypedDict):
    date: str
    end: str | None
    event: str
    kind: str  # "event" (a dated happening) or "term" (a span, such as an office held)
    property: str  # the claim property behind it (links to its quotes on the claims page)
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
    deprecated: list[Line]


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
    #: claim id -> its stored assessment (group, confidence, witnesses, features), for the "why"s
    assessments: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: (document, start, end, property) -> claim ids, to find the agreement group of an export line
    span_property: dict[tuple[str, int, int, str], list[str]] = field(default_factory=dict)
    #: person id -> the documents that mention them; document -> its language (people filters)
    person_documents: dict[str, set[str]] = field(default_factory=dict)
    languages: dict[str, str | None] = field(default_factory=dict)
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

    def group_of(self, line: Line) -> list[dict[str, Any]]:
        """The stored assessments of the claims behind an export line (one agreement group)."""
        pid = line["subject"]["id"]
        for src in line["sources"]:
            for cid in self.span_property.get((src["document"], src["start"], src["end"], line["property"]), []):
                a = self.assessments.get(cid)
                if a and a["person_id"] == pid:
                    grp = a["grp"]
                    return [x for x in self._by_group().get(grp, [])]
        return []

    def _by_group(self) -> dict[str, list[dict[str, Any]]]:
        if not hasattr(self, "_groups"):
            groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
            for a in self.assessments.values():
                groups[a["grp"]].append(a)
            self._groups = dict(groups)
        return self._groups

    def explain(self, line: Line) -> dict[str, Any]:
        """Why a value has its confidence, in words (see :func:`explain_line`); worked out once
        per line of this snapshot, as every page showing the value asks again."""
        memo: dict[int, tuple[Line, dict[str, Any]]] = self.__dict__.setdefault("_explained", {})
        hit = memo.get(id(line))
        if hit is not None and hit[0] is line:  # the very line (an id is reused only after it is freed)
            return hit[1]
        why = explain_line(self, line)
        memo[id(line)] = (line, why)
        return why


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
    # claims marked wrong stay in the read model (shown struck through, with the reason);
    # every view below leaves them out of answers (``current``)
    metas = reads.document_meta(conn)
    lines = [dict(line, sources=cite.annotate(line["sources"], metas))
             for line in claim_lines(conn, include_deprecated=True)]
    by_person: dict[str, list[Line]] = defaultdict(list)
    for line in lines:
        by_person[line["subject"]["id"]].append(line)
    docs, co = _cooccurrence(conn, reads.identities(conn))
    raw_disputes = reads.get_disputes(conn)
    claims_n: dict[str, int] = defaultdict(int)
    assess = reads.assessments(conn)
    for a in assess.values():
        if (a["features"] or {}).get("rank") != "deprecated":
            claims_n[a["person_id"]] += 1
    disputes_n: dict[str, int] = defaultdict(int)
    for d in raw_disputes:
        disputes_n[d["person_id"]] += 1
    people: list[PersonRow] = sorted(
        ({"id": p.id, "name": p.name, "aliases": sorted(a for a in p.aliases if a != p.name),
          "documents": len(docs[p.id]), "claims": claims_n[p.id], "disputes": disputes_n[p.id],
          **_summary(by_person.get(p.id, []))}  # type: ignore[typeddict-item]
         for p in persons.values()),
        key=lambda r: (-r["claims"], -r["documents"], r["name"]),
    )
    spans: dict[Span, list[str]] = defaultdict(list)
    span_prop: dict[tuple[str, int, int, str], list[str]] = defaultdict(list)
    c = s.claims
    for cid, doc, start, end, prop in conn.execute(
        select(c.c.id, c.c.document_id, c.c.start, c.c.end, c.c.property).order_by(c.c.document_id, c.c.start, c.c.id)
    ):
        spans[(doc, start, end)].append(cid)
        span_prop[(doc, start, end, prop)].append(cid)
    titles, languages = {}, {}
    for doc_id, title, language in conn.execute(select(s.documents.c.id, s.documents.c.title, s.documents.c.language)):
        titles[doc_id], languages[doc_id] = title, language
    names = {pid: p.name for pid, p in persons.items()}
    snap = Snapshot(
        persons=persons, lines=lines, lines_by_person=dict(by_person),
        disputes=assemble_disputes(lines, raw_disputes, names), people=people,
        sources=reads.get_sources(conn), cooccurrence=co, span_claims=dict(spans), titles=titles,
        name_index=_name_index(persons.values()), assessments=assess, span_property=dict(span_prop),
        person_documents=dict(docs), languages=languages, documents=metas,
    )
    _explain_disputes(snap)
    return snap


def witness_snapshot(conn: Connection) -> Snapshot:
    """A snapshot holding only what :func:`explain_line` reads (the stored assessments, and the
    claims on each cited span): enough for the witness counts of an answer, without reading
    every line, mention and dispute of the corpus as :func:`build_snapshot` does. For one
    ``factoid ask``; a view that shows more needs the full snapshot."""
    span_prop: dict[tuple[str, int, int, str], list[str]] = defaultdict(list)
    c = s.claims
    for cid, doc, start, end, prop in conn.execute(
        select(c.c.id, c.c.document_id, c.c.start, c.c.end, c.c.property).order_by(c.c.document_id, c.c.start, c.c.id)
    ):
        span_prop[(doc, start, end, prop)].append(cid)
    return Snapshot(persons={}, lines=[], lines_by_person={}, disputes=[], people=[], sources={}, cooccurrence={},
                    span_claims={}, titles={}, assessments=reads.assessments(conn), span_property=dict(span_prop))


def _best(lines: list[Line], prop: str) -> Line | None:
    """The preferred (most confident, then most cited) line of one property."""
    mine = [ln for ln in lines if ln["property"] == prop]
    return max(mine, key=lambda ln: (ln["confidence"], len(ln["sources"]))) if mine else None


def _year(value: Any) -> str:
    text = str(value or "")
    return text[:4] if text[:4].isdigit() else ""


def _summary(lines: list[Line]) -> dict[str, Any]:
    """Lifespan and a one-line description of a person for the people list: the office cited
    most often (the latest on a tie), else the rank, else the party."""
    born, died = _best(lines, "date_of_birth"), _best(lines, "date_of_death")
    b, d = _year(born["value"]) if born else "", _year(died["value"]) if died else ""
    lifespan = f"{b}–{d}" if b and d else f"b. {b}" if b else f"d. {d}" if d else ""
    offices = [ln for ln in lines if ln["property"] == "position_held" and isinstance(ln["value"], str)]
    description = ""
    if offices:
        top = max(offices, key=lambda ln: (len(ln["sources"]), ln["confidence"], sort_date(ln["qualifiers"].get("start"))))
        description = top["value"]
    else:
        for prop in ("military_rank", "member_of_political_party"):
            line = _best(lines, prop)
            if line and isinstance(line["value"], str):
                description = line["value"]
                break
    return {"born": born["value"] if born else None, "died": died["value"] if died else None,
            "lifespan": lifespan, "description": description}


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
    by_group_value = {(ln["subject"]["id"], ln["property"], str(ln["value"])): ln for ln in current(lines)}
    out: list[DisputeView] = []
    for d in raw:
        if person_id and d["person_id"] != person_id:
            continue
        sides = []
        for value in d["vals"]:
            line = by_group_value.get((d["person_id"], d["property"], str(value)))
            sides.append({"value": value, "confidence": line["confidence"] if line else None,
                          "witnesses": len({x["document"] for x in line["sources"]}) if line else 0,
                          "sources": line["sources"] if line else [],
                          "rank": line.get("rank", "normal") if line else "normal",
                          "rank_reason": line.get("rank_reason") if line else None,
                          "implausible": line.get("implausible") if line else None})
        user = next((str(v) for v in d["vals"] if _flag(by_group_value, d, v, "preferred_by_user")), None)
        computed = next((str(v) for v in d["vals"] if _flag(by_group_value, d, v, "preferred_computed")), None)
        if d["topic"].startswith(("successor", "predecessor")):
            sides = _succession_sides(current(lines), d)
        out.append({"key": dispute_key(d["person_id"], d["property"], d["topic"]),
                    "person_id": d["person_id"], "person": names.get(d["person_id"], d["person_id"]),
                    "property": d["property"], "topic": d["topic"], "strength": d["strength"], "sides": sides,
                    "preferred_by_user": user, "preferred_computed": computed})
    return out


def dispute_key(person_id: str, prop: str, topic: str) -> str:
    """A dispute's name for links and citations, from what it is about (the person, the
    property and the topic), not from the stored row id: the disputes are written anew by every
    reconciliation, and PostgreSQL's id sequence keeps counting where SQLite starts again, so
    a row id would name another dispute, or none, after the next build."""
    return hashlib.sha1(f"{person_id}\0{prop}\0{topic}".encode()).hexdigest()[:12]


def current(lines: Iterable[Line]) -> list[Line]:
    """The lines in effect: claims a researcher marked wrong (rank deprecated) left out."""
    return [ln for ln in lines if ln.get("rank") != "deprecated"]


def _flag(by_group_value: dict, d: dict, value: Any, flag: str) -> bool:
    line = by_group_value.get((d["person_id"], d["property"], str(value)))
    return bool(line and line.get(flag))


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
    """The disputes of the corpus, or of one person (from an index kept on the snapshot, so a
    dossier does not scan every dispute of the corpus)."""
    if person_id is None:
        return list(snap.disputes)
    index = snap.__dict__.get("_disputes_by_person")
    if index is None:
        index = defaultdict(list)
        for d in snap.disputes:
            index[d["person_id"]].append(d)
        snap._disputes_by_person = index  # type: ignore[attr-defined]
    return list(index.get(person_id, ()))


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
    return [{**_source_row(snap, d), "citations": cites[d]} for d in docs]


def _source_row(snap: Snapshot, doc: str) -> dict[str, Any]:
    """What a sources list shows of one document (citation, reliability, copies, why),
    computed once per snapshot: it does not depend on the person, and a document copied into
    many others makes its "why" cost as many, too much to repeat for every dossier."""
    rows: dict[str, dict[str, Any]] = snap.__dict__.setdefault("_source_rows", {})
    row = rows.get(doc)
    if row is None:
        src = snap.sources.get(doc, {})
        row = rows[doc] = {"document": doc, **_described(snap.documents.get(doc, {}), doc),
                           "reliability": src.get("reliability"), "copies": src.get("copies", []),
                           "why": source_why(snap, doc)}
    return row


def _described(meta: dict[str, Any], doc_id: str) -> dict[str, Any]:
    """A source's citation and the metadata behind it, for the sources list of a dossier."""
    return {**cite.cite(meta, doc_id), "title": meta.get("title"), "author": meta.get("author"),
            "site": meta.get("site"), "published": meta.get("published")}


def sort_date(value: str | None) -> str:
    """EDTF strings sort chronologically as text; undated things go last."""
    return value or "9999"


def _infobox(snap: Snapshot, by_prop: dict[str, list[Line]]) -> list[InfoboxRow]:
    """The registry's infobox properties: the most confident value, or every value of an
    ``infobox_all`` property (awards)."""
    rows: list[InfoboxRow] = []
    for prop in schema.with_section("infobox", "infobox_all"):
        computed = sorted(by_prop.get(prop.name, []), key=lambda r: -r["confidence"])
        # a value a researcher prefers (rank preferred) comes first, as Wikidata shows it
        ranked = sorted(computed, key=lambda r: r.get("rank") != "preferred")
        for line in ranked if "infobox_all" in prop.show else ranked[:1]:
            why = snap.explain(line)
            row: InfoboxRow = {"property": prop.name, "value": line["value"], "confidence": line["confidence"],
                               "disputed": line["disputed"], "witnesses": why["witnesses"],
                               "citations": len(line["sources"]), "why": why["why"], "sources": line["sources"],
                               "rank": line.get("rank", "normal"), "computed_value": None}
            if "infobox_all" not in prop.show and computed[0] is not line:
                row["computed_value"] = computed[0]["value"]  # both shown where they differ
            rows.append(row)
    return rows


def _term_start(line: Line) -> str:
    return sort_date(line["qualifiers"].get("start"))


def dossier(snap: Snapshot, person_id: str) -> Dossier:
    """Everything the knowledge base holds on one person (exact id or slug), conflicts included."""
    person = snap.person(person_id)
    every = snap.lines_by_person.get(person.id, [])
    lines = current(every)
    by_prop: dict[str, list[Line]] = defaultdict(list)
    for line in lines:
        by_prop[line["property"]].append(line)
    return {
        "person": {"id": person.id, "name": person.name, "aliases": person.aliases},
        "infobox": _infobox(snap, by_prop),
        "disputes": disputes(snap, person.id),
        "career": sorted((ln for p in schema.with_section("career") for ln in by_prop.get(p.name, [])), key=_term_start),
        "relations": [line for p in schema.with_section("relations") for line in by_prop.get(p.name, [])],
        "colleagues": colleagues(snap, person.id),
        "sources": sources_of(snap, lines),
        "lines": lines,
        "deprecated": [ln for ln in every if ln.get("rank") == "deprecated"],
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
        events.append({"date": date, "end": end, "event": prop.label, "kind": prop.timeline,
                       "property": line["property"], "value": line["value"],
                       "disputed": line["disputed"], "confidence": line["confidence"], "sources": line["sources"]})
    events.sort(key=lambda e: (sort_date(e["date"]), e["event"]))
    return events


def timeline(snap: Snapshot, person_id: str) -> dict[str, Any]:
    """Dated events and terms of office in order (exact id or slug); disputed dates are marked."""
    person = snap.person(person_id)
    events = timeline_events(current(snap.lines_by_person.get(person.id, [])))
    return {"person": {"id": person.id, "name": person.name}, "events": events}


# ---- why a figure is what it is ------------------------------------------------------------------

#: What each figure means, for the legends of the pages (numbers from ``reconcile.trust``).
LEGEND = {
    "confidence": (
        "Confidence: how likely the value is true, from its independent witnesses (copies of one "
        f"text count once), each counted by its source's reliability and by how firmly it says it: "
        f"a hedged citation counts {round(HEDGE_WEIGHT * 100)}%, a reader comment "
        f"{round(ROLE_WEIGHT['comment'] * 100)}%, a quoted document {round(ROLE_WEIGHT['quote'] * 100)}%, "
        f"a single source written {LATE_YEARS}+ years after the event {round(LATE_WEIGHT * 100)}%. "
        "Rival values of a one-value property (a date of birth) share the confidence between them."
    ),
    "contested": (
        "Contested: the support of the second value as a share of the leading one's; 100% means "
        "the sources are evenly split, a low figure means one value clearly leads."
    ),
    "reliability": (
        f"Reliability: every source starts at {round(PRIOR_TRUST * 100)}%; where sources disagree about "
        "a one-value property it rises when the source sides with the better-supported value and "
        "falls when an independent majority contradicts it. Uncontested values leave it unchanged."
    ),
}


def _plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else (many or word + 's')}"


def _names(items: list[str], most: int = 4) -> str:
    shown = ", ".join(items[:most])
    return shown + (f" and {len(items) - most} more" if len(items) > most else "")


def _copies(docs: list[str], joiner: str, most: int = 3) -> str:
    """The documents of one witness, the first few by name: a text copied into a hundred
    files must not make every "why" a hundred names long."""
    shown = joiner.join(docs[:most])
    return shown + (f"{joiner}{len(docs) - most} more copies" if len(docs) > most else "")


def explain_line(snap: Snapshot, line: Line) -> dict[str, Any]:
    """The independent witnesses of a value and, in words, why its confidence is what it is:
    the reliabilities of the witnesses, copies counted once, hedges, comment-only support,
    late sources, rival values, implausibility. Computed from what reconcile stored."""
    rows = snap.group_of(line)
    docs = sorted({x["document"] for x in line["sources"]})
    if not rows:
        return {"witnesses": len(docs), "citations": len(line["sources"]), "why": "", "witness_list": []}
    by_witness: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for a in rows:
        by_witness[str(a["features"].get("witness"))].append(a)
    doc_of = {cid: d for d, ids in _claims_by_doc(snap, line).items() for cid in ids}
    witnesses: list[dict[str, Any]] = []
    for key, group in by_witness.items():
        wdocs = sorted({doc_of[a["claim_id"]] for a in group if a["claim_id"] in doc_of})
        trust = max((a["features"].get("source_trust") or 0.0) for a in group)
        witnesses.append({"documents": wdocs, "reliability": trust})
    witnesses.sort(key=lambda w: (-w["reliability"], w["documents"]))
    n = rows[0]["witnesses"]
    parts = [f"{_plural(n, 'independent witness', 'independent witnesses')}: "
             + _names([f"{_copies(w['documents'], ' = ') or '?'} (reliability {round(w['reliability'] * 100)}%)"
                       for w in witnesses])]
    merged = [w["documents"] for w in witnesses if len(w["documents"]) > 1]
    if merged:
        parts.append("; ".join(f"{_copies(ds, ' and ')} count as one witness (the same text, copied)"
                               for ds in merged[:4]))
    elif len(docs) > n:
        parts.append(f"{_plural(len(docs), 'document')} but {_plural(n, 'witness', 'witnesses')}: repeated passages count once")
    feats = [a["features"] for a in rows]
    hedges = sorted({f["hedge"] for f in feats if f.get("hedge")})
    if hedges:
        parts.append(f"{_plural(sum(1 for f in feats if f.get('hedge')), 'citation')} hedged "
                     f"({', '.join(repr(h) for h in hedges[:3])}), counted at {round(HEDGE_WEIGHT * 100)}%")
    roles = [f.get("role") for f in feats]
    if roles and all(r == "comment" for r in roles):
        parts.append("only reader comments say so")
    elif "comment" in roles:
        parts.append(f"{_plural(roles.count('comment'), 'citation')} from reader comments, counted lightly")
    if n == 1 and any(f.get("late_source") for f in feats):
        parts.append(f"the one source was written {LATE_YEARS}+ years after the event")
    odd = next((f.get("implausible") for f in feats if f.get("implausible")), None)
    if odd:
        parts.append(f"implausible ({odd}), so never preferred")
    if line.get("disputed"):
        parts.append("rival values share the confidence")
    elif n == 1:
        parts.append("no second witness confirms it")
    return {"witnesses": n, "citations": len(line["sources"]), "why": "; ".join(parts) + ".",
            "witness_list": witnesses}


def _claims_by_doc(snap: Snapshot, line: Line) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for src in line["sources"]:
        out[src["document"]].update(snap.span_property.get((src["document"], src["start"], src["end"], line["property"]), []))
    return out


def _explain_disputes(snap: Snapshot) -> None:
    """Dispute sides get their stored witness count and a "why"; a dispute says what its
    contested figure compares."""
    for d in snap.disputes:
        for side in d["sides"]:
            if side.get("qualifier"):
                side["why"] = f"named as {side['qualifier'].replace('_', ' ')} in {_plural(len(side['sources']), 'quote')}"
                continue
            fake = {"subject": {"id": d["person_id"]}, "property": d["property"], "sources": side["sources"],
                    "disputed": True}
            ex = explain_line(snap, fake)
            side["witnesses"], side["why"] = ex["witnesses"], ex["why"]
        if len(d["sides"]) > 1 and not d["sides"][0].get("qualifier"):
            first, second = d["sides"][0], d["sides"][1]
            d["why"] = (f"{second['value']} has {round(d['strength'] * 100)}% of the support of {first['value']}"
                        f" ({_plural(first['witnesses'], 'witness', 'witnesses')} against {second['witnesses']})")
        else:
            d["why"] = f"{_plural(len(d['sides']), 'name')} given for the same place in the succession"


def source_why(snap: Snapshot, document: str) -> str:
    """Why a source has its reliability: how its values fared where sources disagree."""
    sided, lost = _source_record(snap).get(document, (0, 0))
    src = snap.sources.get(document, {})
    copies = [c["document"] for c in src.get("copies", []) if c.get("one_witness")]
    if not sided and not lost:
        text = f"no disputed value to test it, so it keeps the starting {round(PRIOR_TRUST * 100)}%"
    else:
        text = (f"started at {round(PRIOR_TRUST * 100)}%; where sources disagree it sided with the better-supported "
                f"value {_plural(sided, 'time')} and with a weaker one {_plural(lost, 'time')}")
    if copies:
        text += f"; counted as one witness with {_names(copies, 3)}"
    return text + "."


def _source_record(snap: Snapshot) -> dict[str, tuple[int, int]]:
    """Per document: in how many disputed groups it backs the preferred value, and in how many
    a weaker one (computed once per snapshot)."""
    cached = getattr(snap, "_record", None)
    if cached is not None:
        return cached
    doc_of = {cid: span[0] for span, ids in snap.span_claims.items() for cid in ids}
    seen: set[tuple[str, str]] = set()
    record: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for a in snap.assessments.values():
        doc = doc_of.get(a["claim_id"])
        if not a["disputed"] or doc is None or (a["grp"], doc) in seen:
            continue
        seen.add((a["grp"], doc))
        record[doc][0 if a["preferred"] else 1] += 1
    snap._record = {d: (v[0], v[1]) for d, v in record.items()}  # type: ignore[attr-defined]
    return snap._record  # type: ignore[attr-defined]
