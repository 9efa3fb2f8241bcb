"""``writes.sync_changed``: a table ends holding exactly the rows given; only the rows of the
parts whose digests changed are read, and inside them only the rows that differ are written
(after one added document a few persons' identities change, not every one's)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from factoid.store import open_engine
from factoid.store import schema as s
from factoid.store import writes
from factoid.store.writes import sync, sync_changed


def _ident(entity: str, pid: str, score: float = 1.0, reason: str = "first") -> dict:
    return {"entity": entity, "person_id": pid, "score": score, "origin": "auto", "reason": reason}


def _rows(conn) -> list[dict]:  # type: ignore[no-untyped-def]
    return [dict(r) for r in conn.execute(select(s.identities).order_by(s.identities.c.entity)).mappings()]


class Reads:
    """Records which parts ``sync`` was asked to read (None: the whole table)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls: list[list[str] | None] = []
        real = writes.sync

        def spy(*args, **kw):  # type: ignore[no-untyped-def]
            within = kw.get("within")
            self.calls.append(None if within is None else list(within[1]))
            return real(*args, **kw)

        monkeypatch.setattr(writes, "sync", spy)


@pytest.fixture
def conn(tmp_path: Path):  # type: ignore[no-untyped-def]
    engine = open_engine(f"sqlite:///{tmp_path / 'kb.db'}")
    with engine.begin() as c:
        sync(c, s.persons, ("id",), [{"id": f"p/{n}", "name": n} for n in ("ann", "bob", "cy", "dee")])
        yield c
    engine.dispose()


def test_only_changed_parts_are_read_and_only_differing_rows_written(conn, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    reads = Reads(monkeypatch)
    rows = [_ident("d1@0", "p/ann"), _ident("d2@0", "p/ann"), _ident("d1@1", "p/bob"), _ident("d3@0", "p/cy")]
    sync_changed(conn, s.identities, ("entity",), "person_id", rows, "test")
    assert _rows(conn) == sorted(rows, key=lambda r: r["entity"])
    assert reads.calls == [None]  # no digests yet: every row compared
    written: list[str] = []
    insert_many = writes._insert_many
    monkeypatch.setattr(writes, "_insert_many", lambda c, table, rs: (
        written.extend(r["entity"] for r in rs), insert_many(c, table, rs))[1])
    # ann keeps hers and gains one; bob's entity moves to dee; cy's score changes
    rows = [rows[0], rows[1], _ident("d4@0", "p/ann"), _ident("d1@1", "p/dee", 0.7, "moved"),
            _ident("d3@0", "p/cy", 0.9)]
    sync_changed(conn, s.identities, ("entity",), "person_id", rows, "test")
    assert _rows(conn) == sorted(rows, key=lambda r: r["entity"])
    assert reads.calls[1] == ["p/ann", "p/bob", "p/cy", "p/dee"]
    # inside a changed part, the rows that did not change are not written again
    assert sorted(written) == ["d1@1", "d3@0", "d4@0"]
    rows = rows[:4]  # cy's only entity is gone: its part is emptied
    sync_changed(conn, s.identities, ("entity",), "person_id", rows, "test")
    assert reads.calls[2] == ["p/cy"] and _rows(conn) == sorted(rows, key=lambda r: r["entity"])
    sync_changed(conn, s.identities, ("entity",), "person_id", rows, "test")
    assert len(reads.calls) == 3  # nothing changed: nothing read


def test_rows_removed_behind_its_back_are_restored(conn) -> None:  # type: ignore[no-untyped-def]
    """A person deleted takes its identities along (the cascade), and rows written otherwise
    make every row compared: the table ends as given either way."""
    rows = [_ident("d1@0", "p/ann"), _ident("d1@1", "p/bob")]
    sync_changed(conn, s.identities, ("entity",), "person_id", rows, "test")
    conn.execute(s.identities.delete().where(s.identities.c.entity == "d1@1"))
    sync_changed(conn, s.identities, ("entity",), "person_id", rows, "test")
    assert _rows(conn) == rows
    conn.execute(s.identities.insert().values(_ident("d9@0", "p/dee")))  # a part no digest knows
    sync_changed(conn, s.identities, ("entity",), "person_id", rows, "test")
    assert _rows(conn) == rows
    sync_changed(conn, s.identities, ("entity",), "person_id", [], "test")
    assert _rows(conn) == []


def test_a_changed_part_with_many_values_is_read_in_chunks(conn) -> None:  # type: ignore[no-untyped-def]
    """More changed parts than one statement binds (500 a chunk)."""
    people = [{"id": f"p/{i:04d}", "name": str(i)} for i in range(1200)]
    sync(conn, s.persons, ("id",), people)
    rows = [_ident(f"d{i}@0", p["id"]) for i, p in enumerate(people)]
    sync_changed(conn, s.identities, ("entity",), "person_id", rows, "test")
    rows = [_ident(r["entity"], r["person_id"], 0.5) if i % 2 else r for i, r in enumerate(rows)]
    sync_changed(conn, s.identities, ("entity",), "person_id", rows, "test")
    assert _rows(conn) == sorted(rows, key=lambda r: r["entity"])
