"""The claims export (../shared/eval/FORMAT.md): a golden file over the mini corpus, the format's
invariants, determinism, and an ``-o FILE`` that is written atomically.

Regenerate the golden file after an intended change with::

    FACTOID_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_export.py

and read the diff before committing it.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

import factoid.export as export_mod  # noqa: F401 - the old import keeps working
from factoid.exporters import claims_jsonl
from factoid import api
from factoid.cli import app
from factoid.errors import StoreError
from factoid.model import DATE_PROPERTIES, PROPERTIES, PassageRole

pytestmark = pytest.mark.slow

HERE = Path(__file__).parent
MINI = HERE / "fixtures" / "mini"
GOLDEN = HERE / "golden" / "mini-claims.jsonl"
UPDATE = os.environ.get("FACTOID_UPDATE_GOLDEN") == "1"
runner = CliRunner()

LINE_KEYS = ["subject", "property", "value", "qualifiers", "disputed", "confidence", "sources"]
SUBJECT_KEYS = {"id", "name", "aliases"}
SOURCE_KEYS = {"document", "start", "end", "quote", "role", "hedge"}
PAGE_KEYS = {"offsets", "text_start", "text_end"}  # a web page's quote cites the saved page
QUALIFIERS = {"start", "end", "replaces", "replaced_by", "place", "to", "sentence", "point_in_time"}


def cli(db: Path, *args: str, code: int = 0):  # type: ignore[no-untyped-def]
    result = runner.invoke(app, ["--db", str(db), *args])
    assert result.exit_code == code, f"{result.output}\n{result.exception!r}"
    return result


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("export")
    corpus = shutil.copytree(MINI, base / "mini")
    db = base / "kb.db"
    cli(db, "ingest", str(corpus))
    cli(db, "build")
    return db


@pytest.fixture(scope="module")
def exported(built: Path) -> str:
    out = built.parent / "claims.jsonl"
    cli(built, "export", "--format", "claims-jsonl", "-o", str(out))
    return out.read_text(encoding="utf-8")


def texts(db: Path) -> dict[str, str]:
    with sqlite3.connect(db) as conn:
        return dict(conn.execute("SELECT id, text FROM documents"))


# ---- the golden file ---------------------------------------------------------------------------


def test_golden(exported: str) -> None:
    if UPDATE:
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text(exported, encoding="utf-8")
    assert GOLDEN.exists(), "no golden file: run with FACTOID_UPDATE_GOLDEN=1"
    expected = GOLDEN.read_text(encoding="utf-8")
    if exported != expected:  # a readable diff rather than two walls of JSON
        got, want = exported.splitlines(), expected.splitlines()
        assert got == want, "export differs from tests/golden/mini-claims.jsonl (FACTOID_UPDATE_GOLDEN=1 to accept)"


def test_golden_file_is_sensible(built: Path) -> None:
    """The golden file itself obeys FORMAT.md, so a bad regeneration cannot slip in."""
    check_format(GOLDEN.read_text(encoding="utf-8"), texts(built))


def test_golden_says_what_the_fixtures_say() -> None:
    lines = [json.loads(x) for x in GOLDEN.read_text(encoding="utf-8").splitlines()]
    sorge = [x for x in lines if x["subject"]["name"] == "Richard Sorge"]
    assert sorge, "the mini corpus is about Richard Sorge"
    assert len({x["subject"]["id"] for x in sorge}) == 1
    assert "Рихард Зорге" in sorge[0]["subject"]["aliases"]
    deaths = {x["value"]: x for x in sorge if x["property"] == "date_of_death"}
    assert {"1943-11-07", "1944-11-07"} <= set(deaths)  # the planted contradiction
    assert all(x["disputed"] for x in deaths.values())
    births = [x for x in sorge if x["property"] == "date_of_birth"]
    assert [b["value"] for b in births] == ["1895-10-04"]  # 1895 refines to the full date, no dispute
    assert not births[0]["disputed"]
    assert {s["document"] for s in births[0]["sources"]} == {"sorge-biography.txt", "sorge-page.html"}


# ---- the format --------------------------------------------------------------------------------


def check_format(content: str, docs: dict[str, str]) -> None:
    assert content.endswith("\n") and content.strip()
    lines = content.splitlines()
    records = [json.loads(x) for x in lines]
    keys = []
    for line, r in zip(lines, records, strict=True):
        assert list(r) == LINE_KEYS, line
        assert set(r["subject"]) == SUBJECT_KEYS
        assert r["subject"]["id"].startswith("person/")
        assert r["subject"]["name"] not in r["subject"]["aliases"]
        assert r["property"] in PROPERTIES
        assert isinstance(r["value"], str) and r["value"]
        if r["property"] in DATE_PROPERTIES:
            assert r["value"][:4].isdigit(), r["value"]
        assert set(r["qualifiers"]) <= QUALIFIERS
        assert isinstance(r["disputed"], bool)
        assert 0.0 <= r["confidence"] <= 1.0
        assert r["sources"]
        spans = [(s["document"], s["start"], s["end"]) for s in r["sources"]]
        assert spans == sorted(spans) and len(set(spans)) == len(spans)
        for s in r["sources"]:
            assert SOURCE_KEYS <= set(s) <= SOURCE_KEYS | PAGE_KEYS
            assert s["role"] in {str(x) for x in PassageRole}
            text = (MINI / s["document"]).read_text(encoding="utf-8") if s.get("offsets") == "page" else docs[s["document"]]
            assert text[s["start"] : s["end"]] == s["quote"], s  # grounded
        keys.append((r["subject"]["id"], r["property"], r["value"], json.dumps(r["qualifiers"], sort_keys=True)))
    assert keys == sorted(keys), "lines are sorted"
    assert len(set(keys)) == len(keys), "one line per (subject, property, value, qualifiers)"
    ids = {r["subject"]["id"]: r["subject"] for r in records}
    for r in records:
        assert r["subject"] == ids[r["subject"]["id"]], "same person, same subject record"


def test_export_follows_format(built: Path, exported: str) -> None:
    check_format(exported, texts(built))


def test_export_is_deterministic(built: Path, exported: str, tmp_path: Path) -> None:
    again = tmp_path / "again.jsonl"
    cli(built, "export", "-o", str(again))
    assert again.read_bytes() == exported.encode("utf-8")
    stdout = cli(built, "export").stdout
    assert stdout == exported


def test_export_is_the_same_after_a_fresh_rebuild(exported: str, tmp_path: Path) -> None:
    """Build order and ids do not leak into the export: a second knowledge base built from the
    same files exports the same bytes."""
    db = tmp_path / "other.db"
    cli(db, "ingest", str(shutil.copytree(MINI, tmp_path / "mini")))
    cli(db, "build")
    assert cli(db, "export").stdout == exported


def test_export_reports_count(built: Path, exported: str, tmp_path: Path) -> None:
    result = cli(built, "export", "-o", str(tmp_path / "x.jsonl"))
    assert f"{len(exported.splitlines())} lines written to" in result.stderr


def test_empty_kb_exports_nothing(tmp_path: Path) -> None:
    out = tmp_path / "empty.jsonl"
    api.open_kb(str(tmp_path / "kb.db")).engine.dispose()  # read commands never create a KB
    cli(tmp_path / "kb.db", "export", "-o", str(out))
    assert out.read_text() == ""


# ---- -o FILE is atomic -------------------------------------------------------------------------


@pytest.mark.parametrize("error", [RuntimeError("disk on fire"), StoreError("database is locked")])
def test_failed_export_leaves_old_file_and_no_partial_file(
    built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: Exception
) -> None:
    target = tmp_path / "claims.jsonl"
    target.write_text("previous export\n")
    real = claims_jsonl.write

    def half(view, sink, options):  # type: ignore[no-untyped-def]
        with sink.open("claims.jsonl") as out:
            out.write('{"subject": "half a line')
            out.flush()
            raise error

    monkeypatch.setattr(claims_jsonl, "write", half)
    result = runner.invoke(app, ["--db", str(built), "export", "-o", str(target)])
    assert result.exit_code != 0
    assert target.read_text() == "previous export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.jsonl"]
    if isinstance(error, StoreError):
        assert result.exit_code == 1 and result.stderr.startswith("error: database is locked")
    monkeypatch.setattr(claims_jsonl, "write", real)
    cli(built, "export", "-o", str(target))
    assert target.read_text() != "previous export\n"


def test_failed_export_to_new_file_leaves_nothing(built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(view, sink, options):  # type: ignore[no-untyped-def]
        with sink.open("claims.jsonl") as out:
            out.write("partial\n")
            raise RuntimeError("interrupted")

    monkeypatch.setattr(claims_jsonl, "write", boom)
    runner.invoke(app, ["--db", str(built), "export", "-o", str(tmp_path / "new.jsonl")])
    assert list(tmp_path.iterdir()) == []
