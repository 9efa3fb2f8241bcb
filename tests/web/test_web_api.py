"""The web workspace through FastAPI's TestClient: every API endpoint and page, errors, and the
document viewer's exact-offset highlighting."""

from __future__ import annotations

import re
from html import unescape

import pytest
from fastapi.testclient import TestClient

from factoid import api, views
from factoid.store import search as search_mod
from factoid.web import data, highlight, queries
from factoid.web.app import create_app

REISS = "person/ignace-reiss"


def _snap(kb: api.KnowledgeBase) -> data.Snapshot:
    with kb.engine.connect() as conn:
        return data.build_snapshot(conn)


# ---- the JSON API ------------------------------------------------------------------------------


def test_people(client: TestClient, kb: api.KnowledgeBase) -> None:
    r = client.get("/api/people")
    assert r.status_code == 200
    rows = r.json()
    assert rows == api.people(kb)  # the same dicts the CLI prints
    reiss = next(p for p in rows if p["id"] == REISS)
    assert reiss["documents"] == 3 and reiss["disputes"] == 1 and reiss["claims"] > 5


def test_people_filter_and_sort(client: TestClient) -> None:
    rows = client.get("/api/people", params={"q": "reis"}).json()
    assert [p["id"] for p in rows] == [REISS]
    by_name = client.get("/api/people", params={"sort": "name", "order": "asc"}).json()
    assert [p["name"] for p in by_name] == sorted((p["name"] for p in by_name), key=str.casefold)
    desc = client.get("/api/people", params={"sort": "claims", "order": "desc"}).json()
    assert [p["claims"] for p in desc] == sorted((p["claims"] for p in desc), reverse=True)


def test_dossier_matches_views(client: TestClient, kb: api.KnowledgeBase) -> None:
    for ref in (REISS, "ignace-reiss"):  # full id or slug
        r = client.get(f"/api/people/{ref}", params={"full": "true"})
        assert r.status_code == 200
        whole = r.json()
        assert {k: v for k, v in whole.items() if k not in ("totals", "more")} == api.dossier(kb, REISS)
        assert whole["totals"] == {k: len(whole[k]) for k in ("lines", "career", "relations", "deprecated")}
    d = client.get(f"/api/people/{REISS}").json()
    assert d["person"]["name"] == "Ignace Reiss"
    assert [x["topic"] for x in d["disputes"]] == ["date of birth"]


def test_dossier_lists_are_bounded_with_links_to_the_rest(client: TestClient, kb: api.KnowledgeBase) -> None:
    whole = api.dossier(kb, REISS)
    assert len(whole["lines"]) > 3
    d = client.get(f"/api/people/{REISS}", params={"limit": 1}).json()
    for key in ("lines", "career", "relations", "deprecated"):
        assert len(d[key]) == min(1, len(whole[key])) and d["totals"][key] == len(whole[key])
        for got, line in zip(d[key], whole[key]):
            assert got["sources"] == line["sources"][:1] and got.get("sources_total", len(line["sources"])) \
                == len(line["sources"])
            assert {k: v for k, v in got.items() if k not in ("sources", "sources_total")} \
                == {k: v for k, v in line.items() if k != "sources"}
    assert [s["document"] for s in d["sources"]] == [s["document"] for s in whole["sources"]]
    assert all(s["copies"] == w["copies"][:1] for s, w in zip(d["sources"], whole["sources"]))
    assert {k: v for k, v in d.items() if k not in ("lines", "career", "relations", "deprecated", "totals", "more",
                                                   "sources")} \
        == {k: v for k, v in whole.items() if k not in ("lines", "career", "relations", "deprecated", "sources")}
    assert client.get(d["more"]["claims"]).status_code == 200
    assert client.get(d["more"]["full"]).json()["lines"] == whole["lines"]
    assert client.get(f"/api/people/{REISS}", params={"limit": 0}).status_code == 422


def test_timeline(client: TestClient, kb: api.KnowledgeBase) -> None:
    r = client.get(f"/api/people/{REISS}/timeline")
    assert r.status_code == 200
    t = r.json()
    assert t == api.timeline(kb, REISS)
    births = [e for e in t["events"] if e["event"] == "date of birth"]
    assert {e["date"] for e in births} >= {"1899", "1898"} and any(e["disputed"] for e in births)
    assert client.get("/api/people/ignace-reiss/timeline").json() == t


