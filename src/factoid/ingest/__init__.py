"""The ingest stage: files in, ``Document`` records out. Pure functions, no database.

::

    iter_documents(paths)            walk files, folders and stdin; Document or IngestError each
      └── load_document(path, id)    stat (size limit), read, then ...
            └── document_from_bytes  sniff format -> decode / extract -> normalise -> Document

Modules: ``discover`` (walking, limits, stdin), ``readers`` (format choice), ``decode`` (bytes to
normalised text), ``htmltext`` (web pages), ``office`` (PDF, DOCX), ``language`` (a heuristic).
"""

from __future__ import annotations

from factoid.ingest.discover import iter_documents, load_document
from factoid.ingest.readers import document_from_bytes

__all__ = ["document_from_bytes", "iter_documents", "load_document"]
