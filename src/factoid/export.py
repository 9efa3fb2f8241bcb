"""Kept for code that imports ``factoid.export``: the exporters now live in ``factoid.exporters``
(one module per format); ``claims-jsonl`` is ``factoid.exporters.claims_jsonl``.
"""

from __future__ import annotations

from typing import TextIO

from sqlalchemy import Connection

from factoid import exporters
from factoid.exporters.claims_jsonl import CURATION_FIELDS, claim_lines, file_line, merge_qualifiers
from factoid.model import DATE_PROPERTIES

#: Every export format of the registry (``claims-jsonl`` first).
FORMATS: tuple[str, ...] = exporters.names()


def write_claims_jsonl(conn: Connection, out: TextIO, *, include_comments: bool = False,
                       include_deprecated: bool = False, person: str | None = None) -> int:
    """Write the claims export to a text stream; returns the number of lines. Claims that
    only reader comments make are left out unless ``include_comments``, claims marked wrong
    unless ``include_deprecated``."""
    from factoid.exporters.view import build_view

    options = exporters.ExportOptions(person=person, include_comments=include_comments,
                                      include_deprecated=include_deprecated)
    return exporters.run("claims-jsonl", build_view(conn, options), exporters.StreamSink(out), options).records


__all__ = ["CURATION_FIELDS", "DATE_PROPERTIES", "FORMATS", "claim_lines", "file_line", "merge_qualifiers", "write_claims_jsonl"]
