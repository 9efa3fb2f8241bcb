"""Issue 15.2 and 15.13: containers that unpack into gigabytes are refused before a library
builds them, and pypdf's own complaints stay off stderr."""

from __future__ import annotations

import resource
import time

import pytest

from factoid.errors import IngestError
from factoid.ingest import document_from_bytes
from factoid.ingest import office

from .conftest import make_docx


def test_docx_with_millions_of_empty_paragraphs_is_refused_quickly() -> None:
    bomb = make_docx("<w:p/>" * (office.MAX_XML_TAGS + 10))
    assert len(bomb) < 200_000  # tiny on disk: the size limit of discover cannot see it
    began, peak = time.perf_counter(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(IngestError) as caught:
        document_from_bytes(bomb, "bomb.docx", suffix=".docx")
    assert "too many XML elements" in caught.value.reason
    assert time.perf_counter() - began < 5
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak) / 1024
    assert grown_mb < 100


def test_docx_that_unpacks_too_big_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(office, "MAX_UNPACKED_BYTES", 50_000)
    data = make_docx("<w:p><w:r><w:t>" + "Fitin " * 20_000 + "</w:t></w:r></w:p>")
    with pytest.raises(IngestError) as caught:
        document_from_bytes(data, "big.docx", suffix=".docx")
    assert "unpacks too big" in caught.value.reason


def test_an_ordinary_docx_still_reads() -> None:
    data = make_docx("<w:p><w:r><w:t>Pavel Fitin headed Soviet foreign intelligence.</w:t></w:r></w:p>")
    doc = document_from_bytes(data, "fitin.docx", suffix=".docx")
    assert doc.text == "Pavel Fitin headed Soviet foreign intelligence."


def test_a_damaged_pdf_is_reported_without_pypdf_noise(capfd: pytest.CaptureFixture[str]) -> None:
    damaged = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n"  # no EOF
    with pytest.raises(IngestError):
        document_from_bytes(damaged, "damaged.pdf", suffix=".pdf")
    captured = capfd.readouterr()
    assert captured.err == "" and captured.out == ""
