"""Opening the store: URLs, migrations, and clean errors for a store that cannot be opened."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import inspect
from typer.testing import CliRunner

from factoid.cli import app
from factoid.errors import StoreError
from factoid.store import DEFAULT_URL, db, open_engine, resolve_url
from factoid.store import schema as s

runner = CliRunner()
HEAD = ScriptDirectory.from_config(db._alembic_config()).get_current_head()


@pytest.fixture(autouse=True)
def _no_env_db(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FACTOID_DB", raising=False)


def revision(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]


# ---- URLs --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "env", "expected"),
    [
        (None, None, DEFAULT_URL),
        (None, "sqlite:///from-env.db", "sqlite:///from-env.db"),
        (None, "from-env.db", "sqlite:///from-env.db"),
        ("sqlite:///given.db", "sqlite:///from-env.db", "sqlite:///given.db"),  # --db beats the env
        ("research.db", None, "sqlite:///research.db"),
        ("/abs/path/research.db", None, "sqlite:////abs/path/research.db"),
        ("postgresql+psycopg://u@host/kb", None, "postgresql+psycopg://u@host/kb"),
    ],
)
def test_resolve_url(given: str | None, env: str | None, expected: str, monkeypatch: pytest.MonkeyPatch) -> None:
    if env is not None:
        monkeypatch.setenv("FACTOID_DB", env)
    assert resolve_url(given) == expected


# ---- migrations --------------------------------------------------------------------------------


def test_migrations_create_every_table(tmp_path: Path) -> None:
    path = tmp_path / "fresh.db"
    engine = open_engine(str(path))
    tables = set(inspect(engine).get_table_names())
    assert {t.name for t in s.metadata.sorted_tables} <= tables
    assert revision(path) == HEAD


def test_migrations_are_a_noop_on_a_migrated_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "kb.db"
    open_engine(str(path)).dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO persons (id, name) VALUES ('person/x', 'X')")

    def refuse(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("upgrade ran on a store that is already at head")

    monkeypatch.setattr(command, "upgrade", refuse)
    engine = open_engine(str(path))
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT name FROM persons").all() == [("X",)]
    assert revision(path) == HEAD


def test_schema_matches_the_migrations(tmp_path: Path) -> None:
    """Every column of ``schema.py`` exists in the migrated database (no drift)."""
    engine = open_engine(str(tmp_path / "kb.db"))
    insp = inspect(engine)
    for table in s.metadata.sorted_tables:
        have = {c["name"] for c in insp.get_columns(table.name)}
        assert {c.name for c in table.columns} <= have, table.name


def test_foreign_keys_are_on(tmp_path: Path) -> None:
    engine = open_engine(str(tmp_path / "kb.db"))
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


# ---- the three ways to name a store ------------------------------------------------------------


def _ingest_one(args: list[str], folder: Path, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    source = folder / "note.txt"
    source.write_text("Richard Sorge was born in 1895 near Baku.\n")
    return runner.invoke(app, [*args, "ingest", str(source)], env=env)


@pytest.mark.parametrize("how", ["url", "path", "env", "default"])
def test_db_selection(how: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    target = tmp_path / "chosen.db"
    args, env = {
        "url": (["--db", f"sqlite:///{target}"], None),
        "path": (["--db", str(target)], None),
        "env": ([], {"FACTOID_DB": str(target)}),
        "default": ([], None),
    }[how]
    result = _ingest_one(args, tmp_path, env)
    assert result.exit_code == 0, result.output
    expected = tmp_path / "factoid.db" if how == "default" else target
    assert expected.exists()
    with sqlite3.connect(expected) as conn:
        assert conn.execute("SELECT id FROM documents").fetchall() == [("note.txt",)]


# ---- clean errors ------------------------------------------------------------------------------

BAD_URLS = [
    "nosuchdialect://somewhere/kb",
    "sqlite:////nonexistent-folder/deeper/kb.db",
    "postgresql+psycopg2://user@localhost/kb",  # a driver that is not installed
    "postgresql://user@127.0.0.1:1/kb",  # no server there
    "mysql://user@localhost/kb",
]


@pytest.mark.parametrize("url", BAD_URLS)
def test_bad_url_is_a_store_error(url: str) -> None:
    with pytest.raises(StoreError) as caught:
        open_engine(url)
    assert str(caught.value).startswith(f"cannot open knowledge base {url}")


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("this is a text file, not SQLite\n" * 200)
    with pytest.raises(StoreError, match="cannot open knowledge base"):
        open_engine(str(path))


@pytest.mark.parametrize("url", [*BAD_URLS, "a-folder-not-a-file"])
@pytest.mark.parametrize("command_args", [["docs"], ["people", "--json"], ["build"], ["export"]])
def test_bad_url_cli_error(url: str, command_args: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a-folder-not-a-file").mkdir()
    result = runner.invoke(app, ["--db", url, *command_args])
    assert result.exit_code == 1, result.output
    assert isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: cannot open knowledge base"), result.stderr
    assert result.stdout == ""


def test_bad_url_cli_error_on_ingest(tmp_path: Path) -> None:
    result = _ingest_one(["--db", "nosuchdialect://x"], tmp_path)
    assert result.exit_code == 1
    assert result.stderr.startswith("error: cannot open knowledge base nosuchdialect://x")
