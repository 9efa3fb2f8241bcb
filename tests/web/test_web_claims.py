"""The dossier stays bounded (a few quotes per value, a link to all of them) and the person's
claims page holds every quote, paged, filtered, with anchors the dossier's links land on."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from fastapi.testclient import TestClient

from factoid import api
from factoid.web import queries
from factoid.web.app import create_app
from factoid.web.data import build_snapshot
from factoid.web.deps import claims_path, value_anchor

WEBER = "person/anna-weber"
ENTRIES = 7


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> api.KnowledgeBase:
    """Seven register entries that repeat a birth and disagree on the year of death: values
    with more quotes than the dossier shows."""
    folder = tmp_path_factory.mktemp("entries")
    for i in range(ENTRIES):
        (folder / f"entry{i}.txt").write_text(
            f"Register entry {i} about a clerk.\n\nAnna Weber was born on 3 May 1901 in Graz. In entry {i} the "
            f"register lists her as a translator.\n\nWeber died in 197{i} in Vienna.\n", encoding="utf-8")
    kb = api.open_kb(f"sqlite:///{tmp_path_factory.mktemp('db') / 'many.db'}")
    api.ingest(kb, [folder])
    api.build(kb)
    return kb


@pytest.fixture(scope="module")
def web(many: api.KnowledgeBase) -> TestClient:
    return TestClient(create_app(many))


def _links(html: str, text: str) -> list[str]:
    return [unescape(h) for h in re.findall(r'<a href="([^"]+)"[^>]*>' + re.escape(text) + "</a>", html)]


def test_dossier_shows_three_quotes_and_links_to_all(web: TestClient) -> None:
    page = web.get("/people/anna-weber").text
    row = page[page.index("<th>date of birth</th>"):]
    row = row[:row.index("</tr>")]
    assert row.count('class="qtext"') == 3  # the first three inline
    [link] = _links(row, f"all {ENTRIES} quotes")
    assert link == claims_path(WEBER, "date_of_birth", "1901-05-03")
    claims = web.get(link).text  # one click: the value's rows, each quote once
    anchor = urlsplit(link).fragment
    assert f'id="{anchor}"' in claims and anchor == value_anchor("date_of_birth", "1901-05-03")
    rows = re.findall(r'<tr class="claim-row[^"]*" id="claim-row-([^"]+)"', claims)
    assert len(rows) == ENTRIES and len(set(rows)) == ENTRIES
    assert claims.count("born on 3 May 1901") == ENTRIES


def test_dispute_sides_link_to_their_quotes(web: TestClient) -> None:
    page = web.get("/people/anna-weber").text
    disputes = page[page.index('id="disputes"'):page.index('id="timeline"')]
    assert disputes.count('class="qtext"') == ENTRIES  # one quote per side here, all shown
    assert 'class="all-quotes"' not in disputes


def test_claims_page_pages_and_filters(many: api.KnowledgeBase, web: TestClient) -> None:
    with many.engine.connect() as conn:
        snap = build_snapshot(conn)
    every = queries.claim_rows(snap, WEBER, per_page=5)
    assert every["pages"] == -(-every["total"] // 5) and len(every["rows"]) == 5
    seen = [r["source"]["key"] for p in range(1, every["pages"] + 1)
            for r in queries.claim_rows(snap, WEBER, page=p, per_page=5)["rows"]]
    assert len(seen) == len(set(seen)) == every["total"] == every["all"]  # every claim once, across pages
    deaths = queries.claim_rows(snap, WEBER, "date_of_death")
    assert deaths["total"] == ENTRIES and all(r["line"]["property"] == "date_of_death" for r in deaths["rows"])
    assert sum(1 for r in deaths["rows"] if r["anchor"]) == ENTRIES  # a value each: each row opens its value
    one = queries.claim_rows(snap, WEBER, "date_of_death", "1973")
    assert one["total"] == 1 and one["rows"][0]["anchor"] == value_anchor("date_of_death", "1973")
    assert queries.claim_rows(snap, WEBER, page=999, per_page=5)["page"] == every["pages"]  # clamped
    html = web.get("/people/anna-weber/claims", params={"property": "date_of_death", "value": "1973"}).text
    assert "1 match" in html and html.count('class="claim-row') == 1
    assert web.get("/people/anna-weber/claims", params={"page": 0}).status_code == 422
    assert web.get("/people/nobody/claims").status_code == 404


def test_pager_keeps_the_filter(many: api.KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(queries, "CLAIMS_PAGE", 3)
    web = TestClient(create_app(many))
    first = web.get("/people/anna-weber/claims", params={"property": "place_of_birth"}).text
    assert "page 1 of 3" in first
    [nxt] = _links(first, "next")
    assert nxt == "/people/anna-weber/claims?property=place_of_birth&page=2"
    assert "page 2 of 3" in web.get(nxt).text


def test_sources_page_lists_every_source(web: TestClient) -> None:
    page = web.get("/people/anna-weber/sources").text
    assert all(f"entry{i}.txt" in page for i in range(ENTRIES))
    assert "/people/anna-weber/sources" not in web.get("/people/anna-weber").text  # seven fit the dossier


def test_dossier_size_does_not_grow_with_repeats(tmp_path: Path) -> None:
    """The bounded parts of a dossier: a value cited by many sources shows three quotes."""
    folder = tmp_path / "docs"
    folder.mkdir()
    for i in range(12):
        (folder / f"n{i}.txt").write_text(f"Note {i}.\n\nKarl Brandt was born in 1890 in Linz. Note {i} ends.\n",
                                          encoding="utf-8")
    kb = api.open_kb(f"sqlite:///{tmp_path / 'kb.db'}")
    api.ingest(kb, [folder])
    api.build(kb)
    page = TestClient(create_app(kb)).get("/people/karl-brandt").text
    born = page[page.index("<th>date of birth</th>"):]
    born = born[:born.index("</tr>")]
    assert born.count('class="qtext"') == 3 and "all 12 quotes" in born
    curating = TestClient(create_app(kb, user="ada", edits=True))
    page = curating.get("/people/karl-brandt").text  # the split forms: the ten most cited, then a link
    assert page.count("Split off n") == 10 and 'href="/people/karl-brandt/sources#split"' in page
    assert "Split off any of the other 1 sources" in page
    every = curating.get("/people/karl-brandt/sources").text
    assert every.count("Split off n") == 11 and 'id="split"' in every  # each source but the main one
    assert 'id="split"' not in TestClient(create_app(kb)).get("/people/karl-brandt/sources").text  # read-only
