"""Reconciliation reads the text of only the documents that are new or changed since the
last build (``partition.document_facts`` with ``reconcile_memo.DOCUMENTS``): a rebuild
after one added document reads one document's passages for its years and size, not the
corpus', and stores what a fresh build stores (on SQLite and PostgreSQL)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from factoid import api
from factoid.reconcile import partition
from factoid.store import reads
from test_rebuild import ADDED, EXAMPLES, _assert_as_fresh_build
from test_reconcile_memo import ONE_PERSON, _built

pytestmark = pytest.mark.slow


class Read:
    """The documents whose passages ``document_facts`` read (through ``document_years``)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.documents: list[str] = []
        real = partition.document_years

        def spy(passages):  # type: ignore[no-untyped-def]
            self.documents += sorted({p.document_id for p in passages})
            return real(passages)

        monkeypatch.setattr(partition, "document_years", spy)


def test_an_added_document_is_the_only_text_read(kb_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = Path(shutil.copytree(EXAMPLES, tmp_path / "corpus"))
    (folder / ADDED).rename(tmp_path / ADDED)
    kb = _built(kb_url, folder)
    api.build(kb, workers=1)  # the decisions applied
    shutil.move(tmp_path / ADDED, folder / ADDED)
    api.ingest(kb, [folder])
    spy = Read(monkeypatch)
    api.build(kb, workers=1)
    monkeypatch.undo()
    assert spy.documents == [ADDED]
    _assert_as_fresh_build(kb, folder, tmp_path)


def test_a_changed_document_is_read_again(kb_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = Path(shutil.copytree(EXAMPLES, tmp_path / "corpus"))
    kb = _built(kb_url, folder)
    api.build(kb, workers=1)
    notes = folder / "krivitsky-notes.txt"
    notes.write_text(notes.read_text(encoding="utf-8") + "\n" + ONE_PERSON.replace("1898", "1899"), encoding="utf-8")
    api.ingest(kb, [folder])
    spy = Read(monkeypatch)
    api.build(kb, workers=1)
    monkeypatch.undo()
    assert spy.documents == ["krivitsky-notes.txt"]
    _assert_as_fresh_build(kb, folder, tmp_path)


def test_a_build_under_other_code_reads_every_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = Path(shutil.copytree(EXAMPLES, tmp_path / "corpus"))
    kb = _built(f"sqlite:///{tmp_path / 'kb.db'}", folder)
    monkeypatch.setattr("factoid.reconcile.reuse.fingerprint", lambda: "other code")
    spy = Read(monkeypatch)
    api.build(kb, workers=1)
    with kb.engine.connect() as conn:
        assert spy.documents == sorted(reads.document_hashes(conn))
