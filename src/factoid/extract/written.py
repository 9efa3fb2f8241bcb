"""Names and time stamps as an English page writes them, for the prose reader's kinship,
killing and context rules: a name's written form when the name spans cut or joined it
("[[Orazio X]]", "Manus (Emmanuel) X", "Hugh de Y"), namesake relatives ("Orazio X" on the
page of "Anna X"), names listed after a colon, and a comment's time stamp."""

from __future__ import annotations

import re

from spacy.tokens import Token

#: A clock time right after a date: the date is a time stamp ("December 27, 2015 at 10:14 am")
CLOCK_AFTER = re.compile(r",?\s*(?:at\s+)?\d{1,2}:\d{2}(?!\d)")
#: What follows a surname without being one: "III", "Jr.", "Sr."
SUFFIX = re.compile(r"[IVX]{1,4}|Jr\.?|Sr\.?")


def particled_name(head: Token) -> str:
    """The whole name a proper noun ends, particles the tagger left out of it included
    ("Hugh de Morville": "de" tagged foreign)."""
    left = [t for t in head.subtree if t.i < head.i and t.dep_ in {"compound", "nmod", "flat"}
            and t.pos_ in {"PROPN", "X"}]
    first = min((t.i for t in left), default=head.i)
    span = head.doc[first : head.i + 1]
    return span.text if all(t.pos_ in {"PROPN", "X"} for t in span) else head.text


def written_name(head: Token) -> str:
    """A proper name as written up to its last word, a bracketed other form inside it kept
    ("Manus (Emmanuel) X"); the parse hangs the earlier words on the last."""
    doc, first = head.doc, head.i
    mine = {t.i for t in head.subtree}
    while first > head.sent.start and first - 1 in mine \
            and (doc[first - 1].pos_ in {"PROPN", "X"} or doc[first - 1].text in {"(", ")"}):
        first -= 1
    while doc[first].text in {"(", ")"}:
        first += 1
    return doc[first : head.i + 1].text


def listed_after_colon(group: Token) -> list[Token]:
    """"by four knights of A: B, C and D.": the last words of the proper names listed after
    a colon that closes a plural noun's phrase (the parse may hang them anywhere), up to the
    sentence's end; nothing when anything but names, commas and "and" follows."""
    doc = group.doc
    # the colon closes the phrase: every word between the noun and it hangs on the noun (the
    # parse may hang the colon, or names after it, inside the phrase too)
    end = next((t.i for t in doc[group.i + 1 : group.sent.end] if t.text == ":"), len(doc))
    if end >= len(doc) or any(group not in t.ancestors for t in doc[group.i + 1 : end]):
        return []
    found = []
    # the parser may start a new sentence after the colon ("They had three children: A, B and C.")
    stop = group.sent.end if group.sent.end > end + 1 else doc[end + 1].sent.end if end + 1 < len(doc) else end + 1
    for t in doc[end + 1 : stop]:
        if t.is_punct and t.text in {".", "!"}:
            break
        name = t.pos_ == "PROPN" or t.pos_ == "NOUN" and t.text[:1].isupper()  # "and Miklos" tagged a noun
        if not name and t.pos_ not in {"X", "CCONJ", "PUNCT"} or (t.is_punct and t.text != ","):
            return []
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if name and (nxt is None or nxt.pos_ not in {"PROPN", "X"}):
            found.append(t)
    return found


def relative_of(written: str, display: str) -> bool:
    """Whether a full name as written is a namesake relative of a person rather than that
    person: the same surname after another given name ("Orazio X" on the page of "Anna X",
    which the name spans may have joined to her)."""
    a, b = [w for w in written.split() if not SUFFIX.fullmatch(w)], display.split()
    return len(a) > 1 and len(b) > 1 and a[-1] == b[-1] and a[0] != b[0] and a[0][:1] != b[0][:1]
