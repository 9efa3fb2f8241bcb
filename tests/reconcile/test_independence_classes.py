"""``independence.classes_of`` without the copy relations: the same classes, nothing listed
(reconciliation's first round of witnesses reads only the classes)."""

from __future__ import annotations

from factoid.model import Passage
from factoid.reconcile.independence import classes_of, copy_facts

WORDS = "one two three four five six seven eight nine ten"


def _passage(doc: str, index: int, duplicate_of: str | None = None) -> Passage:
    return Passage(document_id=doc, index=index, start=index * 60, end=index * 60 + len(WORDS), text=WORDS,
                   duplicate_of=duplicate_of)


def test_classes_without_relations_are_the_same_classes() -> None:
    passages = [_passage("a", 0), _passage("a", 1), _passage("b", 0, "a#0"), _passage("c", 0), _passage("d", 0, "c#0"),
                _passage("d", 1), _passage("d", 2)]
    facts = copy_facts(passages)
    dependent = {("a", "c"): 2}
    for shared in (None, dependent):
        classes, relations = classes_of(facts, shared)
        bare, none = classes_of(facts, shared, relations=False)
        assert bare == classes and none == {} and relations
    assert classes_of(facts)[0]["b"] == "a" and classes_of(facts, dependent)[0]["c"] == "a"
