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
