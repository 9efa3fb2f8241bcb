"""``factoid.engine.dask``: a build on a two-worker Dask cluster on 127.0.0.1 equals the
single-process build byte for byte."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from tests.engine.conftest import CORPORA, build_export

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def scheduler() -> object:
    """A LocalCluster of two worker processes, one thread each, on 127.0.0.1 only."""
    from factoid.engine import main_hidden

    with main_hidden():
        cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                           host="127.0.0.1", dashboard_address="127.0.0.1:0")
    yield cluster
    cluster.close()


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_cluster_export_is_byte_identical(name: str, tmp_path: Path, scheduler: object,
                                          single_process_exports: dict[str, str]) -> None:
    export, report, _ = build_export(CORPORA[name], tmp_path / "kb.db", cluster=scheduler.scheduler_address)  # type: ignore[attr-defined]
    assert report.ok and report.claims > 0
    assert export == single_process_exports[name]


def test_local_cluster_by_name(tmp_path: Path, single_process_exports: dict[str, str],
                               monkeypatch: pytest.MonkeyPatch) -> None:
    """``cluster="local"`` starts (and stops) its own cluster for the build: one, which serves
    extraction and then the partitioned reconciliation."""
    from factoid import engine

    started: list[object] = []
    real = distributed.LocalCluster

    def counted(*args: object, **kw: object) -> object:
        started.append(real(*args, **kw))
        return started[-1]

    monkeypatch.setattr(engine, "MIN_CHARS_PER_WORKER", 0)  # the fixture is small: send it anyway
    monkeypatch.setattr(distributed, "LocalCluster", counted)
    export, report, _ = build_export(CORPORA["mini"], tmp_path / "kb.db", cluster="local", workers=2)
    assert report.ok and report.workers == 2
    assert len(started) == 1 and started[0].status.name == "closed"  # type: ignore[attr-defined]
    assert export == single_process_exports["mini"]


def test_a_small_extraction_does_not_start_a_local_cluster(tmp_path: Path, single_process_exports: dict[str, str],
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """Less stale text than one worker's worth (a rebuild after one added document) is parsed
    in this process: starting a cluster would cost more than the parse. Same export."""
    from factoid.engine import dask as dask_engine

    def no_cluster(*args: object, **kw: object) -> None:
        raise AssertionError("a cluster was started")

    monkeypatch.setattr(dask_engine.Cluster, "__init__", no_cluster)
    export, report, _ = build_export(CORPORA["mini"], tmp_path / "kb.db", cluster="local", workers=2)
    assert report.ok and report.workers == 1
    assert export == single_process_exports["mini"]


def test_an_unreachable_scheduler_is_one_clear_error(tmp_path: Path) -> None:
    from factoid import api
    from factoid.errors import UsageError

    kb = api.open_kb(f"sqlite:///{tmp_path / 'kb.db'}")
    api.ingest(kb, [CORPORA["mini"]])
    with pytest.raises(UsageError, match="cannot reach the Dask scheduler"):
        api.build(kb, cluster="tcp://127.0.0.1:9")


# ---- the derived stages, partitioned by person on the cluster (``reconcile.partition``) -------------

PROBE = CORPORA["examples"].parents[1] / "eval" / "probe" / "docs"


def _derived(kb: object) -> str:
    """The claims export, the people and the disputes of a knowledge base, as one text."""
    from factoid import api

    out = io.StringIO()
    api.export(kb, "claims-jsonl", out)  # type: ignore[arg-type]
    return json.dumps([out.getvalue(), api.people(kb), api.disputes(kb)], sort_keys=True, default=str)  # type: ignore[arg-type]


def _kb(folder: Path, db: Path, **engine: object) -> object:
    from factoid import api

    kb = api.open_kb(f"sqlite:///{db}")
    api.ingest(kb, [folder])
    api.build(kb, **engine)  # type: ignore[arg-type]
    return kb


@pytest.mark.parametrize("folder", [CORPORA["examples"], PROBE], ids=["examples", "probe"])
def test_partitioned_derivation_on_the_cluster_is_byte_identical(
        folder: Path, tmp_path: Path, scheduler: object, monkeypatch: pytest.MonkeyPatch) -> None:
    """Claims export, people and disputes of a cluster build (resolution in partitions of
    local persons, reconciliation in partitions of persons, on the workers) equal the
    single-process build's, and both partitioned paths ran."""
    from factoid import resolve_partition
    from factoid.reconcile import partition

    calls: list[tuple[str, int]] = []

    def spy(module: object, name: str) -> None:
        real = getattr(module, name)

        def spied(executor: object, parts: int, *args: object, **kw: object) -> object:
            calls.append((name, parts))
            return real(executor, parts, *args, **kw)

        monkeypatch.setattr(module, name, spied)

    reference = _derived(_kb(folder, tmp_path / "one.db", workers=1))
    spy(partition, "reconcile_parts")
    spy(resolve_partition, "resolve_parts")
    clustered = _derived(_kb(folder, tmp_path / "cluster.db", cluster=scheduler.scheduler_address))  # type: ignore[attr-defined]
    assert calls == [("resolve_parts", partition.PARTS_PER_WORKER * 2), ("reconcile_parts", partition.PARTS_PER_WORKER * 2)]
    assert clustered == reference


def test_decisions_apply_the_same_on_the_cluster(tmp_path: Path, scheduler: object) -> None:
    """A merge, a split, a wrong claim and a preference, then a rebuild on the cluster (the
    last build's groups reused in the partitions): the same knowledge base as in one process."""
    from factoid import api
    from tests.curation.conftest import CORPUS
    from tests.curation.test_decisions import check, decide

    one = _kb(CORPUS, tmp_path / "one.db", workers=1)
    decide(one)  # type: ignore[arg-type]
    clustered = _kb(CORPUS, tmp_path / "cluster.db", cluster=scheduler.scheduler_address)  # type: ignore[attr-defined]
    decide(clustered)  # type: ignore[arg-type]
    api.build(clustered, cluster=scheduler.scheduler_address)  # type: ignore[arg-type,attr-defined]
    check(clustered)  # type: ignore[arg-type]
    assert _derived(clustered) == _derived(one)
