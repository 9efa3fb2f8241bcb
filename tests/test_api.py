"""``factoid.api``: ingest and build are atomic; an interrupted run leaves the previous knowledge
base exactly as it was. Each test has its own SQLite file under ``tmp_path``."""

from __future__ import annotations

import io
import shutil
import sqlite3
from pathlib import Path

import pytest

import factoid.api as api
from factoid import reconcile_memo, resolve_memo
from factoid.errors import NotFoundError, UsageError
from factoid.store import writes

pytestmark = pytest.mark.slow

MINI = Path(__file__).parent / "fixtures" / "mini"
TABLES = ("documents", "passages", "extractions", "mentions", "claims", "persons", "aliases",
          "identities", "assessments", "disputes", "sources")


class Boom(RuntimeError):
    """Stands for a crash, a kill or a full disk in the middle of a run."""


def snapshot(db: Path) -> dict[str, list[tuple]]:
    """Every row of every knowledge-base table, in a stable order."""
    with sqlite3.connect(db) as conn:
        return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in TABLES}


def integrity(db: Path) -> str:
    with sqlite3.connect(db) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return Path(shutil.copytree(MINI, tmp_path / "mini"))


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The mini corpus ingested and built once per module: (database file, corpus folder)."""
    base = tmp_path_factory.mktemp("api-template")
    corpus = Path(shutil.copytree(MINI, base / "mini"))
    kb = api.open_kb(str(base / "kb.db"))
    assert api.ingest(kb, [corpus]).ok
    api.build(kb)
    kb.engine.dispose()
    return base / "kb.db", corpus


@pytest.fixture
def kb(tmp_path: Path, corpus: Path, template: tuple[Path, Path]) -> api.KnowledgeBase:
    """This test's own copy of the built mini corpus, its documents pointing at ``corpus``."""
    db = tmp_path / "kb.db"
    shutil.copyfile(template[0], db)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE documents SET source_path = replace(source_path, ?, ?)", (str(template[1]), str(corpus)))
    return api.open_kb(str(db))


def db_of(kb: api.KnowledgeBase) -> Path:
    return Path(kb.engine.url.database)


# ---- the round trip ----------------------------------------------------------------------------


def test_round_trip(kb: api.KnowledgeBase) -> None:
    assert [d["id"] for d in api.documents(kb)] == ["sorge-biography.txt", "sorge-notes.md", "sorge-page.html"]
    assert api.people(kb)[0]["name"] == "Richard Sorge"
    who, lines = api.person_claims(kb, "Sorge")
    assert who["name"] == "Richard Sorge" and lines
    assert api.export_lines(kb) == [line for line in api.export_lines(kb)]
    out = io.StringIO()
    assert api.export(kb, "claims-jsonl", out) == len(api.export_lines(kb))
    answer = api.ask(kb, "When did Sorge die?")
    assert "disagree" in answer.text and answer.citations
    assert {d["property"] for d in api.disputes(kb)} >= {"date_of_death"}
    doc, passages = api.passages(kb, "sorge-notes.md")
    assert all(doc.text[p.start:p.end] == p.text for p in passages)


def test_one_path_as_a_string_is_one_path(tmp_path: Path, corpus: Path) -> None:
    kb = api.open_kb(str(tmp_path / "kb.db"))
    report = api.ingest(kb, str(corpus / "sorge-notes.md"))
    assert report.new == ["sorge-notes.md"] and not report.failed


def test_ingest_stdin(tmp_path: Path) -> None:
    kb = api.open_kb(str(tmp_path / "kb.db"))
    report = api.ingest(kb, ["-"], stdin=io.BytesIO(b"Richard Sorge was born in 1895 near Baku.\n"))
    assert len(report.new) == 1 and report.new[0].startswith("stdin-")


