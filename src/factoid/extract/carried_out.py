"""Who carried out a killing told before: "he was sentenced to death; the sentence was carried
out by X", "the order to kill her was carried out by A and B". The agent of "carried out"
whose subject is a sentence, an order or an execution is the killer of whoever the sentence
(or the one before it) condemned or had killed; with no killing told there, nothing is read
("the order to arrest him was carried out by X" names no killer)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from factoid.extract import lexicon

_SUBJ = {"nsubj", "nsubjpass"}
#: how far back in the passage a killing may be told (the sentence before, about)
_LOOK_BACK = 240


def _words(name: str) -> frozenset[str]:
    return lexicon.words("triggers", name)


def carried_noun(tok: Token) -> Token | None:
    """The sentence, order or execution a passive "carried out" says was done, if any."""
    if tok.lemma_.lower() != "carry" or not any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children):
        return None
    return next((c for c in tok.children if c.dep_ == "nsubjpass" and c.lemma_.lower() in _words("carried_out")), None)


def killing_told(tok: Token) -> bool:
    """Whether the sentence of ``tok``, or the text just before it, tells of a death."""
    sent = tok.sent
    before = sent.doc.text[max(0, sent.start_char - _LOOK_BACK) : sent.end_char]
    return bool(re.search(lexicon.data("triggers")["killing_told"], before, re.I))


def agent_tokens(tok: Token) -> list[Token]:
    """The heads of the names after the verb's "by", coordinated ones too ("by A and B")."""
    agent = next((c for c in tok.children if c.dep_ == "agent"), None)
    if agent is None:
        return []
    heads = [c for c in agent.children if c.dep_ == "pobj"]
    return [t for h in heads for t in [h, *h.conjuncts]]


def condemned_before(tok: Token) -> Token | None:
    """The subject of an earlier clause of the sentence ("he was sentenced to death; the
    sentence was carried out by X"): the one condemned, when the sentence says it."""
    for t in tok.sent:
        if t.i >= tok.i:
            break
        if t.dep_ in _SUBJ and t.head.i != tok.i:
            return t
    return None
