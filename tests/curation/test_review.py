"""The review queue (factoid.curation.review): ranked, explained, and never proposing a
judged pair again."""

from __future__ import annotations

from factoid import api
from factoid.curation.review import Inputs, queue

from .conftest import on_every_backend


def _mention(doc: str, start: int, text: str, key: str) -> dict:
    return {"document_id": doc, "start": start, "end": start + len(text), "text": text, "kind": "name", "key": key}


def _line(pid: str, name: str, prop: str, value: str, doc: str, key: str, conf: float = 0.7) -> dict:
    return {"subject": {"id": pid, "name": name}, "property": prop, "value": value, "disputed": False,
            "confidence": conf, "key": key,
            "sources": [{"document": doc, "start": 0, "end": 5, "quote": "q", "key": key}]}


def _inputs(**kw: object) -> Inputs:
    base = dict(
        people=[], names={"person/p": "Pavel Sudoplatov"}, disputes=[],
        lines=[_line("person/p", "Pavel Sudoplatov", "date_of_birth", "1907-07-07", "a.txt", "k1"),
               _line("person/p", "Pavel Sudoplatov", "date_of_birth", "1907-07-07", "b.txt", "k2")],
        identities=[{"entity": "a.txt@1", "person_id": "person/p", "score": 1.0, "origin": "auto", "reason": "first"},
                    {"entity": "b.txt@1", "person_id": "person/p", "score": 0.6, "origin": "auto",
                     "reason": "surname only: joined the most-mentioned person of that surname"}],
        entity_mentions={"a.txt@1": [_mention("a.txt", 0, "Pavel Sudoplatov", "m1")],
                         "b.txt@1": [_mention("b.txt", 0, "Sudoplatov", "m2")]},
    )
    base.update(kw)
    return Inputs(**base)  # type: ignore[arg-type]


def test_an_uncertain_merge_is_proposed_with_its_features_in_words() -> None:
    (item,) = [i for i in queue(_inputs()) if i["kind"] == "merge"]
    assert item["targets"] == ["m2", "m1"]
    text = " ".join(item["why"])
    assert "score 0.60" in text and "name similarity" in text and "shared dates" in text
    assert any(c.startswith("factoid judge different m2 m1") for c in item["commands"])


def test_a_judged_pair_is_never_proposed_again() -> None:
    items = queue(_inputs(judged_pairs={frozenset({"a.txt@1", "b.txt@1"})}))
    assert [i for i in items if i["kind"] == "merge"] == []


def test_conflicting_facts_lower_the_case_for_a_merge_and_are_said() -> None:
    lines = [_line("person/p", "Pavel Sudoplatov", "date_of_birth", "1907-07-07", "a.txt", "k1"),
             _line("person/p", "Pavel Sudoplatov", "date_of_birth", "1931", "b.txt", "k2")]
    (item,) = [i for i in queue(_inputs(lines=lines)) if i["kind"] == "merge"]
    assert any(w.startswith("conflicting facts: date of birth") for w in item["why"])


@on_every_backend
def test_queue_is_ranked_and_limited(kb: api.KnowledgeBase) -> None:
    items = api.review(kb, limit=50)
    assert items and [i["impact"] for i in items] == sorted((i["impact"] for i in items), reverse=True)
    assert len(api.review(kb, limit=1)) == 1
    disputes = [i for i in items if i["kind"] == "dispute"]
    assert disputes and all(i["commands"] for i in disputes)
    orlov = disputes[0]["person"] if any(i["person"] == "person/alexander-orlov" for i in disputes) else None
    if orlov:  # a stated preference settles a dispute: not proposed again
        value = [i for i in disputes if i["person"] == orlov][0]["targets"][2]
        api.judge(kb, "prefer", orlov, "date_of_birth", value, user="ann")
        assert not [i for i in api.review(kb) if i["kind"] == "dispute" and i["person"] == orlov
                    and "date of birth" in i["title"]]
