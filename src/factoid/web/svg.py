"""Geometry for the dossier's two drawings: the timeline chart and the network of people.

Why geometry only: the shapes are rendered by a Jinja template (``_svg.html``) with
autoescape on, so names and quotes that end up in labels and tooltips are escaped like any
other text. Both layouts are deterministic (same knowledge base, same picture), so a
historian's screenshots and the tests stay comparable.
"""

from __future__ import annotations

import datetime
import math
from dataclasses import dataclass, field
from typing import Any

from factoid import schema
from factoid.dates import edtf_bounds
from factoid.names import fold

# ---- timeline ----------------------------------------------------------------------------------

WIDTH = 960
LEFT, RIGHT = 24, 24
TOP_AXIS = 28
ROW = 22
#: The phone layout: as wide as a 390 px screen less the page margins, each label on its own
#: line above its mark (so labels keep their 12 px size instead of being scaled down).
NARROW = 320
NARROW_ROW = 38
CHAR_PX = 6.6  # average width of a 12 px sans-serif character, to cut labels that would not fit


@dataclass
class Mark:
    kind: str  # "bar" | "open-bar" | "point" | "alt"
    x: float
    y: float
    w: float = 0.0
    label: str = ""
    title: str = ""
    href: str | None = None
    label_x: float = 0.0
    label_anchor: str = "start"
    disputed: bool = False
    label_y: float = 0.0


@dataclass
class Chart:
    width: int
    height: int
    ticks: list[tuple[float, str]] = field(default_factory=list)
    marks: list[Mark] = field(default_factory=list)
    links: list[tuple[float, float, float, float]] = field(default_factory=list)  # alternative dates joined
    undated: list[dict[str, Any]] = field(default_factory=list)
    axis_y: float = TOP_AXIS
    narrow: bool = False


def _year(d: datetime.date) -> float:
    return d.year + (d.timetuple().tm_yday - 1) / 366.0


def span_of(edtf: str | None) -> tuple[float, float] | None:
    """An EDTF value as fractional years (lower, upper), or None when it has no year."""
    if not edtf:
        return None
    try:
        bounds = edtf_bounds(edtf)
    except Exception:  # an odd value must not break the page
        return None
    if bounds is None:
        return None
    lo, hi = bounds
    if lo.year < 1000 or hi.year > 2200:
        return None
    return _year(lo), _year(hi) + 1 / 366.0


def _step(years: float, most: int = 14) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50):
        if years / step <= most:
            return step
    return 100


