"""``factoid export``: every format from the command line, to a file, a folder, a zip or stdout."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factoid import api, exporters
from factoid.cli import app
from tests.exporters.conftest import MAPPING

pytestmark = pytest.mark.slow
runner = CliRunner()


def db(kb: api.KnowledgeBase) -> str:
    return kb.engine.url.database or ""


def run(kb: api.KnowledgeBase, *args: str, code: int = 0):  # type: ignore[no-untyped-def]
    result = runner.invoke(app, ["--db", db(kb), "export", *args])
    assert result.exit_code == code, f"{result.output}\n{result.exception!r}"
    return result


def test_help_lists_the_registry() -> None:
    result = runner.invoke(app, ["export", "--help"], terminal_width=200)
    for name in exporters.names():
        assert name in result.output


@pytest.mark.parametrize("fmt", [f for f in exporters.names() if not exporters.get(f).multi])
def test_one_file_formats(kb: api.KnowledgeBase, fmt: str, tmp_path: Path) -> None:
    out = tmp_path / f"x{exporters.get(fmt).suffix}"
    result = run(kb, "--format", fmt, "-o", str(out))
    assert out.read_text(encoding="utf-8") == run(kb, "-f", fmt).stdout
    assert "written to" in result.stderr


def test_csv_to_folder_zip_and_not_stdout(kb: api.KnowledgeBase, tmp_path: Path) -> None:
    run(kb, "-f", "csv", "-o", str(tmp_path / "tables"))
    assert sorted(p.name for p in (tmp_path / "tables").iterdir()) == ["claims.csv", "events.csv", "people.csv"]
    run(kb, "-f", "csv", "-o", str(tmp_path / "t.zip"), "--person", "Yezhov")
    with zipfile.ZipFile(tmp_path / "t.zip") as zf:
        assert zf.namelist() == ["people.csv", "claims.csv", "events.csv"]
        assert "Mariampol" in zf.read("claims.csv").decode("utf-8")
    result = run(kb, "-f", "csv", code=1)
    assert "give -o FOLDER or -o FILE.zip" in result.stderr


def test_errors_are_one_line(kb: api.KnowledgeBase, tmp_path: Path) -> None:
    result = run(kb, "-f", "nope", code=1)
    assert result.stderr.startswith("error: unknown export format 'nope'")
    result = run(kb, "-f", "tei", "--person", "Nobody Atall", code=1)
    assert result.stderr.startswith("error: no person")
    bad = tmp_path / "m.csv"
    bad.write_text("name,qid\nX,Q1\n", encoding="utf-8")
    result = run(kb, "-f", "quickstatements", "--mapping", str(bad), code=1)
    assert "wikidata" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_left_out_is_reported(kb: api.KnowledgeBase) -> None:
    result = run(kb, "-f", "quickstatements", "--mapping", str(MAPPING))
    assert "left out:" in result.stderr and "Saint Petersburg" in result.stderr
    assert "Q100001\tP569" in result.stdout
