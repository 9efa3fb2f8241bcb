"""Read-side assembly: people lists, dossiers, disputes and timelines, built from the store
at read time (nomenklatura's ``assemble``), as plain dicts that the CLI prints, the web app
renders and ``/api`` returns unchanged."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import Connection

from factoid.errors import NotFoundError
from factoid.export import claim_lines
from factoid.model import DATE_PROPERTIES, Person
from factoid.names import fold
from factoid.store import reads

RELATIONS = ("spouse", "child", "father", "mother", "sibling", "killed_by")
INFOBOX = ("date_of_birth", "place_of_birth", "date_of_death", "place_of_death", "manner_of_death",
           "killed_by", "military_rank", "member_of_political_party", "award_received")


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


def people(conn: Connection) -> list[dict[str, Any]]:
    """Every person with alias, document, claim and dispute counts, most documented first."""
    persons = reads.get_persons(conn)
    docs: dict[str, set[str]] = defaultdict(set)
    ents = reads.identities(conn)
    for m in reads.get_mentions(conn):
        pid = ents.get(m.entity)
        if pid:
            docs[pid].add(m.document_id)
    claims: dict[str, int] = defaultdict(int)
    for a in reads.assessments(conn).values():
        claims[a["person_id"]] += 1
    disputes: dict[str, int] = defaultdict(int)
    for d in reads.get_disputes(conn):
        disputes[d["person_id"]] += 1
    rows = [
        {"id": p.id, "name": p.name, "aliases": sorted(a for a in p.aliases if a != p.name),
         "documents": len(docs[p.id]), "claims": claims[p.id], "disputes": disputes[p.id]}
        for p in persons
    ]
    return sorted(rows, key=lambda r: (-r["claims"], -r["documents"], r["name"]))


def person_lines(conn: Connection, person_id: str) -> list[dict[str, Any]]:
    return [line for line in claim_lines(conn) if line["subject"]["id"] == person_id]


def _sort_date(value: str | None) -> str:
    """EDTF strings sort chronologically as text; undated things go last."""
    return value or "9999"


def dossier(conn: Connection, name: str) -> dict[str, Any]:
    """Everything the knowledge base holds on one person, conflicts included."""
    person = find_person(conn, name)
    lines = person_lines(conn, person.id)
    by_prop: dict[str, list[dict]] = defaultdict(list)
    for line in lines:
        by_prop[line["property"]].append(line)
    infobox = []
    for prop in INFOBOX:
        for line in sorted(by_prop.get(prop, []), key=lambda r: -r["confidence"])[:1 if prop not in {"award_received"} else None]:
            infobox.append({"property": prop, "value": line["value"], "confidence": line["confidence"],
                            "disputed": line["disputed"], "witnesses": _witnesses(conn, line),
                            "citations": len(line["sources"])})
    return {
        "person": {"id": person.id, "name": person.name, "aliases": person.aliases},
        "infobox": infobox,
        "disputes": disputes(conn, person.id),
        "career": sorted(by_prop.get("position_held", []), key=lambda r: _sort_date(r["qualifiers"].get("start"))),
        "relations": [line for prop in RELATIONS for line in by_prop.get(prop, [])],
        "colleagues": colleagues(conn, person.id),
        "sources": sources_of(conn, lines),
        "lines": lines,
    }


def _witnesses(conn: Connection, line: dict) -> int:
    return len({s["document"] for s in line["sources"]})


def colleagues(conn: Connection, person_id: str, limit: int = 12) -> list[dict[str, Any]]:
    """People mentioned in the same passages as this person, by shared passages."""
    ents = reads.identities(conn)
    by_passage: dict[tuple[str, int], set[str]] = defaultdict(set)
    for m in reads.get_mentions(conn):
        pid = ents.get(m.entity)
        if pid:
            by_passage[(m.document_id, m.passage_index)].add(pid)
    counts: dict[str, int] = defaultdict(int)
    for pids in by_passage.values():
        if person_id in pids:
            for other in pids - {person_id}:
                counts[other] += 1
    names = {p.id: p.name for p in reads.get_persons(conn)}
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
    return [{"id": pid, "name": names.get(pid, pid), "passages": n} for pid, n in top]


def sources_of(conn: Connection, lines: list[dict]) -> list[dict[str, Any]]:
    info = reads.get_sources(conn)
    docs = sorted({s["document"] for line in lines for s in line["sources"]})
    return [{"document": d, "reliability": info.get(d, {}).get("reliability"), "copies": info.get(d, {}).get("copies", []),
             "citations": sum(1 for line in lines for s in line["sources"] if s["document"] == d)} for d in docs]


def disputes(conn: Connection, person_id: str | None = None) -> list[dict[str, Any]]:
    """Disputes, most contested first, each with the competing values and their quotes."""
    names = {p.id: p.name for p in reads.get_persons(conn)}
    return assemble_disputes(list(claim_lines(conn)), reads.get_disputes(conn), names, person_id)


def assemble_disputes(
    lines: list[dict], raw: list[dict], names: dict[str, str], person_id: str | None = None
) -> list[dict[str, Any]]:
    """Dispute records joined with the export lines of their sides (shared with the web
    app's cached read layer, which has the lines at hand already)."""
    by_group_value = {(ln["subject"]["id"], ln["property"], str(ln["value"])): ln for ln in lines}
    out = []
    for d in raw:
        if person_id and d["person_id"] != person_id:
            continue
        sides = []
        for value in d["vals"]:
            line = by_group_value.get((d["person_id"], d["property"], str(value)))
            sides.append({"value": value, "confidence": line["confidence"] if line else None,
                          "witnesses": len({s["document"] for s in line["sources"]}) if line else 0,
                          "sources": line["sources"] if line else []})
        if d["topic"].startswith(("successor", "predecessor")):
            sides = _succession_sides(lines, d)
        out.append({"person_id": d["person_id"], "person": names.get(d["person_id"], d["person_id"]),
                    "property": d["property"], "topic": d["topic"], "strength": d["strength"], "sides": sides})
    return out


def _succession_sides(lines: list[dict], d: dict) -> list[dict]:
    key = "replaced_by" if d["topic"].startswith("successor") else "replaces"
    sides = []
    for name in d["vals"]:
        quotes = [s for line in lines if line["subject"]["id"] == d["person_id"] and line["property"] == "position_held"
                  for s in line["sources"] if fold(name).split()[-1] in fold(s["quote"])]
        sides.append({"value": name, "confidence": None, "witnesses": len({q["document"] for q in quotes}),
                      "sources": quotes, "qualifier": key})
    return sides


def timeline(conn: Connection, name: str) -> dict[str, Any]:
    """Dated events and terms of office in order; disputed dates are marked."""
    person = find_person(conn, name)
    return {"person": {"id": person.id, "name": person.name}, "events": timeline_events(person_lines(conn, person.id))}


def timeline_events(lines: list[dict]) -> list[dict[str, Any]]:
    """The dated events among a person's export lines, in order (shared with the web cache)."""
    events = []
    for line in lines:
        prop, q = line["property"], line["qualifiers"]
        if prop in DATE_PROPERTIES:
            events.append({"date": line["value"], "end": None, "event": prop.replace("_", " "), "value": line["value"],
                           "disputed": line["disputed"], "confidence": line["confidence"], "sources": line["sources"]})
        elif prop == "position_held" and q.get("start"):
            events.append({"date": q["start"], "end": q.get("end"), "event": "position held", "value": line["value"],
                           "disputed": line["disputed"], "confidence": line["confidence"], "sources": line["sources"]})
    events.sort(key=lambda e: (_sort_date(e["date"]), e["event"]))
    return events
