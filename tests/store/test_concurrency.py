"""Concurrent writers and readers on a shared store: one writer at a time, the second one waits
or fails with one line, readers see one whole state of the knowledge base, nothing is lost.

SQLite's side of this is ``tests/robustness/test_store_safety.py``; here the same promises are
checked on PostgreSQL (its advisory lock and snapshot reads), and the snapshot promise on both.
"""

from __future__ import annotations

import json
import shutil
import threading
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, insert, select, text
from typer.testing import CliRunner

from factoid import api
from factoid.cli import app
from factoid.store import db
from factoid.store import schema as s
from factoid.web.app import create_app

pytestmark = pytest.mark.slow

MINI = Path(__file__).resolve().parent.parent / "fixtures" / "mini"
BUSY = "error: the knowledge base is busy: another process is writing to it; try again"
runner = CliRunner()


def _corpus(folder: Path, version: int) -> Path:
    """Four short documents; each version shifts every offset and changes a year."""
    folder.mkdir(exist_ok=True)
    for i in range(4):
        lead = "Note. " * (version * 3)
        (folder / f"{i}.txt").write_text(
            f"{lead}Pavel Fitin was born in 190{i + version} in Ozhogino. Fitin died in 1971 in Moscow.\n",
            encoding="utf-8",
        )
    return folder


def _quote_mismatches(kb: api.KnowledgeBase) -> int:
    """Claims whose quote is not the stored document text at their offsets (must be 0)."""
    with kb.engine.connect() as conn:
        docs = dict(conn.execute(select(s.documents.c.id, s.documents.c.text)).all())
        rows = conn.execute(select(s.claims.c.document_id, s.claims.c.start, s.claims.c.end, s.claims.c.quote)).all()
    return sum(1 for d, a, b, q in rows if docs[d][a:b] != q)


def _slow(started: threading.Event, pause: float = 0.15):  # type: ignore[no-untyped-def]
    """A progress callback that marks the build as started and widens its window."""

    def progress(stage: str, done: int, total: int) -> None:
        started.set()
        time.sleep(pause)

    return progress


def _in_thread(target, *args, **kwargs) -> tuple[threading.Thread, dict]:  # type: ignore[no-untyped-def]
    """Run ``target`` in a thread; its result or exception lands in the returned dict."""
    out: dict = {}

    def body() -> None:
        try:
            out["result"] = target(*args, **kwargs)
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            out["error"] = exc
        out["ended"] = time.monotonic()

    thread = threading.Thread(target=body)
    thread.start()
    return thread, out