def timeline_chart(events: list[dict[str, Any]], href: Any, narrow: bool = False) -> Chart:
    """One row per kind of dated event (a disputed date's alternatives share the row, drawn as
    diamonds in another colour and joined by a dashed line), then one row per term of office
    (a bar from start to end; a dashed stub when the end is unknown), on a shared year axis.
    One row each keeps every label readable however crowded a year is.

    ``href(source)`` gives the link of a mark: the document viewer at its first quote.
    ``narrow`` draws the phone layout: 340 px wide, fewer ticks, every label on its own line
    above its row, cut to the width (the full text stays in the mark's description).
    """
    width, row_h = (NARROW, NARROW_ROW) if narrow else (WIDTH, ROW)
    points: dict[str, list[tuple[dict, tuple[float, float]]]] = {}
    terms, undated = [], []
    for e in events:
        sp = span_of(e["date"])
        if sp is None:
            undated.append(e)
        elif e.get("kind") == "term":
            terms.append((e, sp, span_of(e.get("end"))))
        else:
            points.setdefault(e["event"], []).append((e, sp))
    spans = [sp for group in points.values() for _, sp in group]
    spans += [sp for _, sp, _ in terms] + [en for _, _, en in terms if en]
    top = TOP_AXIS + (26 if narrow else 16)
    chart = Chart(width=width, height=top - 2 + row_h * (len(points) + len(terms)), undated=undated, narrow=narrow)
    if not spans:
        chart.height = 0
        return chart
    lo = math.floor(min(a for a, _ in spans))
    hi = math.ceil(max(b for _, b in spans))
    if hi - lo < 4:
        lo, hi = lo - 2, hi + 2
    step = _step(hi - lo, 5 if narrow else 14)
    lo, hi = lo - lo % step, hi + (-hi) % step
    scale = (width - LEFT - RIGHT) / (hi - lo)
    fits = int((width - LEFT - RIGHT) / CHAR_PX)

    def x(year: float) -> float:
        return round(LEFT + (year - lo) * scale, 1)

    def place(x0: float, x1: float) -> tuple[str, float]:
        if narrow:
            return "start", LEFT
        return ("end", x0 - 9) if x1 > width * 0.62 else ("start", x1 + 9)

    def label_y(y: float) -> float:
        return y - 13 if narrow else y + 4

    def cut(text: str) -> str:
        return _short(text, fits) if narrow else text

    chart.ticks = [(x(year), str(year)) for year in range(lo, hi + 1, step)]
    row = 0
    for name, group in sorted(points.items(), key=lambda kv: (min(sp[0] for _, sp in kv[1]), kv[0])):
        y = top + row * row_h
        row += 1
        group = sorted(group, key=lambda t: t[1][0])
        xs = [x((a + b) / 2) for _, (a, b) in group]
        anchor, lx = place(min(xs), max(xs))
        contested = len(group) > 1 or any(e["disputed"] for e, _ in group)
        for n, ((e, _sp), cx) in enumerate(zip(group, xs)):
            src = e["sources"][0] if e["sources"] else None
            last = n == len(group) - 1
            label = f"{name}: " + " or ".join(str(g[0]["value"]) for g in group) if last else ""
            if label and contested:
                label += " (disputed)"
            chart.marks.append(Mark(kind="alt" if contested else "point", x=cx, y=y, label=cut(label), label_x=lx,
                                    label_y=label_y(y),
                                    label_anchor=anchor, title=_title(e), href=href(src) if src else None,
                                    disputed=contested))
        for x1, x2 in zip(xs, xs[1:]):
            chart.links.append((x1, y, x2, y))
    for e, (a, _b), end in sorted(terms, key=lambda t: (t[1][0], str(t[0]["value"]))):
        y = top + row * row_h
        row += 1
        x0 = x(a)
        if end:
            x1, kind = x(end[1]), "bar"
        else:
            x1, kind = x0 + max(scale * 0.8, 14), "open-bar"
        w = max(x1 - x0, 4)
        anchor, lx = place(x0, x0 + w)
        src = e["sources"][0] if e["sources"] else None
        w = min(w, width - RIGHT - x0)
        chart.marks.append(Mark(kind=kind, x=x0, y=y, w=round(w, 1), label=cut(_short(str(e["value"]))), label_x=lx,
                                label_y=label_y(y),
                                label_anchor=anchor, title=_title(e), href=href(src) if src else None,
                                disputed=e["disputed"]))
    return chart


def _short(text: str, n: int = 70) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def _title(e: dict[str, Any]) -> str:
    when = e["date"] + (f" – {e['end']}" if e.get("end") else "")
    n = len({s["document"] for s in e["sources"]})
    flag = " (disputed)" if e["disputed"] else ""
    return f"{e['event']}: {e['value']}, {when}{flag}; {n} source{'s' if n != 1 else ''}"


# ---- network -----------------------------------------------------------------------------------

NET_W, NET_H = 540, 440
KINDS = ("family", "predecessor", "successor", "killed by", "mentioned with")


@dataclass
class Node:
    label: str
    kind: str
    relation: str
    person_id: str | None
    x: float = 0.0
    y: float = 0.0
    label_x: float = 0.0
    label_y: float = 0.0
    anchor: str = "middle"
    ex: float = 0.0  # where the node's edge starts: the centre, or the trunk in the phone layout
    ey: float = 0.0
    rotate: float = 0.0  # degrees: labels of the corpus circle point outwards, so none overlap


@dataclass
class Network:
    width: int
    height: int
    cx: float
    cy: float
    center: str
    nodes: list[Node]
    trunk: tuple[float, float, float, float] | None = None
    center_label: tuple[float, float, str] = (0.0, 0.0, "middle")


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    return []


