"""Every store feature on both backends: SQLite and PostgreSQL give the same knowledge base.

Each test runs once per backend (``kb_url``, ``built``). The mini corpus built on either
backend must export exactly the golden file of ``tests/test_export.py``, so any difference a
backend makes (types, ordering, JSON, booleans) shows as a diff of cited claims.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from alembic import command
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from fastapi.testclient import TestClient
from sqlalchemy import inspect, text
from typer.testing import CliRunner

from factoid import api
from factoid.cli import app
from factoid.errors import StoreError
from factoid.store import db, open_engine, writes
from factoid.store import schema as s
from factoid.store import search as search_mod
from store.pg import BACKENDS, SUPERUSER, new_kb_url

pytestmark = pytest.mark.slow

TESTS = Path(__file__).resolve().parent.parent
MINI = TESTS / "fixtures" / "mini"
GOLDEN = TESTS / "golden" / "mini-claims.jsonl"
HEAD = ScriptDirectory.from_config(db._alembic_config()).get_current_head()
runner = CliRunner()


def run(url: str, *args: str, code: int = 0, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    """``factoid --db URL ARGS`` in-process; the exit status must be ``code``, no traceback."""
    result = runner.invoke(app, ["--db", url, *args], env=env)
    detail = f"\nstdout:\n{result.stdout}\nstderr:\n{result.stderr}\nexception: {result.exception!r}"
    assert result.exit_code == code, detail
    assert result.exception is None or isinstance(result.exception, SystemExit), detail
    assert "Traceback" not in result.stderr, detail
    return result


def as_json(url: str, *args: str):  # type: ignore[no-untyped-def]
    return json.loads(run(url, *args, "--json").stdout)


@pytest.fixture(autouse=True)
def _no_env_db(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FACTOID_DB", raising=False)


@pytest.fixture(scope="module", params=BACKENDS)
def built(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The mini corpus ingested and built once per backend, through the command line."""
    base = tmp_path_factory.mktemp(f"built-{request.param}")
    url = new_kb_url(request, request.param, base)
    report = as_json(url, "ingest", str(shutil.copytree(MINI, base / "mini")))
    assert report["new"] == 3 and not report["failed"]
    assert as_json(url, "build")["extracted"] == 3
    return url


# ---- migrations --------------------------------------------------------------------------------


def revision(engine) -> str | None:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def test_migrations_up_from_empty_down_and_up_again(kb_url: str) -> None:
    engine = open_engine(kb_url)
    assert revision(engine) == HEAD
    assert {t.name for t in s.metadata.sorted_tables} <= set(inspect(engine).get_table_names())
    for table in s.metadata.sorted_tables:  # schema.py and the migrations agree
        have = {c["name"] for c in inspect(engine).get_columns(table.name)}
        assert {c.name for c in table.columns} <= have, table.name
    cfg = db._alembic_config()
    with db.write_transaction(engine) as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    engine.dispose()
    engine = open_engine(kb_url)  # up again from empty, search index included
    assert revision(engine) == HEAD
    with engine.connect() as conn:
        assert search_mod.backend(conn) in {"fts5", "tsvector"}
    engine.dispose()


def test_every_committed_write_raises_the_generation_and_a_rolled_back_one_does_not(kb_url: str) -> None:
    engine = open_engine(kb_url)
    with engine.connect() as conn:
        first = db.generation(conn)
    assert first is not None
    with db.write_transaction(engine) as conn:
        conn.execute(s.person_ids.insert().values(id="person/x", issued_at="2026"))
    with engine.connect() as conn:
        assert db.generation(conn) == first + 1
    with pytest.raises(RuntimeError), db.write_transaction(engine) as conn:
        conn.execute(s.person_ids.insert().values(id="person/y", issued_at="2026"))
        raise RuntimeError("abandoned")
    with engine.connect() as conn:
        assert db.generation(conn) == first + 1
        assert conn.execute(text("SELECT count(*) FROM person_ids WHERE id = 'person/y'")).scalar() == 0
        with db.write_transaction(engine):  # another connection's commit, seen by a new read only
            pass
    with engine.connect() as conn:
        assert db.generation(conn) == first + 2
    engine.dispose()


