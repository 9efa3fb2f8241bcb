"""``reads.tuples``: rows as the driver returns them, through a column type's result processor
only where it has one, must be exactly what SQLAlchemy's rows hold (JSON parsed, booleans as
booleans, on each backend); and ``get_claims``, which reads through it and parses qualifiers
only where a claim has some, gives every claim its stored qualifiers."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from factoid.store import reads
from factoid.store import schema as s
from kb_fixture import build_kb


def test_tuples_are_the_rows_sqlalchemy_reads(kb_url: str, tmp_path: Path) -> None:
    kb = build_kb(tmp_path, kb_url)
    with kb.engine.connect() as conn:
        for table in (s.assessments, s.claims, s.sources, s.passages):
            q = select(table).order_by(*table.primary_key.columns)
            rows = reads.tuples(conn, q)
            assert rows and rows == [tuple(r) for r in conn.execute(q).all()]
        disputed = reads.tuples(conn, select(s.assessments.c.disputed, s.assessments.c.features))
        assert all(isinstance(d, bool) and isinstance(f, dict) and f for d, f in disputed)


def test_claims_carry_their_stored_qualifiers(kb_url: str, tmp_path: Path) -> None:
    kb = build_kb(tmp_path, kb_url)
    with kb.engine.connect() as conn:
        stored = dict(conn.execute(select(s.claims.c.id, s.claims.c.qualifiers)).all())
        claims = reads.get_claims(conn)
    assert sorted(c.id for c in claims) == sorted(stored)
    assert {c.id: c.qualifiers for c in claims} == stored
    assert any(c.qualifiers for c in claims) and any(not c.qualifiers for c in claims)
    empty = [c.qualifiers for c in claims if not c.qualifiers]
    assert len({id(q) for q in empty}) == len(empty)  # each claim owns its dict
