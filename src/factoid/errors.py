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


#: What the database driver or the OS says, and the sentence the user should read instead.
_KNOWN_CAUSES = (
    ("database is locked", "the knowledge base is busy: another process is writing to it; try again"),
    ("due to lock timeout", "the knowledge base is busy: another process is writing to it; try again"),  # PostgreSQL
    ("database or disk is full", "the disk is full: nothing was written, the knowledge base is unchanged"),
    ("no space left on device", "the disk is full: nothing was written, the knowledge base is unchanged"),
    ("readonly database", "the knowledge base is read-only: cannot write to it"),
    ("read-only file system", "the knowledge base is on a read-only file system: cannot write to it"),
    ("disk i/o error", "disk I/O error while using the knowledge base"),
    ("file is not a database", "not a factoid knowledge base (not an SQLite database)"),
    ("unable to open database file", "cannot open the knowledge base file (missing folder or no permission)"),
)


def explain(exc: BaseException) -> str:
    """One line for any failure reaching the command line: a known cause in plain words,
    else the error's own first line. Never a traceback, never more than one line."""
    if isinstance(exc, FactoidError):
        return _first_line(str(exc))
    text = str(getattr(exc, "orig", None) or exc).lower()
    for needle, sentence in _KNOWN_CAUSES:
        if needle in text:
            return sentence
    if isinstance(exc, OSError):
        where = f" ({exc.filename})" if exc.filename else ""
        return f"{(exc.strerror or type(exc).__name__).lower()}{where}"
    return f"unexpected error ({type(exc).__name__}: {_first_line(str(exc))})"


def _first_line(text: str, limit: int = 500) -> str:
    """The first non-empty line, cut to ``limit`` characters (an error may quote user input)."""
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    return line if len(line) <= limit else line[: limit - 1] + "…"
