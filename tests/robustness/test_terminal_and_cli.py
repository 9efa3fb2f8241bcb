"""Issue 15.7, 15.11, 15.12 and 15.13: no control character from the data reaches the terminal,
questions are bounded, ``export -o`` respects symlinks and devices, ``--db`` typos are errors."""

from __future__ import annotations

import json
import os
import stat
import time
from pathlib import Path

import pytest

from factoid.termsafe import clean, json_safe

from .conftest import CONTROL_BYTES, cli

HOSTILE = "Pavel Fitin \x1b]0;owned\x07was born \x1b[8min 1907\x1b[0m \x9b31m in Ozhogino. \x1b]52;c;ZWNobw==\x07\n"


@pytest.fixture(scope="module")
def hostile_kb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("hostile")
    corpus = base / "docs"
    corpus.mkdir()
    (corpus / "fitin\x1b[8m.txt").write_text(HOSTILE)
    (corpus / "broken\x1b]0;x\x07.bin").write_bytes(b"\x00\x01binary")
    path = base / "kb.db"
    cli(path, "ingest", str(corpus), code=2)  # the binary file fails, with a clean line
    cli(path, "build")
    return path


@pytest.mark.parametrize(
    "args",
    [("docs",), ("docs", "--json"), ("passages", "fitin"), ("passages", "fitin", "--json"), ("claims", "Fitin"),
     ("people",), ("passages", "no-such-\x1b]0;x\x07doc")],
)
def test_no_control_characters_reach_the_terminal(hostile_kb: Path, args: tuple[str, ...]) -> None:
    result = cli(hostile_kb, *args, code=1 if "no-such" in args[-1] else 0)
    for byte in CONTROL_BYTES:
        assert byte not in result.stdout and byte not in result.stderr


def test_ingest_error_lines_are_clean(tmp_path: Path) -> None:
    corpus = tmp_path / "docs"
    corpus.mkdir()
    (corpus / "x\x1b]52;c;AA\x07.txt").write_bytes(b"\x00\x00\x00")
    result = cli(tmp_path / "kb.db", "ingest", str(corpus), code=2)
    assert "\\x1b]52" in result.stderr and "\x1b" not in result.stderr


def test_clean_and_json_safe() -> None:
    assert clean("a\x1b[8mb\tc\nd\u202ee\udcff") == "a\\x1b[8mb\tc\nd\\u202ee\\xff"
    dumped = json.dumps({"t": "x\x9by"}, ensure_ascii=False)
    assert json.loads(json_safe(dumped)) == {"t": "x\x9by"} and "\x9b" not in json_safe(dumped)


def test_a_huge_question_is_refused_fast_without_echoing_it(hostile_kb: Path) -> None:
    question = "When was Fitin born " + "and why " * 12_000
    began = time.perf_counter()
    result = cli(hostile_kb, "ask", question, code=1)
    assert time.perf_counter() - began < 5
    assert "question too long" in result.stderr and len(result.stderr) < 200


def test_export_writes_through_a_symlink_and_to_a_device(hostile_kb: Path, tmp_path: Path) -> None:
    target = tmp_path / "real.jsonl"
    target.write_text("old\n")
    link = tmp_path / "link.jsonl"
    link.symlink_to(target)
    cli(hostile_kb, "export", "-o", str(link))
    assert link.is_symlink() and target.read_text() != "old\n"
    assert all(json.loads(line) for line in target.read_text().splitlines())
    cli(hostile_kb, "export", "-o", os.devnull)
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)
    cli(hostile_kb, "export", "-o", str(tmp_path), code=1)  # a folder: refused, one line


def test_db_typo_on_a_read_command_is_an_error_not_a_new_file(tmp_path: Path) -> None:
    typo = tmp_path / "reserch.db"
    result = cli(typo, "people", code=1)
    assert "no such file" in result.stderr and not typo.exists()
    result = cli("", "people", code=2)
    assert "empty" in result.stderr
