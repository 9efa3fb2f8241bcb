"""Issue 15.5, 15.6 and 15.10: one writer at a time, readers never blocked, builds that only
cite the text they read, atomic creation, and foreign or newer databases refused."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from factoid import api
from factoid.errors import StoreError
from factoid.store import db, open_engine

from .conftest import cli, quote_mismatches

SRC = str(Path(db.__file__).resolve().parents[2])


def _corpus(folder: Path, version: int) -> None:
    folder.mkdir(exist_ok=True)
    for i in range(4):
        lead = "Note. " * (version * 3)  # a new version shifts every offset
        (folder / f"{i}.txt").write_text(f"{lead}Pavel Fitin was born in 190{i} in Ozhogino.\n")


def test_ingest_during_a_build_waits_and_quotes_match_afterwards(tmp_path: Path) -> None:
    corpus = tmp_path / "docs"
    _corpus(corpus, 0)
    kb = api.open_kb(str(tmp_path / "kb.db"))
    api.ingest(kb, [corpus])
    started = threading.Event()

    def slow(stage: str, done: int, total: int) -> None:
        started.set()
        time.sleep(0.2)  # widen the window in which the ingest below tries to write

    builder = threading.Thread(target=api.build, args=(kb,), kwargs={"progress": slow})
    builder.start()
    assert started.wait(30)
    _corpus(corpus, 1)
    report = api.ingest(api.open_kb(str(tmp_path / "kb.db")), [corpus])  # waits for the build
    builder.join()
    assert len(report.changed) == 4
    assert quote_mismatches(tmp_path / "kb.db") == 0
    api.build(kb)
    assert quote_mismatches(tmp_path / "kb.db") == 0


def test_a_second_writer_gets_one_clear_line_and_readers_go_on(tmp_path: Path) -> None:
    path = tmp_path / "kb.db"
    corpus = tmp_path / "docs"
    _corpus(corpus, 0)
    cli(path, "ingest", str(corpus))
    kb = api.open_kb(str(path))
    with db.write_transaction(kb.engine):  # another process's build, holding the write lock
        assert len(api.documents(api.open_kb(str(path)))) == 4  # a reader is not blocked (WAL)
        result = cli(path, "ingest", str(corpus), code=1, env={"FACTOID_LOCK_TIMEOUT": "0.2"})
    assert result.stderr.strip() == "error: the knowledge base is busy: another process is writing to it; try again"


def test_kill_during_creation_never_leaves_a_broken_knowledge_base(tmp_path: Path) -> None:
    script = f"import sys; sys.path.insert(0, {SRC!r}); from factoid.store import open_engine; open_engine(sys.argv[1])"
    for n, delay in enumerate((0.3, 0.45, 0.6, 0.8, 1.0)):
        path = tmp_path / f"kb{n}.db"
        proc = subprocess.Popen([sys.executable, "-c", script, str(path)])
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        engine = open_engine(str(path))  # whatever the moment of the kill, this works
        with engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM documents").scalar() == 0
        engine.dispose()
        assert not [f for f in os.listdir(tmp_path) if f.endswith(".creating")]


def test_a_foreign_sqlite_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
        conn.execute("INSERT INTO recipes VALUES ('borscht')")
    result = cli(path, "ingest", str(tmp_path), code=1)
    assert "not a factoid knowledge base" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    assert tables == ["recipes"]


def test_a_newer_schema_is_refused_with_one_line(tmp_path: Path) -> None:
    path = tmp_path / "kb.db"
    open_engine(str(path)).dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    result = cli(path, "docs", code=1)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "newer than this factoid" in lines[0]
    with pytest.raises(StoreError):
        open_engine(str(path))


def test_half_created_tables_of_an_old_version_are_repaired(tmp_path: Path) -> None:
    path = tmp_path / "kb.db"
    with sqlite3.connect(path) as conn:  # what an interrupted non-atomic creation left behind
        conn.execute("CREATE TABLE documents (id TEXT PRIMARY KEY)")
        conn.execute("CREATE TABLE disputes (id TEXT PRIMARY KEY)")
    open_engine(str(path)).dispose()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM alembic_version").fetchone()[0] == 1


def test_read_only_and_full_disk_errors_are_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "kb.db"
    corpus = tmp_path / "docs"
    _corpus(corpus, 0)
    open_engine(str(path)).dispose()
    read_only = f"sqlite:///file:{path}?mode=ro&uri=true"
    result = cli(read_only, "ingest", str(corpus), code=1)
    assert result.stderr.strip() == "error: the knowledge base is read-only: cannot write to it"

    from sqlalchemy.exc import OperationalError

    from factoid.store import writes

    def full(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OperationalError("INSERT", {}, sqlite3.OperationalError("database or disk is full"))

    monkeypatch.setattr(writes, "put_document", full)
    result = cli(path, "ingest", str(corpus), code=1)
    assert result.stderr.strip().startswith("error: the disk is full")
