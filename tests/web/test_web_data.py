"""The cached read layer of the workspace (``factoid.web.data``): per-person parts of a page kept
per knowledge-base state, the least recently used dropped first, and dropped with the state."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from fastapi.testclient import TestClient

from factoid import api
from factoid.web import data, routes_pages
from factoid.web.app import create_app
from tests.web.curation_fixtures import built_db, fresh_kb  # noqa: F401 - fixtures

PERSON = "/people/ignace-reiss"


def test_recent_builds_once_and_drops_the_least_recently_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(data, "RECENT_KEPT", 2)
    snap = SimpleNamespace()
    built: list[str] = []

    def get(key: str) -> str:
        return data.recent(snap, (key,), lambda: built.append(key) or key.upper())  # type: ignore[arg-type]

    assert [get("a"), get("b"), get("a")] == ["A", "B", "A"]
    assert built == ["a", "b"]  # "a" was kept: built once
    get("c")  # three keys, room for two: "b" (used least recently) goes, "a" stays
    get("a")
    get("b")
    assert built == ["a", "b", "c", "b"]


def test_recent_keeps_text_within_its_byte_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(data, "RECENT_BYTES", 10)
    snap = SimpleNamespace()
    for key in "abc":
        data.recent(snap, (key,), lambda k=key: k * 4)  # type: ignore[arg-type, misc]
    assert list(snap._recent) == [("b",), ("c",)] and snap._recent_bytes == 8  # "a" dropped: 12 bytes > 10
    data.recent(snap, ("big",), lambda: "x" * 50)  # larger than the budget alone: kept, the rest dropped
    assert list(snap._recent) == [("big",)] and snap._recent_bytes == 50


def test_fragment_renders_its_block_once_per_snapshot() -> None:
    snap, calls = SimpleNamespace(), []

    def caller() -> str:
        calls.append(1)
        return "<p>quotes</p>"

    first = data.fragment(snap, "career", "person/x", caller=caller)
    again = data.fragment(snap, "career", "person/x", caller=caller)
    other = data.fragment(snap, "career", "person/y", caller=caller)
    assert str(first) == str(again) == str(other) == "<p>quotes</p>" and len(calls) == 2
    assert data.fragment(SimpleNamespace(), "career", "person/x", caller=caller) == first and len(calls) == 3


def test_dossier_worked_out_once_per_state_and_shown_the_same(kb: api.KnowledgeBase,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    client = TestClient(create_app(kb))
    real, calls = routes_pages._dossier_parts, []

    def counted(snap: data.Snapshot, person_id: str) -> dict:
        calls.append(person_id)
        return real(snap, person_id)

    monkeypatch.setattr(routes_pages, "_dossier_parts", counted)
    first = client.get(PERSON).text
    assert client.get(PERSON).text == first  # the same page from what was kept
    assert client.get("/people/person/ignace-reiss").text == first  # by full id: the same kept parts
    assert len(calls) == 1
    assert "Preferred values" in first and 'id="career"' in first and 'id="sources"' in first


def test_dossier_api_answer_kept_as_json(kb: api.KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> None:
    from factoid.web import routes_api

    client = TestClient(create_app(kb))
    real, calls = routes_api.bounded, []
    monkeypatch.setattr(routes_api, "bounded", lambda d, limit: calls.append(limit) or real(d, limit))
    first = client.get("/api/people/person/ignace-reiss")
    assert first.headers["content-type"] == "application/json"
    assert client.get("/api/people/ignace-reiss").json() == first.json()
    assert client.get("/api/people/ignace-reiss", params={"limit": 1}).json() != first.json()
    assert calls == [routes_api.DOSSIER_LIMIT, 1]  # once per person and cut
    assert first.json()["person"]["name"] == "Ignace Reiss"


def test_a_decision_shows_on_the_next_dossier_view(fresh_kb: api.KnowledgeBase) -> None:  # noqa: F811
    """Sections are kept per knowledge-base state: a note on a claim, or a preferred value,
    changes the state, so the next view renders them anew."""
    client = TestClient(create_app(fresh_kb, user="ada", edits=True))
    before = client.get(PERSON).text
    _, claims = api.person_claims(fresh_kb, "person/ignace-reiss")
    api.judge(fresh_kb, "note", claims[0]["key"], "Compare with the consular file.", user="ada")
    after = client.get(PERSON).text
    assert "Compare with the consular file." not in before and "Compare with the consular file." in after
    dossier = api.dossier(fresh_kb, "person/ignace-reiss")
    side = dossier["disputes"][0]["sides"][-1]
    api.judge(fresh_kb, "prefer", "person/ignace-reiss", dossier["disputes"][0]["property"], str(side["value"]),
              user="ada")
    infobox = client.get(PERSON).text.split('aria-labelledby="ib"')[1].split('id="network"')[0]
    assert "badge preferred" in infobox
