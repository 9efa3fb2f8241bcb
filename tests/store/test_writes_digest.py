"""``writes._digest``, what ``sync_parts`` compares to tell a part's rows unchanged: equal
rows give equal digests however their equal values are shared between objects (the pickler
keeps no memo), and any different value, order or type gives another."""

from __future__ import annotations

from factoid.store import writes


def _row(doc: str, share: float, merged: bool | int) -> dict:
    return {"document_id": doc, "reliability": 0.75,
            "copies": [{"document": doc, "kind": "text", "share": share, "one_witness": merged}], "features": {"rounds": 4}}


def test_equal_rows_digest_alike_however_their_values_are_shared() -> None:
    shared = "notes-of-a-traveller.txt"
    apart = "".join(["notes-of-a-", "traveller.txt"])
    assert shared is not apart
    one = [{"document_id": shared, "copies": [{"document": shared}]}]
    other = [{"document_id": shared, "copies": [{"document": apart}]}]
    assert writes._digest(one) == writes._digest(other)
    assert writes._digest([_row(shared, 0.3, True)]) == writes._digest([_row(apart, 0.3, True)])


def test_any_different_value_order_or_type_digests_otherwise() -> None:
    base = writes._digest([_row("a.txt", 0.3, True), _row("b.txt", 0.5, False)])
    assert writes._digest([_row("b.txt", 0.5, False), _row("a.txt", 0.3, True)]) != base
    assert writes._digest([_row("a.txt", 0.31, True), _row("b.txt", 0.5, False)]) != base
    assert writes._digest([_row("a.txt", 0.3, 1), _row("b.txt", 0.5, False)]) != base
    assert writes._digest([_row("a.txt", 0.3, True)]) != base
