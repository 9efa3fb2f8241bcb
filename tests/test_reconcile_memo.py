"""Reconciliation assesses again only the persons and properties whose inputs changed (``reconcile_memo``),
and a rebuild then stores exactly what a fresh build of every document stores, on SQLite and
PostgreSQL: after a document is added, removed or changed, and after a decision is recorded."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import delete, select

from factoid import api, reconcile_memo
from factoid.reconcile import partition, reuse
from factoid.store import reads, writes
from factoid.store import schema as s
from test_rebuild import ADDED, EXAMPLES, _answers, _assert_as_fresh_build, _decide

pytestmark = pytest.mark.slow

#: Written for this test: a source on Krivitsky alone, giving him a birth year the others do not.
ONE_PERSON = """A note on Walter Krivitsky

Walter Krivitsky was born in 1898 in Podwołoczyska, this note says.
Krivitsky worked for Soviet military intelligence in the Netherlands.
"""


class Assessed:
    """The persons (and persons and properties) whose groups reconciliation assessed
    (``partition.assess_part``)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.persons: set[str] = set()
        self.keys: set[tuple[str, str]] = set()
        real = partition.assess_part

        def spy(grouped, *args):  # type: ignore[no-untyped-def]
            self.persons |= {g.person_id for g in grouped.groups}
            self.keys |= {(g.person_id, g.property) for g in grouped.groups}
            return real(grouped, *args)

        monkeypatch.setattr(partition, "assess_part", spy)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = Path(shutil.copytree(EXAMPLES, tmp_path / "corpus"))
    (folder / ADDED).rename(tmp_path / ADDED)
    return folder


def _with_claims(kb: api.KnowledgeBase) -> set[str]:
    """The persons some claim in effect is about (the ones reconciliation assesses)."""
    a = s.assessments
    with kb.engine.connect() as conn:
        return set(conn.execute(select(a.c.person_id).where(~a.c.grp.startswith("deprecated/"))).scalars())


def _built(kb_url: str, folder: Path) -> api.KnowledgeBase:
    kb = api.open_kb(kb_url)
    api.ingest(kb, [folder])
    api.build(kb, workers=1)
    _decide(kb)
    return kb


