"""Who may write through the workspace: the CSRF token, the loopback rule, the user's name.
Run against the ASGI app in-process (Starlette's TestClient)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from factoid import api
from factoid.web import csrf
from factoid.web.app import create_app
from factoid.web.routes_curation import edits_allowed
from tests.web.curation_fixtures import TOKEN, built_db, fresh_kb  # noqa: F401 - fixtures

pytestmark = pytest.mark.slow

PERSON = "/people/ignace-reiss"
CLAIMS = PERSON + "/claims?property=date_of_birth"  # the claims page carries the claim forms


def _token(client: TestClient) -> str:
    match = TOKEN.search(client.get(PERSON).text)
    assert match, "the page carries no form token"
    return match.group(1)


def _claim_key(kb: api.KnowledgeBase) -> str:
    _, claims = api.person_claims(kb, "person/ignace-reiss")
    return claims[0]["key"]


@pytest.mark.parametrize(("host", "allowed", "expected"), [
    ("127.0.0.1", False, True), ("localhost", False, True), ("::1", False, True), ("127.0.0.2", False, True),
    ("0.0.0.0", False, False), ("::", False, False), ("192.168.1.20", False, False), ("example.org", False, False),
    ("0.0.0.0", True, True), ("192.168.1.20", True, True),
])
def test_writing_is_off_off_loopback_unless_allowed(host: str, allowed: bool, expected: bool) -> None:
    assert edits_allowed(host, allowed) is expected


def test_valid_token_writes_and_names_the_user(fresh_kb: api.KnowledgeBase) -> None:
    client = TestClient(create_app(fresh_kb, user="ada", edits=True))
    page = client.get(PERSON)
    assert 'class="who"' in page.text and ">ada<" in page.text
    cookie = page.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie
    key = _claim_key(fresh_kb)
    claims = client.get(CLAIMS).text
    assert 'action="/curate/claim"' in claims
    assert f'name="next" value="{CLAIMS}"' in claims  # back to the same filtered page after the post
    r = client.post("/curate/claim", data={"csrf": _token(client), "key": key, "verdict": "wrong", "reason": "typo",
                                           "next": CLAIMS}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == CLAIMS
    [row] = api.decisions(fresh_kb)
    assert (row["kind"], row["verdict"], row["user"], row["reason"]) == ("claim", "wrong", "ada", "typo")


def test_a_note_shows_at_once(fresh_kb: api.KnowledgeBase) -> None:
    """The decisions log is read once per knowledge-base state: a new decision is seen by the next page."""
    client = TestClient(create_app(fresh_kb, user="ada", edits=True))
    assert "Check the party file." not in client.get(PERSON).text
    r = client.post("/curate/note", data={"csrf": _token(client), "target": "person/ignace-reiss",
                                          "text": "Check the party file.", "next": PERSON})
    assert r.status_code == 200 and "Check the party file." in r.text


@pytest.mark.parametrize("token", [None, "", "0" * 64, "other-session"])
def test_post_without_the_right_token_is_refused(fresh_kb: api.KnowledgeBase, token: str | None) -> None:
    app = create_app(fresh_kb, user="ada", edits=True)
    client = TestClient(app)
    client.get(PERSON)  # this browser's session cookie
    data = {"key": _claim_key(fresh_kb), "verdict": "wrong", "next": PERSON}
    if token == "other-session":  # a token valid for another browser, not this one
        data["csrf"] = csrf.token(app.state.workspace.secret, "someone-else")
    elif token is not None:
        data["csrf"] = token
    for route, extra in (("/curate/claim", {}), ("/curate/note", {"target": "person/ignace-reiss", "text": "x"}),
                         ("/curate/undo", {"decision": "1"})):
        r = client.post(route, data={**data, **extra}, follow_redirects=False)
        assert r.status_code == 403, route
        assert "token" in r.text
    assert api.decisions(fresh_kb) == []


def test_token_of_another_server_is_refused(fresh_kb: api.KnowledgeBase) -> None:
    """A restarted server (a new secret) refuses the forms of pages it did not serve."""
    old = TestClient(create_app(fresh_kb, edits=True))
    token = _token(old)
    new = TestClient(create_app(fresh_kb, edits=True), cookies=dict(old.cookies))
    r = new.post("/curate/claim", data={"csrf": token, "key": _claim_key(fresh_kb), "verdict": "wrong"})
    assert r.status_code == 403 and api.decisions(fresh_kb) == []


def test_network_server_without_allow_edits_refuses_writes(fresh_kb: api.KnowledgeBase) -> None:
    app = create_app(fresh_kb, user="ada", edits=edits_allowed("0.0.0.0", False))
    client = TestClient(app)
    page = client.get(PERSON)
    assert 'action="/curate' not in page.text and "read-only" in page.text
    assert 'action="/curate' not in client.get("/decisions").text + client.get("/review").text + client.get(CLAIMS).text
    token = csrf.token(app.state.workspace.secret, client.cookies[csrf.SESSION_COOKIE])  # even a valid token
    r = client.post("/curate/claim", data={"csrf": token, "key": _claim_key(fresh_kb), "verdict": "wrong"})
    assert r.status_code == 403 and "--allow-edits" in r.text
    assert api.decisions(fresh_kb) == []


def test_redirect_stays_on_this_site(fresh_kb: api.KnowledgeBase) -> None:
    client = TestClient(create_app(fresh_kb, edits=True))
    token = _token(client)
    for target in ("https://evil.example/", "//evil.example/x", "/\\evil.example"):
        r = client.post("/curate/note", data={"csrf": token, "target": "person/ignace-reiss", "text": "n",
                                              "next": target}, follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"] == "/"


def test_refused_decision_comes_back_as_a_message(fresh_kb: api.KnowledgeBase) -> None:
    client = TestClient(create_app(fresh_kb, edits=True))
    r = client.post("/curate/prefer", data={"csrf": _token(client), "person": "person/ignace-reiss",
                                            "property": "date_of_birth", "value": "1066", "next": PERSON})
    assert r.status_code == 200 and "Not recorded" in r.text and "1066" in r.text
    assert api.decisions(fresh_kb) == []


def test_serve_options(fresh_kb: api.KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> None:
    """``factoid serve``: --user names the workspace; a network address is read-only unless --allow-edits."""
    import uvicorn

    from factoid.cli import app as cli

    started: list = []
    monkeypatch.setattr(uvicorn, "run", lambda application, **kw: started.append((application, kw)))
    db = fresh_kb.engine.url.database
    runner = CliRunner()
    for args, user, edits in ((["--user", "ada"], "ada", True), (["--host", "0.0.0.0"], None, False),
                              (["--host", "0.0.0.0", "--allow-edits", "--user", "bo"], "bo", True)):
        result = runner.invoke(cli, ["--db", db, "serve", *args])
        assert result.exit_code == 0, result.output
        ws = started[-1][0].state.workspace
        assert ws.edits is edits and (user is None or ws.user == user)
        assert ("read-only" in result.output) is (not edits)
