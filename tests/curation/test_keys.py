"""Stable keys and person ids (factoid.curation.keys, factoid.curation.ids)."""

from __future__ import annotations

from pathlib import Path

from factoid import api
from factoid.curation.ids import assign_ids
from factoid.curation.keys import claim_key, mention_key
from factoid.model import Person

from .conftest import claims_jsonl


def test_keys_are_short_digests_of_content() -> None:
    k = mention_key("h1", 3, 9)
    assert len(k) == 16 and int(k, 16) >= 0
    assert k == mention_key("h1", 3, 9) != mention_key("h2", 3, 9)
    assert claim_key("h", 1, 2, "date_of_birth", "1901") != claim_key("h", 1, 2, "date_of_birth", "1902")


def _snapshot(kb: api.KnowledgeBase) -> tuple[list[str], list[tuple[str, str]]]:
    people = sorted(p["id"] for p in api.people(kb))
    keys = sorted((ln["key"], s["key"]) for ln in api.export_lines(kb) for s in ln["sources"])
    return people, keys


def test_ids_and_keys_are_identical_across_builds(tmp_path: Path, corpus: Path) -> None:
    one = api.open_kb(f"sqlite:///{tmp_path / 'one.db'}")
    two = api.open_kb(f"sqlite:///{tmp_path / 'two.db'}")
    for kb in (one, two):
        api.ingest(kb, [corpus])
        api.build(kb)
    first = _snapshot(one)
    assert first == _snapshot(two)
    assert first[1] and all(len(k) == 16 for pair in first[1] for k in pair)
    api.build(one)  # a rebuild
    api.ingest(one, [corpus])  # a re-ingest of the unchanged corpus
    api.build(one)
    assert _snapshot(one) == first
    assert claims_jsonl(one) == claims_jsonl(two)


def test_people_and_claims_json_show_the_keys(kb: api.KnowledgeBase) -> None:
    people = api.people(kb)
    assert all(p["id"].startswith("person/") for p in people)
    who, lines = api.person_claims(kb, "Alexander Orlov")
    assert lines and all(len(ln["key"]) == 16 and ln["rank"] == "normal" for ln in lines)


def _person(pid: str, n: int = 1) -> Person:
    return Person(id=pid, name=pid.split("/")[1], aliases={pid: n})


def test_a_split_cluster_keeps_the_id_where_most_mentions_went() -> None:
    previous = {"person/x": {"a", "b", "c"}}
    persons = [_person("person/x", 2), _person("person/x-2", 1)]
    identities = {"d@1": ("person/x", 1.0, ""), "d@2": ("person/x-2", 1.0, "")}
    keys = {"d@1": ["a"], "d@2": ["b", "c"]}
    out, ident, held = assign_ids(persons, identities, keys, previous, {"person/x"})
    assert ident["d@2"][0] == "person/x"  # two of its three mentions
    assert ident["d@1"][0] == "person/x-2"
    assert held["person/x"] == {"b", "c"}


def test_a_retired_id_is_never_given_again() -> None:
    # person/x-2 existed once and disappeared; a new x-2 must get another number
    persons = [_person("person/x", 3), _person("person/x-2", 1)]
    identities = {"d@1": ("person/x", 1.0, ""), "e@1": ("person/x-2", 1.0, "")}
    keys = {"d@1": ["a"], "e@1": ["z"]}
    out, ident, _ = assign_ids(persons, identities, keys, {"person/x": {"a"}}, {"person/x", "person/x-2"})
    assert ident["e@1"][0] == "person/x-3"
    assert sorted(p.id for p in out) == ["person/x", "person/x-3"]


def test_a_person_whose_document_changed_keeps_its_minted_id() -> None:
    persons = [_person("person/y")]
    out, ident, _ = assign_ids(persons, {"d@1": ("person/y", 1.0, "")}, {"d@1": ["new"]},
                               {"person/y": {"old"}}, {"person/y"})
    assert ident["d@1"][0] == "person/y"
