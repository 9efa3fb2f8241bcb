"""``writes.sync``: a table ends holding exactly the rows given, and only rows that differ are
written (a rebuild after one added document rewrites what changed, not every row)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select, text

from factoid.store import open_engine
from factoid.store import schema as s
from factoid.store.writes import sync


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
