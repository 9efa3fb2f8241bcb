"""``writes.sync`` and ``writes.sync_parts``: a table ends holding exactly the rows given, and
only rows (or parts) that differ are written (a rebuild after one added document rewrites what
changed, not every row)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, text

from factoid.store import open_engine
from factoid.store import schema as s
from factoid.store import writes
from factoid.store.writes import sync, sync_parts


def _rows(conn, table, *order):  # type: ignore[no-untyped-def]
    return [dict(r) for r in conn.execute(select(table).order_by(*order)).mappings()]


def _rowids(conn, name: str, key: str) -> dict:  # type: ignore[no-untyped-def]
    return dict(conn.execute(text(f"SELECT {key}, rowid FROM {name}")).all())


def test_sync_writes_only_what_differs(tmp_path: Path) -> None:
    engine = open_engine(f"sqlite:///{tmp_path / 'kb.db'}")
    people = [{"id": f"person/{n}", "name": n.title()} for n in ("ann", "bob", "cy", "dee")]
    with engine.begin() as conn:
        sync(conn, s.persons, ("id",), people)
        assert _rows(conn, s.persons, s.persons.c.id) == people
        before = _rowids(conn, "persons", "id")
        changed = [people[0], {"id": "person/bob", "name": "Robert"}, people[3], {"id": "person/eve", "name": "Eve"}]
        sync(conn, s.persons, ("id",), changed)
        assert _rows(conn, s.persons, s.persons.c.id) == changed
        after = _rowids(conn, "persons", "id")
        # untouched rows stay where they were; the renamed and the new one are written anew
        assert after["person/ann"] == before["person/ann"] and after["person/dee"] == before["person/dee"]
        assert after["person/bob"] != before["person/bob"] and "person/cy" not in after
        sync(conn, s.persons, ("id",), [])
        assert _rows(conn, s.persons) == []
    engine.dispose()


def test_sync_compares_json_as_stored_and_rewrites_whole_groups_in_order(tmp_path: Path) -> None:
    engine = open_engine(f"sqlite:///{tmp_path / 'kb.db'}")
    with engine.begin() as conn:
        conn.execute(s.documents.insert().values(id="d", content_hash="h", size=1, format="txt", text="x",
                                                 ingested_at="now"))
        source = {"document_id": "d", "reliability": 0.7, "copies": ({"document": "e"},), "features": {"n": (1, 2)}}
        sync(conn, s.sources, ("document_id",), [source])
        rowid = _rowids(conn, "sources", "document_id")["d"]
        sync(conn, s.sources, ("document_id",), [source])  # a tuple reads back as a list: no change
        assert _rowids(conn, "sources", "document_id")["d"] == rowid
        sync(conn, s.persons, ("id",), [{"id": "p", "name": "P"}, {"id": "q", "name": "Q"}])
        aliases = [{"person_id": "p", "alias": a, "count": n} for a, n in (("Zed", 3), ("Abe", 1), ("Max", 2))]
        other = [{"person_id": "q", "alias": "Quin", "count": 1}]
        sync(conn, s.aliases, ("person_id", "alias"), aliases + other, whole="person_id")
        keep = _rowids(conn, "aliases", "person_id || alias")["qQuin"]
        aliases[1] = {**aliases[1], "count": 5}
        sync(conn, s.aliases, ("person_id", "alias"), aliases + other, whole="person_id")
        stored = [r[0] for r in conn.execute(text("SELECT alias FROM aliases WHERE person_id = 'p' ORDER BY rowid"))]
        assert stored == ["Zed", "Abe", "Max"]  # all of p's aliases again, in the order given
        assert _rowids(conn, "aliases", "person_id || alias")["qQuin"] == keep
    engine.dispose()


def _claims(conn, n: int) -> list[str]:  # type: ignore[no-untyped-def]
    """``n`` stored claims (assessments point at claims), by id."""
    conn.execute(s.documents.insert().values(id="d", content_hash="h", size=1, format="txt", text="x",
                                             ingested_at="now"))
    ids = [f"c{i}" for i in range(n)]
    conn.execute(s.claims.insert(), [
        {"id": c, "document_id": "d", "subject": "d#e", "subject_name": "E", "property": "born", "value": str(i), "value_text": str(i),
         "qualifiers": {}, "start": i, "end": i + 1, "quote": "x", "role": "main", "hedge": None, "extractor": "t"}
        for i, c in enumerate(ids)])
    return ids


def _assessment(cid: str, grp: str, confidence: float = 0.5) -> dict:
    return {"claim_id": cid, "person_id": "p", "grp": grp, "confidence": confidence, "disputed": False,
            "preferred": True, "witnesses": 1, "citations": 2, "features": {"why": [cid, grp]}}


def test_sync_parts_rewrites_only_the_parts_that_changed(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    engine = open_engine(f"sqlite:///{tmp_path / 'kb.db'}")
    written: list[str] = []
    insert_many = writes._insert_many
    monkeypatch.setattr(writes, "_insert_many", lambda conn, table, rows: (
        written.extend(r["claim_id"] for r in rows if "claim_id" in r), insert_many(conn, table, rows))[1])
    compared: list[int] = []  # calls of the row-by-row comparison
    row_sync = writes.sync
    monkeypatch.setattr(writes, "sync", lambda *a, **kw: (compared.append(1), row_sync(*a, **kw))[1])
    with engine.begin() as conn:
        c = _claims(conn, 6)
        rows = [_assessment(c[0], "g1"), _assessment(c[1], "g1"), _assessment(c[2], "g2"), _assessment(c[3], "g3")]
        sync_parts(conn, s.assessments, "grp", rows, "test")
        assert _rows(conn, s.assessments, s.assessments.c.claim_id) == rows and written == c[:4]
        assert compared == [1]  # no digests yet: rows compared
        written.clear()
        # g1 unchanged; c2 changes its confidence; c3 moves from g3 to a new g4; c4 joins g2
        rows = [rows[0], rows[1], _assessment(c[2], "g2", 0.9), _assessment(c[4], "g2"), _assessment(c[3], "g4")]
        sync_parts(conn, s.assessments, "grp", rows, "test")
        assert _rows(conn, s.assessments, s.assessments.c.claim_id) == sorted(rows, key=lambda r: r["claim_id"])
        assert sorted(written) == [c[2], c[3], c[4]]  # g1 was not written again
        written.clear()
        sync_parts(conn, s.assessments, "grp", rows, "test")
        assert written == [] and compared == [1]  # nothing changed, nothing written, no row read
    engine.dispose()


def test_sync_parts_notices_rows_removed_behind_its_back(tmp_path: Path) -> None:
    """A claim deleted (a document re-extracted or pruned) takes its assessment along through
    the cascade, without the digests knowing: the next call compares rows and restores it."""
    engine = open_engine(f"sqlite:///{tmp_path / 'kb.db'}")
    with engine.begin() as conn:
        c = _claims(conn, 2)
        rows = [_assessment(c[0], "g1"), _assessment(c[1], "g1")]
        sync_parts(conn, s.assessments, "grp", rows, "test")
        conn.execute(s.assessments.delete().where(s.assessments.c.claim_id == c[1]))
        sync_parts(conn, s.assessments, "grp", rows, "test")
        assert _rows(conn, s.assessments, s.assessments.c.claim_id) == rows
        writes.set_derived_state(conn, "test", None)  # digests forgotten: every row compared
        sync_parts(conn, s.assessments, "grp", rows[:1], "test")
        assert _rows(conn, s.assessments, s.assessments.c.claim_id) == rows[:1]
        sync_parts(conn, s.assessments, "grp", [], "test")
        assert _rows(conn, s.assessments) == []
    engine.dispose()


def test_sync_parts_rewrites_only_the_part_that_lost_rows(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A cascade removed rows of two parts: those parts are written whole again, the others
    left unread (no row-by-row comparison), and a part that lost all its rows goes."""
    engine = open_engine(f"sqlite:///{tmp_path / 'kb.db'}")
    compared: list[int] = []
    row_sync = writes.sync
    monkeypatch.setattr(writes, "sync", lambda *a, **kw: (compared.append(1), row_sync(*a, **kw))[1])
    with engine.begin() as conn:
        c = _claims(conn, 4)
        rows = [_assessment(c[0], "g1"), _assessment(c[1], "g1"), _assessment(c[2], "g2"), _assessment(c[3], "g3")]
        sync_parts(conn, s.assessments, "grp", rows, "test")
        conn.execute(s.assessments.delete().where(s.assessments.c.claim_id.in_([c[1], c[3]])))
        assert set(writes.intact_parts(conn, s.assessments, "grp", "test") or {}) == {"g2"}
        sync_parts(conn, s.assessments, "grp", rows[:3], "test")
        assert _rows(conn, s.assessments, s.assessments.c.claim_id) == rows[:3] and compared == [1]
    engine.dispose()


