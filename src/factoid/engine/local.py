"""Local engines: this process alone, or a pool of worker processes on this machine.

The pool starts its workers from a fork server (``multiprocessing`` "forkserver"), never by
forking the parent: the parent holds an open database connection, may hold spaCy's model and
runs threads (Rich's progress refresh), and none of them survives a fork cleanly. The fork
server imports the work module once; each worker forked from it loads the model once
(``initializer``) and keeps it for every document. Workers do not re-run the parent's
``__main__`` script (which ``multiprocessing`` does by default, and which would run an
unguarded script's build again in every worker): the functions they run live in factoid.

The fork server also imports ``engine.preload``, which loads the pipelines the build will
need (``models``), so workers fork with them in memory rather than each loading its own. And
while the workers start (the fork server's imports and model loads take a second or two), the
parent, otherwise idle, works through documents itself (``parent_helps``): the pool's first
process is started from a thread, since starting it waits for the fork server; once the first
worker result arrives it only hands out work and collects results. With ``parent_works`` the
parent is one of the workers for the whole map: a pool of N-1 processes, and the parent takes
the next document whenever no result waits to be stored (storing costs little next to a parse),
so N workers cost N-1 process starts and the parent never sits idle. A document the parent runs
is not isolated from a crash, as with ``--workers 1``.

Where the platform can fork and the parent works (``fork``, what a build uses), the pool is
forked from the parent itself instead, once the parent has loaded the models and filled
extraction's caches (it needs them for its own documents): the fork server's second interpreter
imported factoid and loaded the models again, about five seconds of CPU per build (most of it
compiling patterns at import), which made two workers cost more CPU than one. The parent's
objects are frozen for the garbage collector first (``gc.freeze``), so neither process copies
the shared pages by walking them. Forking is safe here as in ingest (``ingest.prepare``): a
worker runs pure functions on what it is sent, never touches the parent's database connection,
swaps its standard streams for ``/dev/null`` (a lock the progress bar's thread held at the fork
cannot hang it) and leaves through ``os._exit``; spaCy's own ``n_process`` forks a loaded model
the same way.

A worker that dies (killed, out of memory, a crash in native code) breaks the whole pool in
``concurrent.futures``. The calls that were in flight then are retried one at a time, each in
a fresh single-worker pool, so the one that kills its worker is named and reported while the
others still finish; the build goes on in a new pool.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
import threading
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from itertools import chain, islice
from multiprocessing import forkserver
from multiprocessing.context import ForkServerContext, ForkServerProcess
from typing import Any, TypeVar

from factoid.engine import Lost, main_hidden
from factoid.errors import FactoidError

__all__ = ["InProcess", "Processes"]

T = TypeVar("T")
R = TypeVar("R")

#: Modules the fork server imports once, so each worker starts with them loaded.
PRELOAD = ["factoid.engine.work", "factoid.engine.preload"]
#: Calls queued per worker: enough to keep every worker busy, few to retry after a crash.
QUEUE_PER_WORKER = 2
#: Crash rounds in a row in which every retried document died too: the workers cannot work
#: at all (a missing model, no memory), and the build stops instead of retrying every document.
HOPELESS_ROUNDS = 2


class _Process(ForkServerProcess):
    @staticmethod
    def _Popen(process_obj: Any) -> Any:  # noqa: N802 - multiprocessing's name
        with main_hidden():
            return ForkServerProcess._Popen(process_obj)


class _Context(ForkServerContext):
    Process = _Process  # type: ignore[assignment]


def _here(fn: Callable[[T], R], item: T) -> R | Lost:
    """Run one call in this process; its exception is the call's loss, as in a worker."""
    try:
        return fn(item)
    except Exception as exc:  # noqa: BLE001 - the call's own failure
        return Lost(f"{type(exc).__name__}: {exc}"[:300])


def _ready() -> None:
    """A call that does nothing: submitted once to make a pool start its first process."""


