"""``api.search`` reads only what a search needs (``search.snapshot``), with the results the
full read model gives."""

from __future__ import annotations

import pytest

from factoid import api, readmodel
from factoid import search as search_mod
from kb_fixture import build_kb


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return build_kb(tmp_path_factory.mktemp("search"))


QUERIES = ["Lyushkov", "Люшков", "Ljushkov", "Odessa", "1938", "Krivitsky Paris", "born", "Nina", "nothing here", "died"]


@pytest.mark.parametrize("query", QUERIES)
def test_same_results_as_the_full_read_model(kb, query: str) -> None:
    with kb.engine.connect() as conn:
        full = search_mod.search(conn, readmodel.build_snapshot(conn), query, 1, 5)
        light = search_mod.search(conn, search_mod.snapshot(conn), query, 1, 5)
        pages = [search_mod.search(conn, search_mod.snapshot(conn), query, p, 5) for p in range(1, full["pages"] + 1)]
        full_pages = [search_mod.search(conn, readmodel.build_snapshot(conn), query, p, 5) for p in range(1, full["pages"] + 1)]
    assert light == full
    assert pages == full_pages
    assert api.search(kb, query, 1, 5) == full


def test_something_is_found(kb) -> None:
    found = api.search(kb, "Lyushkov")
    assert found["people"] and found["claims"] and found["passages"]
    assert all(c["claim"] for c in found["claims"])


def test_the_light_snapshot_skips_mentions(kb, monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*a, **k):  # noqa: ANN002, ANN003
        raise AssertionError("a search read every mention")

    monkeypatch.setattr(readmodel.reads, "get_mentions", fail)
    assert api.search(kb, "Lyushkov")["people"]
