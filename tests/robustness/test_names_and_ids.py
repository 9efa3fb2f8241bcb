"""Issue 15.3 and 15.4: files with the same relative name in two roots both survive, and a file
name that is not UTF-8 is stored losslessly with a readable id."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from factoid import api
from factoid.ingest.names import display_name, local_path, storable_path


def _write(folder: Path, name: str, text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text)


def test_same_relative_name_in_two_roots_keeps_both(tmp_path: Path) -> None:
    for root in ("a", "b"):
        for i in range(1, 4):
            _write(tmp_path / root, f"0{i}.txt", f"Witness {root}{i} met Pavel Fitin in 194{i}.\n")
    kb = api.open_kb(str(tmp_path / "kb.db"))
    first = api.ingest(kb, [tmp_path / "a", tmp_path / "b"])
    assert len(first.new) == 6 and len(set(first.new)) == 6
    assert {"01.txt", "b/01.txt"} <= set(first.new)
    again = api.ingest(kb, [tmp_path / "a", tmp_path / "b"])
    assert again.new == [] and again.changed == [] and len(again.unchanged) == 6  # stable ids


def test_a_later_run_does_not_overwrite_another_roots_file(tmp_path: Path) -> None:
    _write(tmp_path / "a", "notes.txt", "Fitin was born in 1907.\n")
    _write(tmp_path / "b", "notes.txt", "Fitin died in 1971.\n")
    kb = api.open_kb(str(tmp_path / "kb.db"))
    api.ingest(kb, [tmp_path / "a"])
    report = api.ingest(kb, [tmp_path / "b"])
    assert report.new == ["b/notes.txt"] and report.changed == []
    assert len(api.documents(kb)) == 2


def test_non_utf8_file_name_is_ingested_and_survives_prune(tmp_path: Path) -> None:
    folder = tmp_path / "archive"
    folder.mkdir()
    raw = os.fsencode(folder) + b"/" + "Фитин".encode("cp1251") + b".txt"
    with open(raw, "w") as handle:
        handle.write("Pavel Fitin was born in 1907.\n")
    _write(folder, "plain.txt", "Fitin headed the First Directorate.\n")
    kb = api.open_kb(str(tmp_path / "kb.db"))
    report = api.ingest(kb, [folder])
    assert report.ok and sorted(report.new) == ["plain.txt", "Фитин.txt"]
    with sqlite3.connect(tmp_path / "kb.db") as conn:
        stored = conn.execute("SELECT source_path FROM documents WHERE id = 'Фитин.txt'").fetchone()[0]
    assert os.fsencode(local_path(stored)) == raw  # lossless: the OS name comes back
    assert api.ingest(kb, [folder], prune=True).pruned == []
    os.unlink(raw)
    assert api.ingest(kb, [folder], prune=True).pruned == ["Фитин.txt"]


def test_name_forms() -> None:
    name = os.fsdecode(b"caf\xe9-\xff\xfe.txt")
    assert storable_path(name) == "caf\\xe9-\\xff\\xfe.txt"
    assert display_name(os.fsdecode("Фитин.txt".encode("cp1251"))) == "Фитин.txt"
    assert display_name("ordinary.txt") == "ordinary.txt"
    assert local_path(storable_path(name)) == name
