"""Raw bytes to a ``Document``: choose the format, pull out the text, record where it came from.

The format is chosen by suffix first (the user named it) and by sniffing the bytes second,
because saved web pages and scraped text often carry the wrong suffix or none at all.
"""

from __future__ import annotations

import hashlib
import zipfile
from io import BytesIO

from factoid.errors import IngestError
from factoid.ingest.decode import Decoded, decode, looks_binary, normalise_text
from factoid.ingest.htmltext import extract_html, looks_like_html
from factoid.ingest import metadata
from factoid.ingest.language import guess_language
from factoid.ingest.office import read_docx, read_pdf
from factoid.model import Document, SourceMeta

__all__ = ["document_from_bytes"]

_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
_MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})


def document_from_bytes(
    data: bytes, doc_id: str, *, source_path: str | None = None, suffix: str = ""
) -> Document:
    """Build the ``Document`` for one file's bytes; raise ``IngestError`` for bad input.

    The error names ``source_path`` when given, else ``doc_id``. ``suffix`` (".pdf", ".md",
    ...) steers the format choice; without it the bytes alone decide.
    """
    name = source_path or doc_id
    fmt, text, title, url, decoded = _extract(data, name, suffix.lower())
    text = normalise_text(text)
    if not text.strip():
        raise IngestError(name, "empty file")
    carried = metadata.merge(_carried(fmt, data, text, decoded), metadata.meta(fmt, title=title, url=url))
    language = guess_language(text)
    origin = dict(carried.meta_origin)
    if language or "language" not in origin:  # a declared language fills in only for no guess
        origin.pop("language", None)
    return Document(
        id=doc_id,
        text=text,
        content_hash=hashlib.sha256(data).hexdigest(),
        size=len(data),
        format=fmt,
        title=normalise_text(carried.title) if carried.title else None,
        url=carried.url,
        language=language or carried.language,
        source_path=source_path,
        encoding=decoded.encoding if decoded else None,
        encoding_doubt=decoded.doubt if decoded else None,
        author=carried.author,
        published=carried.published,
        site=carried.site,
        publisher=carried.publisher,
        notes=carried.notes,
        meta_origin=origin,
        markup=normalise_text(decoded.text) if fmt == "html" and decoded else None,
    )


def _carried(fmt: str, data: bytes, text: str, decoded: Decoded | None) -> SourceMeta:
    """The source metadata the file itself carries (``factoid.ingest.metadata``)."""
    if fmt == "html" and decoded is not None:
        return metadata.html_meta(decoded.text)
    if fmt == "pdf":
        return metadata.pdf_meta(data)
    if fmt == "docx":
        return metadata.docx_meta(data)
    if fmt == "markdown":  # the "# Title" heading (found by the reader) beats a first line
        header = metadata.text_meta(text)
        return metadata.merge(metadata.meta("header", **{k: v for k, v in header.known().items()
                                                        if header.meta_origin.get(k) == "header"}))
    return metadata.text_meta(text)


def _extract(data: bytes, name: str, suffix: str) -> tuple[str, str, str | None, str | None, Decoded | None]:
    """(format, text, title, url, decoding) for the bytes; the single place formats are told
    apart. The decoding is None for PDF and DOCX, which hold Unicode text already."""
    if not data.strip():
        raise IngestError(name, "empty file")
    if suffix == ".pdf" or data.startswith(b"%PDF-"):
        pdf = read_pdf(data, name)
        return "pdf", pdf.text, pdf.title, None, None
    if suffix == ".docx" or _is_docx(data):
        docx = read_docx(data, name)
        return "docx", docx.text, docx.title, None, None
    if looks_binary(data):
        raise IngestError(name, "binary file, not text")
    is_html = suffix in _HTML_SUFFIXES
    decoded = decode(data, name, html=is_html or data.lstrip().startswith(b"<"))
    text = decoded.text
    if suffix in _MARKDOWN_SUFFIXES:
        return "markdown", text, _markdown_title(text), None, decoded
    if is_html or looks_like_html(text):
        return (*_html(text, name), decoded)
    return "text", text, None, None, decoded


def _html(markup: str, name: str) -> tuple[str, str, str | None, str | None]:
    page = extract_html(markup)
    if not page.text:
        raise IngestError(name, "no text in HTML")
    return "html", page.text, page.title, page.url


def _is_docx(data: bytes) -> bool:
    """A ZIP holding ``word/document.xml`` is a Word document whatever its name says."""
    if not data.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except zipfile.BadZipFile:
        return False


def _markdown_title(text: str) -> str | None:
    """The first level-one ATX heading (``# Title``), the usual title of a Markdown note."""
    for line in text.splitlines():
        if line.startswith("# "):
            return line[2:].strip() or None
    return None
