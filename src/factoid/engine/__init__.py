"""Engines: where a build's per-document work runs.

A build maps one pure function (``engine.work.extract_document``) over its stale documents;
an engine decides where each call runs and hands back ``(index, result)`` pairs as they
finish. The parent stores results in document order, then resolves and reconciles, so the
knowledge base is the same whichever engine ran:

* :class:`~factoid.engine.local.InProcess`: this process, one document after another;
* :class:`~factoid.engine.local.Processes`: a pool of local processes, the model loaded once
  per process;
* :class:`~factoid.engine.dask.Cluster`: the workers of a Dask.distributed scheduler.

An engine never raises for one document: a call that could not finish (its worker died) comes
back as :class:`Lost` with the reason, and the rest goes on.
"""

from __future__ import annotations

import os
import sys
import types
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

__all__ = ["MIN_CHARS_PER_WORKER", "Engine", "Lost", "auto_workers", "cores", "main_hidden", "start"]

T = TypeVar("T")
R = TypeVar("R")

#: Below this much text per worker, starting another process (a model load, about two
#: seconds) costs more than it saves; ``auto_workers`` then uses fewer.
MIN_CHARS_PER_WORKER = 150_000


@dataclass(frozen=True)
class Lost:
    """A call that produced no result: why (e.g. its worker process crashed twice)."""

    reason: str


class Engine(Protocol):
    """Runs a pure function over items somewhere; yields ``(index, result)`` as calls finish."""

    #: How many calls can run at once (for progress display and reports).
    workers: int

    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[tuple[int, R | Lost]]: ...


def cores() -> int:
    """The cores this process may use (its CPU affinity, not the machine's count)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def auto_workers(sizes: Iterable[int], limit: int | None = None) -> int:
    """How many local workers are worth starting for documents of these text sizes: up to
    ``limit`` (default: every core), one per ``MIN_CHARS_PER_WORKER`` characters, at least one."""
    sizes = list(sizes)
    limit = cores() if limit is None else limit
    return max(1, min(limit, len(sizes), sum(sizes) // MIN_CHARS_PER_WORKER))


@contextmanager
def main_hidden() -> Iterator[None]:
    """Show ``multiprocessing`` a ``__main__`` without a file while it starts worker processes,
    so they do not execute the parent's script again (its default for "spawn" and
    "forkserver"): the functions workers run live in factoid, never in ``__main__``."""
    main = sys.modules["__main__"]
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        sys.modules["__main__"] = main


@contextmanager
def start(
    *,
    workers: int = 1,
    cluster: str | None = None,
    warm_up: Callable[[], Any] | None = None,
    models: Sequence[str] = (),
) -> Iterator[Engine]:
    """The engine for a build: a Dask cluster when ``cluster`` is given (a scheduler address,
    or ``local`` for a cluster of ``workers`` processes on this machine), else a local pool of
    ``workers`` processes, or this process alone for one worker. A local pool's workers start
    with the pipelines of ``models`` (language codes) loaded, and this process is one of the
    ``workers`` (the pool has one process fewer), which forks the pool's processes once it has
    loaded the models itself, where the platform can fork (``local.Processes`` with ``fork``)."""
    if cluster:
        from factoid.engine.dask import Cluster

        with Cluster(cluster, workers=workers) as eng:
            yield eng
        return
    from factoid.engine.local import InProcess, Processes

    if workers <= 1:
        yield InProcess()
        return
    with Processes(workers, initializer=warm_up, models=models, parent_works=True, fork=True) as eng:
        yield eng