def test_disputes(client: TestClient, kb: api.KnowledgeBase) -> None:
    all_ = client.get("/api/disputes").json()
    assert all_ == api.disputes(kb)
    mine = client.get("/api/disputes", params={"person": "ignace-reiss"}).json()
    assert len(mine) == 1 and {s["value"] for s in mine[0]["sides"]} >= {"1899", "1898"}
    assert client.get("/api/disputes", params={"person": "nobody-at-all"}).status_code == 404


def test_snapshot_equals_views_for_everyone(kb: api.KnowledgeBase) -> None:
    """The cached read layer returns exactly what ``factoid.views`` returns."""
    snap = _snap(kb)
    with kb.engine.connect() as conn:
        assert snap.people == views.people(conn)
        assert data.disputes(snap) == views.disputes(conn)
        for p in snap.people:
            assert data.dossier(snap, p["id"]) == views.dossier(conn, p["id"])
            assert data.timeline(snap, p["id"]) == views.timeline(conn, p["id"])


def test_documents(client: TestClient) -> None:
    docs = client.get("/api/documents").json()
    ids = {d["id"] for d in docs}
    assert ids == {"reiss-life.txt", "reiss-notes.txt", "reiss-forum.txt"}
    forum = next(d for d in docs if d["id"] == "reiss-forum.txt")
    assert forum["roles"].get("comment", 0) >= 2 and forum["claims"] >= 1


def test_document(client: TestClient) -> None:
    r = client.get("/api/documents/reiss-notes.txt")
    assert r.status_code == 200
    d = r.json()
    assert d["text"].startswith("Archive notes on Ignace Reiss")
    assert d["passages"] and d["claims"]
    for c in d["claims"]:  # every claim cites its exact passage
        assert d["text"][c["start"]:c["end"]] == c["quote"]
    assert not any(k.startswith("_") for k in d)


def test_search(client: TestClient) -> None:
    r = client.get("/api/search", params={"q": "Lausanne"})
    assert r.status_code == 200
    res = r.json()
    assert res["backend"] == "fts5"
    assert res["passages"] and all("Lausanne" in "".join(t for t, _ in p["snippet"]) for p in res["passages"])
    assert any(c["person_id"] == REISS for c in res["claims"])
    people = client.get("/api/search", params={"q": "Poretsky"}).json()["people"]
    assert any(p["name"] == "Elsa Poretsky" for p in people)
    # FTS5 operators and quotes typed by a user are just words
    assert client.get("/api/search", params={"q": 'NEAR( "Reiss AND * -'}).status_code == 200


