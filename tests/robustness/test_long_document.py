"""Issue 15.1: a document of thousands of sentences on one line is extracted, not given up on.

Extraction used to be quadratic in the names of one document (every name looked up against
all the others); how fast it now is belongs to ``benchmarks/long_document.py``, not here."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from factoid import api

from .conftest import quote_mismatches


def _sentences(n: int) -> str:
    """One line of ``n`` sentences: a main subject, a second person, pronouns and places."""
    out = []
    for i in range(n):
        year = 1880 + i % 60
        if i % 4 == 0:
            out.append("Pavel Mikhailovich Fitin was born in 1907 in Ozhogino.")
        elif i % 4 == 1:
            out.append(f"In {year} Fitin met Olga Kuznetsova in Tomsk.")
        elif i % 4 == 2:
            out.append(f"Kuznetsova moved to Perm in {year}.")
        else:
            out.append(f"He was arrested in {year}.")
    return " ".join(out)


def test_a_two_thousand_sentence_one_line_document_yields_its_claims(tmp_path: Path) -> None:
    text = _sentences(2000)
    assert "\n" not in text and len(text) > 75_000
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "long.txt").write_text(text)
    db = tmp_path / "kb.db"
    kb = api.open_kb(str(db))
    assert api.ingest(kb, [tmp_path / "docs"]).ok
    report = api.build(kb)
    assert report.failed == []
    assert report.extracted == ["long.txt"]
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT subject_name, property, value FROM claims").fetchall()
    births = {(name, value) for name, prop, value in rows if prop == "date_of_birth"}
    assert ("Pavel Mikhailovich Fitin", "1907") in births
    places = {value for name, prop, value in rows if prop == "place_of_birth" and name == "Pavel Mikhailovich Fitin"}
    assert "Ozhogino" in places
    assert quote_mismatches(db) == 0
