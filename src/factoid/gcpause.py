"""Pausing Python's cyclic garbage collector while a build derives people and claims.

Why: a derivation holds every claim, mention and passage of the corpus (millions of objects at
a million words) and allocates as many again; every full collection walks all of them looking
for reference cycles, and the derivation makes hardly any (its records are freed by reference
counting as soon as they are dropped). On a 1M-word knowledge base the collections cost 1-2 s
of CPU per rebuild after one added document. The collector is paused for the derivation only
and resumed as it was; cycles made meanwhile are collected afterwards as usual.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["paused"]


@contextmanager
def paused() -> Iterator[None]:
    """Run a block (or, as ``@paused()``, a function) without cyclic garbage collection,
    restoring the collector's state after it, whether it returns or raises."""
    enabled, threshold = gc.isenabled(), gc.get_threshold()
    gc.disable()
    # A zero first threshold stops automatic collection too, and holds where ``gc.disable``
    # does not: libraries enable the collector again behind our back (srsly, which spaCy
    # loads its model with, calls ``gc.enable()`` after every message it unpacks).
    gc.set_threshold(0, *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        if enabled:
            gc.enable()
