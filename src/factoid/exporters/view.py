"""The one export view: what every format renders, cut from the read model.

Why one view: a Wikidata batch, a TEI personography and a GEDCOM file of the same knowledge
base must say the same things. So the people, their claim lines (value, qualifiers, quotes,
spans, sources, confidence), the disputes and the relations between people are assembled
here once, the export options (one person, reader comments, deprecated claims) are applied
here once, and the formats only render. Sources carry what their documents say about
themselves (title, URL, and author, publication date and site where a document has them),
read defensively, so a knowledge base without those columns exports too.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from factoid import schema
from factoid.exporters import ExportOptions
from factoid.model import PassageRole
from factoid.names import fold
from factoid import cite
from factoid.sourcemap import align
from factoid.store import reads
from factoid.readmodel import DisputeView, Snapshot, build_snapshot
from factoid.store import schema as s

__all__ = ["ExportView", "PersonEntry", "Relation", "SourceDoc", "build_view", "read_documents",
           "read_languages", "read_page_spans", "view_from_snapshot"]

Line = dict[str, Any]
#: (document, start, end) of a quote in a web page's extracted text -> where the saved page
#: shows it: (page start, page end, the page's characters there), or None when no single
#: place does. Documents without markup (not web pages, or stored before it was kept) are
#: absent: their offsets already index the file.
PageSpans = dict[tuple[str, int, int], tuple[int, int, str] | None]


@dataclass(frozen=True)
class SourceDoc:
    """A cited document and what is known about it."""

    id: str
    title: str | None = None
    url: str | None = None
    author: str | None = None
    published: str | None = None
    site: str | None = None
    language: str | None = None
    #: When factoid read it (the day of ingest): a reference's "retrieved" date.
    retrieved: str | None = None

    def citation(self) -> str:
        """``Title (site, date)`` where the document has them, else the file name: the one
        citation form of ``factoid.cite``, the same as the CLI and the workspace show."""
        return cite.citation(self, self.id)


@dataclass(frozen=True)
class PersonEntry:
    id: str
    name: str
    #: Other names, most often seen first.
    aliases: tuple[str, ...]
    birth: str | None
    death: str | None
    claims: int
    documents: int

    @property
    def lifespan(self) -> str:
        return f"{(self.birth or '?')[:4]}–{(self.death or '?')[:4]}" if self.birth or self.death else ""


@dataclass(frozen=True)
class Relation:
    """A typed edge between two people, with the quotes that make it."""

    source: str
    target: str  # a person id, or "name:<name>" for someone the knowledge base only names
    target_name: str
    kind: str  # "family", "successor", "killed by", "mentioned with"
    property: str
    confidence: float | None
    evidence: tuple[dict[str, Any], ...] = ()
    weight: int = 1
    office: str | None = None


@dataclass
class ExportView:
    """Everything an export renders, already filtered by the export options."""

    people: list[PersonEntry]
    persons: dict[str, PersonEntry]
    lines: list[Line]
    disputes: list[DisputeView]
    relations: list[Relation]
    documents: dict[str, SourceDoc]
    languages: dict[str, list[tuple[int, int, str | None]]] = field(default_factory=dict)
    #: Folded name or alias -> person id, for names that point at one person.
    name_index: dict[str, str] = field(default_factory=dict)
    include_comments: bool = False
    #: Web-page quotes mapped to the saved page (``read_page_spans``); empty when not read.
    page_spans: PageSpans = field(default_factory=dict)

    def person_for_name(self, name: str) -> str | None:
        """The person a bare name in a claim value (a spouse, a predecessor) refers to, if unique."""
        return name if name in self.persons else self.name_index.get(fold(name))

    def sources(self, line: Line) -> list[dict[str, Any]]:
        """The sources a format cites for a line: reader comments only when the options ask
        (a line that main text also makes keeps its comment quotes in ``claims-jsonl``)."""
        return _cited(line, self.include_comments)

    def lines_of(self, person_id: str) -> list[Line]:
        return [ln for ln in self.lines if ln["subject"]["id"] == person_id]

    def document(self, doc_id: str) -> SourceDoc:
        return self.documents.get(doc_id) or SourceDoc(id=doc_id)

    def language_of(self, source: dict[str, Any]) -> str | None:
        """The language of the passage a quote comes from, else of its document."""
        spans = self.languages.get(source["document"], [])
        i = bisect_right([sp[0] for sp in spans], source["start"]) - 1
        if 0 <= i < len(spans) and spans[i][0] <= source["start"] < max(spans[i][1], spans[i][0] + 1) and spans[i][2]:
            return spans[i][2]
        return self.document(source["document"]).language

    def cited(self) -> list[SourceDoc]:
        """The documents the view's lines cite, in order of first citation."""
        seen = dict.fromkeys(x["document"] for ln in self.lines for x in ln["sources"])
        return [self.document(d) for d in seen]

    def name_of(self, person_id: str) -> str:
        p = self.persons.get(person_id)
        return p.name if p else person_id.removeprefix("name:")