class _Starting:
    """A pool's first process, starting in a thread. Submitting to a pool starts its process
    then and there, and starting one from a fork server waits until the server has imported
    the work module and loaded the models (seconds, at the start of every build): in a thread,
    that wait leaves this process free to work meanwhile."""

    def __init__(self, pool: ProcessPoolExecutor) -> None:
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(pool,), name="factoid-pool-start", daemon=True)
        self._thread.start()

    def _run(self, pool: ProcessPoolExecutor) -> None:
        try:
            pool.submit(_ready)
        except BaseException as exc:  # noqa: BLE001 - raised again in the parent's thread by join
            self._error = exc

    def is_alive(self) -> bool:
        return self._thread.is_alive()

    def join(self) -> None:
        """Wait until the process has started; what starting it raised is raised here."""
        self._thread.join()
        if self._error is not None:
            raise self._error


def _forked(initializer: Callable[[], Any] | None) -> None:
    """A forked worker's first act: standard streams of its own (a lock a parent thread, the
    progress bar, held on them at the fork could otherwise hang its writes and its exit), then
    the pool's initializer."""
    sys.stdout = sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - lives as long as the worker
    if initializer is not None:
        initializer()


def can_fork() -> bool:
    """Whether this platform starts processes by ``fork`` (not on Windows; macOS has it)."""
    return "fork" in multiprocessing.get_all_start_methods()


class InProcess:
    """Every call in this process, in order: the engine of ``--workers 1``."""

    workers = 1

    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[tuple[int, R | Lost]]:
        for i, item in enumerate(items):
            yield i, fn(item)


