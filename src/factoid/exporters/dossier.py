"""A printable dossier of a person (or of everyone), as Markdown: every value, every dispute,
every quote, with footnoted citations.

Why footnotes: a dossier is read on paper or pasted into an article, where a link to a
document viewer is useless; a numbered note per quoted passage says which source (title,
site, date, URL, file and character offsets) and can be checked. :func:`dossiers` builds the
content once; this module renders it as Markdown and :mod:`factoid.exporters.dossier_html`
as HTML, so both say the same.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from factoid import schema
from factoid.exporters import ExportOptions, ExportReport, Sink
from factoid.exporters.common import value_text
from factoid.exporters.view import ExportView, Line, PersonEntry, Relation, SourceDoc, rank

__all__ = ["Note", "PersonDossier", "dossiers", "qualifier_text", "write"]


@dataclass(frozen=True)
class Note:
    """A footnote: one quoted passage of one source."""

    n: int
    source: dict[str, Any]
    doc: SourceDoc

    def text(self) -> str:
        where = f"{self.doc.id}, characters {self.source['start']}–{self.source['end']}"
        url = f", {self.doc.url}" if self.doc.url else ""
        return f"{self.doc.citation()}{url} ({where})"


@dataclass
class ValueEntry:
    line: Line
    notes: list[Note]


@dataclass
class PersonDossier:
    person: PersonEntry
    properties: list[tuple[str, list[ValueEntry]]] = field(default_factory=list)
    disputes: list[dict[str, Any]] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    #: Person id -> name, for the other end of a relation.
    names: dict[str, str] = field(default_factory=dict)

    def other(self, r: Relation) -> str:
        return r.target_name if r.source == self.person.id else self.names.get(r.source, r.source.removeprefix("name:"))


def qualifier_text(q: dict[str, Any]) -> str:
    """``from 1934 to 1936, replacing X, succeeded by Y``."""
    parts = []
    if q.get("start"):
        parts.append(f"from {q['start']}")
    if q.get("end"):
        parts.append(f"to {q['end']}")
    if q.get("point_in_time"):
        parts.append(f"in {q['point_in_time']}")
    if q.get("replaces"):
        parts.append(f"replacing {value_text(q['replaces'])}")
    if q.get("replaced_by"):
        parts.append(f"succeeded by {value_text(q['replaced_by'])}")
    return ", ".join(parts)


def dossiers(view: ExportView, options: ExportOptions) -> list[PersonDossier]:
    """The dossier content of every exported person with claims (or the one asked for)."""
    out: list[PersonDossier] = []
    numbers: dict[tuple[str, int, int], Note] = {}

    def note(x: dict[str, Any]) -> Note:
        key = (x["document"], x["start"], x["end"])
        if key not in numbers:
            numbers[key] = Note(len(numbers) + 1, x, view.document(x["document"]))
            out[-1].notes.append(numbers[key])
        return numbers[key]

    for p in view.people:
        lines = view.lines_of(p.id)
        if not lines and not options.person:
            continue
        out.append(PersonDossier(p, disputes=[d for d in view.disputes if d["person_id"] == p.id],
                                 relations=[r for r in view.relations if p.id in (r.source, r.target)
                                            and r.kind != "mentioned with"],
                                 names={pid: e.name for pid, e in view.persons.items()}))
        for prop in schema.properties():
            mine = sorted((ln for ln in lines if ln["property"] == prop.name),
                          key=lambda ln: (rank(ln) != "preferred", -ln["confidence"]))
            if mine:
                out[-1].properties.append((prop.label, [ValueEntry(ln, [note(x) for x in view.sources(ln)]) for ln in mine]))
    return out


def _md(text: str) -> str:
    """Text safe inside Markdown: no markup characters act."""
    return "".join("\\" + ch if ch in "\\`*_[]<>#|" else ch for ch in text)


def _value_md(e: ValueEntry) -> list[str]:
    ln = e.line
    extra = [x for x in (qualifier_text(ln["qualifiers"]), f"confidence {round(ln['confidence'] * 100)}%",
                         "disputed" if ln["disputed"] else "", rank(ln) if rank(ln) != "normal" else "",
                         f"implausible: {ln['implausible']}" if ln.get("implausible") else "") if x]
    refs = "".join(f"[^{n.n}]" for n in e.notes)
    out = [f"- **{_md(value_text(ln['value']))}** ({', '.join(extra)}){refs}"]
    out += [f"  > “{_md(n.source['quote'])}”[^{n.n}]" for n in e.notes]
    return out


def markdown(d: PersonDossier) -> str:
    p = d.person
    out = [f"# {_md(p.name)}", ""]
    if p.aliases:
        out += [f"Also written: {_md(' · '.join(p.aliases))}", ""]
    if p.lifespan:
        out += [f"Lifespan: {p.lifespan}", ""]
    out += [f"{p.claims} claims from {len({n.doc.id for n in d.notes})} sources.", ""]
    if d.disputes:
        out += ["## Disputes", ""]
        for x in d.disputes:
            sides = " vs ".join(f"{_md(value_text(s['value']))} ({s['witnesses']} source{'s' * (s['witnesses'] != 1)}"
                                + (f"; implausible: {_md(s['implausible'])}" if s.get("implausible") else "") + ")"
                                for s in x["sides"])
            out.append(f"- {_md(x['topic'])}: {sides}")
        out.append("")
    out += ["## Values", ""]
    for label, entries in d.properties:
        out += [f"### {_md(label)}", ""]
        for e in entries:
            out += _value_md(e)
        out.append("")
    if d.relations:
        out += ["## Relations", ""]
        for r in d.relations:
            other = d.other(r)
            out.append(f"- {_md(r.kind)} ({_md(r.property)}): {_md(other)}" + (f", {_md(r.office)}" if r.office else ""))
        out.append("")
    out += ["## Sources", ""]
    out += [f"[^{n.n}]: {_md(n.text())}" for n in d.notes]
    return "\n".join(out).rstrip() + "\n"


def write(view: ExportView, sink: Sink, options: ExportOptions) -> ExportReport:
    ds = dossiers(view, options)
    with sink.open("dossier.md") as out:
        out.write("\n---\n\n".join(markdown(d) for d in ds) if ds else "No claims to export.\n")
    return ExportReport(format="dossier", records=len(ds), unit="dossiers", files=["dossier.md"])
