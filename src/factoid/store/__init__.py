"""The store: the one place that reads and writes the knowledge base.

Stages never touch it; ``factoid.api`` moves records between stages and the store.
"""

from factoid.store.db import DEFAULT_URL, open_engine, resolve_url

__all__ = ["DEFAULT_URL", "open_engine", "resolve_url"]
