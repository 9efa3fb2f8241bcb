"""Which clause a word of an English sentence belongs to, for the event readers of
``extract.prose``: a relative clause on a person tells another event of theirs ("X, who won
the relay for Hungary at the 1936 Games, was shot ..."), and a year set before a noun names an
event ("the 1936 Olympic Games", "his 1905 paper"), not the time of the sentence's verb; nor
does a date of the clause an "after" clause hangs on date that clause's verb."""

from __future__ import annotations

from spacy.tokens import Token

#: dependency labels of clauses that describe a noun rather than continue the sentence's verb
_DESCRIBING = frozenset({"relcl", "acl"})
#: dependency labels by which a number or a name modifies the noun after it
_MODIFIER = frozenset({"nummod", "amod", "compound", "npadvmod", "nmod"})


def in_describing_clause(at: Token, verb: Token) -> bool:
    """Whether ``at`` sits in a relative (or participle) clause that hangs on a noun between
    it and ``verb``: that clause tells something else about the noun's person."""
    t = at
    while t.i != verb.i and t.head.i != t.i:
        if t.dep_ in _DESCRIBING and t.pos_ in {"VERB", "AUX"}:
            return True
        t = t.head
    return False


def attributive_year(at: Token) -> bool:
    """Whether ``at`` is a year set before the noun it modifies, after an article or a
    possessive ("the 1936 Olympic Games", "her 1936 silver medal"): the name of an event."""
    head = at.head
    if at.dep_ not in _MODIFIER or head.i <= at.i or head.pos_ not in {"NOUN", "PROPN"}:
        return False
    before = at.doc[at.i - 1] if at.i > at.sent.start else None
    return before is not None and before.dep_ in {"det", "poss"} and before.head.i in {head.i, at.i}


def outside_subordinate(at: Token, verb: Token) -> bool:
    """Whether ``verb`` heads a clause set under another by a subordinating word ("twenty
    years after he was shot", "before she died") and ``at`` lies outside that clause: ``at``
    belongs to the clause it hangs on, which tells another time."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" for c in verb.children):
        return False
    return at.i not in {t.i for t in verb.subtree}


#: prepositions of a route ("cross from X into Y"): their places are where one was going
_ROUTE = frozenset({"from", "into", "across", "toward", "towards"})


def on_a_route(at: Token, verb: Token) -> bool:
    """Whether ``at`` is a place a route passes ("shot while crossing from X into Y near Z"):
    the object of "from"/"into" under a verb of the clause other than the event's own. The
    event happened on the way, not in X or Y (Z, if named, is where)."""
    prep = at.head
    return (prep.dep_ == "prep" and prep.lower_ in _ROUTE and prep.head.i != verb.i
            and prep.head.pos_ == "VERB")
