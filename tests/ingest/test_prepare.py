"""``factoid.ingest.prepare``: passages prepared by helper processes are the ones this process
prepares, in input order, and an ingest on several workers stores the same knowledge base."""

from __future__ import annotations

import io
import multiprocessing
import sqlite3
from pathlib import Path

import pytest

from factoid import api
from factoid.ingest import iter_documents, prepare
from factoid.model import Document

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "corpus"


def _doc(n: int) -> Document:
    """A small document of its own: a heading, two paragraphs of prose and a caption line."""
    text = (f"Life of Person {n}\n\nPerson {n} was born in {1800 + n} in Town{n} and studied law there.\n\n"
            f"In {1830 + n} Person {n} moved to the capital, where the family lived until {1850 + n}.\n\n"
            "Photo: the house in winter\n")
    return Document(id=f"doc-{n:03}.txt", text=text, content_hash=f"h{n}", size=len(text), format="txt")


@pytest.fixture
def helpers_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Helpers start at the first document, however little text there is."""
    monkeypatch.setattr(prepare, "MIN_CHARS_ALONE", 0)


def test_helpers_prepare_the_same_passages_in_input_order(helpers_at_once: None) -> None:
    items: list[Document | str] = []
    for n in range(40):
        items.append(_doc(n))
        if n % 7 == 0:
            items.append(f"not a document {n}")  # passes through untouched, in its place
    document = lambda item: item if isinstance(item, Document) else None  # noqa: E731
    alone = list(prepare.prepare_each(items, document, workers=1))
    helped, children = [], 0
    for pair in prepare.prepare_each(items, document, workers=2):
        helped.append(pair)
        children = max(children, len(multiprocessing.active_children()))
    assert children >= 1, "a helper process ran"
    assert [item for item, _ in helped] == items
    assert helped == alone
    assert all(p is None for item, p in alone if not isinstance(item, Document))
    assert all(p for item, p in alone if isinstance(item, Document))


def test_a_small_ingest_starts_no_helper() -> None:
    docs = [_doc(n) for n in range(5)]
    for _ in prepare.prepare_each(docs, lambda d: d, workers=4):
        assert not multiprocessing.active_children()


def test_a_failing_document_raises_in_the_parent(helpers_at_once: None) -> None:
    """A helper's exception is the same exception here, raised when that document comes up."""
    docs = [_doc(n) for n in range(6)]
    broken = Document(id="broken.txt", text=b"bytes, not text", content_hash="x", size=15, format="txt")  # type: ignore[arg-type]
    got = []
    with pytest.raises(TypeError):
        for item, _ in prepare.prepare_each([*docs, broken, _doc(9)], lambda d: d, workers=2):
            got.append(item.id)
    assert got == [d.id for d in docs]


def _stored(db: Path) -> list[tuple]:
    """Every stored passage and document row but the ingest time."""
    con = sqlite3.connect(db)
    try:
        rows = con.execute("SELECT document_id, idx, start, \"end\", text, role, role_reason, duplicate_of, language "
                           "FROM passages ORDER BY document_id, idx").fetchall()
        docs = con.execute("SELECT id, content_hash, text, language, title FROM documents ORDER BY id").fetchall()
    finally:
        con.close()
    return rows + docs


def _ingest_build_export(db: Path, workers: int) -> tuple[list[tuple], str, api.IngestReport]:
    kb = api.open_kb(f"sqlite:///{db}")
    report = api.ingest(kb, [EXAMPLES], workers=workers)
    api.build(kb, workers=1)
    out = io.StringIO()
    api.export(kb, "claims-jsonl", out)
    return _stored(db), out.getvalue(), report


def test_ingest_on_two_workers_stores_the_same_knowledge_base(tmp_path: Path, helpers_at_once: None) -> None:
    rows1, export1, report1 = _ingest_build_export(tmp_path / "one.db", 1)
    rows2, export2, report2 = _ingest_build_export(tmp_path / "two.db", 2)
    assert report1.new and report2.new == report1.new and not report2.failed
    assert rows2 == rows1
    assert export2 == export1 and export1.strip()


def test_documents_read_in_order_match_the_ingest(tmp_path: Path, helpers_at_once: None) -> None:
    """Ingest's report lists documents in the order the reader yields them, helpers or not."""
    kb = api.open_kb(f"sqlite:///{tmp_path / 'kb.db'}")
    expected = [d.id for d in iter_documents([EXAMPLES]) if isinstance(d, Document)]
    assert api.ingest(kb, [EXAMPLES], workers=2).new == expected


def test_cli_ingest_takes_workers(tmp_path: Path, helpers_at_once: None) -> None:
    import json

    from typer.testing import CliRunner

    from factoid.cli import app

    result = CliRunner().invoke(app, ["--db", str(tmp_path / "kb.db"), "ingest", "--workers", "2", "--json", str(EXAMPLES)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["new"] == len([p for p in EXAMPLES.iterdir() if p.name != "sources.csv"])
