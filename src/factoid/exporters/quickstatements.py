"""Wikidata QuickStatements v1: one tab-separated command per statement and source.

Why this shape: QuickStatements merges a statement given twice and adds each line's source as
a reference of its own, so every source of a claim is its own line and keeps its own quote
(``S1683``, in the language of its passage), URL (``S854``) and retrieval date (``S813``).
A person the user mapped to an item (``--mapping``: a ``wikidata`` column) gets statements on
that item; anyone else is created (``CREATE`` then ``LAST``) with labels, aliases and
"instance of: human". Item-valued statements (places, offices, awards, parties, ranks,
people, manners of death, and significant events such as an arrest) need the user's mapping
too: factoid looks nothing up, so unmapped values are left out and listed in the report.
Disputed values are each exported with their own references, the most confident first.
Strings lose tabs, line breaks and double quotes (QuickStatements has no escape for them).
"""

from __future__ import annotations

import re
from typing import Any

from factoid import schema
from factoid.exporters import ExportOptions, ExportReport, Sink
from factoid.exporters.common import date_parts, value_text, xml_safe
from factoid.exporters.mapping import lookup
from factoid.exporters.view import ExportView, Line, PersonEntry, rank

__all__ = ["write"]

#: Qualifier keys of the registry -> Wikidata properties (dates, then items).
QUALIFIERS = {"start": "P580", "end": "P582", "point_in_time": "P585", "replaces": "P1365", "replaced_by": "P1366"}
#: "sourcing circumstances: circa", for an approximate date.
CIRCA = ("P1480", "Q5727902")
QUOTE_MAX = 1500  # Wikidata's limit for a monolingual text
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def string(text: str, limit: int = QUOTE_MAX) -> str:
    """A QuickStatements string literal."""
    clean = re.sub(r"\s+", " ", xml_safe(text).replace('"', "'")).strip()
    return f'"{clean[: limit - 1] + "…" if len(clean) > limit else clean}"'


def name_language(name: str) -> str:
    """The label language of a name: Cyrillic script is Russian, anything else English."""
    return "ru" if _CYRILLIC.search(name) else "en"


def time_value(edtf: str | None) -> str | None:
    """``+1895-10-04T00:00:00Z/11``, ``+1895-10-00T00:00:00Z/10``, ``+1895-00-00T00:00:00Z/9``."""
    d = date_parts(edtf)
    if d is None:
        return None
    sign = "-" if d.year < 0 else "+"
    return f"{sign}{abs(d.year):04d}-{d.month or 0:02d}-{d.day or 0:02d}T00:00:00Z/{d.precision}"


