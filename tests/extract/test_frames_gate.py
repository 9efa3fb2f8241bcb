"""The word gate of the frame matchers (``frames._Words``): skipping tokens that cannot start a
pattern must find exactly what the matchers find over every token, in the same order."""

from __future__ import annotations

import glob
from pathlib import Path

import pytest
from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc

from factoid.extract import frames

#: Sentences written for this test: triggers of several frames, kin words, dependency frames
#: (crossing a border, asking for asylum, committing suicide) and sentences with no trigger.
TEXTS = [
    "Anna Holm was born in Tartu on 3 May 1901 and died in Oslo in 1960.",
    "Her brother fled across the border, crossed into Finland and asked for asylum there.",
    "He was arrested in 1937, found guilty and shot; his wife committed suicide.",
    "The marriage with Karl lasted ten years. Nothing else is known about the house.",
    "Shot at dawn. Buried at the village cemetery. The death of his son broke him.",
    "A quiet street with three trees and a small bakery.",
]


def _plain(dep: DependencyMatcher) -> DependencyMatcher:
    """spaCy's own matcher over the same patterns: every tree of the doc looked at."""
    plain = DependencyMatcher(dep.vocab)
    for key, patterns in dep._raw_patterns.items():
        plain.add(dep.vocab.strings[key], patterns)
    return plain


def _ungated(doc: Doc, code: str) -> list[tuple[int, str]]:
    """What both matchers find when run over the whole doc (no gate)."""
    token, dep = frames._matchers(doc.vocab, code)
    dep = _plain(dep)
    found = [(start, doc.vocab.strings[key]) for key, start, _ in token(doc)]
    found += [(ids[0], doc.vocab.strings[key]) for key, ids in (dep(doc) if len(dep) else ())]
    return found


def _gated(doc: Doc, code: str) -> list[tuple[int, str]]:
    c = frames._compiled(doc.vocab, code)
    return [(i, doc.vocab.strings[key]) for key, i in frames._token_matches(doc, c) + frames._dep_matches(doc, c)]


@pytest.mark.parametrize("code", sorted(Path(p).parent.name for p in glob.glob(str(Path(frames.__file__).parents[1] / "lang/*/frames.jsonl"))))
def test_gate_finds_what_the_whole_doc_run_finds(nlp_model, code: str) -> None:
    docs = list(nlp_model.pipe(TEXTS))
    for doc in docs:
        assert _gated(doc, code) == _ungated(doc, code), doc.text


def test_tree_gate_matches_spacy_on_a_passage_of_many_sentences(nlp_model) -> None:
    """One passage of many sentences, trigger trees among others: the tree gate finds what
    spaCy's matcher finds over every tree."""
    doc = nlp_model(" ".join(TEXTS))
    assert _gated(doc, "en") == _ungated(doc, "en")
    assert frames._dep_matches(doc, frames._compiled(doc.vocab, "en"))  # the passage does trigger


def test_tree_extents_hold_whole_trees_and_merge_overlaps(nlp_model) -> None:
    """Two trees (tokens 0-2 and 3-5) and a lone token 6 that is its own tree: a trigger's range
    is its whole tree; two triggers in one tree, or in trees side by side, give one range."""
    words = ["Anna", "was", "born", "Karl", "fled", "away", "Shot"]
    doc = Doc(nlp_model.vocab, words=words, heads=[2, 2, 2, 4, 4, 4, 6],
              deps=["nsubjpass", "auxpass", "ROOT", "nsubj", "ROOT", "advmod", "ROOT"])
    assert frames._tree_extents(doc, [0]) == [(0, 3)]
    assert frames._tree_extents(doc, [5, 3]) == [(3, 6)]
    assert frames._tree_extents(doc, [5, 2, 3]) == [(0, 6)]
    assert frames._tree_extents(doc, [0, 6]) == [(0, 3), (6, 7)]
    assert frames._tree_extents(doc, []) == []


def test_english_patterns_are_gated_and_triggers_still_fire(nlp_model) -> None:
    c = frames._compiled(nlp_model.vocab, "en")
    assert c.token_words is not None and c.dep_words is not None
    assert "born" in c.token_words.lower
    doc = nlp_model(TEXTS[0])
    assert {doc[i].text for i in frames.triggers(doc)} >= {"born", "died"}
    assert frames.triggers(nlp_model(TEXTS[-1])) == {}


def test_a_pattern_without_words_has_no_gate() -> None:
    assert frames._words([{"LOWER": "born"}, {"POS": "VERB"}]) is None
    assert frames._words([{"LOWER": {"REGEX": "^b"}}]) is None
    words = frames._words([{"LOWER": "born"}, {"LEMMA": {"IN": ["die", "Die"]}, "POS": "VERB"}])
    assert words == frames._Words(frozenset({"born"}), frozenset({"die", "Die"}))
