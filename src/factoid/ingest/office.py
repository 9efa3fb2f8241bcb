"""PDF and DOCX to text. Both are containers a library unpacks; neither needs decoding.

Library errors are translated here into ``IngestError`` with a short reason, so a damaged file
is reported like any other bad input instead of crashing the run.

Both formats are compressed containers, so a small file can unpack into gigabytes (a 0.9 MB
DOCX held 9 million empty paragraphs: 12 GB of RAM in python-docx). The file-size limit of
``discover`` cannot see that, so the unpacked size and the number of XML tags are measured
first, streaming, and a file over the limits is refused before any library builds a tree.
PDF streams are capped by pypdf's own limits (75 MB per stream, 100,000 array elements);
here the page count and the total text are capped as well.
"""

from __future__ import annotations

import contextlib
import io
import logging
import warnings
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass

import docx
import pypdf
from docx.table import Table
from docx.text.paragraph import Paragraph

from factoid.errors import IngestError

__all__ = ["MAX_UNPACKED_BYTES", "MAX_XML_TAGS", "PackagedText", "read_docx", "read_pdf"]

#: Most bytes a DOCX may unpack to (all members together); real books stay far below.
MAX_UNPACKED_BYTES = 200_000_000
#: Most XML tags (``<`` characters) in the main document part: about 160,000 paragraphs of
#: plain text (a 1,000-page book has far fewer); measured peak of ingest about 400 MB.
MAX_XML_TAGS = 1_000_000
#: Most members in the zip (a DOCX has a few dozen; millions of entries are an attack).
MAX_ZIP_MEMBERS = 10_000
#: Most pages of a PDF, and most characters of text taken from one.
MAX_PDF_PAGES = 5_000
MAX_PDF_CHARS = 50_000_000
_CHUNK = 1 << 20


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
        with _quiet_pypdf():
            reader = pypdf.PdfReader(io.BytesIO(data))
            if reader.is_encrypted and not reader.decrypt(""):
                raise IngestError(name, "encrypted PDF")
            if len(reader.pages) > MAX_PDF_PAGES:
                raise IngestError(name, f"too many pages ({len(reader.pages)} > {MAX_PDF_PAGES})")
            pages = list(_page_texts(reader, name))
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
    _check_package(data, name)
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


def _page_texts(reader: pypdf.PdfReader, name: str) -> Iterator[str]:
    """Each page's text layer, stopping with an error once the text passes the limit."""
    total = 0
    for page in reader.pages:
        text = page.extract_text() or ""
        total += len(text)
        if total > MAX_PDF_CHARS:
            raise IngestError(name, f"too much text (over {MAX_PDF_CHARS:,} characters)")
        yield text


@contextlib.contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """pypdf logs and warns about every repaired defect ("EOF marker not found"); the run
    reports a file in one line or not at all, so that noise is kept off stderr."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


def _check_package(data: bytes, name: str) -> None:
    """Refuse a DOCX that unpacks too big or whose document part has too many XML tags.

    Sizes in the zip directory can lie, so the main part is decompressed in chunks and its
    real bytes counted; nothing of it is kept."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_ZIP_MEMBERS:
                raise IngestError(name, f"too many parts in DOCX ({len(infos)} > {MAX_ZIP_MEMBERS})")
            declared = sum(info.file_size for info in infos)
            if declared > MAX_UNPACKED_BYTES:
                raise IngestError(name, f"DOCX unpacks too big ({declared:,} bytes > {MAX_UNPACKED_BYTES:,})")
            if "word/document.xml" in archive.namelist():
                _count_tags(archive, "word/document.xml", name)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, RuntimeError, OSError) as exc:
        raise IngestError(name, f"unreadable DOCX ({type(exc).__name__})") from exc


def _count_tags(archive: zipfile.ZipFile, member: str, name: str) -> None:
    size = tags = 0
    with archive.open(member) as stream:
        while chunk := stream.read(_CHUNK):
            size += len(chunk)
            tags += chunk.count(b"<")
            if size > MAX_UNPACKED_BYTES:
                raise IngestError(name, f"DOCX unpacks too big (over {MAX_UNPACKED_BYTES:,} bytes)")
            if tags > MAX_XML_TAGS:
                raise IngestError(name, f"too many XML elements in DOCX (over {MAX_XML_TAGS:,})")


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
