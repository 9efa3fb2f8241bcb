"""The one exception tree of factoid. Third-party errors are translated at the boundary.

::

    FactoidError
    ├── IngestError        a file could not be read or decoded (names the file and the reason)
    ├── StoreError         the knowledge base could not be opened, migrated or written
    ├── NotFoundError      a document, person or claim named by the user does not exist
    └── UsageError         arguments that make no sense together (bad format name, ...)

Judgements (this claim is doubtful, these two people differ) are data, not exceptions.
"""

from __future__ import annotations

__all__ = ["FactoidError", "IngestError", "NotFoundError", "StoreError", "UsageError"]


class FactoidError(Exception):
    """Base of every error factoid raises on purpose."""


class IngestError(FactoidError):
    """A file could not be ingested. ``path`` names it, ``reason`` says why in a few words."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class StoreError(FactoidError):
    """The knowledge base could not be opened, migrated or written."""


class NotFoundError(FactoidError):
    """Something the user named is not in the knowledge base."""


class UsageError(FactoidError):
    """The request itself is wrong (an unknown export format, an empty question, ...)."""
