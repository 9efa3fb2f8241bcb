"""The curation commands: judge, decisions (list, undo, export, import), review, and the
keys every listing shows."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factoid.cli import app
from store.pg import BACKENDS, new_kb_url

runner = CliRunner()


def run(db: Path | str, *args: str, code: int = 0) -> str:
    result = runner.invoke(app, ["--db", str(db), *args])
    assert result.exit_code == code, f"{result.output}\n{result.exception!r}"
    return result.stdout


@pytest.mark.parametrize("backend", BACKENDS)
def test_judge_list_undo_export_import(request: pytest.FixtureRequest, backend: str, tmp_path: Path,
                                       corpus: Path) -> None:
    db = new_kb_url(request, backend, tmp_path)
    run(db, "ingest", str(corpus))
    run(db, "build")
    people = json.loads(run(db, "people", "--json"))
    assert {"person/lev-feldbin", "person/alexander-orlov"} <= {p["id"] for p in people}
    row = json.loads(run(db, "judge", "same", "person/lev-feldbin", "Alexander Orlov", "--reason", "alias",
                         "--user", "ann", "--json"))
    assert row["kind"] == "same" and row["user"] == "ann"
    lines = json.loads(run(db, "claims", "Alexander Orlov", "--json"))
    assert {"feldbin.txt", "orlov.txt"} <= {s["document"] for ln in lines for s in ln["sources"]}
    key = next(ln["key"] for ln in lines if ln["property"] == "place_of_death")
    run(db, "judge", "claim", key, "wrong", "--reason", "no")
    assert "wrong" in run(db, "claims", "Alexander Orlov")
    out = tmp_path / "claims.jsonl"
    def deaths() -> list[str]:
        rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
        return [r["value"] for r in rows if r["property"] == "place_of_death" and "Orlov" in r["subject"]["name"]]

    run(db, "export", "-o", str(out))
    assert deaths() == []
    run(db, "export", "--include-deprecated", "-o", str(out))
    assert deaths() == ["Cleveland"]
    log = json.loads(run(db, "decisions", "--json"))
    assert [d["kind"] for d in log] == ["same", "claim"]
    run(db, "decisions", "undo", str(log[1]["id"]))
    assert json.loads(run(db, "decisions", "--json"))[1]["undone_by"] == 3
    assert json.loads(run(db, "decisions", "--orphaned", "--json")) == []
    shared = tmp_path / "decisions.jsonl"
    run(db, "decisions", "export", "-o", str(shared))
    assert len(shared.read_text(encoding="utf-8").splitlines()) == 3
    assert "added 0, known 3" in run(db, "decisions", "import", str(shared))
    shared.write_text(shared.read_text(encoding="utf-8") + "garbage\n", encoding="utf-8")
    result = runner.invoke(app, ["--db", str(db), "decisions", "import", str(shared)])
    assert result.exit_code == 2 and f"{shared}:4:" in result.stderr
    review = json.loads(run(db, "review", "--json", "--limit", "5"))
    assert len(review) <= 5 and all({"kind", "impact", "why", "commands"} <= set(i) for i in review)


def test_judging_nobody_is_one_clear_error(tmp_path: Path, corpus: Path) -> None:
    db = tmp_path / "kb.db"
    run(db, "ingest", str(corpus))
    run(db, "build")
    result = runner.invoke(app, ["--db", str(db), "judge", "same", "Nobody Known", "Alexander Orlov"])
    assert result.exit_code == 1 and result.stderr.count("\n") == 1 and "error:" in result.stderr
