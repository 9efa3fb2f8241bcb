"""Three CSV tables: ``people.csv``, ``claims.csv`` (one row per claim and source) and
``events.csv`` (dated events in the columns TimelineJS reads, plus ISO dates for Palladio).

Why three flat tables: spreadsheets, OpenRefine, Palladio and TimelineJS all read CSV, and a
row per claim *and source* keeps every quote and URL beside the value it supports, so a
table can be filtered and still cite. Written as a folder or a zip (``-o DIR``,
``-o FILE.zip``).
"""

from __future__ import annotations

import csv
import json
from typing import Any, TextIO

from factoid import schema
from factoid.exporters import ExportOptions, ExportReport, Sink
from factoid.exporters.common import date_parts, value_text
from factoid.exporters.mapping import lookup
from factoid.exporters.view import ExportView, rank
from factoid.readmodel import timeline_events

__all__ = ["CLAIM_COLUMNS", "EVENT_COLUMNS", "PEOPLE_COLUMNS", "write"]

PEOPLE_COLUMNS = ["id", "name", "aliases", "birth", "death", "lifespan", "claims", "documents", "wikidata"]
QUALIFIER_COLUMNS = ["start", "end", "point_in_time", "replaces", "replaced_by"]
CLAIM_COLUMNS = ["person_id", "person", "property", "label", "value", *QUALIFIER_COLUMNS, "other_qualifiers",
                 "disputed", "confidence", "rank", "document", "citation", "title", "url", "quote",
                 "quote_start", "quote_end", "role", "language"]
#: TimelineJS's spreadsheet columns, then what Palladio and a reader need.
TIMELINEJS = ["Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time", "Display Date",
              "Headline", "Text", "Media", "Media Credit", "Media Caption", "Media Thumbnail", "Type", "Group",
              "Background"]
EVENT_COLUMNS = [*TIMELINEJS, "Start Date", "End Date", "Person", "Person ID", "Event", "Value", "Disputed",
                 "Confidence", "Source", "URL"]


def _writer(out: TextIO, columns: list[str]) -> csv.DictWriter:  # type: ignore[type-arg]
    w = csv.DictWriter(out, columns, extrasaction="raise")
    w.writeheader()
    return w


def _names(value: Any) -> str:
    return " | ".join(str(v) for v in value) if isinstance(value, list) else ("" if value is None else str(value))


def _people(view: ExportView, options: ExportOptions, out: TextIO) -> int:
    w = _writer(out, PEOPLE_COLUMNS)
    for p in view.people:
        w.writerow({"id": p.id, "name": p.name, "aliases": " | ".join(p.aliases), "birth": p.birth or "",
                    "death": p.death or "", "lifespan": p.lifespan, "claims": p.claims, "documents": p.documents,
                    "wikidata": lookup(options.mapping, p.id, p.name) or ""})
    return len(view.people)


def _claims(view: ExportView, out: TextIO) -> int:
    w = _writer(out, CLAIM_COLUMNS)
    n = 0
    for line in view.lines:
        q = line["qualifiers"]
        other = {k: v for k, v in q.items() if k not in QUALIFIER_COLUMNS}
        base = {"person_id": line["subject"]["id"], "person": line["subject"]["name"], "property": line["property"],
                "label": schema.label(line["property"]) if schema.known(line["property"]) else line["property"],
                "value": value_text(line["value"]), **{k: _names(q.get(k)) for k in QUALIFIER_COLUMNS},
                "other_qualifiers": json.dumps(other, ensure_ascii=False, sort_keys=True) if other else "",
                "disputed": str(line["disputed"]).lower(), "confidence": line["confidence"], "rank": rank(line)}
        for x in view.sources(line):
            doc = view.document(x["document"])
            w.writerow({**base, "document": doc.id, "citation": doc.citation(), "title": doc.title or "",
                        "url": doc.url or "", "quote": x["quote"], "quote_start": x["start"], "quote_end": x["end"],
                        "role": x["role"], "language": view.language_of(x) or ""})
            n += 1
    return n


def _split(edtf: str | None) -> dict[str, str]:
    d = date_parts(edtf)
    if d is None:
        return {"y": "", "m": "", "d": "", "iso": ""}
    return {"y": str(d.year), "m": str(d.month or ""), "d": str(d.day or ""), "iso": d.iso}


def _events(view: ExportView, out: TextIO) -> tuple[int, list[str]]:
    w = _writer(out, EVENT_COLUMNS)
    n, skipped = 0, []
    for p in view.people:
        for e in timeline_events(view.lines_of(p.id)):
            start, end = _split(e["date"]), _split(e["end"])
            if not start["y"]:
                skipped.append(f"{p.name}: {e['event']} {e['date']}: not a single date, left out of events.csv")
                continue
            src = e["sources"][0] if e["sources"] else None
            doc = view.document(src["document"]) if src else None
            value = value_text(e["value"])
            headline = f"{p.name}: {e['event']}" + ("" if e["kind"] == "event" else f" ({value})")
            text = f"“{src['quote']}” ({doc.citation()})" if src and doc else ""
            w.writerow({
                "Year": start["y"], "Month": start["m"], "Day": start["d"], "Time": "",
                "End Year": end["y"], "End Month": end["m"], "End Day": end["d"], "End Time": "",
                "Display Date": e["date"] + (f" – {e['end']}" if e["end"] else "") + (" (disputed)" if e["disputed"] else ""),
                "Headline": headline, "Text": text, "Media": "", "Media Credit": "", "Media Caption": "",
                "Media Thumbnail": "", "Type": "", "Group": p.name, "Background": "",
                "Start Date": start["iso"], "End Date": end["iso"], "Person": p.name, "Person ID": p.id,
                "Event": e["event"], "Value": value, "Disputed": str(e["disputed"]).lower(),
                "Confidence": e["confidence"], "Source": doc.citation() if doc else "", "URL": (doc.url or "") if doc else "",
            })
            n += 1
    return n, skipped


def write(view: ExportView, sink: Sink, options: ExportOptions) -> ExportReport:
    """people.csv, claims.csv and events.csv."""
    report = ExportReport(format="csv", unit="rows", files=["people.csv", "claims.csv", "events.csv"])
    with sink.open("people.csv") as out:
        report.records += _people(view, options, out)
    with sink.open("claims.csv") as out:
        report.records += _claims(view, out)
    with sink.open("events.csv") as out:
        n, skipped = _events(view, out)
        report.records += n
        report.skipped += skipped
    return report
