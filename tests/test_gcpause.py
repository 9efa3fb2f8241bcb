"""``factoid.gcpause.paused``: no cyclic collection inside, the collector as it was after."""

from __future__ import annotations

import gc

import pytest

from factoid.curation import workflow
from factoid.gcpause import paused


def test_paused_disables_collection_and_restores_it_even_on_error() -> None:
    assert gc.isenabled()
    with paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ValueError), paused():
        raise ValueError("a failed derivation")
    assert gc.isenabled()
    gc.disable()
    try:
        with paused():
            pass
        assert not gc.isenabled()  # a collector paused by the caller stays paused
    finally:
        gc.enable()


def test_a_derivation_runs_without_cyclic_collection() -> None:
    seen = []

    def resolve(*args, **kw):  # type: ignore[no-untyped-def]
        seen.append(gc.isenabled())
        raise RuntimeError("stop here")

    class Conn:  # derive reads before resolving: whatever it touches of the store stops it
        def __getattr__(self, name: str) -> object:
            raise RuntimeError("stop here")

    with pytest.raises(RuntimeError):
        workflow.derive(Conn(), lambda *a: seen.append(gc.isenabled()), resolve=resolve)  # type: ignore[arg-type]
    assert seen and seen == [False] * len(seen) and gc.isenabled()


def test_a_library_enabling_the_collector_inside_does_not_resume_collection() -> None:
    """srsly (spaCy's model loading) calls ``gc.enable()`` whatever the caller did: inside
    ``paused`` no automatic collection runs all the same, and the thresholds come back."""
    before = gc.get_threshold()
    runs: list[int] = []

    def count(phase: str, info: dict) -> None:
        if phase == "start":
            runs.append(info["generation"])

    gc.callbacks.append(count)
    try:
        with paused():
            gc.enable()  # what srsly does
            junk = [[i] for i in range(200_000)]  # thousands of allocations: gen0 would run
            del junk
    finally:
        gc.callbacks.remove(count)
    assert runs == []
    assert gc.get_threshold() == before and gc.isenabled()