def rank(line: Line) -> str:
    """A line's curation rank ("preferred", "normal", "deprecated"); "normal" before curation."""
    return str(line.get("rank") or "normal")


def best(lines: list[Line], prop: str) -> Line | None:
    """The most confident line of a property (ties: registry sort order of the lines)."""
    cands = [ln for ln in lines if ln["property"] == prop]
    return max(cands, key=lambda ln: ln["confidence"]) if cands else None


def _keep(line: Line, options: ExportOptions) -> bool:
    if not options.include_comments and all(x["role"] == PassageRole.COMMENT for x in line["sources"]):
        return False
    return options.include_deprecated or rank(line) != "deprecated"


def read_documents(conn: Connection) -> dict[str, SourceDoc]:
    """Every document's metadata (the text is not read), whatever metadata columns exist."""
    cols = [c for c in s.documents.c if c.name not in ("text", "markup")]
    out = {}
    for row in conn.execute(select(*cols)).mappings():
        r = dict(row)
        meta = r.get("meta") if isinstance(r.get("meta"), dict) else {}

        def get(*keys: str) -> str | None:
            """The first of these fields the document has (a column, or a key of ``meta``)."""
            return next((str(v) for k in keys if (v := r.get(k) or meta.get(k))), None)

        out[r["id"]] = SourceDoc(
            id=r["id"], title=get("title"), url=get("url", "canonical_url"), author=get("author", "authors"),
            published=get("published", "date", "date_published"), site=get("site", "site_name", "sitename", "publisher"),
            language=get("language"), retrieved=(get("retrieved", "accessed", "ingested_at") or "")[:10] or None)
    return out


def read_page_spans(conn: Connection, lines: list[Line]) -> PageSpans:
    """Where each quote the lines cite from a web page sits in the page's markup
    (``factoid.sourcemap``), one page aligned and held at a time."""
    wanted: dict[str, set[tuple[int, int]]] = defaultdict(set)
    for ln in lines:
        for x in ln["sources"]:
            wanted[x["document"]].add((x["start"], x["end"]))
    out: PageSpans = {}
    for doc, text, markup in reads.document_markups(conn, wanted):
        page = align(text, markup)
        for start, end in sorted(wanted[doc]):
            span = page.raw_span(start, end)
            out[(doc, start, end)] = (span[0], span[1], markup[span[0] : span[1]]) if span else None
    return out


def read_languages(conn: Connection) -> dict[str, list[tuple[int, int, str | None]]]:
    """Per document its passages' spans and languages, in order."""
    p = s.passages
    out: dict[str, list[tuple[int, int, str | None]]] = defaultdict(list)
    for doc, start, end, lang in conn.execute(select(p.c.document_id, p.c.start, p.c.end, p.c.language)
                                              .order_by(p.c.document_id, p.c.start)):
        out[doc].append((start, end, lang))
    return dict(out)


def _names(value: Any) -> list[str]:
    return [str(v) for v in (value if isinstance(value, list) else [value]) if v]


def _cited(line: Line, include_comments: bool) -> list[dict[str, Any]]:
    """A line's quotes outside reader comments (all of them when asked, or when that is all)."""
    kept = [x for x in line["sources"] if include_comments or x["role"] != PassageRole.COMMENT]
    return kept or list(line["sources"])


