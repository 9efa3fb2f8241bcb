"""The corpus-wide views: timeline, network and map of everyone, each mark opening its evidence."""

from __future__ import annotations

import re
from html import unescape

from fastapi.testclient import TestClient

from factoid.web import corpus
from factoid.web.deps import edge_path

REISS = "person/ignace-reiss"


def test_corpus_timeline_rows_link_people_and_quotes(client: TestClient) -> None:
    page = client.get("/timeline").text
    assert 'href="/people/ignace-reiss"' in page
    wide = page[page.index('<svg class="timeline wide"'):page.index("</svg>")]
    assert re.search(r'href="/documents/[^"]+\?claim=\w+', wide), "event marks open their quotes"
    assert '<svg class="timeline narrow"' in page
    assert "Ignace Reiss" in client.get("/timeline", params={"disputed": 1}).text
    none = client.get("/timeline", params={"document": "no-such.txt"}).text
    assert "Nobody with dated events matches" in none


def test_network_edges_carry_evidence(client: TestClient) -> None:
    edges = client.get("/api/network").json()
    family = [e for e in edges if e["kind"] == "family" and REISS in (e["a"], e["b"])]
    assert family and family[0]["evidence"] and all(x["quote"] and x["claim"] for x in family[0]["evidence"])
    spans = [(x["document"], x["start"], x["end"]) for x in family[0]["evidence"]]
    assert len(spans) == len(set(spans)), "a quote both people's claims cite is evidence once"
    assert {e["kind"] for e in edges} <= set(corpus.EDGE_KINDS)
    only = client.get("/api/network", params={"kind": "family"}).json()
    assert only and all(e["kind"] == "family" for e in only)
    page = unescape(client.get("/network").text)
    assert 'id="person-person-ignace-reiss"' in page
    assert family[0]["evidence"][0]["quote"] not in page  # counted on the network page, not quoted inline
    link = edge_path(family[0]["a"], family[0]["b"], "family")
    n = len(family[0]["evidence"])
    assert f'<a href="{link}">{n} quote{"" if n == 1 else "s"}</a>' in page
    own = client.get(link)  # the edge's own page holds its quotes
    assert own.status_code == 200 and family[0]["evidence"][0]["quote"] in unescape(own.text)
    a, b = family[0]["a"].removeprefix("person/"), family[0]["b"]
    one = client.get("/api/network/edge", params={"a": b, "b": a, "kind": "family"}).json()  # either order, slug or id
    assert (one["a"], one["b"], one["evidence"]) == (family[0]["a"], family[0]["b"], family[0]["evidence"])
    assert client.get("/api/network/edge", params={"a": a, "b": b, "kind": "killed by"}).status_code == 404
    co = next((e for e in edges if e["kind"] == "mentioned with"), None)
    if co:  # a co-mention opens the passages naming both
        assert "/search?q=" in client.get(edge_path(co["a"], co["b"], co["kind"])).text
    assert client.get("/network", params={"person": "ignace-reiss"}).status_code == 200
    assert client.get("/network", params={"person": "nobody"}).status_code == 404


def test_map_points_open_their_claims(client: TestClient) -> None:
    places = client.get("/api/places").json()
    lausanne = next(p for p in places if p["name"] == "Lausanne")
    assert 46 < lausanne["lat"] < 47 and 6 < lausanne["lon"] < 7
    assert any(c["person_id"] == REISS and c["kind"] == "death" for c in lausanne["claims"])
    page = client.get("/map").text
    targets = set(re.findall(r'href="#(place-[^"]+)"', page))
    assert targets and all(f'id="{t}"' in page for t in targets)
    assert "Lausanne" in page and 'class="land"' in page
    assert "Lausanne" not in client.get("/map", params={"kind": "birth"}).text.split('id="pl"')[1]


def test_office_places_and_land() -> None:
    assert corpus.office_places("head of the secret police in Leningrad") == ["Leningrad"]
    assert corpus.office_places("People's Commissar of Internal Affairs") == []
    assert corpus.office_places("ambassador to Berlin and Vienna") == ["Berlin", "Vienna"]
    runs = corpus.land_cells()
    assert len(runs) > 500 and all(-180 <= w < e <= 180 for _, w, e in runs)
