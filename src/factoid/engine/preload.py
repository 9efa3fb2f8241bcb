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

_codes = [code for code in os.environ.get(ENV, "").split(",") if code]
work.load_models(_codes)
if "en" in _codes:
    work.warm_caches()
