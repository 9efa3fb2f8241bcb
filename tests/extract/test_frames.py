"""Frame patterns (lang/en/frames.jsonl) on hand-built parses, as spaCy tests its matchers.

Each Doc is written out token by token (words, heads, dependency labels, POS, lemmas), so these
tests fail on a rule change, never on a parser change; tests/extract/test_prose.py runs the
real model end to end.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab

from factoid.extract import frames


@pytest.fixture(scope="module")
def vocab() -> Vocab:
    return spacy.blank("en").vocab  # English lexical attributes (LOWER) but no trained pipeline


def parse(vocab: Vocab, rows: list[tuple[str, int, str, str, str]]) -> Doc:
    """A Doc from (word, head index, dep, pos, lemma) rows; the root is its own head."""
    words, heads, deps, pos, lemmas = (list(col) for col in zip(*rows, strict=True))
    return Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


def fired(doc: Doc) -> dict[str, tuple[str, str]]:
    return {doc[i].text: (f.frame, f.handler) for i, f in frames.triggers(doc).items()}


def test_every_line_names_a_frame_a_handler_and_its_slots() -> None:
    from factoid.extract.prose import ProseReader

    for f in frames.frames():
        assert f.frame and f.slots
        assert callable(getattr(ProseReader, f.handler)), f.handler


def test_a_generic_handler_fills_a_property_of_the_registry() -> None:
    from factoid import schema

    generic = [f for f in frames.frames() if f.property is not None]
    assert generic, "the burial frame names its property"
    for f in generic:
        assert f.property in schema.names(), f.property


def test_birth_is_the_word_born(vocab: Vocab) -> None:
    doc = parse(vocab, [("Vera", 2, "nsubjpass", "PROPN", "Vera"), ("was", 2, "auxpass", "AUX", "be"),
                        ("born", 2, "ROOT", "VERB", "bear"), ("in", 2, "prep", "ADP", "in"),
                        ("Kazan", 3, "pobj", "PROPN", "Kazan"), (".", 2, "punct", "PUNCT", ".")])
    assert fired(doc) == {"born": ("birth", "born")}


def test_death_needs_a_verb(vocab: Vocab) -> None:
    doc = parse(vocab, [("She", 1, "nsubj", "PRON", "she"), ("died", 1, "ROOT", "VERB", "die"),
                        ("young", 1, "advmod", "ADV", "young")])
    assert fired(doc) == {"died": ("death", "died")}
    noun = parse(vocab, [("Die", 1, "compound", "PROPN", "Die"), ("Zeit", 1, "ROOT", "PROPN", "Zeit")])
    assert fired(noun) == {}


def test_killing_as_a_verb_and_as_a_note_line(vocab: Vocab) -> None:
    doc = parse(vocab, [("Boris", 1, "nsubj", "PROPN", "Boris"), ("poisoned", 1, "ROOT", "VERB", "poison"),
                        ("him", 1, "dobj", "PRON", "he")])
    assert fired(doc) == {"poisoned": ("killing", "killed")}
    # the tagger may call a sentence-initial participle a proper noun with a capital lemma
    note = parse(vocab, [("Shot", 0, "ROOT", "PROPN", "Shot"), ("in", 0, "prep", "ADP", "in"),
                         ("1941", 1, "pobj", "NUM", "1941")])
    assert fired(note) == {"Shot": ("killing", "killed")}
    later = parse(vocab, [("He", 1, "nsubj", "PRON", "he"), ("was", 1, "ROOT", "AUX", "be"),
                          ("Shot", 1, "attr", "PROPN", "Shot")])
    assert fired(later) == {}


def test_arrest_and_sentence(vocab: Vocab) -> None:
    doc = parse(vocab, [("He", 2, "nsubjpass", "PRON", "he"), ("was", 2, "auxpass", "AUX", "be"),
                        ("arrested", 2, "ROOT", "VERB", "arrest"), ("and", 2, "cc", "CCONJ", "and"),
                        ("sentenced", 2, "conj", "VERB", "sentence")])
    assert fired(doc) == {"arrested": ("arrest", "arrested"), "sentenced": ("sentence", "sentenced")}


def test_fleeing_is_a_defection_only_when_it_goes_somewhere(vocab: Vocab) -> None:
    away = parse(vocab, [("He", 1, "nsubj", "PRON", "he"), ("fled", 1, "ROOT", "VERB", "flee"),
                         ("to", 1, "prep", "ADP", "to"), ("Sweden", 2, "pobj", "PROPN", "Sweden")])
    assert fired(away) == {"fled": ("defection", "defected")}
    fire = parse(vocab, [("They", 1, "nsubj", "PRON", "they"), ("fled", 1, "ROOT", "VERB", "flee"),
                         ("the", 3, "det", "DET", "the"), ("fire", 1, "dobj", "NOUN", "fire")])
    assert fired(fire) == {}


def test_crossing_the_border_and_breaking_with_the_regime(vocab: Vocab) -> None:
    cross = parse(vocab, [("He", 1, "nsubj", "PRON", "he"), ("crossed", 1, "ROOT", "VERB", "cross"),
                          ("the", 3, "det", "DET", "the"), ("border", 1, "dobj", "NOUN", "border")])
    assert fired(cross) == {"crossed": ("defection", "defected")}
    broke = parse(vocab, [("She", 1, "nsubj", "PRON", "she"), ("broke", 1, "ROOT", "VERB", "break"),
                          ("with", 1, "prep", "ADP", "with"), ("the", 4, "det", "DET", "the"),
                          ("regime", 2, "pobj", "NOUN", "regime")])
    assert fired(broke) == {"broke": ("defection", "defected")}
    friend = parse(vocab, [("She", 1, "nsubj", "PRON", "she"), ("broke", 1, "ROOT", "VERB", "break"),
                           ("with", 1, "prep", "ADP", "with"), ("her", 4, "poss", "PRON", "her"),
                           ("friend", 2, "pobj", "NOUN", "friend")])
    assert fired(friend) == {}


def test_defection_noun(vocab: Vocab) -> None:
    doc = parse(vocab, [("His", 1, "poss", "PRON", "his"), ("defection", 2, "nsubj", "NOUN", "defection"),
                        ("shocked", 2, "ROOT", "VERB", "shock"), ("many", 2, "dobj", "PRON", "many")])
    assert fired(doc) == {"defection": ("defection", "defection_noun")}


def test_succession_kinship_and_marriage(vocab: Vocab) -> None:
    doc = parse(vocab, [("Her", 1, "poss", "PRON", "her"), ("brother", 2, "nsubj", "NOUN", "brother"),
                        ("succeeded", 2, "ROOT", "VERB", "succeed"), ("Ivan", 2, "dobj", "PROPN", "Ivan")])
    assert fired(doc) == {"brother": ("kinship", "kin"), "succeeded": ("office", "succession")}
    wed = parse(vocab, [("They", 1, "nsubj", "PRON", "they"), ("married", 1, "ROOT", "VERB", "marry")])
    assert fired(wed) == {"married": ("marriage", "married")}


def test_suicide_committed_or_ruled(vocab: Vocab) -> None:
    committed = parse(vocab, [("He", 1, "nsubj", "PRON", "he"), ("committed", 1, "ROOT", "VERB", "commit"),
                              ("suicide", 1, "dobj", "NOUN", "suicide")])
    assert fired(committed) == {"suicide": ("suicide", "suicide_committed")}
    ruled = parse(vocab, [("It", 1, "nsubjpass", "PRON", "it"), ("was", 1, "ROOT", "AUX", "be"),
                          ("ruled", 1, "acomp", "VERB", "rule"), ("suicide", 2, "oprd", "NOUN", "suicide")])
    assert fired(ruled)["suicide"] == ("suicide", "suicide_verdict")
    theme = parse(vocab, [("Suicide", 1, "nsubj", "NOUN", "suicide"), ("fascinated", 1, "ROOT", "VERB", "fascinate"),
                          ("Camus", 1, "dobj", "PROPN", "Camus")])
    assert "Suicide" not in fired(theme)


def test_illness_needs_the_end_of_a_life(vocab: Vocab) -> None:
    rows = [("He", 1, "nsubj", "PRON", "he"), ("was", 1, "ROOT", "AUX", "be"), ("ill", 1, "acomp", "ADJ", "ill"),
            ("in", 1, "prep", "ADP", "in"), ("his", 6, "poss", "PRON", "his"), ("last", 6, "amod", "ADJ", "last"),
            ("years", 3, "pobj", "NOUN", "year"), ("of", 6, "prep", "ADP", "of"), ("life", 7, "pobj", "NOUN", "life")]
    assert fired(parse(vocab, rows)) == {"ill": ("death", "ill_natural")}
    assert fired(parse(vocab, rows[:3])) == {}


def test_burned_at_the_stake_is_a_killing_but_burning_a_letter_is_not(vocab: Vocab) -> None:
    stake = parse(vocab, [("She", 2, "nsubjpass", "PRON", "she"), ("was", 2, "auxpass", "AUX", "be"),
                          ("burned", 2, "ROOT", "VERB", "burn"), ("at", 2, "prep", "ADP", "at"),
                          ("the", 5, "det", "DET", "the"), ("stake", 3, "pobj", "NOUN", "stake")])
    assert fired(stake) == {"burned": ("killing", "killed")}
    letter = parse(vocab, [("She", 1, "nsubj", "PRON", "she"), ("burned", 1, "ROOT", "VERB", "burn"),
                           ("the", 3, "det", "DET", "the"), ("letter", 1, "dobj", "NOUN", "letter")])
    assert fired(letter) == {}


def test_marriage_noun_needs_its_partner(vocab: Vocab) -> None:
    doc = parse(vocab, [("a", 1, "det", "DET", "a"), ("marriage", 1, "ROOT", "NOUN", "marriage"),
                        ("with", 1, "prep", "ADP", "with"), ("Ivan", 2, "pobj", "PROPN", "Ivan")])
    assert fired(doc) == {"marriage": ("marriage", "marriage_noun")}
    alone = parse(vocab, [("a", 2, "det", "DET", "a"), ("happy", 2, "amod", "ADJ", "happy"),
                          ("marriage", 2, "ROOT", "NOUN", "marriage")])
    assert fired(alone) == {}


def test_burial_frame(vocab: Vocab) -> None:
    doc = parse(vocab, [("He", 2, "nsubjpass", "PRON", "he"), ("was", 2, "auxpass", "AUX", "be"),
                        ("buried", 2, "ROOT", "VERB", "bury"), ("in", 2, "prep", "ADP", "in"),
                        ("Riga", 3, "pobj", "PROPN", "Riga")])
    assert fired(doc) == {"buried": ("burial", "place_event")}


def test_guilty_verdict_and_asylum(vocab: Vocab) -> None:
    guilty = parse(vocab, [("He", 2, "nsubjpass", "PRON", "he"), ("was", 2, "auxpass", "AUX", "be"),
                           ("found", 2, "ROOT", "VERB", "find"), ("guilty", 2, "oprd", "ADJ", "guilty")])
    assert fired(guilty) == {"found": ("sentence", "sentenced")}
    asylum = parse(vocab, [("He", 1, "nsubj", "PRON", "he"), ("requested", 1, "ROOT", "VERB", "request"),
                           ("political", 3, "amod", "ADJ", "political"), ("asylum", 1, "dobj", "NOUN", "asylum")])
    assert fired(asylum) == {"requested": ("defection", "defected")}
    found = parse(vocab, [("He", 1, "nsubj", "PRON", "he"), ("found", 1, "ROOT", "VERB", "find"),
                          ("a", 3, "det", "DET", "a"), ("job", 1, "dobj", "NOUN", "job")])
    assert fired(found) == {}
