"""PDF and DOCX to text. Both are containers a library unpacks; neither needs decoding.

Library errors are translated here into ``IngestError`` with a short reason, so a damaged file
is reported like any other bad input instead of crashing the run.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import docx
import pypdf
from docx.table import Table
from docx.text.paragraph import Paragraph

from factoid.errors import IngestError

__all__ = ["PackagedText", "read_docx", "read_pdf"]


@dataclass(frozen=True)
class PackagedText:
    """Text pulled out of a PDF or DOCX, with the title its metadata gives, if any."""

    text: str
    title: str | None


def read_pdf(data: bytes, name: str) -> PackagedText:
    """The text layer of every page, pages separated by blank lines.

    A PDF without a text layer is almost always a scan; OCR is out of scope, so say so.
    """
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise IngestError(name, "encrypted PDF")
        pages = [page.extract_text() or "" for page in reader.pages]
        title = reader.metadata.title if reader.metadata else None
    except IngestError:
        raise
    except Exception as exc:  # pypdf raises many types on damaged files
        raise IngestError(name, f"unreadable PDF ({type(exc).__name__})") from exc
    text = "\n\n".join(page.strip() for page in pages if page.strip())
    if not text:
        raise IngestError(name, "no text layer (scanned PDF?)")
    return PackagedText(text, _clean(title))


def read_docx(data: bytes, name: str) -> PackagedText:
    """Paragraphs and table rows in document order, joined by blank lines.

    Table cells are joined by `` | `` so an infobox-like table stays one line per row.
    """
    try:
        document = docx.Document(io.BytesIO(data))
        blocks = [_block_text(block) for block in document.iter_inner_content()]
        title = document.core_properties.title
    except Exception as exc:  # python-docx raises zip, XML and key errors on damaged files
        raise IngestError(name, f"unreadable DOCX ({type(exc).__name__})") from exc
    text = "\n\n".join(block for block in blocks if block)
    if not text:
        raise IngestError(name, "no text in DOCX")
    return PackagedText(text, _clean(title))


def _block_text(block: Paragraph | Table) -> str:
    if isinstance(block, Paragraph):
        return block.text.strip()
    rows = (" | ".join(cell.text.strip() for cell in row.cells) for row in block.rows)
    return "\n".join(row for row in rows if row.strip(" |"))


def _clean(value: object) -> str | None:
    """Metadata titles arrive as None, "" or padded strings; keep only a real title."""
    if not value:
        return None
    return " ".join(str(value).split()) or None
