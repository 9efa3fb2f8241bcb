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

from factoid.dates import edtf_bounds
from factoid.names import fold

# ---- timeline ----------------------------------------------------------------------------------

WIDTH = 960
LEFT, RIGHT = 24, 24
TOP_AXIS = 28
EVENT_LANE = 64
ROW = 20


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


@dataclass
class Chart:
    width: int
    height: int
    ticks: list[tuple[float, str]] = field(default_factory=list)
    marks: list[Mark] = field(default_factory=list)
    links: list[tuple[float, float, float, float]] = field(default_factory=list)  # alternative dates joined
    undated: list[dict[str, Any]] = field(default_factory=list)
    axis_y: float = TOP_AXIS


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


def _step(years: float) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50):
        if years / step <= 14:
            return step
    return 100


def timeline_chart(events: list[dict[str, Any]], href: Any) -> Chart:
    """Points for dated events (alternatives of a disputed date in another colour, joined by a
    dashed line), bars for terms of office, one row each, on a shared year axis.

    ``href(source)`` gives the link of a mark: the document viewer at its first quote.
    """
    points, terms, undated = [], [], []
    for e in events:
        sp = span_of(e["date"])
        if sp is None:
            undated.append(e)
        elif e["event"] == "position held":
            end = span_of(e.get("end"))
            terms.append((e, sp, end))
        else:
            points.append((e, sp))
    spans = [sp for _, sp in points] + [sp for _, sp, _ in terms] + [en for _, _, en in terms if en]
    height = TOP_AXIS + EVENT_LANE + ROW * len(terms) + 12
    chart = Chart(width=WIDTH, height=height, undated=undated)
    if not spans:
        chart.height = 0
        return chart
    lo = math.floor(min(a for a, _ in spans))
    hi = math.ceil(max(b for _, b in spans))
    if hi - lo < 4:
        lo, hi = lo - 2, hi + 2
    step = _step(hi - lo)
    lo, hi = lo - lo % step, hi + (-hi) % step
    scale = (WIDTH - LEFT - RIGHT) / (hi - lo)

    def x(year: float) -> float:
        return round(LEFT + (year - lo) * scale, 1)

    chart.ticks = [(x(y), str(y)) for y in range(lo, hi + 1, step)]
    # events: one lane, labels staggered on three levels so neighbours do not overlap
    alts: dict[str, list[tuple[float, float]]] = {}
    for n, (e, (a, b)) in enumerate(sorted(points, key=lambda t: (t[1][0], t[0]["event"]))):
        cx = x((a + b) / 2)
        cy = TOP_AXIS + 20
        level = n % 3
        kind = "alt" if e["disputed"] else "point"
        label = f"{e['event']} {e['value']}"
        src = e["sources"][0] if e["sources"] else None
        anchor, lx = ("end", cx - 7) if cx > WIDTH * 0.8 else ("start", cx + 7)
        chart.marks.append(Mark(kind=kind, x=cx, y=cy, label=label, label_x=lx, label_anchor=anchor,
                                title=_title(e), href=href(src) if src else None, disputed=e["disputed"],
                                w=float(level)))
        if e["disputed"]:
            alts.setdefault(e["event"], []).append((cx, cy))
    for group in alts.values():
        for (x1, y1), (x2, y2) in zip(group, group[1:]):
            chart.links.append((x1, y1, x2, y2))
    top = TOP_AXIS + EVENT_LANE
    for row, (e, (a, _b), end) in enumerate(sorted(terms, key=lambda t: (t[1][0], str(t[0]["value"])))):
        y = top + row * ROW
        x0 = x(a)
        if end:
            x1, kind = x(end[1]), "bar"
        else:
            x1, kind = x0 + max(scale * 0.8, 10), "open-bar"
        w = max(x1 - x0, 4)
        label = str(e["value"])
        anchor, lx = ("end", x0 - 6) if x0 + w > WIDTH * 0.55 else ("start", x0 + w + 6)
        src = e["sources"][0] if e["sources"] else None
        chart.marks.append(Mark(kind=kind, x=x0, y=y, w=round(w, 1), label=_short(label), label_x=lx,
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

NET_W, NET_H = 520, 440
KINDS = ("family", "predecessor", "successor", "killed by", "mentioned with")
_FAMILY = {"spouse", "child", "father", "mother", "sibling"}


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


@dataclass
class Network:
    width: int
    height: int
    cx: float
    cy: float
    center: str
    nodes: list[Node]


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    return []


def network(dossier: dict[str, Any], resolve_name: Any, names: dict[str, str],
            limit: int = 16, mentioned: int = 8) -> Network:
    """People connected to this one: family and killers (from relation claims), predecessors and
    successors (from the career's qualifiers), then the most co-mentioned people.

    ``resolve_name(name)`` maps a name in a claim to a person id when it names exactly one;
    ``names`` gives the display name of a person id.
    Nodes sit on a circle in a fixed order (kind, then name), so the drawing is stable.
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
        prop = line["property"]
        for name in _names(line["value"]):
            kind = "family" if prop in _FAMILY else "killed by"
            pid = resolve_name(name)
            add(names.get(pid, name) if pid else name, kind, prop.replace("_", " "), pid)
    for line in dossier["career"]:
        for key, kind in (("replaces", "predecessor"), ("replaced_by", "successor")):
            for name in _names(line["qualifiers"].get(key)):
                add(name, kind, f"{kind} as {line['value']}", resolve_name(name))
    for col in dossier["colleagues"][:mentioned]:
        add(col["name"], "mentioned with", f"mentioned together in {col['passages']} passage(s)", col["id"])
    nodes = sorted(nodes[:limit], key=lambda n: (KINDS.index(n.kind), fold(n.label)))
    cx, cy = NET_W / 2, NET_H / 2
    radius = min(NET_W, NET_H) / 2 - 62
    for i, node in enumerate(nodes):
        angle = -math.pi / 2 + 2 * math.pi * i / max(len(nodes), 1)
        node.x = round(cx + radius * math.cos(angle), 1)
        node.y = round(cy + radius * math.sin(angle), 1)
        c, s = math.cos(angle), math.sin(angle)
        node.anchor = "start" if c > 0.35 else "end" if c < -0.35 else "middle"
        node.label_x = round(node.x + (13 if node.anchor == "start" else -13 if node.anchor == "end" else 0), 1)
        node.label_y = round(node.y + (4 if node.anchor != "middle" else 24 if s > 0 else -14), 1)
    return Network(width=NET_W, height=NET_H, cx=cx, cy=cy, center=dossier["person"]["name"], nodes=nodes)

