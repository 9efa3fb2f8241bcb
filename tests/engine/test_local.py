"""``factoid.engine.local``: a build on a pool of processes equals the single-process build,
and a worker that dies costs one document, not the build."""

from __future__ import annotations

import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import partial
from pathlib import Path

import pytest

from factoid import engine
from factoid.engine import Lost, local
from factoid.engine.local import InProcess, Processes
from factoid.errors import FactoidError
from tests.engine.conftest import CORPORA, build_export


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_two_workers_export_is_byte_identical(name: str, tmp_path: Path, single_process_exports: dict[str, str]) -> None:
    export, report, seen = build_export(CORPORA[name], tmp_path / "kb.db", workers=2)
    assert report.ok and report.claims > 0
    assert export == single_process_exports[name]
    workers = {stage for stage, _, _ in seen if stage.startswith("extract/")}
    # this process and one pool process (the parent is one of the two workers)
    assert 1 <= len(workers) <= 3, "progress is reported per worker process"
    assert ("extract", len(report.extracted), len(report.extracted)) in seen


def test_a_worker_that_dies_loses_only_its_item() -> None:
    """``os._exit`` in the middle item kills its worker (and, in concurrent.futures, the pool):
    the items in flight are retried alone, the killer is reported as lost, the rest finish."""
    items = ["1 + 1", "__import__('os')._exit(3)", "2 * 3", "sum(range(5))", "7"]
    with Processes(2) as pool:
        got = dict(pool.map(eval, items))
    assert sorted(got) == list(range(len(items)))
    assert isinstance(got[1], Lost) and "died" in got[1].reason
    assert [got[i] for i in (0, 2, 3, 4)] == [2, 6, 10, 7]


def test_workers_that_always_die_stop_the_map() -> None:
    """When every retried call kills its worker too, the workers cannot work at all: one clear
    error instead of a retry per document."""
    with Processes(2) as pool, pytest.raises(FactoidError, match="keep dying"):
        list(pool.map(eval, ["__import__('os')._exit(3)"] * 8))


class _BreaksOnSubmit(ThreadPoolExecutor):
    """A pool that takes ``accept`` calls, then refuses the next ones as a pool whose worker
    has just died does (``BrokenProcessPool`` from ``submit``, before any wait saw it)."""

    def __init__(self, workers: int, accept: int) -> None:
        super().__init__(workers)
        self.accept = accept

    def submit(self, fn, /, *args, **kwargs):  # type: ignore[no-untyped-def]
        if self.accept <= 0:
            raise BrokenProcessPool("a worker died")
        self.accept -= 1
        return super().submit(fn, *args, **kwargs)


def test_a_pool_broken_at_submit_recovers_and_loses_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """A pool can break between two waits; the next ``submit`` then raises. The map recovers
    (a new pool) and every item still gets its result, the unsent one included."""
    pools = iter([_BreaksOnSubmit(2, accept=1)])
    monkeypatch.setattr(Processes, "_new_pool", lambda self, n: next(pools, None) or ThreadPoolExecutor(n))
    with Processes(2) as pool:
        got = dict(pool.map(abs, [-1, -2, -3, -4, -5]))
    assert got == {0: 1, 1: 2, 2: 3, 3: 4, 4: 5}


def test_a_failing_call_is_lost_with_its_reason() -> None:
    with Processes(2) as pool:
        got = dict(pool.map(eval, ["1", "1 / 0"]))
    assert got[0] == 1
    assert isinstance(got[1], Lost) and "ZeroDivisionError" in got[1].reason


@pytest.fixture
def fork_server_running() -> None:
    """The fork server started (once per test process; it imports the work module and loads
    the models, seconds), so that a pool's processes start within milliseconds: a parent that
    works while its pool starts would otherwise finish a test's few quick items on its own."""
    with Processes(1) as pool:
        assert dict(pool.map(abs, [-1])) == {0: 1}


def test_the_parent_works_while_the_pool_starts(monkeypatch: pytest.MonkeyPatch) -> None:
    """Starting a pool's first process waits for the fork server (its imports and model loads):
    the parent takes items meanwhile instead of waiting. Here the start is held until the
    parent has handed back three items, which it could not do if it waited for the start."""
    started, real_run = threading.Event(), local._Starting._run

    def held(self: local._Starting, pool: object) -> None:
        assert started.wait(60), "the parent waited for its pool instead of working"
        real_run(self, pool)  # type: ignore[arg-type]

    monkeypatch.setattr(local._Starting, "_run", held)
    items = ["__import__('os').getpid()"] * 6
    got: dict[int, object] = {}
    with Processes(2, parent_works=True) as pool:
        for i, pid in pool.map(eval, items):
            got[i] = pid
            if len(got) == 3:
                started.set()
    assert sorted(got) == list(range(len(items)))
    assert [got[i] for i in range(3)] == [os.getpid()] * 3


def test_starting_a_pool_that_fails_raises_in_the_parent(monkeypatch: pytest.MonkeyPatch) -> None:
    """An error starting the pool is not lost in its thread: the map raises it."""
    def broken(self: object, fn: object, /, *args: object, **kwargs: object) -> None:
        raise OSError("no fork server")

    monkeypatch.setattr(local.ProcessPoolExecutor, "submit", broken)
    with Processes(2, parent_works=True) as pool, pytest.raises(OSError, match="no fork server"):
        list(pool.map(abs, [-1, -2]))


@pytest.mark.usefixtures("fork_server_running")
def test_the_parent_helps_while_its_workers_start() -> None:
    """With ``parent_helps`` this process takes items while the workers are still starting
    (here: a second's sleep in their initializer), and every item still comes back once. An
    item takes a little while here, so the parent's first one outlasts the pool's start."""
    items = ["__import__('time').sleep(0.3) or __import__('os').getpid()"] * 8
    with Processes(2, initializer=partial(time.sleep, 1.0), parent_helps=True) as pool:
        got = dict(pool.map(eval, items))
    assert sorted(got) == list(range(len(items)))
    assert os.getpid() in got.values()
    assert len(set(got.values())) >= 2