def test_a_document_on_one_person_reassesses_that_person_alone(
    kb_url: str, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its claims touch one person (and the trust of the sources it contradicts): the other
    persons keep their stored rows, and the knowledge base is a fresh build's."""
    kb = _built(kb_url, corpus)
    api.build(kb, workers=1)  # the decisions applied: the memo holds them now
    persons = len(api.people(kb))
    (corpus / "krivitsky-note.txt").write_text(ONE_PERSON, encoding="utf-8")
    api.ingest(kb, [corpus])
    spy = Assessed(monkeypatch)
    assert api.build(kb, workers=1).extracted == ["krivitsky-note.txt"]
    monkeypatch.undo()
    assert spy.persons and len(spy.persons) < persons / 2, spy.persons
    _assert_as_fresh_build(kb, corpus, tmp_path)


def test_a_build_without_change_assesses_nobody(kb_url: str, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    kb = _built(kb_url, corpus)
    api.build(kb, workers=1)
    before = _answers(kb)
    spy = Assessed(monkeypatch)
    api.build(kb, workers=1)
    monkeypatch.undo()
    assert spy.persons == set()
    assert _answers(kb) == before


def test_an_added_document_rebuilds_as_a_fresh_build(
    kb_url: str, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kb = _built(kb_url, corpus)
    shutil.move(tmp_path / ADDED, corpus / ADDED)
    api.ingest(kb, [corpus])
    spy = Assessed(monkeypatch)
    assert api.build(kb, workers=1).extracted == [ADDED]
    monkeypatch.undo()
    assert spy.persons  # the contradictions reach several persons
    _assert_as_fresh_build(kb, corpus, tmp_path)


def test_a_removed_document_rebuilds_as_a_fresh_build(kb_url: str, tmp_path: Path) -> None:
    """Removing a document deletes its claims' rows behind the memo's back (a cascade): the
    persons they were about are assessed again, the rest kept."""
    folder = Path(shutil.copytree(EXAMPLES, tmp_path / "corpus"))
    kb = _built(kb_url, folder)
    (folder / "orlov-profile-copy.txt").unlink()
    assert api.ingest(kb, [folder], prune=True).pruned == ["orlov-profile-copy.txt"]
    api.build(kb, workers=1)
    _assert_as_fresh_build(kb, folder, tmp_path)


def test_a_changed_document_rebuilds_as_a_fresh_build(kb_url: str, tmp_path: Path) -> None:
    folder = Path(shutil.copytree(EXAMPLES, tmp_path / "corpus"))
    kb = _built(kb_url, folder)
    notes = folder / "krivitsky-notes.txt"
    notes.write_text(notes.read_text(encoding="utf-8") + "\n" + ONE_PERSON, encoding="utf-8")
    assert api.ingest(kb, [folder]).changed == ["krivitsky-notes.txt"]
    api.build(kb, workers=1)
    _assert_as_fresh_build(kb, folder, tmp_path)


def test_a_new_decision_rebuilds_as_a_fresh_build(kb_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A preference and a confirmation change the ranks of one person's groups: that person
    is assessed again, and the knowledge base is a fresh build's with the same decisions."""
    folder = Path(shutil.copytree(EXAMPLES, tmp_path / "corpus"))
    kb = api.open_kb(kb_url)
    api.ingest(kb, [folder])
    api.build(kb, workers=1)
    api.build(kb, workers=1)
    disputed = api.disputes(kb)[0]
    person, prop = disputed["person_id"], disputed["property"]
    value = disputed["sides"][-1]["value"]
    spy = Assessed(monkeypatch)  # a decision is applied at once (``api.judge`` derives)
    api.judge(kb, "prefer", person, prop=prop, value=value, reason="a record", user="ann")
    assert person in spy.persons and len(spy.persons) < len(api.people(kb))
    lines = api.export_lines(kb)
    api.judge(kb, "claim", lines[1]["key"], verdict="confirmed", reason="seen", user="ann")
    spy.persons.clear()
    api.build(kb, workers=1)
    monkeypatch.undo()
    assert spy.persons == set()
    _assert_as_fresh_build(kb, folder, tmp_path)


def test_a_build_under_other_code_assesses_everybody(tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    kb = _built(f"sqlite:///{tmp_path / 'kb.db'}", corpus)
    api.build(kb, workers=1)
    monkeypatch.setattr(reuse, "fingerprint", lambda: "another factoid")
    spy = Assessed(monkeypatch)
    api.build(kb, workers=1)
    assert spy.persons == _with_claims(kb)


def test_a_person_whose_rows_lost_some_is_assessed_again(tmp_path: Path, corpus: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Rows deleted behind the memo's back (here by hand) make their person's memo entry
    unusable: that person is assessed again and its rows written whole."""
    kb = _built(f"sqlite:///{tmp_path / 'kb.db'}", corpus)
    api.build(kb, workers=1)
    before = _answers(kb)
    with kb.engine.begin() as conn:
        claim, person = conn.execute(select(s.assessments.c.claim_id, s.assessments.c.person_id)).first()
        conn.execute(delete(s.assessments).where(s.assessments.c.claim_id == claim))
    spy = Assessed(monkeypatch)
    api.build(kb, workers=1)
    monkeypatch.undo()
    assert spy.persons == {person}
    assert _answers(kb) == before


def test_the_memo_survives_its_text(tmp_path: Path, corpus: Path) -> None:
    """What ``dump`` writes, ``load`` reads back: digests, groups and disputes of every person."""
    kb = _built(f"sqlite:///{tmp_path / 'kb.db'}", corpus)
    shutil.move(tmp_path / ADDED, corpus / ADDED)
    api.ingest(kb, [corpus])
    api.build(kb, workers=1)
    with kb.engine.connect() as conn:
        text = reads.derived_state(conn, reconcile_memo.STATE)
        intact = writes.intact_assessments(conn)
    assert text and intact
    memo = reconcile_memo.load(text, intact)
    assert {pid for pid, _ in memo} == _with_claims(kb) and reconcile_memo.dump(memo) == text
    disputes = {(d.person_id, d.property) for e in memo.values() for d in e.disputes}
    assert disputes and {(d["person_id"], d["property"]) for d in api.disputes(kb)} >= disputes
    assert reconcile_memo.load(text, set()) == {} and reconcile_memo.load("not json", intact) == {}


def test_a_build_on_a_cluster_forgets_the_memo(tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A build whose reconciliation ran elsewhere (a cluster: here its partitions run in this
    process) rewrites every person without the memo: the memo is dropped, and the next build
    here assesses everyone again."""
    from factoid import resolve_partition
    from factoid.reconcile import reconcile
    from factoid.resolve import resolve
    from factoid.store.db import write_transaction

    kb = _built(f"sqlite:///{tmp_path / 'kb.db'}", corpus)
    monkeypatch.setattr(partition, "on_cluster", lambda address, workers=2: reconcile)
    monkeypatch.setattr(resolve_partition, "on_cluster", lambda address, workers=2: resolve)
    with write_transaction(kb.engine) as conn:
        api._derive(conn, cluster="tcp://elsewhere:8786")
        assert reads.derived_state(conn, reconcile_memo.STATE) is None
    monkeypatch.undo()
    spy = Assessed(monkeypatch)
    api.build(kb, workers=1)
    assert spy.persons == _with_claims(kb)
