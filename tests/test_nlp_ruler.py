"""The compiled attribute ruler (``factoid.nlp_ruler``) must annotate exactly as spaCy's own."""

from __future__ import annotations

import spacy
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG
from spacy.pipeline import AttributeRuler

from factoid import nlp
from factoid.nlp_ruler import CompiledRuler, compile_ruler

#: Sentences of our own with the ruler's exceptions in them: pronouns, contractions, "that" as a
#: conjunction, "nothing", spaces, quotes, auxiliaries and a "gotta".
TEXTS = [
    "She said that he couldn't have known it himself, and nothing came of it.",
    "We gotta go now, y' know; they won't wait   for us.",
    "Ain't it odd?  Whether or not it rains, I'd rather stay, though he'll leave.",
    "Its owner, whom nobody knew, was born in 1850 and died in 1921 in Lyon.",
    "\n\n  Nuthin' to see here - \"o'er\" the hills ca n't 's 're 'd.",
    "",
]

COLUMNS = [TAG, POS, MORPH, LEMMA, DEP]


def _stock_and_compiled() -> tuple[spacy.language.Language, AttributeRuler, CompiledRuler]:
    model = spacy.load(nlp.MODEL)
    ruler = model.get_pipe("attribute_ruler")
    compiled = compile_ruler(ruler)
    assert compiled is not None
    return model, ruler, compiled


def test_compiled_ruler_annotates_like_spacy() -> None:
    model, ruler, compiled = _stock_and_compiled()
    with model.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        for text in TEXTS:
            a, b = model(text), model(text)
            before = a.to_array(COLUMNS).tolist()
            ruler(a)
            compiled(b)
            assert a.to_array(COLUMNS).tolist() == b.to_array(COLUMNS).tolist(), text
            assert len(a) == 0 or a.to_array(COLUMNS).tolist() != before  # the ruler did something


def test_rules_apply_in_spacy_order_later_rule_wins() -> None:
    model = spacy.blank("en")
    ruler = model.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "bank"}]], {"POS": "NOUN", "LEMMA": "first"})
    ruler.add([[{"LOWER": {"IN": ["bank", "shore"]}}]], {"LEMMA": "second"})
    ruler.add([[{"LOWER": "river"}, {"LOWER": "bank"}]], {"POS": "PROPN"}, index=1)
    ruler.add([[{"ORTH": {"NOT_IN": ["bank"]}}]], {"POS": "X"})
    compiled = compile_ruler(ruler)
    assert compiled is not None
    a, b = model("The river Bank and the bank"), model("The river Bank and the bank")
    ruler(a)
    compiled(b)
    assert [(t.pos_, t.lemma_) for t in b] == [(t.pos_, t.lemma_) for t in a]
    assert (b[2].pos_, b[2].lemma_) == ("X", "second")  # "Bank": NOT_IN, by ORTH, came last
    assert (b[5].pos_, b[5].lemma_) == ("NOUN", "second")


def test_pattern_beyond_the_index_keeps_spacys_ruler() -> None:
    model = spacy.blank("en")
    ruler = model.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "very", "OP": "+"}]], {"POS": "ADV"})
    assert compile_ruler(ruler) is None
    ruler2 = spacy.blank("en").add_pipe("attribute_ruler")
    ruler2.add([[{"LENGTH": 3}]], {"POS": "ADV"})
    assert compile_ruler(ruler2) is None


def test_loaded_pipeline_runs_compiled_ruler_in_place() -> None:
    model = nlp.load()
    assert isinstance(model.get_pipe("attribute_ruler"), CompiledRuler)
    assert model.pipe_names == spacy.load(nlp.MODEL).pipe_names
    doc = model("He gave it to her himself.")
    assert [t.pos_ for t in doc][:2] == ["PRON", "VERB"]
