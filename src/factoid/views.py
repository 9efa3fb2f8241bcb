"""CLI-side views: people lists, dossiers, disputes and timelines, as plain dicts that the CLI
prints and ``/api`` returns unchanged.

They are cut from the one read model (:mod:`factoid.readmodel`), the same one the web app
caches, so the CLI and the web can not drift apart; here a snapshot is read per command.
"""

from __future__ import annotations

from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import Connection

from factoid import readmodel, schema
from factoid.errors import NotFoundError
from factoid.export import claim_lines
from factoid.model import Person
from factoid.names import fold
from factoid.readmodel import assemble_disputes, timeline_events
from factoid.store import reads

__all__ = ["INFOBOX", "RELATIONS", "assemble_disputes", "disputes", "dossier", "find_person", "people",
           "person_lines", "timeline", "timeline_events"]

#: Kept for code that imports them; the registry (``show`` of each property) decides.
RELATIONS = tuple(p.name for p in schema.with_section("relations"))
INFOBOX = tuple(p.name for p in schema.with_section("infobox", "infobox_all"))
_sort_date = readmodel.sort_date


def find_person(conn: Connection, name: str) -> Person:
    """A person by id, exact name or alias, else the best fuzzy match over names and aliases."""
    persons = reads.get_persons(conn)
    key = fold(name)
    for p in persons:
        if name in (p.id, p.name) or key in {fold(a) for a in [p.name, *p.aliases]}:
            return p
    choices = {(p.id, a): fold(a) for p in persons for a in [p.name, *p.aliases]}
    hit = process.extractOne(key, choices, scorer=fuzz.WRatio, score_cutoff=80)
    if hit is None:
        raise NotFoundError(f"no person matching {name!r}")
    return next(p for p in persons if p.id == hit[2][0])


def people(conn: Connection) -> list[readmodel.PersonRow]:
    """Every person with alias, document, claim and dispute counts, most documented first."""
    return readmodel.build_snapshot(conn).people


def person_lines(conn: Connection, person_id: str, *, include_deprecated: bool = False) -> list[dict[str, Any]]:
    """A person's export lines; claims marked wrong only with ``include_deprecated``."""
    return [line for line in claim_lines(conn, include_deprecated=include_deprecated) if line["subject"]["id"] == person_id]


def dossier(conn: Connection, name: str) -> readmodel.Dossier:
    """Everything the knowledge base holds on one person (by name, alias or id)."""
    person = find_person(conn, name)
    return readmodel.dossier(readmodel.build_snapshot(conn), person.id)


def disputes(conn: Connection, person_id: str | None = None) -> list[readmodel.DisputeView]:
    """Disputes, most contested first, each with the competing values and their quotes."""
    return readmodel.disputes(readmodel.build_snapshot(conn), person_id)


def timeline(conn: Connection, name: str) -> dict[str, Any]:
    """Dated events and terms of office in order; disputed dates are marked."""
    person = find_person(conn, name)
    return readmodel.timeline(readmodel.build_snapshot(conn), person.id)
