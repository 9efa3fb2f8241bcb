"""A cached read layer for the web workspace.

Why: reading the store into a snapshot (``factoid.readmodel``) takes the whole knowledge base,
fine for one CLI command, too slow for a page a historian reloads all day. Here one snapshot
is kept until the knowledge base changes (a cheap fingerprint query per request notices a new
ingest or build) and the per-person views are cut from it by the read model's functions, the
same ones the CLI uses, so ``/api`` returns what the CLI prints.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

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
           "memo", "sources_of", "timeline"]

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
