"""The ``factoid`` command, run in-process with Typer's CliRunner.

Every test has its own SQLite file under ``tmp_path``; tests that only read share one built
copy of the tiny fixture corpus (``tests/fixtures/mini``) per module and store backend.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

import factoid.ingest.discover as discover
from factoid.cli import app
from store.pg import BACKENDS, new_kb_url

pytestmark = pytest.mark.slow

MINI = Path(__file__).parent / "fixtures" / "mini"
runner = CliRunner()


def run(db: Path | str, *args: str, code: int = 0, **kwargs):  # type: ignore[no-untyped-def]
    """Invoke ``factoid --db DB ARGS``; assert the exit status and that nothing crashed."""
    result = runner.invoke(app, ["--db", str(db), *args], **kwargs)
    detail = f"\nstdout:\n{result.stdout}\nstderr:\n{result.stderr}\nexception: {result.exception!r}"
    assert result.exit_code == code, detail
    assert result.exception is None or isinstance(result.exception, SystemExit), detail
    assert "Traceback" not in result.stderr, detail
    return result


def copy_mini(dest: Path) -> Path:
    shutil.copytree(MINI, dest)
    return dest


def rows(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def count(db: Path, table: str, document: str) -> int:
    return rows(db, f"SELECT count(*) FROM {table} WHERE document_id = '{document}'")[0][0]


@pytest.fixture(scope="module", params=BACKENDS)
def built(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The mini corpus ingested and built once per store backend, for tests that only read."""
    base = tmp_path_factory.mktemp("cli-built")
    db = new_kb_url(request, request.param, base)
    run(db, "ingest", str(copy_mini(base / "mini")))
    run(db, "build")
    return db