def test_sync_parts_keeps_the_rows_of_kept_parts(tmp_path: Path) -> None:
    """Parts named ``kept`` stay as stored though their rows are not given, with their digests
    (the next call still knows them); the others are made to hold the rows given."""
    engine = open_engine(f"sqlite:///{tmp_path / 'kb.db'}")
    with engine.begin() as conn:
        c = _claims(conn, 4)
        rows = [_assessment(c[0], "g1"), _assessment(c[1], "g1"), _assessment(c[2], "g2"), _assessment(c[3], "g3")]
        sync_parts(conn, s.assessments, "grp", rows, "test")
        changed = [_assessment(c[2], "g2", 0.9)]
        sync_parts(conn, s.assessments, "grp", changed, "test", kept=["g1"])  # g3 is gone
        assert _rows(conn, s.assessments, s.assessments.c.claim_id) == rows[:2] + changed
        assert set(writes.intact_parts(conn, s.assessments, "grp", "test") or {}) == {"g1", "g2"}
        sync_parts(conn, s.assessments, "grp", [], "test", kept=["g1", "g2"])
        assert _rows(conn, s.assessments, s.assessments.c.claim_id) == rows[:2] + changed
        writes.set_derived_state(conn, "test", None)  # nothing known: nothing can be kept
        with pytest.raises(RuntimeError):
            sync_parts(conn, s.assessments, "grp", [], "test", kept=["g1"])
    engine.dispose()


