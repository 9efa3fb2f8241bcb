"""Imported once by the fork server of a local pool, before it forks any worker.

It loads the pipelines named in ``FACTOID_PRELOAD`` (language codes, comma-separated; the
parent sets it for the few milliseconds it takes to start the fork server), so every worker
forked afterwards starts with them in memory, shared copy-on-write, instead of loading its
own copy: one model load per build instead of one per worker, and less memory. With the
English pipeline it also fills extraction's caches (``work.warm_caches``), which every worker
would otherwise fill on its first document.
"""

from __future__ import annotations

import os

from factoid.engine import work

#: The environment variable the parent names the languages in.
ENV = "FACTOID_PRELOAD"


def load(codes: list[str] | tuple[str, ...]) -> None:
    """Load these pipelines and, with English, fill extraction's caches: what a worker needs
    before its first document. Also run by a parent that forks its workers (``local.Processes``
    with ``fork``), so they start with it all in memory."""
    work.load_models(codes)
    if "en" in codes:
        work.warm_caches()


load([code for code in os.environ.get(ENV, "").split(",") if code])