def test_search_like_fallback(kb: api.KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> None:
    """Other backends (no FTS5) get the same shape of answer from LIKE."""
    monkeypatch.setattr(search_mod, "has_fts", lambda conn: False)
    with kb.engine.connect() as conn:
        backend, passages = search_mod.backend(conn), search_mod.search_passages(conn, "lausanne 1937")
    assert backend == "like" and passages
    assert all("lausanne" in p["snippet"][0][0].lower() or any(h for _, h in p["snippet"]) for p in passages)


def test_fts_index_follows_reingest(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Triggers keep the FTS5 index in step with passages written by ingest (no build needed)."""
    kb = api.open_kb(f"sqlite:///{tmp_path / 'fts.db'}")
    doc = tmp_path / "docs" / "a.txt"
    doc.parent.mkdir()
    doc.write_text("Walter Krivitsky lived in Amsterdam.\n", encoding="utf-8")
    api.ingest(kb, [doc.parent])
    with kb.engine.connect() as conn:
        assert search_mod.has_fts(conn)
        assert search_mod.search_passages(conn, "Amsterdam")
    doc.write_text("Walter Krivitsky lived in The Hague.\n", encoding="utf-8")
    api.ingest(kb, [doc.parent])
    with kb.engine.connect() as conn:
        assert not search_mod.search_passages(conn, "Amsterdam")
        assert search_mod.search_passages(conn, "Hague")


def test_ask(client: TestClient) -> None:
    r = client.get("/api/ask", params={"q": "When was Ignace Reiss born?"})
    assert r.status_code == 200
    a = r.json()
    assert a["person"]["id"] == REISS and "disagree" in a["text"] and a["citations"]
    assert client.get("/api/ask", params={"q": "Where did Reiss eat breakfast?"}).status_code == 422
    assert client.get("/api/ask", params={"q": "When was Zzyzx Qwerty born?"}).status_code == 404


@pytest.mark.parametrize("url", [
    "/api/people/person/nobody",
    "/api/people/nobody/timeline",
    "/api/documents/missing.txt",
    "/api/documents/a/b/c.txt",
    "/api/nothing-here",
])
def test_not_found_is_json(client: TestClient, url: str) -> None:
    r = client.get(url)
    assert r.status_code == 404
    assert r.headers["content-type"].startswith("application/json")
    assert r.json()["error"] == "not_found"


@pytest.mark.parametrize("url", [
    "/api/search",
    "/api/search?q=",
    "/api/search?q=x&limit=0",
    "/api/search?q=x&limit=abc",
    "/api/ask",
    "/api/ask?q=",
    "/api/people?sort=height",
    "/api/people?order=sideways",
    "/api/search?q=" + "x" * 501,
])
def test_bad_parameters(client: TestClient, url: str) -> None:
    r = client.get(url)
    assert r.status_code == 422
    assert r.json()["error"] == "bad_request"


def test_openapi_paths(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/api/people", "/api/people/{person_id}", "/api/people/{person_id}/timeline", "/api/disputes",
                 "/api/documents", "/api/documents/{doc_id}", "/api/search", "/api/ask"):
        assert path in spec["paths"], path


# ---- the pages ---------------------------------------------------------------------------------


def test_security_headers(client: TestClient) -> None:
    for url in ("/people", "/api/people", "/static/factoid.css", "/no-such-page"):
        csp = client.get(url).headers["content-security-policy"]
        assert "default-src 'self'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp


def test_pages_render(client: TestClient) -> None:
    assert client.get("/", follow_redirects=False).status_code in (302, 307)
    for url in ("/people", "/people?sort=disputes&order=desc", "/people?q=reiss", "/people/ignace-reiss",
                "/disputes", "/documents", "/documents/reiss-forum.txt", "/search?q=Reiss", "/search",
                "/ask?q=When+did+Reiss+die%3F", "/ask", "/ask?q=gibberish"):
        r = client.get(url)
        assert r.status_code == 200, url
        assert r.headers["content-type"].startswith("text/html")
        assert "<script" not in r.text  # no script at all, inline or not


def test_page_errors(client: TestClient) -> None:
    r = client.get("/people/nobody-at-all")
    assert r.status_code == 404 and "text/html" in r.headers["content-type"] and "Not found" in r.text
    assert client.get("/documents/missing.txt").status_code == 404
    assert client.get("/people?sort=height").status_code == 422


def test_three_clicks_people_to_quote(client: TestClient, kb: api.KnowledgeBase) -> None:
    """People list -> dossier (disputes with quotes) -> quote opens the document at the claim."""
    people = client.get("/people").text
    href = re.search(r'href="(/people/ignace-reiss)"', people)
    assert href
    dossier = client.get(href.group(1)).text
    assert 'id="disputes"' in dossier and "date of birth" in dossier
    links = re.findall(r'class="qtext" href="([^"]+)"', dossier)
    assert links
    link = unescape(links[0])
    m = re.match(r"/documents/(.+)\?claim=(\w+)#claim-(\w+)$", link)
    assert m and m.group(2) == m.group(3)
    page = client.get(link.split("#")[0]).text
    assert f'id="claim-{m.group(2)}"' in page
    mark = re.search(rf'<mark class="claim current[^"]*" id="claim-{m.group(2)}"', page)
    assert mark, "the target quote is highlighted as the current claim"


def test_dossier_svgs(client: TestClient) -> None:
    page = client.get("/people/ignace-reiss").text
    assert '<svg class="timeline wide"' in page and '<svg class="network wide"' in page
    assert '<svg class="timeline narrow"' in page and '<svg class="network narrow"' in page  # phone layout
    timeline = page[page.index('<svg class="timeline wide"'):page.index("</svg>", page.index('<svg class="timeline wide"'))]
    assert "<path" in timeline  # a disputed date drawn as an alternative marker
    assert 'class="alt-links"' in timeline and "<line" in timeline.split('class="alt-links"')[1]
    network = page[page.index('<svg class="network wide"'):]
    assert 'href="/people/elsa-poretsky"' in network.split("</svg>")[0]


def test_document_highlighting_is_exact(kb: api.KnowledgeBase) -> None:
    snap = _snap(kb)
    with kb.engine.connect() as conn:
        for doc_id in ("reiss-life.txt", "reiss-notes.txt", "reiss-forum.txt"):
            d = queries.document(conn, snap, doc_id)
            bs = highlight.blocks(d["_doc"], d["_passages"], d["claims"])
            text = d["text"]
            # nothing lost but blank separators, nothing repeated
            assert re.sub(r"\s+", "", highlight.joined(bs)) == re.sub(r"\s+", "", text)
            anchors = [cid for b in bs for seg in b.segments for cid in seg.starts]
            assert sorted(anchors) == sorted(c["id"] for c in d["claims"])  # one anchor per claim
            for c in d["claims"]:
                covered = "".join(seg.text for b in bs for seg in b.segments if c["id"] in seg.claims)
                assert covered == text[c["start"]:c["end"]] == c["quote"]


def test_document_roles_and_marks(client: TestClient) -> None:
    page = client.get("/documents/reiss-forum.txt").text
    assert 'class="psg role-comment' in page and 'class="psg role-main' in page
    assert page.count('<mark class="claim') >= 1
    assert client.get("/documents/reiss-forum.txt?claim=doesnotexist").status_code == 200


def test_snapshot_refreshes_after_build(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The cache notices a new ingest + build without restarting the server."""
    kb = api.open_kb(f"sqlite:///{tmp_path / 'grow.db'}")
    client = TestClient(create_app(kb))
    assert client.get("/api/people").json() == []
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "k.txt").write_text("Walter Krivitsky was born in 1899 in Podwołoczyska.\n", encoding="utf-8")
    api.ingest(kb, [folder])
    api.build(kb)
    assert any("Krivitsky" in p["name"] for p in client.get("/api/people").json())


def test_people_pages(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    """Thousands of people stay quick to list: the page holds PAGE_SIZE rows and links on."""
    from factoid.web import routes_pages

    monkeypatch.setattr(routes_pages, "PAGE_SIZE", 2)
    first = client.get("/people?sort=name&all=1")  # everyone, people without claims too
    assert first.status_code == 200 and first.text.count('<td class="name">') == 2
    assert "page 1 of" in first.text and "page=2&amp;sort=name&amp;all=1" in first.text
    second = client.get("/people?sort=name&page=2&all=1")
    assert second.status_code == 200 and "previous" in second.text
    names = lambda html: [line for line in html.splitlines() if '<td class="name">' in line]  # noqa: E731
    assert not set(names(first.text)) & set(names(second.text))
    assert client.get("/people?page=0").status_code == 422


def test_document_passages_carry_their_language(client: TestClient) -> None:
    d = client.get("/api/documents/reiss-life.txt").json()
    assert {p["language"] for p in d["passages"]} <= {"en", "fr", "de", "ru", None}
    assert any(p["language"] == "en" for p in d["passages"])
    page = client.get("/documents/reiss-life.txt").text
    assert 'lang="en"' in page and "main · en" in page


# ---- every value one click from its quotes; every figure explained ------------------------------


def test_every_infobox_value_opens_all_its_quotes(client: TestClient) -> None:
    d = client.get(f"/api/people/{REISS}").json()
    page = client.get("/people/ignace-reiss").text
    for row in d["infobox"]:
        assert len(row["sources"]) == row["citations"] >= 1
        for src in row["sources"]:
            assert f"“{src['quote']}”".replace('"', "&#34;") in page or src["quote"][:30] in unescape(page)
    # each value row holds a <details> with one quote link per citation (no cut, no JSON)
    box = page[page.index('aria-labelledby="ib"'):page.index('id="network"')]
    assert box.count("<details") == len(d["infobox"])
    assert box.count('class="qtext"') == sum(r["citations"] for r in d["infobox"])


def test_dispute_sides_list_every_quote(client: TestClient) -> None:
    page = client.get("/disputes").text
    assert "JSON view" not in page
    for dsp in client.get("/api/disputes").json():
        for side in dsp["sides"]:
            for src in side["sources"]:
                assert src["quote"][:25] in unescape(page)


def test_witnesses_are_reconciles_count_and_explained(client: TestClient) -> None:
    """A value cited by two documents that share the same text counts one witness, and says so."""
    d = client.get(f"/api/people/{REISS}").json()
    death = next(r for r in d["infobox"] if r["property"] == "date_of_death")
    docs = {s["document"] for s in death["sources"]}
    assert death["witnesses"] < len(docs)
    assert "count as one witness" in death["why"] and f"{death['witnesses']} independent witnesses" in death["why"]
    page = unescape(client.get("/people/ignace-reiss").text)
    assert f"{len(docs)} independent witnesses" not in page.split("Preferred values")[1].split("date of death")[1][:200]
    for dsp in d["disputes"]:
        assert dsp["why"] and all(side["why"] for side in dsp["sides"])
    hedged = next(s for s in dsp["sides"] if any(x["hedge"] for x in s["sources"]))
    assert "hedged" in hedged["why"]
    for s in d["sources"]:
        assert "%" in s["why"]
    assert "What the percentages mean" in page and "Reliability: every source starts at 70%" in page


def test_people_list_lifespans_and_filters(client: TestClient) -> None:
    rows = client.get("/api/people").json()
    reiss = next(p for p in rows if p["id"] == REISS)
    assert reiss["lifespan"] == "1899–1937" and "description" in reiss
    nobody = [p for p in rows if not p["claims"]]
    page = client.get("/people").text
    assert "1899–1937" in page
    for p in nobody:  # hidden by default, shown on request
        assert f'>{p["name"]}</a>' not in page
        assert f'>{p["name"]}</a>' in client.get("/people", params={"all": 1}).text
    disputed = client.get("/people", params={"disputed": 1}).text
    assert "Ignace Reiss" in disputed and all(f'>{p["name"]}</a>' not in disputed for p in rows if not p["disputes"])
    assert [p["id"] for p in client.get("/api/people", params={"disputes": True}).json()] == [REISS]
    in_notes = client.get("/api/people", params={"document": "reiss-notes.txt"}).json()
    assert REISS in [p["id"] for p in in_notes]
    assert client.get("/api/people", params={"document": "no-such.txt"}).json() == []
    assert client.get("/api/people", params={"language": "en"}).json()
    assert client.get("/api/people", params={"language": "zz"}).json() == []


def test_api_docs_are_served_without_a_cdn(client: TestClient) -> None:
    for path in ("/docs", "/redoc"):
        r = client.get(path)
        assert r.status_code == 200, path
        srcs = re.findall(r'(?:src|href)="([^"]+)"', r.text)
        assert srcs and all(s.startswith("/") for s in srcs), srcs  # nothing from another origin
        assert "script-src 'self';" in r.headers["content-security-policy"]
        for src in srcs:
            asset = client.get(src)
            assert asset.status_code == 200 and len(asset.content) > 20, src
    assert "SwaggerUIBundle" in client.get("/static-offline-docs/swagger-ui-bundle.js").text
    assert client.get("/openapi.json").json()["paths"]["/api/people"]


def test_accessible_markup(client: TestClient) -> None:
    """Charts are groups of labelled links (never an image hiding links); quote numbers say what
    they open; every page starts with a skip link."""
    page = client.get("/people/ignace-reiss").text
    for svg in re.findall(r"<svg.*?</svg>", page, flags=re.S):
        assert 'role="group"' in svg.split(">", 1)[0]
        for a in re.findall(r"<a [^>]*>", svg):
            assert 'aria-label="' in a
    numbered = re.findall(r'<a [^>]*>(\d+)</a>', page)
    assert numbered
    assert all(re.search(r'aria-label="quote \d+ from [^"]+">\d+</a>', page) for _ in numbered)
    assert "The timeline as a list" in page and "The same people as a list" in page
    for url in ("/people", "/disputes", "/documents", "/search?q=Reiss", "/ask"):
        html = client.get(url).text
        assert html.index('class="skip" href="#main"') < html.index("<header") and 'id="main"' in html


def test_ask_numbers_each_quote_once_and_groups_by_value(client: TestClient) -> None:
    r = client.get("/api/ask", params={"q": "When was Ignace Reiss born?"}).json()
    refs = r["references"]
    keys = [(x["document"], x["start"], x["end"]) for x in refs]
    assert len(keys) == len(set(keys)) and [x["n"] for x in refs] == list(range(1, len(refs) + 1))
    assert {(c["document"], c["start"], c["end"]) for c in r["citations"]} == set(keys)  # nothing lost
    birth = next(p for p in r["answers"] if p["property"] == "date_of_birth")
    assert birth["disputed"] and len(birth["values"]) >= 2
    for v in birth["values"]:  # each side cites its own quotes
        assert v["refs"] and all(str(v["value"]) in refs[n - 1]["quote"] for n in v["refs"])
    page = unescape(client.get("/ask", params={"q": "When was Ignace Reiss born?"}).text)
    answer, references = page.split("<h2>References")
    assert "[1]" in answer and "sources disagree" in answer
    for x in refs:
        assert references.count(f"“{x['quote']}”") == 1  # each quote shown once
        assert references.count(f'id="ref-{x["n"]}"') == 1
