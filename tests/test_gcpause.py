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

    class Conn:  # derive reads before resolving: answer with nothing
        def execute(self, *args, **kw):  # type: ignore[no-untyped-def]
            raise RuntimeError("stop here")

    with pytest.raises(RuntimeError):
        workflow.derive(Conn(), lambda *a: seen.append(gc.isenabled()), resolve=resolve)  # type: ignore[arg-type]
    assert seen and seen == [False] * len(seen) and gc.isenabled()