def network(dossier: dict[str, Any], resolve_name: Any, names: dict[str, str],
            limit: int = 16, mentioned: int = 8, narrow: bool = False) -> Network:
    """People connected to this one: family and killers (from relation claims), predecessors and
    successors (from the career's qualifiers), then the most co-mentioned people.

    ``resolve_name(name)`` maps a name in a claim to a person id when it names exactly one;
    ``names`` gives the display name of a person id.
    Nodes sit on a circle in a fixed order (kind, then name), so the drawing is stable;
    ``narrow`` (phones) stacks them in one column off a vertical trunk instead, labels at full size.
    """
    me = dossier["person"]["id"]
    nodes: list[Node] = []
    seen: set[str] = set()

    def add(name: str, kind: str, relation: str, pid: str | None) -> None:
        key = pid or fold(name)
        if not name or key in seen or pid == me:
            return
        seen.add(key)
        nodes.append(Node(label=name, kind=kind, relation=relation, person_id=pid))

    for line in dossier["relations"]:
        prop = schema.get(line["property"])
        kind = prop.relation if prop.relation in KINDS else "mentioned with"
        for name in _names(line["value"]):
            pid = resolve_name(name)
            add(names.get(pid, name) if pid else name, kind, prop.label, pid)
    for line in dossier["career"]:
        for key, kind in (("replaces", "predecessor"), ("replaced_by", "successor")):
            for name in _names(line["qualifiers"].get(key)):
                add(name, kind, f"{kind} as {line['value']}", resolve_name(name))
    for col in dossier["colleagues"][:mentioned]:
        add(col["name"], "mentioned with", f"mentioned together in {col['passages']} passage(s)", col["id"])
    nodes = sorted(nodes[:limit], key=lambda n: (KINDS.index(n.kind), fold(n.label)))
    if narrow:
        return _column(dossier["person"]["name"], nodes)
    cx, cy = NET_W / 2, NET_H / 2
    radius = 150.0
    for i, node in enumerate(nodes):
        angle = -math.pi / 2 + 2 * math.pi * i / max(len(nodes), 1)
        node.x = round(cx + radius * math.cos(angle), 1)
        node.y = round(cy + radius * math.sin(angle), 1)
        c, s = math.cos(angle), math.sin(angle)
        node.anchor = "start" if c > 0.15 else "end" if c < -0.15 else "middle"
        node.label_x = round(node.x + (13 if node.anchor == "start" else -13 if node.anchor == "end" else 0), 1)
        node.label_y = round(node.y + (4 if node.anchor != "middle" else 24 if s > 0 else -14), 1)
        node.ex, node.ey = cx, cy
    return Network(width=NET_W, height=NET_H, cx=cx, cy=cy, center=dossier["person"]["name"], nodes=nodes,
                   center_label=(cx, cy + 32, "middle"))


COLUMN_ROW = 30


def _column(center: str, nodes: list[Node], width: int = NARROW) -> Network:
    """The phone layout of a network: the person at the top left, a trunk down the left edge
    and one row per connected person, each label on its own row at full size."""
    cx, cy = 22.0, 22.0
    fits = int((width - 60) / CHAR_PX)
    for i, node in enumerate(nodes):
        node.x, node.y = 48.0, cy + 40 + i * COLUMN_ROW
        node.ex, node.ey = cx, node.y
        node.anchor, node.label_x, node.label_y = "start", 62.0, node.y + 4
        node.label = _short(node.label, fits)
    last = nodes[-1].y if nodes else cy
    return Network(width=width, height=int(last + 24), cx=cx, cy=cy, center=_short(center, fits), nodes=nodes,
                   trunk=(cx, cy, cx, last), center_label=(cx + 22, cy + 5, "start"))



# ---- corpus-wide drawings ------------------------------------------------------------------------

NAME_COL = 190  # the wide corpus timeline's column of names


