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


def test_build_progress_has_a_bar_per_stage_and_per_worker() -> None:
    import io

    from rich.console import Console
    from rich.progress import Progress

    from factoid.cli import _build_step

    bar = Progress(console=Console(file=io.StringIO(), force_terminal=True))
    step = _build_step(bar)
    for n in (1, 2, 3):
        step("extract", n, 3)
    step("extract/host:11", 1, 0)
    step("extract/host:12", 2, 0)
    step("resolve", 0, 1)
    step("resolve", 1, 1)
    tasks = {t.description: t for t in bar.tasks}
    assert set(tasks) == {"documents parsed and extracted", "  worker host:11", "  worker host:12", "resolving people"}
    assert tasks["documents parsed and extracted"].completed == 3 and tasks["documents parsed and extracted"].total == 3
    assert tasks["  worker host:12"].completed == 2 and tasks["  worker host:12"].total is None
    assert tasks["resolving people"].finished
