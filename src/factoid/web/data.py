"""A cached read layer for the web workspace.

Why: reading the store into a snapshot (``factoid.readmodel``) takes the whole knowledge base,
fine for one CLI command, too slow for a page a historian reloads all day. Here one snapshot
is kept until the knowledge base changes (a cheap fingerprint query per request notices a new
ingest or build) and the per-person views are cut from it by the read model's functions, the
same ones the CLI uses, so ``/api`` returns what the CLI prints.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, TypeVar

from markupsafe import Markup
from sqlalchemy import Connection

from factoid.readmodel import (
    Snapshot,
    build_snapshot,
    colleagues,
    disputes,
    dossier,
    sources_of,
    timeline,
)
from factoid.store.db import generation

__all__ = ["Snapshot", "SnapshotCache", "build_snapshot", "colleagues", "disputes", "dossier", "fingerprint",
           "fragment", "memo", "recent", "sources_of", "timeline"]

T = TypeVar("T")


def memo(snap: Snapshot, name: str, build: Callable[[], T]) -> T:
    """A value derived from the knowledge base, computed once per snapshot (so once per
    knowledge-base state: a new ingest, build or decision makes a new snapshot). Why: reads
    such as the decisions log with its anchors placed cost the whole corpus; a page must not."""
    cached = snap.__dict__.get(name)
    if cached is None:
        cached = build()
        setattr(snap, name, cached)
    return cached


#: Derived values and rendered page parts kept per snapshot, the least recently used dropped
#: first: a dossier has about a dozen, so those of the last few dozen people viewed stay; and
#: at most ``RECENT_BYTES`` of text (rendered HTML, JSON answers), whatever their number.
RECENT_KEPT = 600
RECENT_BYTES = 64 * 1024 * 1024
_RECENT_LOCK = threading.Lock()


def _weight(value: object) -> int:
    return len(value) if isinstance(value, (str, bytes)) else 0


def recent(snap: Snapshot, key: tuple[Any, ...], build: Callable[[], T]) -> T:
    """A value derived from the snapshot for one page (a person's dossier, a rendered section,
    a JSON answer), built on first use and kept while it is among the ``RECENT_KEPT`` most
    recently used (and the text kept stays under ``RECENT_BYTES``). Why: unlike :func:`memo`,
    these are per person, and a corpus has too many people to keep them all."""
    kept: OrderedDict[tuple[Any, ...], Any] = snap.__dict__.setdefault("_recent", OrderedDict())
    with _RECENT_LOCK:
        if key in kept:
            kept.move_to_end(key)
            return kept[key]  # type: ignore[no-any-return]
    value = build()  # outside the lock: two first views of one page may both build it, harmlessly
    with _RECENT_LOCK:
        if key not in kept:
            snap.__dict__["_recent_bytes"] = snap.__dict__.get("_recent_bytes", 0) + _weight(value)
        kept[key] = value
        while len(kept) > 1 and (len(kept) > RECENT_KEPT or snap.__dict__["_recent_bytes"] > RECENT_BYTES):
            _, dropped = kept.popitem(last=False)
            snap.__dict__["_recent_bytes"] -= _weight(dropped)
    return value


def fragment(snap: Snapshot, *key: Any, caller: Callable[[], str]) -> Markup:
    """A part of a page rendered once per snapshot (``{% call fragment(snap, 'career', p.id) %}``
    in a template). Why: a dossier's sections (quotes, the "why" of each figure, the sources
    table, charts) depend only on the knowledge base's state and the person, yet rendering
    them was most of a page view; what depends on the request (curation forms, the user, the
    CSRF token) stays outside such blocks. A new ingest, build or decision makes a new
    snapshot, which starts with none."""
    return recent(snap, ("html", *key), lambda: Markup(caller()))


def fingerprint(conn: Connection) -> tuple[Any, ...]:
    """Changes whenever an ingest, prune, build or decision has changed what the pages would show:
    the generation counter every write transaction raises (``factoid.store.db.generation``),
    one primary-key lookup instead of counting rows of seven tables on every request."""
    return (generation(conn),)


class SnapshotCache:
    """One snapshot per knowledge-base state, shared by all requests (built under a lock)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._key: tuple[Any, ...] | None = None
        self._snap: Snapshot | None = None

    def get(self, conn: Connection) -> Snapshot:
        key = fingerprint(conn)
        with self._lock:
            if self._snap is None or key != self._key:
                self._snap = build_snapshot(conn)
                self._key = key
            return self._snap
