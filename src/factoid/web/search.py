"""The web's search is ``factoid.search`` (one folding search for the CLI, the API and the
pages); this name stays for code that imported it from here."""

from factoid.search import PAGE_SIZE, Index, Key, claims, index_of, passages, people, search, spellings

__all__ = ["PAGE_SIZE", "Index", "Key", "claims", "index_of", "passages", "people", "search", "spellings"]