class _Batch:
    def __init__(self, view: ExportView, options: ExportOptions, report: ExportReport) -> None:
        self.view, self.mapping, self.report = view, options.mapping, report
        self.out: list[str] = []

    def skip(self, person: PersonEntry, what: str, why: str) -> None:
        self.report.skipped.append(f"{person.name}: {what}: {why}")

    def item(self, name: str) -> str | None:
        """A mapped item for a value: by the value itself, or for a name by the person it names."""
        pid = self.view.person_for_name(name)
        return lookup(self.mapping, name, pid, self.view.persons[pid].name if pid else None)

    def person(self, p: PersonEntry, lines: list[Line]) -> None:
        """A person's commands; someone without a mapped item is created only when at least
        one statement can be written (an item with a label and nothing else helps nobody)."""
        mapped = lookup(self.mapping, p.id, p.name, *p.aliases)
        subject = mapped or "LAST"
        order = {name: i for i, name in enumerate(schema.names())}
        ranked = sorted(lines, key=lambda ln: (order.get(ln["property"], 99), rank(ln) != "preferred", -ln["confidence"]))
        statements: list[str] = []
        for line in ranked:
            statements += self.statement(p, subject, line)
        if not statements and not mapped:
            self.skip(p, "the person", "not created: none of their claims could be written")
            return
        if not mapped:
            self.out.append("CREATE")
            self.out.append(f"LAST\tL{name_language(p.name)}\t{string(p.name, 250)}")
            for alias in p.aliases:
                self.out.append(f"LAST\tA{name_language(alias)}\t{string(alias, 250)}")
            self.out.append("LAST\tP31\tQ5")
        self.out += statements
        self.report.records += len(statements)

    def statement(self, p: PersonEntry, subject: str, line: Line) -> list[str]:
        """One command per source of the line (none when its value cannot be written)."""
        prop = schema.get(line["property"]) if schema.known(line["property"]) else None
        what = f"{line['property']} {value_text(line['value'])}"
        if prop is None or not re.fullmatch(r"P\d+", prop.wikidata or ""):
            self.skip(p, what, "no Wikidata property in the registry")
            return []
        head = self.main_value(p, prop, line, what)
        if head is None:
            return []
        quals = self.qualifiers(p, line, what)
        return ["\t".join([subject, prop.wikidata, *head, *quals, *self.reference(x)]) for x in self.view.sources(line)]

    def main_value(self, p: PersonEntry, prop: schema.Property, line: Line, what: str) -> list[str] | None:
        """The value (and, for a dated event, its date qualifier)."""
        value = line["value"]
        if prop.type == "date" and prop.wikidata == "P793":  # significant event: an item, dated
            item = lookup(self.mapping, prop.label, prop.name)
            when = time_value(value)
            if item is None or when is None:
                return self.skip(p, what, "no Wikidata item mapped for the event" if item is None else "not a single date")
            return [item, "P585", when, *self.circa(value)]
        if prop.type == "date":
            when = time_value(value)
            if when is None:
                return self.skip(p, what, "not a single date (interval or set)")
            return [when, *self.circa(value)]
        names = value if isinstance(value, list) else [value]
        item = self.item(str(names[0])) if len(names) == 1 else None
        if item is None:
            return self.skip(p, what, "no Wikidata item mapped (--mapping)")
        return [item]

    def circa(self, edtf: str) -> list[str]:
        d = date_parts(edtf)
        return list(CIRCA) if d and d.approximate else []

    def qualifiers(self, p: PersonEntry, line: Line, what: str) -> list[str]:
        out: list[str] = []
        for key, value in sorted(line["qualifiers"].items(), key=lambda kv: list(QUALIFIERS).index(kv[0]) if kv[0] in QUALIFIERS else 99):
            pid = QUALIFIERS.get(key)
            if pid is None:
                continue
            if schema.qualifier_type(key) == "date":
                when = time_value(value)
                if when:
                    out += [pid, when]
                continue
            for name in value if isinstance(value, list) else [value]:
                item = self.item(str(name))
                if item:
                    out += [pid, item]
                else:
                    self.skip(p, f"{what}, {key} {name}", "qualifier left out: no Wikidata item mapped")
        return out

    def reference(self, source: dict[str, Any]) -> list[str]:
        doc = self.view.document(source["document"])
        ref: list[str] = []
        if doc.url and re.match(r"https?://", doc.url):
            ref += ["S854", string(doc.url)]
        lang = self.view.language_of(source) or "und"
        ref += ["S1683", f"{lang}:{string(source['quote'])}"]
        if retrieved := time_value(doc.retrieved):
            ref += ["S813", retrieved]
        return ref


def write(view: ExportView, sink: Sink, options: ExportOptions) -> ExportReport:
    """Every exported person's claims as QuickStatements v1 commands."""
    report = ExportReport(format="quickstatements", unit="commands", files=["factoid.qs.tsv"])
    batch = _Batch(view, options, report)
    for person in view.people:
        lines = view.lines_of(person.id)
        if lines:
            batch.person(person, lines)
    with sink.open("factoid.qs.tsv") as out:
        out.write("".join(line + "\n" for line in batch.out))
    return report