def test_migrating_a_migrated_store_is_a_noop(kb_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    open_engine(kb_url).dispose()

    def refuse(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("upgrade ran on a store that is already at head")

    monkeypatch.setattr(command, "upgrade", refuse)
    engine = open_engine(kb_url)
    assert revision(engine) == HEAD
    engine.dispose()


def test_a_foreign_database_is_refused_and_left_alone(kb_url: str) -> None:
    engine = db._engine(kb_url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE recipes (name TEXT)"))
        conn.execute(text("INSERT INTO recipes VALUES ('borscht')"))
    result = run(kb_url, "ingest", str(MINI), code=1)
    assert "not a factoid knowledge base" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert inspect(engine).get_table_names() == ["recipes"]
    engine.dispose()


def test_a_newer_schema_is_refused_with_one_line(kb_url: str) -> None:
    engine = open_engine(kb_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    lines = run(kb_url, "docs", code=1).stderr.strip().splitlines()
    assert len(lines) == 1 and "newer than this factoid" in lines[0]
    with pytest.raises(StoreError):
        open_engine(kb_url)


# ---- the commands, end to end ------------------------------------------------------------------


def test_export_is_the_golden_file(built: str) -> None:
    exported = run(built, "export", "--format", "claims-jsonl").stdout
    assert exported.splitlines() == GOLDEN.read_text(encoding="utf-8").splitlines()


def test_every_stored_claim_is_grounded(built: str) -> None:
    engine = db._engine(built)
    with engine.connect() as conn:
        docs = dict(conn.execute(text("SELECT id, text FROM documents")).all())
        claims = conn.execute(text('SELECT document_id, start, "end", quote FROM claims')).all()
    engine.dispose()
    assert claims and all(docs[d][a:b] == q for d, a, b, q in claims)


def test_people_person_claims_disputes_timeline(built: str) -> None:
    people = as_json(built, "people")
    sorge = next(p for p in people if p["name"] == "Richard Sorge")
    assert sorge["documents"] == 3 and sorge["claims"] > 5 and sorge["disputes"] >= 1
    dossier = as_json(built, "person", "Sorge")
    assert dossier["person"]["id"] == sorge["id"] and dossier["infobox"]
    claims = as_json(built, "claims", "Richard Sorge")
    assert claims and all(c["sources"] for c in claims)
    assert any(c["disputed"] for c in claims)
    disputes = as_json(built, "disputes")
    assert disputes and all(len(d["sides"]) >= 2 for d in disputes)
    assert as_json(built, "timeline", "Sorge")["events"]
    docs = as_json(built, "docs")
    assert sorted(d["id"] for d in docs) == sorted(p.name for p in MINI.iterdir())


def test_ask_cites_both_sides_of_a_dispute(built: str) -> None:
    answer = as_json(built, "ask", "When did Richard Sorge die?")
    assert answer["person"] and len(answer["citations"]) >= 2


def test_same_answers_on_both_backends(built: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    """What the commands print does not depend on the backend (compared with a SQLite build)."""
    base = tmp_path_factory.mktemp("reference")
    reference = f"sqlite:///{base / 'kb.db'}"
    run(reference, "ingest", str(shutil.copytree(MINI, base / "mini")))
    run(reference, "build")
    for args in (["people"], ["person", "Sorge"], ["disputes"], ["claims", "Sorge"], ["timeline", "Sorge"],
                 ["ask", "Where was Richard Sorge born?"]):
        assert as_json(built, *args) == as_json(reference, *args), args


def test_incremental_rebuild(kb_url: str, tmp_path: Path) -> None:
    corpus = Path(shutil.copytree(MINI, tmp_path / "mini"))
    run(kb_url, "ingest", str(corpus))
    assert as_json(kb_url, "build")["extracted"] == 3
    note = corpus / "sorge-notes.md"
    note.write_text(note.read_text(encoding="utf-8") + "\nRichard Sorge was awarded the Order of Lenin.\n",
                    encoding="utf-8")
    assert as_json(kb_url, "ingest", str(corpus))["changed"] == 1
    report = as_json(kb_url, "build")
    assert report["extracted"] == 1 and report["unchanged"] == 2
    fresh = f"sqlite:///{tmp_path / 'fresh.db'}"
    run(fresh, "ingest", str(corpus))
    run(fresh, "build")
    assert run(kb_url, "export").stdout == run(fresh, "export").stdout
    note.unlink()
    assert as_json(kb_url, "ingest", str(corpus), "--prune")["pruned"] == 1
    run(kb_url, "build")
    assert "sorge-notes.md" not in run(kb_url, "export").stdout


def test_a_dispute_keeps_its_key_across_rebuilds(kb_url: str, tmp_path: Path) -> None:
    """Every build writes the disputes anew, and PostgreSQL's id sequence keeps counting where
    SQLite starts again: the key a page anchor and a citation use is made from what the
    dispute is about, so it names the same dispute after a rebuild on either store."""
    corpus = Path(shutil.copytree(MINI, tmp_path / "mini"))
    run(kb_url, "ingest", str(corpus))
    run(kb_url, "build")
    engine = open_engine(kb_url)
    with engine.connect() as conn:
        ids_before = sorted(conn.execute(select_dispute_ids).scalars())
    before = {d["key"]: (d["person_id"], d["property"], d["topic"]) for d in as_json(kb_url, "disputes")}
    note = corpus / "sorge-notes.md"
    note.write_text(note.read_text(encoding="utf-8") + "\nRichard Sorge was awarded the Order of Lenin.\n",
                    encoding="utf-8")
    run(kb_url, "ingest", str(corpus))
    run(kb_url, "build")
    with engine.connect() as conn:
        ids_after = sorted(conn.execute(select_dispute_ids).scalars())
    engine.dispose()
    after = {d["key"]: (d["person_id"], d["property"], d["topic"]) for d in as_json(kb_url, "disputes")}
    assert before and after == before
    assert len(ids_after) == len(ids_before)  # the row ids may differ: nothing shows them
    client = TestClient(api_app(kb_url))
    for key, (pid, _prop, _topic) in before.items():
        assert f'id="dispute-{key}"' in client.get("/disputes").text
        assert f'id="dispute-{key}"' in client.get("/people/" + pid.removeprefix("person/")).text


select_dispute_ids = text("SELECT id FROM disputes")


def api_app(url: str):  # type: ignore[no-untyped-def]
    from factoid.web.app import create_app

    return create_app(api.open_kb(url))


class Boom(RuntimeError):
    """Stands for a crash or a full disk in the middle of a build."""


def test_an_interrupted_build_keeps_the_previous_knowledge_base(kb_url: str, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = Path(shutil.copytree(MINI, tmp_path / "mini"))
    kb = api.open_kb(kb_url)
    api.ingest(kb, [corpus])
    api.build(kb)
    before = api.export_lines(kb), api.people(kb)
    note = corpus / "sorge-notes.md"
    note.write_text(note.read_text(encoding="utf-8") + "\nRichard Sorge was awarded the Order of Lenin.\n",
                    encoding="utf-8")
    assert len(api.ingest(kb, [corpus]).changed) == 1
    between = api.export_lines(kb), api.people(kb)

    def boom(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise Boom("interrupted")

    monkeypatch.setattr(writes, "put_reconciliation", boom)
    with pytest.raises(Boom):
        api.build(kb)
    assert (api.export_lines(kb), api.people(kb)) == between  # extraction rolled back with the rest
    monkeypatch.undo()
    assert len(api.build(kb).extracted) == 1  # the next build redoes it
    assert api.export_lines(kb) != before[0]


def test_a_missing_postgresql_database_is_one_line(pg_server) -> None:  # type: ignore[no-untyped-def]
    url = pg_server.url("no_such_kb")
    lines = run(url, "docs", code=1).stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: cannot open knowledge base {url}")
    assert "does not exist" in lines[0]


# ---- search ------------------------------------------------------------------------------------

SEARCH_DOCS = {
    "lwow.txt": "Pavel Fitin studied in Lwów and Gdańsk before the war. He later moved to Moscow.\n",
    "zorge.txt": "Рихард Зорге родился в Баку в 1895 году.\n",
    "hague.txt": "Walter Krivitsky lived in The Hague with his family.\n",
}


def _searchable(url: str, folder: Path) -> api.KnowledgeBase:
    folder.mkdir()
    for name, body in SEARCH_DOCS.items():
        (folder / name).write_text(body, encoding="utf-8")
    kb = api.open_kb(url)
    assert api.ingest(kb, [folder]).ok
    return kb


@pytest.fixture(scope="module", params=BACKENDS)
def searchable(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> api.KnowledgeBase:
    """The search documents ingested once per backend (no build needed: passages are indexed)."""
    base = tmp_path_factory.mktemp(f"search-{request.param}")
    return _searchable(new_kb_url(request, request.param, base), base / "docs")


def found(kb: api.KnowledgeBase, query: str) -> list[str]:
    with kb.engine.connect() as conn:
        return sorted({p["document"] for p in search_mod.search_passages(conn, query)})


@pytest.mark.parametrize(
    ("query", "documents"),
    [
        ("Lwow gdansk", ["lwow.txt"]),  # accents do not count
        ("LWÓW moscow", ["lwow.txt"]),  # nor case, and every word is required
        ("lwow hague", []),
        ("ЗОРГЕ", ["zorge.txt"]),  # Cyrillic folds case too
        ("Баку 1895", ["zorge.txt"]),
        ("Krivit", ["hague.txt"]),  # the last word is a prefix
        ("Krivit lived", []),  # the others are not
        ('"Hague" & | ! :* \' ( - *', ["hague.txt"]),  # operators typed by a user are words
        ("&&& !!!", []),
        ('NEAR( "Hague AND *', []),  # every word counts, "near" and "and" too
    ],
)
def test_search_passages(searchable: api.KnowledgeBase, query: str, documents: list[str]) -> None:
    assert found(searchable, query) == documents


def test_search_uses_the_backends_own_index(searchable: api.KnowledgeBase) -> None:
    with searchable.engine.connect() as conn:
        kind = search_mod.backend(conn)
        assert kind == {"sqlite": "fts5", "postgresql": "tsvector"}[conn.dialect.name]
        if kind == "tsvector":  # the query is written so that the GIN index answers it
            conn.execute(text("SET LOCAL enable_seqscan = off"))
            plan = conn.execute(
                text(f"EXPLAIN SELECT 1 FROM passages AS p WHERE to_tsvector('{search_mod.PG_CONFIG}', p.text) "
                     f"@@ to_tsquery('{search_mod.PG_CONFIG}', 'lwow')")
            ).scalars().all()
            assert any(search_mod.PG_INDEX in line for line in plan), plan


def test_search_index_follows_reingest(kb_url: str, tmp_path: Path) -> None:
    searchable = _searchable(kb_url, tmp_path / "docs")
    (tmp_path / "docs" / "hague.txt").write_text("Walter Krivitsky lived in Amsterdam.\n", encoding="utf-8")
    api.ingest(searchable, [tmp_path / "docs"])
    assert found(searchable, "Hague") == []
    assert found(searchable, "Amsterdam") == ["hague.txt"]


def test_web_search_and_pages(built: str) -> None:
    client = TestClient(__import__("factoid.web.app", fromlist=["create_app"]).create_app(api.open_kb(built)))
    res = client.get("/api/search", params={"q": "executed tokyo"}).json()
    assert res["backend"] in {"fts5", "tsvector"}
    assert res["passages"] and res["claims"]
    assert [p["name"] for p in client.get("/api/search", params={"q": "zorge"}).json()["people"]] == ["Richard Sorge"]
    for path in ("/", "/people/richard-sorge", "/search?q=Sorge", "/api/people"):
        assert client.get(path).status_code == 200, path


# ---- URLs --------------------------------------------------------------------------------------


def test_a_password_is_never_printed(tmp_path: Path) -> None:
    url = "postgresql+psycopg://someone:s3cret-word@127.0.0.1:1/kb"
    with pytest.raises(StoreError) as caught:
        open_engine(url)
    assert "s3cret" not in str(caught.value) and "someone:***@127.0.0.1:1/kb" in str(caught.value)


def test_a_plain_postgresql_url_over_the_local_socket(pg_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    url = pg_server.database().rsplit("/", 1)[1]
    url = f"postgresql:///{url}?host={pg_server.folder / 'sockets'}&port={pg_server.port}&user={SUPERUSER}"
    source = tmp_path / "note.txt"
    source.write_text("Richard Sorge was born in 1895 near Baku.\n", encoding="utf-8")
    run(url, "ingest", str(source))
    assert [d["id"] for d in as_json(url, "docs")] == ["note.txt"]
    pg_server.release(url.split("?")[0])


def test_a_postgresql_url_without_a_driver_uses_psycopg() -> None:
    assert db._with_driver("postgresql://u@h/kb") == "postgresql+psycopg://u@h/kb"
    assert db._with_driver("sqlite:///kb.db") == "sqlite:///kb.db"


def test_without_unaccent_search_still_works_and_accents_count(pg_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A role that may not create extensions (no CREATE on the database) still gets a working
    store: the migration falls back to plain ``simple`` text search."""
    name = "limited_kb"
    pg_server.admin("CREATE ROLE limited LOGIN")
    pg_server.admin(f"CREATE DATABASE {name}")
    try:
        import psycopg

        with psycopg.connect(pg_server.dsn(name), autocommit=True) as conn:
            conn.execute(f"REVOKE CREATE ON DATABASE {name} FROM PUBLIC")
            conn.execute("GRANT ALL ON SCHEMA public TO limited")
        url = pg_server.url(name, user="limited")
        folder = tmp_path / "docs"
        folder.mkdir()
        (folder / "lwow.txt").write_text(SEARCH_DOCS["lwow.txt"], encoding="utf-8")
        kb = api.open_kb(url)
        assert api.ingest(kb, [folder]).ok
        with kb.engine.connect() as conn:
            assert search_mod.backend(conn) == "tsvector"
            assert conn.execute(text("SELECT count(*) FROM pg_extension WHERE extname = 'unaccent'")).scalar() == 0
        assert found(kb, "Gdańsk") == ["lwow.txt"]
        assert found(kb, "GDAŃSK moscow") == ["lwow.txt"]
        assert found(kb, "Gdansk") == []
        kb.engine.dispose()
    finally:
        pg_server.drop(pg_server.url(name))
        pg_server.admin("DROP ROLE IF EXISTS limited")


def test_long_paths_and_names_fit_on_both_backends(kb_url: str, tmp_path: Path) -> None:
    """Nothing bounds a file path (a document id); PostgreSQL must not refuse what SQLite keeps."""
    folder = tmp_path / "src"
    deep = folder.joinpath(*[f"{'archive-box-' * 15}{i}" for i in range(4)])
    deep.mkdir(parents=True)
    (deep / "note.txt").write_text("Aleksandr Orlov was born in 1895 in Kiev.\n", encoding="utf-8")
    run(kb_url, "ingest", str(folder))
    run(kb_url, "build")
    (doc,) = as_json(kb_url, "docs")
    assert len(doc["id"]) > 600
    assert as_json(kb_url, "claims", "Orlov")


def test_listings_are_in_the_same_order_whatever_the_locale(kb_url: str, tmp_path: Path) -> None:
    """Ids sort byte by byte on both backends (a linguistic collation would put "a" before "B"
    and ignore the underscore)."""
    folder = tmp_path / "src"
    folder.mkdir()
    names = ["B.txt", "a.txt", "_c.txt", "Ä.txt", "b-2.txt", "b_1.txt"]
    for name in names:
        (folder / name).write_text("Pavel Fitin was born in 1908 in Ozhogino.\n", encoding="utf-8")
    run(kb_url, "ingest", str(folder))
    assert [d["id"] for d in as_json(kb_url, "docs")] == sorted(names)