def _relations(snap: Snapshot, lines: list[Line], include_comments: bool = False) -> list[Relation]:
    """Typed edges from the registry (``relation`` of person-valued properties), successions
    from the qualifiers of offices (an edge from predecessor to successor), and shared
    passages ("mentioned with"). The same edge said by several lines is one edge with all
    their quotes."""
    def node(name: str) -> str:
        return name if name in snap.persons else (snap.person_for_name(name) or f"name:{name}")

    merged: dict[tuple[str, str, str, str], Relation] = {}

    def add(src: str, tgt: str, kind: str, line: Line, office: str | None = None) -> None:
        if src == tgt:
            return
        key = (src, tgt, kind, line["property"])
        old = merged.get(key)
        ev = {(x["document"], x["start"], x["end"]): x
              for x in (*(old.evidence if old else ()), *_cited(line, include_comments))}
        conf = max(line["confidence"], old.confidence or 0.0) if old else line["confidence"]
        name = snap.persons[tgt].name if tgt in snap.persons else tgt.removeprefix("name:")
        merged[key] = Relation(src, tgt, name, kind, line["property"], conf,
                               tuple(ev[k] for k in sorted(ev)), office=office)

    for line in lines:
        pid = line["subject"]["id"]
        prop = schema.get(line["property"]) if schema.known(line["property"]) else None
        if prop is None:
            continue
        if prop.relation and prop.type == "person":
            for name in _names(line["value"]):
                add(pid, node(name), prop.relation, line)
        office = str(line["value"])
        for name in _names(line["qualifiers"].get("replaces")):
            add(node(name), pid, "successor", line, office)
        for name in _names(line["qualifiers"].get("replaced_by")):
            add(pid, node(name), "successor", line, office)
    out = sorted(merged.values(), key=lambda r: (r.source, r.target, r.kind, r.property))
    for a, others in sorted(snap.cooccurrence.items()):
        for b, n in sorted(others.items()):
            if a < b and a in snap.persons and b in snap.persons:
                out.append(Relation(a, b, snap.persons[b].name, "mentioned with", "mentioned_with", None, (), weight=n))
    return out


def _entry(snap: Snapshot, row: dict[str, Any], lines: list[Line]) -> PersonEntry:
    p = snap.persons[row["id"]]
    aliases = tuple(sorted((a for a in p.aliases if a != p.name), key=lambda a: (-p.aliases[a], a)))
    birth, death = best(lines, "date_of_birth"), best(lines, "date_of_death")
    return PersonEntry(id=p.id, name=p.name, aliases=aliases, birth=birth["value"] if birth else None,
                       death=death["value"] if death else None, claims=len(lines), documents=row["documents"])


def view_from_snapshot(snap: Snapshot, documents: dict[str, SourceDoc],
                       languages: dict[str, list[tuple[int, int, str | None]]],
                       options: ExportOptions) -> ExportView:
    """The view of a read-model snapshot under the export options."""
    kept = [ln for ln in snap.lines if _keep(ln, options)]
    by_person: dict[str, list[Line]] = defaultdict(list)
    for ln in kept:
        by_person[ln["subject"]["id"]].append(ln)
    persons = {r["id"]: _entry(snap, dict(r), by_person.get(r["id"], [])) for r in snap.people}
    wanted = {options.person} if options.person else set(persons)
    relations = [r for r in _relations(snap, kept, options.include_comments) if r.source in wanted or r.target in wanted]
    kept_keys = {(ln["subject"]["id"], ln["property"], str(ln["value"])) for ln in kept}
    disputes = [d for d in snap.disputes if d["person_id"] in wanted]
    disputes = [_dispute_kept(d, kept_keys) for d in disputes]
    return ExportView(
        people=sorted((persons[p] for p in wanted if p in persons), key=lambda p: p.id),
        persons=persons,
        lines=[ln for ln in kept if ln["subject"]["id"] in wanted],
        disputes=[d for d in disputes if len(d["sides"]) > 1],
        relations=relations,
        documents=documents,
        languages=languages,
        name_index=snap.name_index,
        include_comments=options.include_comments,
    )


def _dispute_kept(d: DisputeView, kept: set[tuple[str, str, str]]) -> DisputeView:
    """A dispute without the sides whose claims the options leave out (a comment-only side)."""
    if d["topic"].startswith(("successor", "predecessor")):
        return d
    sides = [x for x in d["sides"] if (d["person_id"], d["property"], str(x["value"])) in kept]
    return {**d, "sides": sides}  # type: ignore[typeddict-item]


def build_view(conn: Connection, options: ExportOptions | None = None) -> ExportView:
    """Read the knowledge base once and cut the export view from it."""
    options = options or ExportOptions()
    view = view_from_snapshot(build_snapshot(conn), read_documents(conn), read_languages(conn), options)
    view.page_spans = read_page_spans(conn, view.lines)
    return view
