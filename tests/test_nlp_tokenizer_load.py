"""``nlp._load_package``: the pipeline built over a bare tokenizer, then read from disk, is
``spacy.load``'s: the same tokenizer settings (exceptions, affix patterns, matches), the same
config, and the same tokens, tags, parses and entities on text that exercises the exceptions."""

from __future__ import annotations

import spacy

from factoid import nlp

TEXT = ("Dr. Ilse Marrow didn't return to St. Albans until Jan. 1920; she'd left (aged 34) for "
        "New York, U.S., with $1,200 and a letter from Prof. O'Hara — \"we can't wait\", he wrote. "
        "See https://example.org/ilse, e-mail ilse@example.org, 3:15 p.m., 5km north-east.")


def _tokens(pipeline: spacy.language.Language) -> list[tuple]:
    doc = pipeline(TEXT)
    return [(t.text, t.whitespace_, t.tag_, t.dep_, t.head.i, t.lemma_, t.ent_type_, t.ent_iob_) for t in doc]


def test_the_bare_built_pipeline_is_spacys() -> None:
    plain = spacy.load(nlp.MODEL)
    ours = nlp._load_package(nlp.MODEL)
    a, b = plain.tokenizer, ours.tokenizer
    assert a.rules == b.rules
    for attr in ("prefix_search", "suffix_search", "token_match", "url_match", "infix_finditer"):
        fa, fb = getattr(a, attr), getattr(b, attr)
        assert (fa is None) == (fb is None)
        if fa is not None:
            assert fa.__self__.pattern == fb.__self__.pattern
    assert a.faster_heuristics == b.faster_heuristics
    assert plain.config.to_str() == ours.config.to_str()
    assert plain.pipe_names == ours.pipe_names
    assert _tokens(plain) == _tokens(ours)


def test_the_bare_tokenizer_knows_nothing_until_read() -> None:
    pipeline = spacy.blank("en")
    bare = spacy.registry.tokenizers.get(nlp.BARE_TOKENIZER)()(pipeline)
    assert bare.rules in (None, {}) and bare.prefix_search is None
    assert [t.text for t in bare("can't stop.")] == ["can't", "stop."]
