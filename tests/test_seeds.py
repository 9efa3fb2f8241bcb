"""The shared sample corpus end to end: the dossier a historian opens for Lyushkov shows the
death dispute with both quotes and the disputed succession in the Far East office.

Skipped when ../shared/corpus/seeds is not beside the checkout."""

from __future__ import annotations

from pathlib import Path

import pytest

from factoid import api

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def seeds_kb(tmp_path_factory: pytest.TempPathFactory) -> api.KnowledgeBase:
    seeds = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "seeds"
    if not seeds.is_dir():
        pytest.skip("../shared/corpus/seeds is not beside this checkout")
    kb = api.open_kb(str(tmp_path_factory.mktemp("seeds") / "kb.db"))
    assert api.ingest(kb, [seeds]).ok
    assert api.build(kb).ok
    return kb


def test_lyushkov_dossier_shows_the_death_dispute_with_both_quotes(seeds_kb: api.KnowledgeBase) -> None:
    dossier = api.dossier(seeds_kb, "Lyushkov")
    death = next(d for d in dossier["disputes"] if d["property"] == "date_of_death")
    values = [side["value"] for side in death["sides"]]
    assert values[:2] == ["1945-08-19", "1968"]  # the better-supported version first
    quotes = {side["value"]: [s["quote"] for s in side["sources"]] for side in death["sides"]}
    assert any("19 August 1945" in q for q in quotes["1945-08-19"])
    assert any("died in 1968" in q for q in quotes["1968"])
    assert death["sides"][0]["witnesses"] == 2 and death["sides"][1]["witnesses"] == 1


def test_lyushkov_dossier_shows_two_successors_in_the_far_east_office(seeds_kb: api.KnowledgeBase) -> None:
    dossier = api.dossier(seeds_kb, "Genrikh Lyushkov")
    succession = [d for d in dossier["disputes"] if d["topic"].startswith("successor")]
    assert len(succession) == 1 and "Far East" in succession[0]["topic"]
    names = {side["value"] for side in succession[0]["sides"]}
    assert names == {"M. M. Zapadny", "G.F. Gorbach"}
    assert all(side["sources"] for side in succession[0]["sides"])
    office = next(line for line in dossier["career"] if "Far East" in line["value"])
    assert office["qualifiers"]["start"] == "1937-07-31" and office["qualifiers"]["end"] == "1938-06-13"
    assert not office["disputed"]  # holding the office is not in doubt, the succession is


def test_ask_says_when_sources_disagree(seeds_kb: api.KnowledgeBase) -> None:
    answer = api.ask(seeds_kb, "When did Lyushkov die?")
    assert "Sources disagree: 1945-08-19 (2 independent sources" in answer.text
    assert "1968 (1 independent source)" in answer.text
    assert answer.citations and all(c["quote"] for c in answer.citations)


def test_people_across_scripts_and_spellings_are_one(seeds_kb: api.KnowledgeBase) -> None:
    person, _ = api.person_claims(seeds_kb, "Генрих Самойлович Люшков")
    assert person["id"] == "person/genrikh-lyushkov"
    assert {"Lyushkov", "G.S. Lyushkov", "Genrikh Samoilovich Lyuskhov"} <= set(person["aliases"])
    wife, _ = api.person_claims(seeds_kb, "Nina Vasilyevna Pismennaya")
    assert wife["id"] != person["id"]
    novel = {p["name"] for p in api.people(seeds_kb)}
    assert not {"Natasha", "Sonya", "Pierre", "Nikolai Rostov"} & novel
