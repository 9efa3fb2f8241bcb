"""Issue 15.9: the workspace answers only the host names it was started for (DNS rebinding)."""

from __future__ import annotations


import pytest
from fastapi.testclient import TestClient

from factoid import api
from factoid.web.app import create_app, hosts_for


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> api.KnowledgeBase:
    return api.open_kb(str(tmp_path_factory.mktemp("host") / "kb.db"))


def test_a_foreign_host_header_is_refused(kb: api.KnowledgeBase) -> None:
    client = TestClient(create_app(kb, allowed_hosts=hosts_for("127.0.0.1")))
    assert client.get("/api/people", headers={"Host": "evil.example"}).status_code == 400
    assert client.get("/api/people", headers={"Host": "127.0.0.1:8765"}).status_code == 200
    assert client.get("/api/people", headers={"Host": "localhost:8765"}).status_code == 200


def test_extra_names_are_accepted_when_asked_for(kb: api.KnowledgeBase) -> None:
    client = TestClient(create_app(kb, allowed_hosts=hosts_for("10.1.2.3", ["kb.example.org"])))
    assert client.get("/api/people", headers={"Host": "kb.example.org"}).status_code == 200
    assert client.get("/api/people", headers={"Host": "10.1.2.3"}).status_code == 200
    assert client.get("/api/people", headers={"Host": "evil.example"}).status_code == 400


def test_wildcard_bind_accepts_this_machine_only() -> None:
    hosts = hosts_for("0.0.0.0")
    assert "127.0.0.1" in hosts and "*" not in hosts and "evil.example" not in hosts


def test_a_database_error_is_a_503_with_a_sentence(kb: api.KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlite3

    from sqlalchemy.exc import OperationalError

    from factoid.web import data

    def locked(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OperationalError("SELECT", {}, sqlite3.OperationalError("database is locked"))

    monkeypatch.setattr(data.SnapshotCache, "get", locked)
    client = TestClient(create_app(kb), raise_server_exceptions=False)
    response = client.get("/api/people")
    assert response.status_code == 503 and response.headers["Retry-After"] == "5"
    assert "busy" in response.json()["detail"]
