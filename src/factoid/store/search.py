"""Full-text search over passage text, in each backend's own index. People and claims are
matched by ``factoid.search`` over the read model (spellings, scripts, transliterations), which
calls this module for the passages.

Why one search per backend: each database's own text index answers passage queries (migration
0002 makes it). SQLite carries an FTS5 index, ranked by BM25, diacritics removed; PostgreSQL a
GIN index over ``to_tsvector('factoid_search', text)`` (``simple`` behind ``unaccent``, so
"Lodz" finds "Łódź" and Cyrillic folds case too), ranked by ``ts_rank``. A knowledge base
without its index (a SQLite without FTS5) gets the same answer shape from case-insensitive
LIKE.

User input never reaches query syntax: the query is split into words and each becomes a quoted
term (the last one a prefix), so ``AND``, ``NEAR``, ``&``, ``!``, ``"`` or ``*`` typed by a user
are words, on both backends.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Connection, func, inspect, select, text

from factoid.store import schema as s

FTS_TABLE = "passages_fts"
#: PostgreSQL's text search configuration and passage index (migration 0002).
PG_CONFIG = "factoid_search"
PG_INDEX = "ix_passages_search"
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


def ts_query(query: str) -> str | None:
    """A PostgreSQL ``to_tsquery`` expression: every word required, the last one a prefix.

    Words are letters, digits and underscores only (``words``), so quoting each one is enough
    to keep tsquery operators typed by a user from being read as operators."""
    ws = words(query)
    if not ws:
        return None
    return " & ".join([f"'{w}'" for w in ws[:-1]] + [f"'{ws[-1]}':*"])


def has_fts(conn: Connection) -> bool:
    """Whether this knowledge base carries the FTS5 passage index."""
    if conn.dialect.name != "sqlite":
        return False
    return FTS_TABLE in inspect(conn).get_table_names()


def has_pg_search(conn: Connection) -> bool:
    """Whether this knowledge base is on PostgreSQL and carries its text search index."""
    if conn.dialect.name != "postgresql":
        return False
    return bool(conn.execute(text("SELECT to_regclass(:n) IS NOT NULL"), {"n": PG_INDEX}).scalar())


def backend(conn: Connection) -> str:
    """Which passage search this knowledge base gets: ``fts5``, ``tsvector`` or ``like``."""
    if has_pg_search(conn):
        return "tsvector"
    return "fts5" if has_fts(conn) else "like"


def _like(column: Any, word: str) -> Any:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return func.lower(column).like(f"%{escaped.lower()}%", escape="\\")


def search_passages(conn: Connection, query: str, limit: int = 20, *, snippets: bool = True) -> list[dict[str, Any]]:
    """Passages containing every word of the query, best first, with a highlighted snippet.

    The snippet is returned as pieces (``[text, is_hit]``) rather than HTML so the caller
    escapes every piece itself: document text is never trusted markup. With ``snippets`` off
    each hit carries its ``text`` and the query's ``words`` instead, for a caller that shows
    one page of many hits and cuts snippets (``snippet``) for that page only.
    """
    ws = words(query)
    if not ws:
        return []
    kind = backend(conn)
    if kind == "tsvector":
        rows = _tsvector_rows(conn, query, limit)
    elif kind == "fts5":
        rows = _fts5_rows(conn, query, limit)
    else:
        p = s.passages
        q = select(p.c.document_id, p.c.idx, p.c.start, p.c.end, p.c.role, p.c.text)
        for w in ws:
            q = q.where(_like(p.c.text, w))
        rows = conn.execute(q.order_by(p.c.document_id, p.c.idx).limit(limit)).mappings()
    return [
        {"document": r["document_id"], "index": r["idx"], "start": r["start"], "end": r["end"],
         "role": r["role"], **({"snippet": snippet(r["text"], ws)} if snippets else {"text": r["text"], "words": ws})}
        for r in rows
    ]


def _fts5_rows(conn: Connection, query: str, limit: int) -> Any:
    return conn.execute(
        text(
            "SELECT p.document_id, p.idx, p.start, p.\"end\", p.role, p.text "
            f"FROM {FTS_TABLE} JOIN passages AS p ON p.rowid = {FTS_TABLE}.rowid "
            f"WHERE {FTS_TABLE} MATCH :q ORDER BY bm25({FTS_TABLE}), p.document_id, p.idx LIMIT :n"
        ),
        {"q": fts_query(query), "n": limit},
    ).mappings()


def _tsvector_rows(conn: Connection, query: str, limit: int) -> Any:
    """The expression ``to_tsvector('factoid_search', p.text)`` is the indexed one, written
    the same way so the planner uses the GIN index."""
    vector = f"to_tsvector('{PG_CONFIG}', p.text)"
    return conn.execute(
        text(
            "SELECT p.document_id, p.idx, p.start, p.\"end\", p.role, p.text "
            f"FROM passages AS p, to_tsquery('{PG_CONFIG}', :q) AS q "
            f"WHERE {vector} @@ q ORDER BY ts_rank({vector}, q) DESC, p.document_id, p.idx LIMIT :n"
        ),
        {"q": ts_query(query), "n": limit},
    ).mappings()


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