def corpus_timeline(lives: list[dict[str, Any]], href: Any, person_href: Any, narrow: bool = False) -> Chart:
    """All people on one year axis: a row each, a bar from birth to death (or across their
    dated events) and a mark per event. Wide: names in a column on the left; narrow (phones):
    each name on its own line above its row."""
    width, row_h = (NARROW, NARROW_ROW) if narrow else (WIDTH, ROW)
    left = LEFT if narrow else NAME_COL
    rows = []
    for life in lives:
        spans = [(e, sp) for e in life["events"] if (sp := span_of(e["date"]))]
        if spans:
            rows.append((life, spans))
    top = TOP_AXIS + (26 if narrow else 16)
    chart = Chart(width=width, height=top - 2 + row_h * len(rows), narrow=narrow)
    if not rows:
        chart.height = 0
        return chart
    lo = math.floor(min(sp[0] for _, spans in rows for _, sp in spans))
    hi = math.ceil(max(sp[1] for _, spans in rows for _, sp in spans))
    if hi - lo < 4:
        lo, hi = lo - 2, hi + 2
    step = _step(hi - lo, 5 if narrow else 12)
    lo, hi = lo - lo % step, hi + (-hi) % step
    scale = (width - left - RIGHT) / (hi - lo)

    def x(year: float) -> float:
        return round(left + (year - lo) * scale, 1)

    chart.ticks = [(x(year), str(year)) for year in range(lo, hi + 1, step)]
    fits = int((width - LEFT - RIGHT) / CHAR_PX) if narrow else int((NAME_COL - LEFT - 8) / CHAR_PX)
    for i, (life, spans) in enumerate(rows):
        y = top + i * row_h
        birth = next((sp for e, sp in spans if e["event"] == "date of birth"), None)
        death = next((sp for e, sp in spans if e["event"] == "date of death"), None)
        a = birth[0] if birth else min(sp[0] for _, sp in spans)
        b = death[1] if death else max(sp[1] for _, sp in spans)
        name = _short(f"{life['name']} {life['lifespan']}".strip(), fits)
        chart.marks.append(Mark(kind="life", x=x(a), y=y, w=max(round(x(b) - x(a), 1), 4), label=name,
                                label_x=LEFT, label_y=y - 13 if narrow else y + 4, label_anchor="start",
                                title=f"{life['name']}: {life['lifespan'] or 'dates from events'}",
                                href=person_href(life["id"])))
        for e, sp in spans:
            src = e["sources"][0] if e["sources"] else None
            chart.marks.append(Mark(kind="alt" if e["disputed"] else "point", x=x((sp[0] + sp[1]) / 2), y=y,
                                    title=f"{life['name']} — {_title(e)}", href=href(src) if src else None,
                                    disputed=e["disputed"]))
    return chart


@dataclass
class CorpusNetwork:
    width: int
    height: int
    nodes: list[Node]
    lines: list[tuple[float, float, float, float, str]]  # x1, y1, x2, y2, kind
    arcs: list[tuple[str, str]] = field(default_factory=list)  # SVG path, kind (phone layout)
    narrow: bool = False


ARC_X = 112.0
ARC_ROW = 26


def corpus_network(edge_list: list[Any], names: dict[str, str], limit: int = 48, narrow: bool = False) -> CorpusNetwork:
    """The most connected people on a circle (by number of edges, then name), their edges as
    chords coloured by kind. The full edge list with evidence is printed beside it.

    ``narrow`` (phones) draws an arc diagram instead: one person per row, labels at full size
    on the right, each edge an arc on the left joining two rows."""
    if narrow:
        return _arc_diagram(edge_list, names, min(limit, 30))
    degree: dict[str, int] = {}
    for e in edge_list:
        degree[e.a] = degree.get(e.a, 0) + 1
        degree[e.b] = degree.get(e.b, 0) + 1
    chosen = sorted(degree, key=lambda p: (-degree[p], fold(names.get(p, p))))[:limit]
    chosen.sort(key=lambda p: fold(names.get(p, p)))
    w, h = WIDTH, 800
    cx, cy, radius = w / 2, h / 2, 230.0
    pos: dict[str, Node] = {}
    for i, pid in enumerate(chosen):
        angle = -math.pi / 2 + 2 * math.pi * i / max(len(chosen), 1)
        c, s = math.cos(angle), math.sin(angle)
        node = Node(label=_short(names.get(pid, pid), 24), kind="person", relation=f"{degree[pid]} connections",
                    person_id=pid, x=round(cx + radius * c, 1), y=round(cy + radius * s, 1))
        # labels run outwards along the radius (turned over on the left half to stay upright)
        node.anchor = "start" if c >= 0 else "end"
        node.rotate = round(math.degrees(angle) + (0 if c >= 0 else 180), 1)
        node.label_x = round(cx + (radius + 11) * c, 1)
        node.label_y = round(cy + (radius + 11) * s, 1)
        pos[pid] = node
    lines = [(pos[e.a].x, pos[e.a].y, pos[e.b].x, pos[e.b].y, e.kind) for e in edge_list if e.a in pos and e.b in pos]
    return CorpusNetwork(width=w, height=h, nodes=list(pos.values()), lines=lines)


