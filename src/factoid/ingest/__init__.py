"""The ingest stage: files in, ``Document`` records out. Pure functions, no database.

::

    iter_documents(paths)            walk files, folders and stdin; Document or IngestError each
      └── load_document(path, id)    stat (size limit), read, then ...
            └── document_from_bytes  sniff format -> decode / extract -> normalise -> Document
    prepare(document)                passages with roles and languages (``prepare_each``: in
                                     helper processes too)

Modules: ``discover`` (walking, limits, stdin), ``readers`` (format choice), ``decode`` (bytes to
normalised text), ``htmltext`` (web pages), ``office`` (PDF, DOCX), ``language`` (a heuristic),
``prepare`` (the per-document work after reading).

The readers are imported on first use, not with the package: a process that only guesses
languages or prepares passages (a build worker, an ingest helper) then skips the web-page and
office-format libraries, about a second of imports.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from factoid.ingest.discover import iter_documents, load_document
    from factoid.ingest.readers import document_from_bytes

__all__ = ["document_from_bytes", "iter_documents", "load_document"]

_HOME = {"iter_documents": "discover", "load_document": "discover", "document_from_bytes": "readers"}


def __getattr__(name: str) -> Any:
    """The public functions, imported from their modules when first asked for (PEP 562)."""
    if name not in _HOME:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"factoid.ingest.{_HOME[name]}"), name)
