"""``factoid build --workers N``: the command reports its workers and builds the same
knowledge base as one process."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from factoid.cli import app
from tests.engine.conftest import CORPORA

runner = CliRunner()


def _run(db: Path, *args: str) -> str:
    result = runner.invoke(app, ["--db", str(db), *args])
    assert result.exit_code == 0, f"{result.stdout}\n{result.stderr}\n{result.exception!r}"
    return result.stdout


def test_build_with_two_workers_matches_one(tmp_path: Path, single_process_exports: dict[str, str]) -> None:
    db = tmp_path / "kb.db"
    _run(db, "ingest", str(CORPORA["mini"]))
    report = json.loads(_run(db, "build", "--workers", "2", "--json"))
    assert report["failed"] == 0 and report["extracted"] == 3
    out = tmp_path / "claims.jsonl"
    _run(db, "export", "--format", "claims-jsonl", "--output", str(out))
    assert out.read_text(encoding="utf-8") == single_process_exports["mini"]


def test_workers_must_be_positive(tmp_path: Path) -> None:
    result = runner.invoke(app, ["--db", str(tmp_path / "kb.db"), "build", "--workers", "0"])
    assert result.exit_code == 2