@dataclass
class WorldMap:
    width: int
    height: int
    land: list[tuple[float, float, float]]  # x, y, w of each run of inhabited cells
    cell: float
    grid: list[tuple[str, float, float, float, float]]  # label, x1, y1, x2, y2
    points: list[dict[str, Any]]


def world_map(places: list[dict[str, Any]], land: list[tuple[float, float, float]], narrow: bool = False,
              step: float = 2.0) -> WorldMap:
    """An equirectangular world (longitude -> x, latitude -> y): a graticule every 30 degrees,
    the inhabited cells as a faint silhouette, and one point per place (radius by its claims)."""
    width = NARROW if narrow else WIDTH
    height = width / 2
    k = width / 360.0

    def px(lon: float) -> float:
        return round((lon + 180) * k, 1)

    def py(lat: float) -> float:
        return round((90 - lat) * k, 1)

    grid = [(f"{abs(lon)}°{'E' if lon > 0 else 'W' if lon < 0 else ''}", px(lon), 0, px(lon), height)
            for lon in range(-150, 180, 30)]
    grid += [(f"{abs(lat)}°{'N' if lat > 0 else 'S' if lat < 0 else ''}", 0, py(lat), width, py(lat))
             for lat in range(-60, 90, 30)]
    cells = [(px(west), py(lat), round((east - west) * k, 1)) for lat, west, east in land]
    points = []
    for p in places:
        n = len(p["claims"])
        points.append({**p, "x": px(p["lon"]), "y": py(p["lat"]), "r": round(min(3 + math.sqrt(n) * 1.5, 10), 1)})
    return WorldMap(width=width, height=round(height), land=cells, cell=round(step * k, 2), grid=grid, points=points)


def _arc_diagram(edge_list: list[Any], names: dict[str, str], limit: int) -> CorpusNetwork:
    degree: dict[str, int] = {}
    for e in edge_list:
        degree[e.a] = degree.get(e.a, 0) + 1
        degree[e.b] = degree.get(e.b, 0) + 1
    chosen = sorted(degree, key=lambda p: (-degree[p], fold(names.get(p, p))))[:limit]
    chosen.sort(key=lambda p: fold(names.get(p, p)))
    fits = int((NARROW - ARC_X - 14) / CHAR_PX)
    pos: dict[str, Node] = {}
    for i, pid in enumerate(chosen):
        y = 20.0 + i * ARC_ROW
        pos[pid] = Node(label=_short(names.get(pid, pid), fits), kind="person", relation=f"{degree[pid]} connections",
                        person_id=pid, x=ARC_X, y=y, label_x=ARC_X + 12, label_y=y + 4, anchor="start")
    arcs = []
    for e in edge_list:
        if e.a in pos and e.b in pos:
            y1, y2 = sorted((pos[e.a].y, pos[e.b].y))
            ry = (y2 - y1) / 2
            rx = min(ry, ARC_X - 8)
            arcs.append((f"M{ARC_X},{y1} A{rx:.1f},{ry:.1f} 0 0 0 {ARC_X},{y2}", e.kind))
    height = int(20 + ARC_ROW * max(len(chosen), 1))
    return CorpusNetwork(width=NARROW, height=height, nodes=list(pos.values()), lines=[], arcs=arcs, narrow=True)
