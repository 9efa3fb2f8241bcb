"""PDF (hand-written bytes with a text layer) and DOCX (made with python-docx)."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from factoid.errors import IngestError
from factoid.ingest import document_from_bytes, load_document


def make_pdf(lines: list[str], *, title: str | None = None) -> bytes:
    """A minimal one-page PDF 1.4 with a Helvetica text object; no lines means a page that
    only draws a line, i.e. a PDF without a text layer, like a scan."""
    if lines:
        shown = b" ".join(b"(" + _pdf_string(line) + b") Tj T*" for line in lines)
        content = b"BT /F1 12 Tf 72 720 Td 14 TL " + shown + b" ET"
    else:
        content = b"0 0 m 200 200 l S"
    info = b"<< /Title (" + _pdf_string(title) + b") >>" if title else b"<< >>"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]"
        b" /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        info,
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\n" % (len(objects) + 1)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def _pdf_string(text: str) -> bytes:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("latin-1")


def test_pdf_text_layer(tmp_path: Path) -> None:
    path = tmp_path / "landau.pdf"
    path.write_bytes(make_pdf(
        ["Lev Landau was a physicist born in Baku in 1908.", "He was arrested in 1938 and freed in 1939."],
        title="Lev Landau (notes)",
    ))
    doc = load_document(path, "landau.pdf")
    assert doc.format == "pdf"
    assert "Lev Landau was a physicist born in Baku in 1908." in doc.text
    assert "He was arrested in 1938 and freed in 1939." in doc.text
    assert doc.title == "Lev Landau (notes)"
    assert doc.language == "en"


def test_pdf_sniffed_without_suffix() -> None:
    doc = document_from_bytes(make_pdf(["Landau won the Nobel Prize in 1962."]), "download")
    assert doc.format == "pdf"
    assert "Nobel Prize in 1962" in doc.text


def test_scanned_pdf_without_text_layer_is_refused() -> None:
    with pytest.raises(IngestError) as caught:
        document_from_bytes(make_pdf([]), "scan.pdf", suffix=".pdf")
    assert caught.value.reason == "no text layer (scanned PDF?)"


def test_damaged_pdf_is_refused() -> None:
    with pytest.raises(IngestError) as caught:
        document_from_bytes(b"%PDF-1.4\nthis is not really a pdf\n", "bad.pdf", suffix=".pdf")
    assert caught.value.reason == "unreadable PDF (PdfStreamError)"


def _make_docx(path: Path) -> None:
    document = docx.Document()
    document.core_properties.title = "Pyotr Kapitsa"
    document.add_paragraph("Pyotr Kapitsa was a physicist born in Kronstadt in 1894.")
    document.add_paragraph("")
    document.add_paragraph("He worked in Cambridge for years and was kept in the USSR from 1934.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Born", "1894"
    table.cell(1, 0).text, table.cell(1, 1).text = "Died", "1984"
    document.add_paragraph("He shared the Nobel Prize in Physics in 1978.")
    document.save(path)


def test_docx_paragraphs_joined_by_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "kapitsa.docx"
    _make_docx(path)
    doc = load_document(path, "kapitsa.docx")
    assert doc.format == "docx"
    assert doc.title == "Pyotr Kapitsa"
    assert doc.text == (
        "Pyotr Kapitsa was a physicist born in Kronstadt in 1894.\n\n"
        "He worked in Cambridge for years and was kept in the USSR from 1934.\n\n"
        "Born | 1894\nDied | 1984\n\n"
        "He shared the Nobel Prize in Physics in 1978."
    )


def test_docx_sniffed_without_suffix(tmp_path: Path) -> None:
    path = tmp_path / "kapitsa.docx"
    _make_docx(path)
    doc = document_from_bytes(path.read_bytes(), "attachment")
    assert doc.format == "docx"


def test_damaged_docx_is_refused() -> None:
    with pytest.raises(IngestError) as caught:
        document_from_bytes(b"PK\x03\x04 truncated zip", "bad.docx", suffix=".docx")
    assert caught.value.reason.startswith("unreadable DOCX (")


def test_docx_without_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "blank.docx"
    docx.Document().save(path)
    with pytest.raises(IngestError) as caught:
        load_document(path, "blank.docx")
    assert caught.value.reason == "no text in DOCX"
