"""Rebuilds after more than one added document: documents added, changed and removed at once,
and researchers' decisions (a merge, a split) made between builds. Each rebuild, which reuses
the last build's resolution (components, person ids, the persons' stored mention keys) where
nothing changed, must answer exactly as a derivation of everything over a knowledge base of
the same history, on SQLite and PostgreSQL."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from factoid import api
from factoid.reconcile import reuse
from factoid.store import reads, writes
from tests.test_rebuild import EXAMPLES, NEW_FORM, SURNAME_AND_NEWCOMER, _answers, _decide

pytestmark = pytest.mark.slow

#: Written for this test: one more line in a copy of a profile, restating what it says.
CHANGED_LINE = "\nThe same profile adds that Orlov kept his notes in a locked drawer.\n"


def _reference(request: pytest.FixtureRequest, kb_url: str, tmp_path: Path) -> api.KnowledgeBase:
    """A second, empty knowledge base on the backend of ``kb_url``."""
    if kb_url.startswith("sqlite"):
        return api.open_kb(f"sqlite:///{tmp_path / 'reference.db'}")
    server = request.getfixturevalue("pg_server")
    url = server.database()
    request.addfinalizer(lambda: server.release(url))
    return api.open_kb(url)


def _same_decisions(kb: api.KnowledgeBase, ref: api.KnowledgeBase, tmp_path: Path) -> None:
    decisions = tmp_path / "decisions.jsonl"
    with decisions.open("w", encoding="utf-8") as out:
        api.export_decisions(kb, out)
    api.import_decisions(ref, decisions)


def _rebuilt_as_derived_whole(kb: api.KnowledgeBase, ref: api.KnowledgeBase, folder: Path,
                              monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Ingest ``folder`` into both and build: ``kb`` incrementally, ``ref`` deriving
    everything (as under other code: no memo of the last build is read). Both carry the same
    history, so person ids persist alike (a fresh build would mint them from the names anew,
    which after a removed document is not what persistent ids give). They answer alike."""
    api.ingest(kb, [folder], prune=True)
    extracted = api.build(kb, workers=1).extracted
    api.ingest(ref, [folder], prune=True)
    with monkeypatch.context() as m:
        m.setattr(reuse, "fingerprint", lambda: "a derivation of everything")
        # and the identities compared row by row with all the stored ones (no digests trusted)
        m.setattr(writes, "sync_changed", _compared_row_by_row)
        api.build(ref, workers=1)
    got, want = _answers(kb), _answers(ref)
    for key in want:
        assert got[key] == want[key], key
    return extracted


def _compared_row_by_row(conn, table, key, part, rows, state) -> None:  # type: ignore[no-untyped-def]
    """``writes.sync_changed`` as ``writes.sync``: every stored row compared, the digests forgotten."""
    writes.sync(conn, table, key, rows)
    writes.set_derived_state(conn, state, None)


def _two_documents_of_one_person(kb: api.KnowledgeBase) -> tuple[str, str, str]:
    """A person several documents name, and two of those documents."""
    for person in sorted(api.people(kb), key=lambda p: (-p["documents"], p["id"])):
        with kb.engine.connect() as conn:
            docs = sorted({m["document_id"] for m in reads.mentions_of_person(conn, person["id"])})
        if len(docs) >= 2:
            return person["id"], docs[0], docs[1]
    raise AssertionError("no person in two documents")


def test_documents_added_changed_and_removed_at_once_rebuild_as_derived_whole(
    kb_url: str, tmp_path: Path, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = Path(shutil.copytree(EXAMPLES, tmp_path / "corpus"))
    kb, ref = api.open_kb(kb_url), _reference(request, kb_url, tmp_path)
    for k in (kb, ref):
        api.ingest(k, [folder])
        api.build(k, workers=1)
    _decide(kb)
    _same_decisions(kb, ref, tmp_path)
    (folder / "orlov-emigre-note.txt").write_text(NEW_FORM, encoding="utf-8")
    (folder / "hague-letter.txt").write_text(SURNAME_AND_NEWCOMER, encoding="utf-8")
    with (folder / "orlov-profile-copy.txt").open("a", encoding="utf-8") as out:
        out.write(CHANGED_LINE)
    (folder / "reiss-blog.txt").unlink()
    extracted = _rebuilt_as_derived_whole(kb, ref, folder, monkeypatch)
    assert sorted(extracted) == ["hague-letter.txt", "orlov-emigre-note.txt", "orlov-profile-copy.txt"]
    # and a document added to the rebuilt one after that
    (folder / "reiss-blog.txt").write_text((EXAMPLES / "reiss-blog.txt").read_text(encoding="utf-8"), encoding="utf-8")
    assert _rebuilt_as_derived_whole(kb, ref, folder, monkeypatch) == ["reiss-blog.txt"]


def test_a_split_and_a_merge_between_builds_rebuild_as_derived_whole(
    kb_url: str, tmp_path: Path, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A researcher splits a person between two of its documents and merges two persons; then
    a document is added: the persons split and joined keep or take ids as a derivation of
    everything gives them."""
    folder = Path(shutil.copytree(EXAMPLES, tmp_path / "corpus"))
    kb, ref = api.open_kb(kb_url), _reference(request, kb_url, tmp_path)
    for k in (kb, ref):
        api.ingest(k, [folder])
        api.build(k, workers=1)
    before = {p["id"] for p in api.people(kb)}
    person, doc_a, doc_b = _two_documents_of_one_person(kb)
    api.judge(kb, "different", f"{person}@{doc_a}", f"{person}@{doc_b}", reason="two men", user="ann")
    split = {p["id"] for p in api.people(kb)}
    assert len(split - before) == 1  # one new person: the side split off
    others = sorted(before - {person})
    api.judge(kb, "same", others[0], others[1], reason="one man", user="ann")
    assert len({p["id"] for p in api.people(kb)}) == len(split) - 1
    _same_decisions(kb, ref, tmp_path)
    (folder / "orlov-emigre-note.txt").write_text(NEW_FORM, encoding="utf-8")
    assert _rebuilt_as_derived_whole(kb, ref, folder, monkeypatch) == ["orlov-emigre-note.txt"]