def test_progress_is_reported(tmp_path: Path, corpus: Path) -> None:
    kb = api.open_kb(str(tmp_path / "kb.db"))
    seen: list[tuple[str, int, int]] = []
    api.ingest(kb, [corpus], progress=lambda *a: seen.append(a))
    api.build(kb, progress=lambda *a: seen.append(a))
    stages = {s for s, _, _ in seen}
    assert {"ingest", "extract", "resolve", "reconcile"} <= stages
    assert ("extract", 3, 3) in seen


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda kb: api.person_claims(kb, "Zzyzx Qwertyuiop"), NotFoundError),
        (lambda kb: api.dossier(kb, "Zzyzx Qwertyuiop"), NotFoundError),
        (lambda kb: api.timeline(kb, "Zzyzx Qwertyuiop"), NotFoundError),
        (lambda kb: api.disputes(kb, "Zzyzx Qwertyuiop"), NotFoundError),
        (lambda kb: api.passages(kb, "nope.txt"), NotFoundError),
        (lambda kb: api.ask(kb, "   "), UsageError),
        (lambda kb: api.export(kb, "nope", io.StringIO()), UsageError),
    ],
    ids=["claims", "dossier", "timeline", "disputes", "passages", "ask", "export"],
)
def test_user_errors(kb: api.KnowledgeBase, call, error: type) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(error):
        call(kb)


# ---- an interrupted build leaves the previous knowledge base intact ----------------------------


def _change_a_document(kb: api.KnowledgeBase, corpus: Path) -> None:
    """Give the next build extraction work: one changed document."""
    notes = corpus / "sorge-notes.md"
    notes.write_text(notes.read_text().replace("7 November 1943", "8 November 1942"))
    assert api.ingest(kb, [corpus]).changed == ["sorge-notes.md"]


def _crash(*args, **kwargs):  # type: ignore[no-untyped-def]
    raise Boom("interrupted")


@pytest.mark.parametrize(
    "target",
    [
        (reconcile_memo, "reconcile_memoised"),  # a local build reconciling, after extraction and resolution wrote
        (writes, "put_reconciliation"),
        (resolve_memo, "resolve_memoised"),  # the resolution a local build runs
    ],
    ids=["reconcile", "put_reconciliation", "resolve"],
)
def test_interrupted_build_keeps_previous_kb(
    kb: api.KnowledgeBase, corpus: Path, monkeypatch: pytest.MonkeyPatch, target: tuple
) -> None:
    db = db_of(kb)
    _change_a_document(kb, corpus)
    before = snapshot(db)
    assert before["claims"] and before["persons"] and before["assessments"] and before["disputes"]

    wrote: list[str] = []
    real_put = writes.put_extraction

    def put_extraction(conn, doc, *a, **k):  # type: ignore[no-untyped-def]
        real_put(conn, doc, *a, **k)
        wrote.append(doc.id)

    monkeypatch.setattr(writes, "put_extraction", put_extraction)
    monkeypatch.setattr(*target, _crash)
    with pytest.raises(Boom):
        api.build(kb)
    assert wrote == ["sorge-notes.md"], "the crash should come after extraction wrote rows"

    assert snapshot(db) == before
    assert integrity(db) == "ok"
    monkeypatch.undo()
    fresh = api.open_kb(str(db))  # opens fine and a rerun completes the work
    report = api.build(fresh)
    assert report.extracted == ["sorge-notes.md"]


