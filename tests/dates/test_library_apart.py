"""``dates._compare``: the edtf library parses on a thread of its own, so the reference
cycles its parser leaves behind do not keep the caller's frame (and its locals) alive."""

from __future__ import annotations

import gc
import weakref

import pytest

from factoid.dates import _compare


class _Held:
    """Something a caller holds while it asks for bounds."""


def _ask(value: str) -> tuple[weakref.ref, object]:
    held = _Held()
    return weakref.ref(held), _compare._library_bounds(value)


@pytest.mark.parametrize("value", ["1850-XX-3X/1860?", "not a date 12", "[1667,1668]"])
def test_the_callers_locals_are_freed_without_a_collection(value: str) -> None:
    enabled = gc.isenabled()
    gc.disable()
    try:
        ref, _ = _ask(value)
        assert ref() is None
    finally:
        if enabled:
            gc.enable()


def test_bounds_are_those_of_the_calling_thread() -> None:
    for value in ("1850-XX-3X/1860?", "[1667,1668]", "nonsense 7", "-0044-03-15"):
        assert _compare._library_bounds(value) == _compare._parsed_bounds(value)


def test_an_error_in_the_thread_is_raised_in_the_caller() -> None:
    def broken(_: str) -> None:
        raise KeyError("x")

    with pytest.raises(KeyError):
        _compare._apart(broken, "1850")