@pytest.fixture(autouse=True)
def _no_env_db(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FACTOID_DB", raising=False)


# ---- help --------------------------------------------------------------------------------------


def command_names() -> list[str]:
    return sorted(c.name or c.callback.__name__.replace("_", "-") for c in app.registered_commands)


def test_every_expected_command_is_registered() -> None:
    assert set(command_names()) >= {
        "ingest", "build", "docs", "passages", "people", "person", "claims", "disputes",
        "timeline", "ask", "export", "serve",
    }


def test_app_help() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0, result.output
    for name in command_names():
        assert name in result.stdout


@pytest.mark.parametrize("command", command_names())
def test_command_help(command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage" in result.stdout and command in result.stdout


def test_no_arguments_prints_help() -> None:
    result = runner.invoke(app, [])
    assert "Usage" in result.output


def test_version() -> None:
    from factoid import __version__

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"factoid {__version__}"


# ---- --json of every listing command -----------------------------------------------------------

CLAIM_KEYS = {"subject", "property", "value", "qualifiers", "disputed", "confidence", "sources"}
SOURCE_KEYS = {"document", "start", "end", "quote", "role", "hedge"}

LISTINGS = [
    # (arguments, type of the JSON document, keys of it or of each of its items)
    (["docs"], list, {"id", "title", "format", "size", "language", "url", "roles", "duplicate"}),
    (["people"], list, {"id", "name", "aliases", "documents", "claims", "disputes"}),
    (["claims", "Richard Sorge"], list, CLAIM_KEYS),
    (["disputes"], list, {"person_id", "person", "property", "topic", "strength", "sides"}),
    (["disputes", "Sorge"], list, {"person_id", "person", "property", "topic", "strength", "sides"}),
    (["timeline", "Sorge"], dict, {"person", "events"}),
    (["passages", "sorge-notes.md"], list, {"index", "start", "end", "role", "reason", "duplicate_of", "language", "text"}),
    (["ask", "When did Richard Sorge die?"], dict, {"question", "person", "answer", "citations"}),
    (["person", "Sorge"], dict, {"person", "infobox", "disputes", "career", "relations", "colleagues", "sources"}),
    (["search", "Sorge"], dict, {"query", "backend", "people", "claims", "passages", "page", "pages", "total", "totals"}),
]


@pytest.mark.parametrize(("args", "kind", "keys"), LISTINGS, ids=[" ".join(a) for a, _, _ in LISTINGS])
def test_json_listing(built: Path, args: list[str], kind: type, keys: set[str]) -> None:
    data = json.loads(run(built, *args, "--json").stdout)
    assert isinstance(data, kind)
    items = data if isinstance(data, list) else [data]
    assert items, "a listing of the built mini corpus should not be empty"
    for item in items:
        assert keys <= set(item), f"missing {keys - set(item)}"


def test_json_claims_sources_and_offsets(built: Path) -> None:
    lines = json.loads(run(built, "claims", "Sorge", "--json").stdout)
    for line in lines:
        assert line["subject"]["name"] == "Richard Sorge"
        for s in line["sources"]:
            assert set(s) == SOURCE_KEYS | {"key"}  # the claim key a decision names (curation)


def test_json_ask_cites_both_sides_of_the_dispute(built: Path) -> None:
    data = json.loads(run(built, "ask", "When did Richard Sorge die?", "--json").stdout)
    assert data["person"]["name"] == "Richard Sorge"
    assert "1943-11-07" in data["answer"] and "1944-11-07" in data["answer"]
    assert {c["document"] for c in data["citations"]} >= {"sorge-notes.md", "sorge-page.html"}


def test_json_timeline_events(built: Path) -> None:
    data = json.loads(run(built, "timeline", "Sorge", "--json").stdout)
    assert data["person"]["name"] == "Richard Sorge"
    dates = [e["date"] for e in data["events"]]
    assert dates == sorted(dates)
    assert any(e["disputed"] for e in data["events"])


def test_json_ingest_and_build_reports(tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    corpus = copy_mini(tmp_path / "mini")
    report = json.loads(run(db, "ingest", str(corpus), "--json").stdout)
    assert report == {"new": 3, "changed": 0, "unchanged": 0, "failed": 0, "pruned": 0, "errors": []}
    data = json.loads(run(db, "build", "--json").stdout)
    assert set(data) == {"extracted", "unchanged", "claims", "persons", "disputes", "failed", "rejected", "errors", "rejections"}
    assert data["extracted"] == 3 and data["unchanged"] == 0 and data["failed"] == 0 and data["errors"] == []
    assert data["claims"] > 0 and data["persons"] >= 1 and data["disputes"] >= 1
    again = json.loads(run(db, "build", "--json").stdout)
    assert again["extracted"] == 0 and again["unchanged"] == 3 and again["claims"] == data["claims"]


# ---- human output ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["docs"], "sorge-"),
        (["people"], "Richard Sorge"),
        (["claims", "Sorge"], "date_of_death"),
        (["person", "Sorge"], "Richard Sorge"),
        (["disputes"], "Richard Sorge"),
        (["timeline", "Sorge"], "Richard Sorge"),
        (["passages", "sorge-notes.md"], "Reading notes"),
        (["ask", "Where was Sorge born?"], "Richard Sorge"),
    ],
)
def test_human_output(built: Path, args: list[str], expected: str) -> None:
    assert expected in run(built, *args).stdout


def test_square_brackets_in_quotes_are_printed_not_taken_as_markup(built: Path) -> None:
    """A footnote marker such as ``[2]`` is text (scraped pages are full of them)."""
    out = run(built, "claims", "Sorge").stdout
    assert "7 November 1944.[2]" in out


# ---- clean errors ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["claims", "Zzyzx Qwertyuiop"], "no person matching 'Zzyzx Qwertyuiop'"),
        (["person", "Zzyzx Qwertyuiop"], "no person matching"),
        (["timeline", "Zzyzx Qwertyuiop"], "no person matching"),
        (["disputes", "Zzyzx Qwertyuiop"], "no person matching"),
        (["passages", "no-such-document.txt"], "no document 'no-such-document.txt'"),
        (["passages", "sorge-"], "names 3 documents"),
        (["ask", ""], "empty question"),
        (["export", "--format", "nope"], "unknown export format 'nope'"),
    ],
)
def test_clean_error(built: Path, args: list[str], message: str) -> None:
    result = run(built, *args, code=1)
    assert result.stderr.startswith("error:")
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_export_unknown_format_to_file_leaves_no_file(built: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    result = run(built, "export", "--format", "nope", "-o", str(target), code=1)
    assert "unknown export format" in result.stderr and "claims-jsonl" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_export_into_missing_folder_is_a_clean_error(built: Path, tmp_path: Path) -> None:
    result = run(built, "export", "-o", str(tmp_path / "nowhere" / "out.jsonl"), code=1)
    assert result.stderr.startswith("error:")


# ---- bad input never damages the store ---------------------------------------------------------

GOOD_NEW = "Nikolai Vavilov was a Soviet botanist. Vavilov was born on 25 November 1887 in Moscow.\n"


def make_bad_folder(folder: Path) -> dict[str, str]:
    """Every kind of bad file next to one good new one; returns file name -> expected reason."""
    folder.mkdir()
    (folder / "image [scan].png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "broken.html").write_bytes(b"<html><head><title></title><script>var x = 1;</script></head><body><div><span></div")
    (folder / "latin.txt").write_bytes(bytes(range(0x80, 0x100)) * 3)
    (folder / "locked.txt").write_text("A perfectly good text that the file system will not let us read.\n")
    with (folder / "huge.txt").open("wb") as fh:
        fh.truncate(200 * 1024 * 1024)  # sparse: 200 MB on paper, nothing on disk
    (folder / "loop.txt").symlink_to("loop.txt")
    (folder / "vavilov.txt").write_text(GOOD_NEW)
    return {
        "image [scan].png": "binary file, not text",
        "empty.txt": "empty file",
        "broken.html": "no text in HTML",
        "latin.txt": "cannot decode text",
        "locked.txt": "permission denied",
        "huge.txt": "too large",
        "loop.txt": "symlink loop",
    }


def stored(db: Path) -> tuple[list[tuple], list[tuple]]:
    return (
        rows(db, "SELECT id, content_hash, size, text, source_path, ingested_at FROM documents ORDER BY id"),
        rows(db, 'SELECT document_id, idx, start, "end", text, role, role_reason, duplicate_of FROM passages ORDER BY document_id, idx'),
    )


def test_bad_input_never_damages_the_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "kb.db"
    run(db, "ingest", str(copy_mini(tmp_path / "mini")))
    before_docs, before_passages = stored(db)
    assert len(before_docs) == 3

    expected = make_bad_folder(tmp_path / "incoming")
    real_read = discover._read_bytes

    def read(path: Path, limit: int) -> bytes:
        if path.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(path))
        return real_read(path, limit)

    monkeypatch.setattr(discover, "_read_bytes", read)  # tests run as root: chmod 0 would not stop us
    result = run(db, "ingest", str(tmp_path / "incoming"), code=2)

    lines = result.stderr.strip().splitlines()
    assert len(lines) == len(expected), result.stderr
    for name, reason in expected.items():
        mine = [line for line in lines if f"{name}:" in line]
        assert len(mine) == 1, f"{name}: {lines}"
        assert mine[0].startswith("failed: ") and reason in mine[0]
    assert "new 1" in result.stdout and "failed 7" in result.stdout

    after_docs, after_passages = stored(db)
    assert [d[0] for d in after_docs] == sorted([d[0] for d in before_docs] + ["vavilov.txt"])
    assert [d for d in after_docs if d[0] != "vavilov.txt"] == before_docs
    assert [p for p in after_passages if p[0] != "vavilov.txt"] == before_passages
    assert any(p[0] == "vavilov.txt" for p in after_passages)
    assert rows(db, "PRAGMA integrity_check") == [("ok",)]


def test_bad_input_json_report(tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "ok.txt").write_text(GOOD_NEW)
    data = json.loads(run(db, "ingest", str(folder), "--json", code=2).stdout)
    assert data["new"] == 1 and data["failed"] == 1
    assert data["errors"] == [{"path": str(folder / "empty.txt"), "reason": "empty file"}]


def test_missing_path_is_reported(tmp_path: Path) -> None:
    result = run(tmp_path / "kb.db", "ingest", str(tmp_path / "nope.txt"), code=2)
    assert "nope.txt" in result.stderr and "no such file" in result.stderr


def test_stdin(tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    run(db, "ingest", "-", input=GOOD_NEW)
    ids = [r[0] for r in rows(db, "SELECT id FROM documents")]
    assert len(ids) == 1 and ids[0].startswith("stdin-") and ids[0].endswith(".txt")
    assert "unchanged 1" in run(db, "ingest", "-", input=GOOD_NEW).stdout


# ---- incremental ingest ------------------------------------------------------------------------


def test_incremental_ingest(tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    corpus = copy_mini(tmp_path / "mini")
    assert run(db, "ingest", str(corpus)).stdout.strip() == "new 3, changed 0, unchanged 0, failed 0, pruned 0"
    run(db, "build")

    # unchanged: nothing is rewritten
    before = stored(db)
    assert run(db, "ingest", str(corpus)).stdout.strip() == "new 0, changed 0, unchanged 3, failed 0, pruned 0"
    assert stored(db) == before

    # changed: passages and claims are replaced
    notes = corpus / "sorge-notes.md"
    old_claims = rows(db, "SELECT value FROM claims WHERE document_id = 'sorge-notes.md'")
    assert ("1943-11-07",) in old_claims
    notes.write_text(notes.read_text().replace("7 November 1943", "8 November 1942"))
    assert run(db, "ingest", str(corpus)).stdout.strip() == "new 0, changed 1, unchanged 2, failed 0, pruned 0"
    assert count(db, "claims", "sorge-notes.md") == 0  # old extraction gone with the old text
    text = rows(db, "SELECT text FROM documents WHERE id = 'sorge-notes.md'")[0][0]
    assert "8 November 1942" in text
    assert all(p[0] == text[p[1]:p[2]] for p in rows(db, 'SELECT text, start, "end" FROM passages WHERE document_id = \'sorge-notes.md\''))
    report = json.loads(run(db, "build", "--json").stdout)
    assert report["extracted"] == 1 and report["unchanged"] == 2
    new_claims = rows(db, "SELECT value, quote, start, \"end\" FROM claims WHERE document_id = 'sorge-notes.md'")
    values = {c[0] for c in new_claims}
    assert "1942-11-08" in values and "1943-11-07" not in values
    assert all(text[c[2]:c[3]] == c[1] for c in new_claims)

    # deleted + --prune: the document goes with its passages, mentions, claims and judgements
    notes.unlink()
    out = run(db, "ingest", str(corpus)).stdout.strip()
    assert out == "new 0, changed 0, unchanged 2, failed 0, pruned 0"  # no --prune: kept
    assert count(db, "passages", "sorge-notes.md") > 0
    out = run(db, "ingest", "--prune", str(corpus)).stdout.strip()
    assert out == "new 0, changed 0, unchanged 2, failed 0, pruned 1"
    assert rows(db, "SELECT count(*) FROM documents WHERE id = 'sorge-notes.md'") == [(0,)]
    for table in ("passages", "mentions", "claims", "extractions", "sources"):
        assert count(db, table, "sorge-notes.md") == 0, table
    assert rows(db, "SELECT count(*) FROM assessments WHERE claim_id NOT IN (SELECT id FROM claims)") == [(0,)]
    pruned = json.loads(run(db, "ingest", "--prune", str(corpus), "--json").stdout)
    assert pruned["pruned"] == 0 and pruned["unchanged"] == 2
    after = json.loads(run(db, "build", "--json").stdout)
    assert after["extracted"] == 0 and after["unchanged"] == 2
    people = json.loads(run(db, "people", "--json").stdout)
    assert all(p["name"] != "Yekaterina Maximova" for p in people)  # only the pruned notes named her


def test_duplicate_marks_follow_a_reingest(tmp_path: Path) -> None:
    """The copied paragraph is marked; rewriting the copy away clears the mark."""
    db = tmp_path / "kb.db"
    corpus = copy_mini(tmp_path / "mini")
    run(db, "ingest", str(corpus))
    marked = rows(db, "SELECT document_id, duplicate_of FROM passages WHERE duplicate_of IS NOT NULL")
    assert marked == [("sorge-notes.md", "sorge-biography.txt#4")]
    notes = corpus / "sorge-notes.md"
    notes.write_text(notes.read_text().replace(
        "The Japanese police arrested Sorge on 18 October 1941, together with several members of his network.",
        "In my own words: he was taken into custody in the autumn, with a handful of his helpers.",
    ))
    run(db, "ingest", str(corpus))
    assert rows(db, "SELECT count(*) FROM passages WHERE duplicate_of IS NOT NULL") == [(0,)]


# ---- search folds spellings, scripts and accents, as the web does -------------------------------


@pytest.mark.parametrize("q", ["Sorge", "Sorgé", "SORGE", "Zorge", "Зорге"])
def test_search_folds_spellings(built: str, q: str) -> None:
    r = json.loads(run(built, "search", q, "--json").stdout)
    assert r["people"] and r["people"][0]["name"] == "Richard Sorge"
    assert r["claims"] and all(c["person"] == "Richard Sorge" for c in r["claims"])
    assert r["passages"], "passages found under the person's own spellings"
    assert r["totals"]["people"] >= 1 and r["total"] == sum(r["totals"].values())


def test_search_is_the_web_search(built: str) -> None:
    """One search: the CLI prints what ``/api/search`` answers for the same query and page."""
    from fastapi.testclient import TestClient

    from factoid import api
    from factoid.web.app import create_app

    cli = json.loads(run(built, "search", "Зорге", "--limit", "4", "--page", "2", "--json").stdout)
    with TestClient(create_app(api.open_kb(str(built)))) as client:
        web = client.get("/api/search", params={"q": "Зорге", "limit": 4, "page": 2}).json()
    assert cli == web and cli["page"] == 2


def test_search_prints_results_and_says_when_nothing_found(built: str) -> None:
    text = run(built, "search", "Зорге").stdout
    assert "Richard Sorge" in text and "passage" in text
    assert "Nothing found" in run(built, "search", "Zzyzxqv").stdout
    assert "too long" in run(built, "search", "Sorge " * 100, code=1).stderr