def test_two_builds_at_once_one_waits_and_nothing_is_lost(pg_url: str, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTOID_LOCK_TIMEOUT", "60")
    kb = api.open_kb(pg_url)
    assert api.ingest(kb, [shutil.copytree(MINI, tmp_path / "mini")]).ok
    started = threading.Event()
    first, first_out = _in_thread(api.build, kb, progress=_slow(started))
    assert started.wait(60)
    second, second_out = _in_thread(api.build, api.open_kb(pg_url))
    first.join(120)
    second.join(120)
    assert "error" not in first_out and "error" not in second_out, (first_out, second_out)
    assert len(first_out["result"].extracted) == 3
    assert second_out["result"].extracted == [] and second_out["result"].skipped == 3  # it waited, then saw the work done
    assert second_out["ended"] >= first_out["ended"]
    reference = api.open_kb(f"sqlite:///{tmp_path / 'one.db'}")
    api.ingest(reference, [tmp_path / "mini"])
    api.build(reference)
    assert api.export_lines(kb) == api.export_lines(reference)


def test_a_second_writer_fails_with_one_line_after_the_timeout_and_readers_go_on(pg_url: str, tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "docs", 0)
    kb = api.open_kb(pg_url)
    api.ingest(kb, [corpus])
    with db.write_transaction(kb.engine):  # another process's build, holding the write lock
        assert len(api.documents(api.open_kb(pg_url))) == 4  # a reader is not blocked
        for args, timeout in ((["ingest", str(corpus)], "0.3"), (["build"], "0.3"), (["build"], "0")):
            began = time.monotonic()  # (a zero timeout means "do not wait", not "wait forever")
            result = runner.invoke(app, ["--db", pg_url, *args], env={"FACTOID_LOCK_TIMEOUT": timeout})
            assert result.exit_code == 1, result.output
            assert result.stderr.strip() == BUSY
            assert time.monotonic() - began < 10
    result = runner.invoke(app, ["--db", pg_url, "build", "--json"], env={"FACTOID_LOCK_TIMEOUT": "0"})
    assert result.exit_code == 0, result.output  # the lock is free again: nothing was left behind
    assert json.loads(result.stdout)["extracted"] == 4


def test_an_ingest_during_a_build_waits_and_quotes_match_afterwards(pg_url: str, tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "docs", 0)
    kb = api.open_kb(pg_url)
    api.ingest(kb, [corpus])
    started = threading.Event()
    builder, out = _in_thread(api.build, kb, progress=_slow(started))
    assert started.wait(60)
    _corpus(corpus, 1)
    report = api.ingest(api.open_kb(pg_url), [corpus])  # waits for the build to commit
    builder.join(120)
    assert "error" not in out, out
    assert len(report.changed) == 4
    assert _quote_mismatches(kb) == 0
    api.build(kb)
    assert _quote_mismatches(kb) == 0


def test_a_reader_sees_one_state_while_a_writer_commits(kb_url: str) -> None:
    """A read model cut from several queries must not mix two states of the knowledge base."""
    kb = api.open_kb(kb_url)
    count = select(func.count()).select_from(s.persons)
    with kb.engine.connect() as reader:
        before = reader.execute(count).scalar()
        with db.write_transaction(kb.engine) as writer:
            writer.execute(insert(s.persons).values(id="person/new", name="New Person"))
        assert reader.execute(count).scalar() == before  # still the state it began with
    with kb.engine.connect() as fresh:
        assert fresh.execute(count).scalar() == before + 1


def test_the_workspace_reads_whole_states_during_a_build(kb_url: str, tmp_path: Path) -> None:
    """Every page the workspace serves while a build runs shows the knowledge base before the
    build or after it, never a mixture, and never an error."""
    kb = api.open_kb(kb_url)
    corpus = _corpus(tmp_path / "docs", 0)
    api.ingest(kb, [corpus])
    api.build(kb)
    _corpus(corpus, 1)
    api.ingest(kb, [corpus])
    client = TestClient(create_app(api.open_kb(kb_url)))

    def state() -> tuple[str, str]:
        people = client.get("/api/people")
        assert people.status_code == 200, people.text
        return json.dumps(people.json(), sort_keys=True), json.dumps(api.export_lines(kb), sort_keys=True)

    before = state()
    started = threading.Event()
    builder, out = _in_thread(api.build, api.open_kb(kb_url), progress=_slow(started, 0.3))
    assert started.wait(60)
    seen = []
    while builder.is_alive():
        seen.append(state())
    builder.join()
    assert "error" not in out, out
    after = state()
    assert after != before and seen
    assert all(people in (before[0], after[0]) for people, _ in seen)
    assert all(lines in (before[1], after[1]) for _, lines in seen)
    with kb.engine.connect() as conn:  # nothing of the build was lost either
        assert conn.execute(text("SELECT count(*) FROM extractions")).scalar() == 4


def test_two_processes_creating_one_knowledge_base_at_once(pg_url: str) -> None:
    """Both openings succeed; the schema is made once (the second waits, then finds it)."""
    barrier = threading.Barrier(4)

    def open_it() -> str:
        barrier.wait(30)
        engine = db.open_engine(pg_url)
        engine.dispose()
        return "ok"

    runs = [_in_thread(open_it) for _ in range(4)]
    for thread, _ in runs:
        thread.join(120)
    assert [out.get("result", out.get("error")) for _, out in runs] == ["ok"] * 4
    kb = api.open_kb(pg_url)
    with kb.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM alembic_version")).scalar() == 1
    assert api.documents(kb) == []
