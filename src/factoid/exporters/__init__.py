"""Exporters: one module per format, one ``write(view, sink, options) -> ExportReport`` each.

Why a registry: Wikidata editors, genealogists, digital editors and network historians each
read a format of their own, and every one of them must see the same knowledge base. So the
data is assembled once, into an :class:`~factoid.exporters.view.ExportView` cut from the read
model (people, claims with quotes, spans, sources and confidence, disputes, relations), and a
format is only a rendering of that view. Adding a format is one module and one entry in
:data:`FORMATS`; the CLI's ``--format`` help and the web's Export menu list the registry.

Modules are imported when a format is used (``factoid.readmodel`` imports the claims-jsonl
module through ``factoid.export``, so this package must not import the read model at import
time).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from factoid.errors import UsageError
from factoid.exporters.sinks import DirSink, FileSink, MemorySink, Sink, StreamSink, ZipSink

if TYPE_CHECKING:
    from factoid.exporters.view import ExportView

__all__ = [
    "DirSink",
    "ExportOptions",
    "ExportReport",
    "FORMATS",
    "FileSink",
    "Format",
    "MemorySink",
    "Sink",
    "StreamSink",
    "ZipSink",
    "get",
    "names",
    "run",
]


@dataclass(frozen=True)
class Format:
    """One export format: its module under ``factoid.exporters`` and how its output is served."""

    name: str
    module: str
    description: str
    media_type: str
    suffix: str
    #: Several files (written to a folder or a zip); otherwise one file or stream.
    multi: bool = False


@dataclass(frozen=True)
class ExportOptions:
    """What every format honours (the CLI's and the web's export options)."""

    #: Only this person (a person id, resolved by the caller from a name).
    person: str | None = None
    #: Also claims that only reader comments make (left out by default).
    include_comments: bool = False
    #: Also claims curation ranked ``deprecated`` (left out by default).
    include_deprecated: bool = False
    #: Folded label (person id, name, alias, place, office, award ...) -> Wikidata item id.
    mapping: dict[str, str] = field(default_factory=dict)


@dataclass
class ExportReport:
    """What an export wrote and what it had to leave out, and why (one line each)."""

    format: str
    records: int = 0
    unit: str = "records"
    files: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("claims-jsonl", "claims_jsonl", "one JSON line per claim group (the shared FORMAT.md)",
               "application/x-ndjson", ".jsonl"),
        Format("quickstatements", "quickstatements", "Wikidata QuickStatements v1 (tab-separated)",
               "text/tab-separated-values", ".qs.tsv"),
        Format("csv", "csv_tables", "people.csv, claims.csv, events.csv (TimelineJS / Palladio)",
               "application/zip", ".zip", multi=True),
        Format("gexf", "gexf", "network of people and typed relations for Gephi (GEXF)",
               "application/gexf+xml", ".gexf"),
        Format("graphml", "graphml", "network of people and typed relations (GraphML)",
               "application/graphml+xml", ".graphml"),
        Format("tei", "tei", "TEI P5 personography (<listPerson>)", "application/tei+xml", ".tei.xml"),
        Format("jsonld", "jsonld", "schema.org Person + PROV-O + Web Annotation (JSON-LD)",
               "application/ld+json", ".jsonld"),
        Format("gedcom", "gedcom", "GEDCOM 5.5.1 for genealogy programs", "text/plain", ".ged"),
        Format("dossier", "dossier", "printable dossier with footnoted citations (Markdown)",
               "text/markdown", ".md"),
        Format("dossier-html", "dossier_html", "printable dossier with footnoted citations (HTML)",
               "text/html", ".html"),
    )
}


def names() -> tuple[str, ...]:
    """Every format name, in registry order."""
    return tuple(FORMATS)


def get(name: str) -> Format:
    """A format by name; an unknown name is a usage error that lists the known ones."""
    if name not in FORMATS:
        raise UsageError(f"unknown export format {name!r} (known: {', '.join(FORMATS)})")
    return FORMATS[name]


def writer(name: str) -> Callable[[ExportView, Sink, ExportOptions], ExportReport]:
    """The ``write`` function of a format's module."""
    module = importlib.import_module(f"factoid.exporters.{get(name).module}")
    return module.write  # type: ignore[no-any-return]


def run(name: str, view: ExportView, sink: Sink, options: ExportOptions | None = None) -> ExportReport:
    """Render ``view`` in format ``name`` into ``sink``."""
    return writer(name)(view, sink, options or ExportOptions())