class Processes:
    """A pool of ``workers`` local processes (use as a context manager)."""

    def __init__(
        self,
        workers: int,
        initializer: Callable[[], Any] | None = None,
        *,
        models: Sequence[str] = (),
        parent_helps: bool = False,
        parent_works: bool = False,
        fork: bool = False,
    ) -> None:
        self.workers = workers
        #: Fork the workers from this process once it has loaded ``models`` itself (it works
        #: too, so it needs them anyway), instead of from a fork server: no second interpreter
        #: importing factoid and loading the models (seconds of CPU per build), and the workers
        #: share the parent's pages. Only with ``parent_works``: a parent that only hands out
        #: work would load models it never uses.
        self.fork = fork and parent_works and workers > 1 and can_fork()
        self._loaded = self._frozen = False
        #: This process is one of the ``workers`` for the whole map: the pool has one process
        #: fewer, and the parent takes an item whenever no worker result waits to be stored.
        self.parent_works = parent_works and workers > 1
        self._pool_size = workers - 1 if self.parent_works else workers
        #: Calls queued per pool process: deeper when the parent works, so a pool process
        #: does not run dry while the parent is busy with a long document of its own.
        self._queue = QUEUE_PER_WORKER + 1 if self.parent_works else QUEUE_PER_WORKER
        self.initializer = initializer
        self.models = tuple(models)
        self.parent_helps = parent_helps
        self._context = _Context()
        self._context.set_forkserver_preload(PRELOAD)
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> Processes:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        if self._frozen:
            gc.unfreeze()
            self._frozen = False

    def _new_pool(self, workers: int) -> ProcessPoolExecutor:
        if self.fork:
            return self._forked_pool(workers)
        self._start_fork_server()
        return ProcessPoolExecutor(workers, mp_context=self._context, initializer=self.initializer)

    def _forked_pool(self, workers: int) -> ProcessPoolExecutor:
        """A pool forked from this process, its processes started now. The first time, this
        process loads ``models`` first (``preload.load``, what a fork server would load) and
        freezes its objects (``gc.freeze``, until ``__exit__``; reference counting still frees
        them, only a cycle among them waits): a collection in either process would otherwise
        write to every object's header and copy every shared page."""
        if not self._loaded:
            from factoid.engine import preload

            preload.load(self.models)
            self._loaded = True
            # frozen before (a loaded pipeline, ``nlp._kept``): it stays so, else unfrozen at exit
            self._frozen = gc.get_freeze_count() == 0
            gc.freeze()
        pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                                   initializer=_forked, initargs=(self.initializer,))
        pool.submit(_ready)  # with "fork", the first submit starts every process of the pool
        return pool

    def _start_fork_server(self) -> None:
        """Start the fork server (once per parent process) with ``models`` preloaded."""
        from factoid.engine.preload import ENV

        before = os.environ.get(ENV)
        os.environ[ENV] = ",".join(self.models)
        try:
            with main_hidden():
                forkserver.ensure_running()
        finally:
            if before is None:
                del os.environ[ENV]
            else:
                os.environ[ENV] = before

    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[tuple[int, R | Lost]]:
        todo: Iterator[tuple[int, T]] = enumerate(items)
        self._pool = self._new_pool(self._pool_size)
        running: dict[Future, tuple[int, T]] = {}
        hopeless = 0
        helping = self.parent_helps or self.parent_works
        starting = _Starting(self._pool) if helping and not self.fork else None
        while starting is not None:  # work here until the pool has a process to take calls
            nxt = next(todo, None) if starting.is_alive() else None
            if nxt is None:
                starting = starting.join()
            else:
                yield nxt[0], _here(fn, nxt[1])
        while True:
            broken = False
            for i, item in islice(todo, self._pool_size * self._queue - len(running)):
                try:
                    running[self._pool.submit(fn, item)] = (i, item)
                except BrokenProcessPool:  # a worker died since the last wait: recover first,
                    todo = chain([(i, item)], todo)  # this call was never sent, so it is not a suspect
                    broken = True
                    break
            if not running and not broken:
                return
            done: set[Future] = set()
            if helping and not broken:
                done = wait(running, timeout=0, return_when=FIRST_COMPLETED)[0]
                helping = self.parent_works or not done
                nxt = next(todo, None) if not done else None
                if nxt is not None:  # no worker result to collect: work here meanwhile
                    yield nxt[0], _here(fn, nxt[1])
                    continue
            if not done and not broken:
                done = wait(running, return_when=FIRST_COMPLETED)[0]
            for f in done:
                exc = f.exception()
                if isinstance(exc, BrokenProcessPool):
                    broken = True
                    continue
                i, _ = running.pop(f)
                yield i, (Lost(f"{type(exc).__name__}: {exc}"[:300]) if exc is not None else f.result())
            if broken:
                hopeless = hopeless + 1 if (yield from self._recover(fn, running)) else 0
                if hopeless >= HOPELESS_ROUNDS:
                    raise FactoidError("worker processes keep dying, even on one document each; "
                                       "try --workers 1 to see the error")

    def _recover(
        self, fn: Callable[[T], R], running: dict[Future, tuple[int, T]]
    ) -> Generator[tuple[int, R | Lost], None, bool]:
        """After a worker died: retry each call that was in flight alone, then start a new pool.
        Returns whether every retried call was lost too."""
        suspects = sorted(running.values(), key=lambda x: x[0])
        running.clear()
        assert self._pool is not None
        self._pool.shutdown(wait=True, cancel_futures=True)
        all_lost = True
        for i, item in suspects:
            result = self._alone(fn, item)
            all_lost = all_lost and isinstance(result, Lost)
            yield i, result
        self._pool = self._new_pool(self._pool_size)
        return all_lost

    def _alone(self, fn: Callable[[T], R], item: T) -> R | Lost:
        """Run one call in a fresh single-worker pool; a second crash is reported, not retried."""
        with self._new_pool(1) as pool:
            try:
                return pool.submit(fn, item).result()
            except BrokenProcessPool:
                return Lost("the worker process died while working on this document (retried alone, died again)")
            except Exception as exc:  # noqa: BLE001 - the call's own failure, e.g. an unpicklable result
                return Lost(f"{type(exc).__name__}: {exc}"[:300])
