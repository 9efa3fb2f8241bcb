"""The per-document work of ingest: a document's passages with their roles and languages.

``prepare`` is pure, so ``prepare_each`` may run it in helper processes while this process
reads the next files and writes what is ready: results come back in input order, so the
knowledge base is the same whichever process prepared which document. Near-duplicate passages
are marked later, over the whole corpus (``factoid.copies``).

The helpers are forked from this process when they start, so they begin with every module
and cached vocabulary it has loaded: a spawned interpreter would first import what ``roles``
reaches for (the infobox labels live with the extractors, behind spaCy's import), about two
seconds of CPU, as much as preparing 200k words. Forking is safe here where a build avoids it
(``factoid.engine.local``): a helper only runs pure text functions on the documents it is sent,
never touches the parent's database connection, and leaves through ``os._exit``; its standard
streams are swapped for ``/dev/null`` first, so a lock a parent thread (the progress bar) held
on them at the fork cannot hang its exit. Helpers start only once the parent has prepared
``MIN_CHARS_ALONE`` characters itself, so a small ingest never starts one; where ``fork`` does
not exist (Windows) the parent prepares everything.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from factoid import passages as passages_mod
from factoid import roles
from factoid.ingest.language import guess_language
from factoid.model import Document, Passage

__all__ = ["MIN_CHARS_ALONE", "prepare", "prepare_each"]

T = TypeVar("T")

#: Text the parent prepares alone before it starts helpers (a tenth of a second of work):
#: below it, a helper would have too little left to do to be worth a process.
MIN_CHARS_ALONE = 150_000
#: Documents handed to each helper ahead: enough to keep it busy while the parent writes.
QUEUE_PER_HELPER = 4
#: Documents read ahead of the oldest one not yet written (bounds the memory held).
MAX_AHEAD = 64


def prepare(doc: Document) -> list[Passage]:
    """Passages of a document with their roles and languages (duplicates are marked
    corpus-wide later)."""
    split = roles.assign_roles(doc, passages_mod.split_passages(doc))
    return [replace(p, language=guess_language(p.text)) for p in split]


def _quiet() -> None:
    """A helper's first act: standard streams of its own (see the module docstring)."""
    sys.stdout = sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - lives as long as the helper


def _pool(helpers: int) -> ProcessPoolExecutor | None:
    """Forked helpers, or None where this platform cannot fork."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return None
    return ProcessPoolExecutor(helpers, mp_context=multiprocessing.get_context("fork"), initializer=_quiet)


def prepare_each(
    items: Iterable[T], document: Callable[[T], Document | None], workers: int = 1
) -> Iterator[tuple[T, list[Passage] | None]]:
    """Each item with the prepared passages of its document, in input order; ``None`` for an
    item ``document`` gives no document for (an error, an unchanged file).

    With ``workers`` > 1, up to ``workers - 1`` helper processes prepare documents too once
    enough text has gone by; the parent prepares whenever every helper has work queued, so no
    core idles and the parent never waits on a helper while it could be working itself."""
    if workers <= 1:
        for item in items:
            doc = document(item)
            yield item, None if doc is None else prepare(doc)
        return
    pending: deque[tuple[T, Future[list[Passage]] | list[Passage] | None]] = deque()
    alone, tried = 0, False
    pool: ProcessPoolExecutor | None = None
    try:
        for item in items:
            doc = document(item)
            if doc is None:
                pending.append((item, None))
            elif pool is None or _queued(pending) >= (workers - 1) * QUEUE_PER_HELPER:
                pending.append((item, _here(doc)))
                alone += len(doc.text)
                if pool is None and not tried and alone >= MIN_CHARS_ALONE:
                    pool, tried = _pool(workers - 1), True
            else:
                pending.append((item, pool.submit(prepare, doc)))
            yield from _ready(pending, wait=len(pending) > MAX_AHEAD)
        while pending:
            yield from _ready(pending, wait=True)
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


@dataclass(frozen=True)
class _Failed:
    """A document this process failed to prepare: raised when its turn comes, as without helpers."""

    error: Exception


def _here(doc: Document) -> list[Passage] | _Failed:
    try:
        return prepare(doc)
    except Exception as exc:  # noqa: BLE001 - raised again in input order, by ``_ready``
        return _Failed(exc)


def _queued(pending: deque[tuple[T, Any]]) -> int:
    """Documents handed to helpers and not finished yet."""
    return sum(1 for _, r in pending if isinstance(r, Future) and not r.done())


def _ready(pending: deque[tuple[T, Any]], *, wait: bool) -> Iterator[tuple[T, list[Passage] | None]]:
    """Pop and yield the leading items whose passages are ready; with ``wait``, wait for the
    first one (at least one item comes out)."""
    while pending:
        item, result = pending[0]
        if isinstance(result, Future):
            if not (wait or result.done()):
                return
            result = result.result()
        pending.popleft()
        if isinstance(result, _Failed):
            raise result.error
        wait = False
        yield item, result
