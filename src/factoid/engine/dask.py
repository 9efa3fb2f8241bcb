"""The Dask.distributed engine: per-document work on the workers of a Dask scheduler.

``factoid build --cluster tcp://HOST:8786`` connects to a running scheduler; every worker
needs factoid and its models installed (the same environment), and imports the work module
on its first task, loading the model once per worker process. ``--cluster local`` starts a
cluster of worker processes on 127.0.0.1 for the length of the build (tests, benchmarks).

What runs on the workers: the per-document function (parsing and extraction); the clustering
of resolution, in partitions of document-local persons that can never be one person with
another partition's (``resolve_partition``: the components of matching surnames, shared
one-word names and "same" decisions, found in the parent with what couples them); and the
per-person halves of reconciliation, in partitions of persons (``reconcile.partition``: the
agreement groups, then sanity, ranking, disputes and assessments; the trust of the sources,
a fixpoint over every person, runs in the parent between the two). The parent keeps the
store: extraction results come back to it and are written in document order in one
transaction; the partitions' results are merged in the order of one process, so the
knowledge base is byte for byte the one the local engines make. The partitioned resolution
and reconciliation each open their own connection to the scheduler once extraction is done;
a ``local`` cluster is kept up from the first stage to the last (``kept``).

With ``--cluster local`` and less stale text than one worker's worth (a rebuild after one or
two added documents, ``api._small``), no cluster is started: the parent parses the documents
itself, as ``--workers 1`` does, since starting worker processes that each load the model
costs seconds more than the parse; resolution and reconciliation then run in the parent too.
The result is the same (the functions are pure). A remote scheduler is always used: its
workers are running and have loaded the model already.

A task whose worker dies is rescheduled by Dask; after ``distributed.scheduler.allowed-failures``
deaths it fails with ``KilledWorker`` and comes back as :class:`~factoid.engine.Lost`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from itertools import islice
from typing import Any, TypeVar

from factoid.engine import Lost, main_hidden
from factoid.errors import UsageError

__all__ = ["Cluster", "kept"]

T = TypeVar("T")
R = TypeVar("R")

#: Tasks queued per worker thread: keeps every worker busy without shipping the whole corpus.
QUEUE_PER_WORKER = 4


#: While a build keeps its local clusters (``kept``): worker count -> a LocalCluster to reuse.
_KEPT: dict[int, Any] | None = None


@contextmanager
def kept() -> Iterator[None]:
    """Within: a cluster ``local`` one stage of a build started stays up for the next one
    (extraction, then reconciliation) instead of being closed and started again, which costs
    the worker processes' start and imports again (seconds; a minute on a busy machine).
    Closed at the end."""
    global _KEPT
    outer, _KEPT = _KEPT, {}
    try:
        yield
    finally:
        held, _KEPT = _KEPT, outer
        for cluster in held.values():
            cluster.close()


class Cluster:
    """A connection to a Dask scheduler (use as a context manager)."""

    def __init__(self, address: str, *, workers: int = 2) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:  # pragma: no cover - distributed is a dependency
            raise UsageError("--cluster needs dask.distributed installed") from exc
        self._local: Any = None
        self._size = max(1, workers)
        try:
            if address == "local":
                self._local = _KEPT.pop(self._size, None) if _KEPT is not None else None
                if self._local is None:
                    with main_hidden():  # the workers must not run the parent's script again
                        self._local = LocalCluster(n_workers=self._size, threads_per_worker=1, processes=True,
                                                   host="127.0.0.1", dashboard_address="127.0.0.1:0")
                self.client = Client(self._local)
            else:
                self.client = Client(address, timeout="10s")
        except OSError as exc:
            self._close_local()
            raise UsageError(f"cannot reach the Dask scheduler at {address}: {exc}") from exc
        self.workers = max(1, sum(self.client.nthreads().values()))

    def __enter__(self) -> Cluster:
        return self

    def __exit__(self, *exc: object) -> None:
        self.client.close()
        self._close_local()

    def _close_local(self) -> None:
        if self._local is not None:
            if _KEPT is not None:
                _KEPT[self._size] = self._local  # the build's next stage reuses it (``kept``)
            else:
                self._local.close()
            self._local = None

    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[tuple[int, R | Lost]]:
        from distributed import as_completed

        todo = enumerate(items)
        index: dict[str, int] = {}

        def submit(batch: Iterable[tuple[int, T]]) -> list[Any]:
            futures = []
            for i, item in batch:
                f = self.client.submit(fn, item, pure=False)
                index[f.key] = i
                futures.append(f)
            return futures

        pending = as_completed(submit(islice(todo, self.workers * QUEUE_PER_WORKER)))
        for f in pending:
            i = index.pop(f.key)
            try:
                yield i, f.result()
            except Exception as exc:  # noqa: BLE001 - KilledWorker, or an error shipping the call
                yield i, Lost(f"{type(exc).__name__}: {exc}"[:300])
            finally:
                f.release()
            for g in submit(islice(todo, 1)):
                pending.add(g)