def test_put_resolution_with_what_the_caller_read_writes_what_it_would_read_itself(tmp_path: Path) -> None:
    """A derivation passes the person mentions and ids it read in the same transaction
    (``stored``, ``issued``) so they are not read twice: the tables end exactly as when
    ``put_resolution`` reads them itself, rows of ids not given now included."""
    from factoid.model import Person
    from factoid.store import reads

    def run(name: str, pass_read: bool) -> tuple:
        engine = open_engine(f"sqlite:///{tmp_path / name}")
        with engine.begin() as conn:
            first = [Person(id="person/ann", name="Ann", aliases={"Ann": 2}), Person(id="person/bob", name="Bob")]
            ids = {"d#1": ("person/ann", 1.0, "name"), "d#2": ("person/bob", 1.0, "name")}
            writes.put_resolution(conn, first, ids, person_mentions={"person/ann": ["k1", "k2"], "person/bob": ["k3"]})
            # the next build: bob is gone (his row of mention keys stays), ann holds k2 and k4, cy is new
            later = [Person(id="person/ann", name="Ann", aliases={"Ann": 3}), Person(id="person/cy", name="Cy")]
            ids = {"d#1": ("person/ann", 1.0, "name"), "d#3": ("person/cy", 0.9, "name")}
            held = {"person/ann": ["k2", "k4"], "person/cy": ["k5"]}
            extra = {"stored": reads.person_mentions(conn), "issued": reads.issued_person_ids(conn)} if pass_read else {}
            writes.put_resolution(conn, later, ids, person_mentions=held, **extra)
            out = (reads.person_mentions(conn), reads.issued_person_ids(conn), reads.get_persons(conn),
                   reads.identities(conn))
        engine.dispose()
        return out

    passed = run("a.db", True)
    assert passed == run("b.db", False)
    assert passed[0] == {"person/ann": {"k2", "k4"}, "person/bob": {"k3"}, "person/cy": {"k5"}}
    assert passed[1] == {"person/ann", "person/bob", "person/cy"}