def test_interrupted_put_extraction_keeps_previous_kb(kb: api.KnowledgeBase, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = db_of(kb)
    for name in ("sorge-biography.txt", "sorge-page.html"):
        path = corpus / name
        path.write_text(path.read_text().replace("1895", "1896"))
    api.ingest(kb, [corpus])
    before = snapshot(db)
    real_put = writes.put_extraction
    calls = []

    def put_extraction(conn, doc, *a, **k):  # type: ignore[no-untyped-def]
        calls.append(doc.id)
        real_put(conn, doc, *a, **k)
        if len(calls) == 2:  # the second document's rows are written, then the run dies
            raise Boom("interrupted")

    monkeypatch.setattr(writes, "put_extraction", put_extraction)
    with pytest.raises(Boom):
        api.build(kb)
    assert snapshot(db) == before
    assert integrity(db) == "ok"


# ---- an interrupted ingest stores nothing of that run ------------------------------------------


def test_interrupted_ingest_stores_nothing_of_the_run(
    kb: api.KnowledgeBase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = db_of(kb)
    before = snapshot(db)
    folder = tmp_path / "more"
    folder.mkdir()
    (folder / "a-first.txt").write_text("Nikolai Vavilov was born on 25 November 1887 in Moscow.\n")
    (folder / "b-second.txt").write_text("Nikolai Vavilov died on 26 January 1943 in Saratov.\n")
    real_put = writes.put_document
    calls = []

    def put_document(conn, doc, passages, **options):  # type: ignore[no-untyped-def]
        calls.append(doc.id)
        real_put(conn, doc, passages, **options)  # the second document's rows are written ...
        if len(calls) == 2:
            raise Boom("interrupted")  # ... and then the run dies

    monkeypatch.setattr(writes, "put_document", put_document)
    with pytest.raises(Boom):
        api.ingest(kb, [folder])
    assert calls == ["a-first.txt", "b-second.txt"]
    assert snapshot(db) == before  # neither a-first.txt nor half of b-second.txt
    assert integrity(db) == "ok"
    monkeypatch.undo()
    assert sorted(api.ingest(api.open_kb(str(db)), [folder]).new) == ["a-first.txt", "b-second.txt"]


def test_interrupted_ingest_of_a_changed_document_keeps_the_old_version(
    kb: api.KnowledgeBase, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Replacing a document deletes its old rows first: a crash then must not lose them."""
    db = db_of(kb)
    _before_text = snapshot(db)
    notes = corpus / "sorge-notes.md"
    notes.write_text(notes.read_text() + "\nOne more line written later.\n")
    monkeypatch.setattr(api, "_refresh_duplicates", _crash)
    with pytest.raises(Boom):
        api.ingest(kb, [corpus])
    assert snapshot(db) == _before_text


def test_interrupted_prune_keeps_everything(kb: api.KnowledgeBase, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = db_of(kb)
    before = snapshot(db)
    (corpus / "sorge-page.html").unlink()
    monkeypatch.setattr(api, "_refresh_duplicates", _crash)
    with pytest.raises(Boom):
        api.ingest(kb, [corpus], prune=True)
    assert snapshot(db) == before


def test_a_document_that_fails_extraction_is_reported_and_the_build_goes_on(
    tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The extract stage's error policy: one failing document is named with its reason, the
    others are extracted, and the failed one stays stale so the next build retries it."""
    kb = api.open_kb(str(tmp_path / "kb.db"))
    api.ingest(kb, [corpus])
    victim = sorted(p.name for p in corpus.iterdir())[0]
    real = api.extract.extract_document

    def flaky(doc, passages, parsed):  # type: ignore[no-untyped-def]
        if doc.id == victim:
            raise Boom("parser fell over")
        return real(doc, passages, parsed)

    monkeypatch.setattr(api.extract, "extract_document", flaky)
    report = api.build(kb)
    assert report.failed == [(victim, "extraction failed: Boom: parser fell over")]
    assert victim not in report.extracted and len(report.extracted) == len(list(corpus.iterdir())) - 1
    assert report.claims > 0
    monkeypatch.setattr(api.extract, "extract_document", real)
    again = api.build(kb)
    assert again.failed == [] and again.extracted == [victim]


def test_build_reports_claims_the_gate_refuses(tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A claim that fails the grounding gate is counted by extractor and reason, not lost
    silently, and never reaches the store."""
    from dataclasses import replace

    kb = api.open_kb(str(tmp_path / "kb.db"))
    api.ingest(kb, [corpus])
    real = api.extract.extract_document

    def shifted(doc, passages, parsed):  # type: ignore[no-untyped-def]
        mentions, claims = real(doc, passages, parsed)
        bad = [replace(c, span=replace(c.span, start=c.span.start + 1)) for c in claims[:1]]
        return mentions, claims + bad

    monkeypatch.setattr(api.extract, "extract_document", shifted)
    report = api.build(kb)
    assert report.rejected_total >= 1
    assert all(set(reasons) == {"ungrounded"} for reasons in report.rejected.values())
    for line in api.export_lines(kb):
        assert all(s["quote"] for s in line["sources"])
