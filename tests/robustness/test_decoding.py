"""Issue 15.8: strict UTF-8 first, a plausibility-checked fallback per file, and the encoding
with any doubt shown by ``factoid docs``."""

from __future__ import annotations

from pathlib import Path

from factoid.ingest import document_from_bytes
from factoid.ingest.decode import decode

from .conftest import cli


def test_latin1_is_not_read_as_central_european() -> None:
    found = decode("Her naïve façade fooled the rezident.\n".encode("latin-1"), "x")
    assert found.text == "Her naïve façade fooled the rezident.\n"
    assert found.encoding == "cp1252" and found.doubt is None


def test_utf8_file_with_one_cp1251_paragraph_keeps_its_utf8_lines() -> None:
    data = "Fitin — born 1907.\n".encode() + "Фитин родился в 1907 году.\n".encode("cp1251") + "Ожогино.\n".encode()
    found = decode(data, "x")
    assert found.text == "Fitin — born 1907.\nФитин родился в 1907 году.\nОжогино.\n"
    assert found.encoding == "utf-8+cp1251" and "1 of 4 lines" in (found.doubt or "")


def test_utf16_without_bom_is_text_not_binary() -> None:
    for codec in ("utf-16-le", "utf-16-be"):
        doc = document_from_bytes("Павел Фитин was born in 1907.\n".encode(codec), "fitin.txt")
        assert doc.text == "Павел Фитин was born in 1907.\n" and doc.encoding == codec


def test_cyrillic_legacy_encodings() -> None:
    text = "Павел Михайлович Фитин возглавлял внешнюю разведку.\n"
    assert decode(text.encode("cp1251"), "x").text == text
    assert decode(text.encode("koi8_r"), "x").text == text


def test_docs_reports_encoding_and_doubt(tmp_path: Path) -> None:
    corpus = tmp_path / "docs"
    corpus.mkdir()
    (corpus / "latin.txt").write_bytes("A naïve café in Paris.\n".encode("latin-1"))
    (corpus / "mixed.txt").write_bytes("Fitin met him.\n".encode() + "Фитин.\n".encode("cp1251"))
    db = tmp_path / "kb.db"
    cli(db, "ingest", str(corpus))
    result = cli(db, "docs")
    assert "cp1252" in result.stdout and "utf-8+cp1251" in result.stdout
    assert "mixed.txt: mixed: 1 of 3 lines are not UTF-8" in result.stderr
