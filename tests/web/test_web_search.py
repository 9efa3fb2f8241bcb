"""Search across scripts, transliterations and diacritics, ranked people > claims > passages, paged."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from factoid.names import fold, skeleton
from factoid.search import Key

REISS = "person/ignace-reiss"


@pytest.mark.parametrize("typed, written", [
    ("Ljushkov", "Lyushkov"), ("Lushkov", "Lyushkov"), ("Люшков", "Lyushkov"), ("Эйтингон", "Eitingon"),
    ("Reiß", "Reiss"), ("Poretskii", "Poretsky"), ("lyush", "Lyushkov"),
])
def test_query_words_meet_other_spellings(typed: str, written: str) -> None:
    token = fold(written)
    assert Key.of(typed).hits(token, skeleton(written))


def test_short_words_do_not_match_by_sound() -> None:
    assert not Key.of("Ro").hits("reiss", skeleton("Reiss"))


@pytest.mark.parametrize("q", ["Рейсс", "Reiß", "REISS", "Reis"])
def test_other_scripts_find_the_person_and_their_claims(client: TestClient, q: str) -> None:
    r = client.get("/api/search", params={"q": q, "limit": 200}).json()
    assert r["people"] and r["people"][0]["id"] == REISS
    assert r["claims"] and all(c["person_id"] == REISS for c in r["claims"][:5])
    assert r["passages"], "passages found under the person's own spellings"
    assert r["totals"]["claims"] >= 5


def test_ranked_and_paged(client: TestClient) -> None:
    whole = client.get("/api/search", params={"q": "Reiss", "limit": 200}).json()
    assert whole["pages"] == 1 and whole["total"] == sum(whole["totals"].values()) > 6
    seen = []
    for page in range(1, 100):
        r = client.get("/api/search", params={"q": "Reiss", "limit": 5, "page": page}).json()
        seen += [("people", x["id"]) for x in r["people"]] + [("claims", x["property"], str(x["value"])) for x in r["claims"]]
        seen += [("passages", x["document"], x["index"]) for x in r["passages"]]
        if page == r["pages"]:
            break
    assert len(seen) == whole["total"] == len(set(seen))
    kinds = [k[0] for k in seen]
    assert kinds == sorted(kinds, key=["people", "claims", "passages"].index)  # people, then claims, then passages
    html = client.get("/search", params={"q": "Reiss"}).text
    assert "page 1 of" not in html  # one page at 30 per page for this small corpus
    assert client.get("/search", params={"q": "Reiss", "page": 2}).status_code == 200


def test_search_page_has_next_link(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    from factoid import search

    monkeypatch.setattr(search, "PAGE_SIZE", 3)
    monkeypatch.setattr(search.search, "__defaults__", (1, 3))
    html = client.get("/search", params={"q": "Reiss"}).text
    assert "page 1 of" in html and "page=2" in html


def test_nothing_found(client: TestClient) -> None:
    r = client.get("/api/search", params={"q": "Zzyzxqv"}).json()
    assert r["total"] == 0 and r["people"] == r["claims"] == r["passages"] == []
    assert "Nothing found" in client.get("/search", params={"q": "Zzyzxqv"}).text


def test_results_cite_sources_by_what_is_known_of_them(client: TestClient, kb) -> None:  # noqa: ANN001
    """Claims and passages found are cited as everywhere else ("Title (site, date)"), not by
    the file name, whenever the source's metadata says more."""
    from factoid import api

    cited = {d["id"]: d["citation"] for d in api.documents(kb)}
    r = client.get("/api/search", params={"q": "Reiss", "limit": 200}).json()
    found = [(x["document"], x["citation"]) for x in r["claims"] + r["passages"] if x["document"]]
    assert found and all(citation == cited[doc] for doc, citation in found)
    assert any(citation != doc for doc, citation in found)
    page = client.get("/search", params={"q": "Reiss"}).text
    assert any(cited[doc] in page for doc, _ in found if cited[doc] != doc)


def test_snippets_cut_for_the_page_shown_are_those_of_every_hit(client: TestClient,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the page shown gets snippets now; pages 1 and 2 must read as when every hit had one."""
    from factoid import search

    whole = client.get("/api/search", params={"q": "Reiss", "limit": 200}).json()
    size = max(1, whole["totals"]["people"] + whole["totals"]["claims"] + 1)  # passages on pages 1 and 2
    assert whole["totals"]["passages"] >= 2
    lazy = [client.get("/api/search", params={"q": "Reiss", "limit": size, "page": n}).json() for n in (1, 2)]
    lazy_passages = search.passages
    monkeypatch.setattr(search, "passages", lambda conn, variants, snippets=True: lazy_passages(conn, variants))
    eager = [client.get("/api/search", params={"q": "Reiss", "limit": size, "page": n}).json() for n in (1, 2)]
    assert lazy == eager
    assert lazy[0]["passages"] and lazy[1]["passages"]
    assert all(p["snippet"] and "text" not in p and "words" not in p for r in lazy for p in r["passages"])
