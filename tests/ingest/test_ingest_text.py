"""Plain text and Markdown: encodings detected, line endings and Unicode normalised."""

from __future__ import annotations

import hashlib
import unicodedata
from pathlib import Path

import pytest

from factoid.ingest import document_from_bytes, load_document

# Written for these tests: short made-up summaries, not quotations from any source.
RU_BIO = (
    "Андрей Николаевич Туполев родился в 1888 году в Тверской губернии. "
    "В 1937 году его арестовали, и несколько лет он работал в закрытом конструкторском бюро.\n"
)
EN_BIO = (
    "Andrei Tupolev was an aircraft designer who was arrested in 1937 and kept working on "
    "his designs in a prison bureau. He was released during the war and died in 1972.\n"
)


def test_utf8_cyrillic_text_file(tmp_path: Path) -> None:
    path = tmp_path / "tupolev.txt"
    raw = RU_BIO.encode("utf-8")
    path.write_bytes(raw)
    doc = load_document(path, "tupolev.txt")
    assert doc.text == RU_BIO
    assert (doc.id, doc.format, doc.language) == ("tupolev.txt", "text", "ru")
    assert doc.content_hash == hashlib.sha256(raw).hexdigest()
    assert doc.size == len(raw)
    assert doc.source_path == str(path.absolute())
    assert doc.title is None and doc.url is None


@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r"])
def test_legacy_cyrillic_encodings_are_detected(encoding: str) -> None:
    raw = RU_BIO.encode(encoding)
    doc = document_from_bytes(raw, "old.txt", suffix=".txt")
    assert doc.text == RU_BIO
    assert doc.content_hash == hashlib.sha256(raw).hexdigest()
    assert doc.size == len(raw)


def test_declared_html_charset_is_used() -> None:
    page = f'<html><head><meta charset="windows-1251"><title>Туполев</title></head><body><p>{RU_BIO}</p></body></html>'
    doc = document_from_bytes(page.encode("cp1251"), "tupolev.html", suffix=".html")
    assert doc.title == "Туполев"
    assert RU_BIO.strip() in doc.text


def test_english_text_and_language() -> None:
    doc = document_from_bytes(EN_BIO.encode(), "en.txt")
    assert doc.text == EN_BIO
    assert doc.language == "en"


def test_language_is_none_when_unclear() -> None:
    assert document_from_bytes(b"Tupolev 1888 1972 Tu-144\n", "list.txt").language is None


def test_text_is_what_universal_newline_reading_gives(tmp_path) -> None:
    """Offsets are checked against ``Path.read_text(encoding="utf-8")``: a BOM stays
    character 0 and only line endings change."""
    raw = b"\xef\xbb\xbfFirst line\r\nSecond line\rThird line\n"
    path = tmp_path / "crlf.txt"
    path.write_bytes(raw)
    doc = document_from_bytes(raw, "crlf.txt")
    assert doc.text == "\ufeffFirst line\nSecond line\nThird line\n"
    assert doc.text == path.read_text(encoding="utf-8")
    assert doc.size == len(raw)


def test_unicode_is_kept_as_written() -> None:
    decomposed = unicodedata.normalize("NFD", "Алексей Туполев, Jiří")
    assert decomposed != unicodedata.normalize("NFC", decomposed)
    doc = document_from_bytes(decomposed.encode(), "nfd.txt")
    assert doc.text == decomposed


def test_utf16_with_bom_is_text_not_binary() -> None:
    doc = document_from_bytes(EN_BIO.encode("utf-16"), "wide.txt")
    assert doc.text == EN_BIO


def test_markdown_kept_verbatim(tmp_path: Path) -> None:
    note = "# Andrei Tupolev\n\n*Born* 1888, **arrested** 1937.\n\n- designer\n- engineer\n"
    path = tmp_path / "notes" / "tupolev.md"
    path.parent.mkdir()
    path.write_text(note, encoding="utf-8")
    doc = load_document(path, "notes/tupolev.md")
    assert (doc.format, doc.text, doc.title) == ("markdown", note, "Andrei Tupolev")


def test_html_in_a_txt_file_is_sniffed() -> None:
    page = f"<!DOCTYPE html><html><head><title>Saved</title></head><body><p>{EN_BIO}</p></body></html>"
    doc = document_from_bytes(page.encode(), "saved.txt", suffix=".txt")
    assert doc.format == "html"
    assert doc.title == "Saved"
    assert "<p>" not in doc.text and "aircraft designer" in doc.text


def test_prose_mentioning_tags_stays_text() -> None:
    doc = document_from_bytes(b"He wrote <b> and <body> on a slate.\n", "odd.txt")
    assert doc.format == "text"
