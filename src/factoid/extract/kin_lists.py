"""Shapes of the English parse that name relatives in lists: "his wives included A, B and C",
"their children were A and B", "two of them, A and B", "a son of A, ..., and of B".

Pure functions over spaCy tokens, used by ``extract.prose``'s kinship reader; the verbs that
equate a kinship subject with names are data (``lang/en/lexicon.toml``, ``kin_list``).
"""

from __future__ import annotations

from spacy.tokens import Token

from factoid.extract import lexicon


def and_of(tok: Token, of: Token) -> list[Token]:
    """"a son of A, lord of X, who died in 1720, and of B": the objects of a later "and
    of" that the parse hung on the kinship noun's clause rather than on its first "of"."""
    over = {tok.i, *(a.i for a in tok.ancestors)}
    return [o for t in tok.sent if t.i > of.i and t.dep_ == "prep" and t.lower_ == "of" and t.head.i in over
            and t.i > 0 and t.nbor(-1).lower_ == "and" for o in t.children if o.dep_ == "pobj"]


def counted_of_them(tok: Token) -> list[Token]:
    """"They had five children, but only two of them, A and B, lived": the names joined
    to a number "of them" later in the sentence are some of those relatives."""
    for t in tok.sent:
        if t.i > tok.i and t.lower_ == "them" and t.dep_ == "pobj" and t.head.lower_ == "of" \
                and t.head.head.pos_ == "NUM":
            number = t.head.head
            first = [c for c in number.children if c.dep_ in {"appos", "conj"} and c.pos_ == "PROPN"]
            return [x for c in first for x in [c, *c.conjuncts] if x.pos_ == "PROPN"]
    return []


def equated(tok: Token) -> list[Token]:
    """The heads a plural kinship subject is equated with ("were A and B") or said to
    include ("included A, B and C"), coordinated ones too."""
    if tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in lexicon.words("triggers", "kin_list"):
        return []
    attr = next((c for c in tok.head.children if c.dep_ in {"attr", "dobj"}), None)
    return [] if attr is None else [attr, *attr.conjuncts]
