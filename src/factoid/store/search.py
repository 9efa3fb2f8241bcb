"""Full-text search over the knowledge base: people, claims and passage text.

Why two paths: SQLite knowledge bases carry an FTS5 index over passages (migration 0002), which
ranks by BM25 and matches word forms regardless of diacritics; any other backend (or a SQLite
without FTS5) gets the same answers shape from case-insensitive LIKE. People and claims are
few enough per knowledge base that matching them in SQL with LIKE is fast and predictable.

User input never reaches FTS5 syntax: the query is split into words and each becomes a quoted
phrase (the last one a prefix), so ``AND``, ``NEAR``, ``"`` or ``*`` typed by a user are words.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Connection, func, inspect, or_, select, text

from factoid.names import fold
from factoid.store import schema as s

FTS_TABLE = "passages_fts"
_WORD = re.compile(r"\w+", re.UNICODE)


def words(query: str) -> list[str]:
    """The searchable words of a query (letters and digits, any script)."""
    return _WORD.findall(query)


def fts_query(query: str) -> str | None:
    """An FTS5 MATCH expression for a free-text query, or None when it has no words."""
    ws = words(query)
    if not ws:
        return None
    parts = [f'"{w}"' for w in ws[:-1]] + [f'"{ws[-1]}"*']
    return " ".join(parts)


def has_fts(conn: Connection) -> bool:
    """Whether this knowledge base carries the FTS5 passage index."""
    if conn.dialect.name != "sqlite":
        return False
    return FTS_TABLE in inspect(conn).get_table_names()


def _like(column: Any, word: str) -> Any:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return func.lower(column).like(f"%{escaped.lower()}%", escape="\\")


def search_passages(conn: Connection, query: str, limit: int = 20) -> list[dict[str, Any]]:
    """Passages containing every word of the query, best first, with a highlighted snippet.

    The snippet is returned as pieces (``[text, is_hit]``) rather than HTML so the caller
    escapes every piece itself: document text is never trusted markup.
    """
    ws = words(query)
    if not ws:
        return []
    if has_fts(conn):
        match = fts_query(query)
        rows = conn.execute(
            text(
                "SELECT p.document_id, p.idx, p.start, p.\"end\", p.role, p.text "
                f"FROM {FTS_TABLE} JOIN passages AS p ON p.rowid = {FTS_TABLE}.rowid "
                f"WHERE {FTS_TABLE} MATCH :q ORDER BY bm25({FTS_TABLE}), p.document_id, p.idx LIMIT :n"
            ),
            {"q": match, "n": limit},
        ).mappings()
    else:
        p = s.passages
        q = select(p.c.document_id, p.c.idx, p.c.start, p.c.end, p.c.role, p.c.text)
        for w in ws:
            q = q.where(_like(p.c.text, w))
        rows = conn.execute(q.order_by(p.c.document_id, p.c.idx).limit(limit)).mappings()
    return [
        {"document": r["document_id"], "index": r["idx"], "start": r["start"], "end": r["end"],
         "role": r["role"], "snippet": snippet(r["text"], ws)}
        for r in rows
    ]


def snippet(passage: str, ws: list[str], width: int = 220) -> list[tuple[str, bool]]:
    """A window of the passage around the first hit, cut into (text, is_hit) pieces."""
    folded = passage.lower()
    hits: list[tuple[int, int]] = []
    for w in ws:
        for m in re.finditer(re.escape(w.lower()), folded):
            hits.append((m.start(), m.end()))
    hits.sort()
    first = hits[0][0] if hits else 0
    lo = max(0, first - width // 3)
    hi = min(len(passage), lo + width)
    pieces: list[tuple[str, bool]] = []
    pos = lo
    for a, b in hits:
        if a < pos or b > hi:
            continue
        if a > pos:
            pieces.append((passage[pos:a], False))
        pieces.append((passage[a:b], True))
        pos = b
    if pos < hi:
        pieces.append((passage[pos:hi], False))
    if lo > 0:
        pieces.insert(0, ("… ", False))
    if hi < len(passage):
        pieces.append((" …", False))
    return pieces


def search_people(conn: Connection, query: str, limit: int = 20) -> list[dict[str, Any]]:
    """People whose name or an alias contains every word of the query (accents and case folded)."""
    ws = [fold(w) for w in words(query)]
    if not ws:
        return []
    names: dict[str, set[str]] = {}
    display: dict[str, str] = {}
    for pid, name in conn.execute(select(s.persons.c.id, s.persons.c.name)):
        names.setdefault(pid, set()).add(name)
        display[pid] = name
    for pid, alias in conn.execute(select(s.aliases.c.person_id, s.aliases.c.alias)):
        names.setdefault(pid, set()).add(alias)
    out = []
    for pid, labels in names.items():
        hay = [fold(label) for label in labels]
        if all(any(w in h for h in hay) for w in ws):
            matched = sorted(label for label, h in zip(labels, hay) if any(w in h for w in ws))
            out.append({"id": pid, "name": display.get(pid, pid), "matched": matched[:5]})
    out.sort(key=lambda r: (not all(w in fold(r["name"]) for w in ws), r["name"]))
    return out[:limit]


def search_claims(conn: Connection, query: str, limit: int = 30) -> list[dict[str, Any]]:
    """Claims whose quote, value or subject name contains every word of the query."""
    ws = words(query)
    if not ws:
        return []
    c, a, p = s.claims, s.assessments, s.persons
    q = (
        select(c.c.id, c.c.document_id, c.c.property, c.c.value, c.c.quote, c.c.start, c.c.end,
               a.c.person_id, p.c.name)
        .select_from(c.outerjoin(a, a.c.claim_id == c.c.id).outerjoin(p, p.c.id == a.c.person_id))
    )
    for w in ws:
        q = q.where(or_(_like(c.c.quote, w), _like(c.c.value, w), _like(c.c.subject_name, w)))
    q = q.order_by(c.c.document_id, c.c.start, c.c.id).limit(limit)
    return [
        {"claim": r["id"], "document": r["document_id"], "property": r["property"], "value": r["value"],
         "quote": r["quote"], "start": r["start"], "end": r["end"], "person_id": r["person_id"],
         "person": r["name"]}
        for r in conn.execute(q).mappings()
    ]


def search(conn: Connection, query: str, limit: int = 20) -> dict[str, Any]:
    """Everything matching a query, grouped by kind."""
    return {
        "query": query,
        "backend": "fts5" if has_fts(conn) else "like",
        "people": search_people(conn, query, limit),
        "claims": search_claims(conn, query, limit),
        "passages": search_passages(conn, query, limit),
    }