@pytest.mark.usefixtures("fork_server_running")
def test_a_parent_that_helps_reports_its_failures_as_lost() -> None:
    """The third item is the first one left after filling the worker's queue: it runs here,
    while the worker sleeps in its initializer."""
    with Processes(1, initializer=partial(time.sleep, 1.0), parent_helps=True) as pool:
        got = dict(pool.map(eval, ["2", "3", "1 / 0"]))
    assert [got[0], got[1]] == [2, 3]
    assert isinstance(got[2], Lost) and "ZeroDivisionError" in got[2].reason


@pytest.mark.usefixtures("fork_server_running")
def test_a_parent_that_works_is_one_of_the_workers() -> None:
    """With ``parent_works`` two workers are this process and one pool process, both taking
    items for the whole map (not only while the pool starts), every item back once."""
    items = ["__import__('time').sleep(0.05) or __import__('os').getpid()"] * 16
    with Processes(2, parent_works=True) as pool:
        got = dict(pool.map(eval, items))
        assert pool._pool_size == 1
    assert sorted(got) == list(range(len(items)))
    pids = list(got.values())
    assert len(set(pids)) == 2 and os.getpid() in pids
    # the parent kept working after the pool's first result, not only while it started
    first_remote = next(i for i, pid in sorted(got.items()) if pid != os.getpid())
    assert any(pid == os.getpid() for i, pid in got.items() if i > first_remote)


def test_in_process_engine_keeps_order() -> None:
    assert list(InProcess().map(len, ["a", "bb"])) == [(0, 1), (1, 2)]


def test_auto_workers_only_start_processes_that_pay_for_themselves() -> None:
    big = engine.MIN_CHARS_PER_WORKER
    assert engine.auto_workers([], limit=2) == 1
    assert engine.auto_workers([100, 200], limit=2) == 1  # a small build stays in this process
    assert engine.auto_workers([big, big, big], limit=2) == 2
    assert engine.auto_workers([big * 5], limit=4) == 1  # one document cannot be split
    assert engine.auto_workers([big] * 8, limit=4) == 4


def _pid_and_parent(_: object) -> tuple[int, int]:
    return os.getpid(), os.getppid()


def test_a_forked_pool_starts_from_this_process_with_the_models_loaded(monkeypatch: pytest.MonkeyPatch) -> None:
    """With ``fork`` the pool's process is this process's own child (no fork server between),
    started after this process loaded the models it names, so it inherits them."""
    from factoid.engine import preload

    loaded: list[tuple[str, ...]] = []
    monkeypatch.setattr(preload, "load", lambda codes: loaded.append(tuple(codes)))
    items = ["__import__('time').sleep(0.05)"] * 12
    with Processes(2, models=["en"], parent_works=True, fork=True) as pool:
        assert pool.fork
        got = dict(pool.map(_pid_and_parent, items))
    assert loaded == [("en",)], "the models are loaded once, in this process, before the fork"
    remote = {pid for pid, ppid in got.values() if pid != os.getpid()}
    assert remote, "the pool's process took items too"
    assert all(ppid == os.getpid() for pid, ppid in got.values() if pid in remote)


def test_a_forked_pool_freezes_the_collector_only_while_it_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    """The parent's objects are frozen while forked workers share their pages, and thawed after."""
    import gc

    from factoid.engine import preload

    monkeypatch.setattr(preload, "load", lambda codes: None)
    gc.unfreeze()  # a pipeline an earlier test loaded froze what was alive then (``nlp._kept``)
    with Processes(2, parent_works=True, fork=True) as pool:
        counts = [gc.get_freeze_count() for _ in pool.map(abs, [-1, -2, -3])]
    assert min(counts) > 0
    assert gc.get_freeze_count() == 0


def test_what_was_frozen_before_a_forked_pool_stays_frozen_after(monkeypatch: pytest.MonkeyPatch) -> None:
    """A loaded pipeline froze the process's objects for good (``nlp._kept``): the pool does
    not thaw them on leaving."""
    import gc

    from factoid.engine import preload

    monkeypatch.setattr(preload, "load", lambda codes: None)
    gc.freeze()
    with Processes(2, parent_works=True, fork=True) as pool:
        assert sorted(pool.map(abs, [-1, -2])) == [(0, 1), (1, 2)]
    assert gc.get_freeze_count() > 0


def test_a_forked_worker_that_dies_loses_only_its_item(monkeypatch: pytest.MonkeyPatch) -> None:
    """The first items go to the pool's queue, so the second one kills the forked worker (never
    this process: it checks); it is retried alone in a new forked pool, dies again and is lost."""
    from factoid.engine import preload

    monkeypatch.setattr(preload, "load", lambda codes: None)
    killer = f"__import__('os')._exit(3) if __import__('os').getpid() != {os.getpid()} else 'parent'"
    items = ["1 + 1", killer, "2 * 3", "sum(range(5))", "7"]
    with Processes(2, parent_works=True, fork=True) as pool:
        got = dict(pool.map(eval, items))
    assert sorted(got) == list(range(len(items)))
    assert isinstance(got[1], Lost) and "died" in got[1].reason
    assert [got[i] for i in (0, 2, 3, 4)] == [2, 6, 10, 7]


def test_without_fork_or_a_working_parent_the_pool_uses_the_fork_server() -> None:
    assert not Processes(2, fork=True).fork  # a parent that only hands out work loads no model
    assert not Processes(1, parent_works=True, fork=True).fork
