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


def named_in_apposition(obj: Token) -> Token:
    """"the daughter of an English soldier, Mr. A B": the name set off by a comma right after
    a common-noun object of "of" is that object's, wherever the parse hangs it (on the
    kinship noun, on the place before it). Only a name the parse calls an apposition: in
    "Born in P, the son of a tailor, A B studied law" A B is the subject, not the tailor.
    The name's head token when there is one, else the object itself."""
    if obj.pos_ != "NOUN":
        return obj
    doc, end = obj.doc, max(t.i for t in obj.subtree)
    if end + 2 >= len(doc) or doc[end + 1].text != ",":
        return obj
    for ent in doc.ents:
        titles = doc[end + 2 : ent.start]
        if ent.label_ == "PERSON" and ent.root.dep_ == "appos" and end + 2 <= ent.start <= end + 3 \
                and all(t.text.endswith(".") and t.is_title for t in titles):
            return ent.root
    return obj


def dated_partner(verb: Token) -> Token | None:
    """"she married in 1940 Lieutenant A B": a date put between the verb and its object
    makes the parser read the name as the object of "in", beside the year. That name is
    the partner: a person the tagger named, after a date inside the same phrase."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"in", "on"}:
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.ent_type_ == "PERSON" \
                    and any(t.ent_type_ == "DATE" for t in obj.subtree if t.i < obj.i):
                return obj
    return None


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


def compound_list(tok: Token) -> list[Token]:
    """"Her younger brothers A, B and C grew up ...": a plural kinship noun the parse hung on
    the first name as a compound names that name's proper-noun conjuncts too. A singular
    noun names only the name it is set on."""
    if tok.tag_ not in {"NNS", "NNPS"} or tok.dep_ != "compound":
        return []
    return [t for t in tok.head.conjuncts if t.pos_ == "PROPN"]


def name_equated(tok: Token) -> tuple[Token | None, Token] | None:
    """"Her father's name was A", "his mother name was B" (a translation's word order): the
    kinship noun modifies "name", which is equated with a proper noun. Gives the possessor
    (on the kinship noun or on "name"; for a second clause without one, "... and mother name
    was B", the first clause's) and the proper noun, or None."""
    name = tok.head
    if name.lemma_.lower() != "name" or tok.dep_ not in {"compound", "poss"} or name.i <= tok.i:
        return None
    verb = name.head if name.dep_ == "nsubj" else None
    if verb is None and name.dep_ == "conj":
        # the parse may join "and mother name" to the first clause's name: its verb comes next
        verb = next((v for v in tok.sent if v.i > name.i), None)
    if verb is None or verb.lemma_ != "be":
        return None
    # the parse may make the name after the verb a second subject ("... was B")
    attr = next((c for c in verb.children if c.dep_ in {"attr", "nsubj"} and c.pos_ == "PROPN" and c.i > verb.i), None)
    if attr is None:
        return None
    return _name_possessor(tok, name), attr


def _name_possessor(tok: Token, name: Token) -> Token | None:
    for t in (tok, name):
        owner = next((c for c in t.children if c.dep_ == "poss"), None)
        if owner is not None and owner.i < tok.i:
            return owner
    for t in tok.sent:  # "Her father name was A and mother name was B": the first one's
        if t.i < tok.i and t.lemma_.lower() == "name" and t.i > tok.sent.start:
            for c in (*t.children, *(x for k in t.children for x in k.children)):
                if c.dep_ == "poss" and c.i < t.i:
                    return c
    return None


def birth_given(tok: Token) -> Token | None:
    """"she gave birth to a son, A" (and a translation's "gave birth one son A"): the verb
    "give" whose object is "birth", when the kinship noun is what was born; its subject is
    the parent."""
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "to" else tok.head
    if tok.dep_ not in {"pobj", "dobj", "obj"} or verb.lemma_.lower() != "give":
        return None
    return verb if any(c.lemma_.lower() == "birth" for c in verb.children) else None


def shared_possessor(tok: Token) -> Token | None:
    """"his wife, A, and two sons, B and C": a kinship noun joined by "and" to an earlier one
    shares that one's possessor (the parse sets "his" on the first noun only)."""
    first = tok.head.head if tok.head.dep_ == "appos" else tok.head  # joined to the first one's name
    if tok.dep_ != "conj" or tok.head.i >= tok.i or first.lemma_.lower() not in lexicon.data("kin"):
        return None
    return next((c for c in first.children if c.dep_ == "poss"), None)


def couple_noun(tok: Token) -> bool:
    """"The couple had five children", "their marriage produced two sons": a noun that names
    a marriage or its two partners (``kin_couple``), set with an article or "their", stands
    for the couple of the marriage just told, as "they" does."""
    if tok.lemma_.lower() not in lexicon.words("triggers", "kin_couple"):
        return False
    return any(c.dep_ in {"det", "poss"} and c.lower_ in {"the", "this", "their"} for c in tok.children)


def partitive(tok: Token) -> Token | None:
    """"the third of seven children of A", "one of five sons of A", "the eldest of the
    daughters of A": the number or ordinal a plural kinship noun is counted out of, which
    stands where the noun would ("born in P, the third ..."); None for any other noun."""
    if tok.tag_ not in {"NNS", "NNPS"} or tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return None
    part = tok.head.head
    counted = part.tag_ in {"CD", "JJ", "JJS"} or lexicon.regex("triggers", "ordinal").fullmatch(part.text) is not None
    if part.i >= tok.i or not counted or part.dep_ not in {"appos", "npadvmod", "attr", "ROOT"}:
        return None
    return part


def given_name_sharing(surname: Token) -> Token | None:
    """"the children of George and Susan Coleman": the given name joined by "and" before a
    couple's shared surname (the parse hangs it on the surname), which names the first
    parent with that surname; None when the name before "and" is not a lone given name."""
    for c in surname.children:
        if c.dep_ in {"nmod", "compound", "conj"} and c.i < surname.i and c.pos_ == "PROPN" \
                and any(g.dep_ == "cc" and g.lower_ in {"and", "&"} and g.i == c.i + 1 for g in c.children) \
                and not any(g.dep_ in {"compound", "flat"} for g in c.children):
            return c
    return None


#: "her father is without doubt A", "beyond question B": a certainty phrase between the verb and
#: the name, which the parser takes for a preposition governing the name.
_CERTAINTY_PREPS = frozenset({"without", "beyond"})
_CERTAINTY_NOUNS = frozenset({"doubt", "question", "dispute"})


def past_doubt(verb: Token) -> Token | None:
    """The name a copula equates its subject with across a certainty phrase ("is without doubt
    A"): the object of "without"/"beyond" whose words hold "doubt", or None."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in _CERTAINTY_PREPS:
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and any(t.lower_ in _CERTAINTY_NOUNS for t in obj.subtree) and obj.pos_ == "PROPN":
                return obj
    return None
