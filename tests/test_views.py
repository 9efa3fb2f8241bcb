"""Read-side views over a small built knowledge base."""

from __future__ import annotations

import pytest

from factoid import api
from factoid.errors import NotFoundError
from kb_fixture import DOCS, build_kb
from store.pg import BACKENDS, new_kb_url

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module", params=BACKENDS)
def kb(request, tmp_path_factory):
    root = tmp_path_factory.mktemp("views")
    return build_kb(root, new_kb_url(request, request.param, root))


def grounded(source: dict) -> bool:
    text = DOCS[source["document"]]
    return text[source["start"] : source["end"]] == source["quote"]


def test_people_lists_subjects_most_documented_first(kb):
    rows = api.people(kb)
    names = [r["name"] for r in rows]
    assert names[0] == "Genrikh Lyushkov"
    assert "Walter Krivitsky" in names
    top = rows[0]
    assert top["documents"] == 2 and top["disputes"] >= 1
    assert "Genrikh Samoilovich Lyushkov" in top["aliases"]


def test_dossier_sections(kb):
    d = api.dossier(kb, "Genrikh Lyushkov")
    assert {"person", "infobox", "disputes", "career", "relations", "sources"} <= set(d)
    assert d["person"]["id"] == "person/genrikh-lyushkov"


def test_dossier_infobox(kb):
    box = {row["property"]: row for row in api.dossier(kb, "Genrikh Lyushkov")["infobox"]}
    assert box["date_of_birth"]["value"] == "1900-03-12"
    assert box["date_of_birth"]["witnesses"] == 2 and not box["date_of_birth"]["disputed"]
    assert box["place_of_birth"]["value"] == "Odessa"
    assert box["date_of_death"]["disputed"]
    assert box["member_of_political_party"]["value"] == "Bolshevik Party"


def test_dossier_disputes_list_both_values_with_quotes(kb):
    disputes = api.dossier(kb, "Genrikh Lyushkov")["disputes"]
    death = next(d for d in disputes if d["property"] == "date_of_death")
    assert {s["value"] for s in death["sides"]} == {"1945-08-19", "1946-02-02"}
    for side in death["sides"]:
        assert side["sources"] and all(grounded(s) for s in side["sources"])


def test_dossier_career_and_relations(kb):
    d = api.dossier(kb, "Genrikh Lyushkov")
    career = d["career"]
    assert [c["value"] for c in career] == ["head of the NKVD of the Azov-Black Sea region"]
    assert career[0]["qualifiers"] == {"start": "1935", "end": "1937"}
    assert [(r["property"], r["value"]) for r in d["relations"]] == [("spouse", "Nina Lyushkova")]


def test_dossier_sources(kb):
    sources = {s["document"]: s for s in api.dossier(kb, "Genrikh Lyushkov")["sources"]}
    assert set(sources) == {"lyushkov_a.txt", "lyushkov_b.txt"}
    assert all(s["citations"] > 0 and s["reliability"] is not None for s in sources.values())


def test_dossier_by_alias_and_fuzzy_name(kb):
    assert api.dossier(kb, "Genrikh Samoilovich Lyushkov")["person"]["id"] == "person/genrikh-lyushkov"
    assert api.dossier(kb, "Lyushkov")["person"]["id"] == "person/genrikh-lyushkov"


def test_every_quote_in_the_kb_is_grounded(kb):
    for person in api.people(kb):
        _, lines = api.person_claims(kb, person["id"])
        for line in lines:
            assert all(grounded(s) for s in line["sources"])


def test_timeline_is_sorted_and_flags_disputes(kb):
    events = api.timeline(kb, "Genrikh Lyushkov")["events"]
    dates = [e["date"] for e in events]
    assert dates == sorted(dates)
    assert dates[0] == "1900-03-12"
    deaths = [e for e in events if e["event"] == "date of death"]
    assert {e["date"] for e in deaths} == {"1945-08-19", "1946-02-02"}
    assert all(e["disputed"] for e in deaths)
    others = [e for e in events if e["event"] != "date of death"]
    assert others and not any(e["disputed"] for e in others)
    office = next(e for e in events if e["event"] == "position held")
    assert (office["date"], office["end"]) == ("1935", "1937")


def test_timeline_of_undisputed_person(kb):
    events = api.timeline(kb, "Walter Krivitsky")["events"]
    assert [e["event"] for e in events] == ["date of birth", "defected", "date of death"]
    assert not any(e["disputed"] for e in events)


def test_unknown_person_raises_not_found(kb):
    with pytest.raises(NotFoundError):
        api.dossier(kb, "Xqzvbn Wrtplk")
    with pytest.raises(NotFoundError):
        api.timeline(kb, "Xqzvbn Wrtplk")


def test_disputes_filter_by_person(kb):
    assert api.disputes(kb, "Walter Krivitsky") == []
    assert {d["property"] for d in api.disputes(kb, "Genrikh Lyushkov")} >= {"date_of_death"}
