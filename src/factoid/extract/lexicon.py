"""Phrase patterns for the values factoid reads from prose: offices, ranks, awards, parties.

The words and regex fragments live in ``lang/en/lexicon.toml``; this module only assembles
them into compiled patterns and keeps the few string operations data cannot say (trimming an
office name, splitting "Orders of A and B"). No corpus's names appear in either place.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from factoid.lang import load_toml

LANG = "en"


def data(section: str, code: str = LANG) -> dict[str, Any]:
    """One section of a language's prose lexicon."""
    return load_toml(code, "lexicon.toml")[section]


@cache
def words(section: str, name: str, code: str = LANG) -> frozenset[str]:
    """A word list of the lexicon as a set (lemmas are compared lowercased)."""
    return frozenset(data(section, code)[name])


@cache
def regex(section: str, name: str, code: str = LANG) -> re.Pattern[str]:
    """A regex of the lexicon, compiled once."""
    return re.compile(data(section, code)[name])


def _alternatives(items: list[str]) -> str:
    return "(?:" + "|".join(items) + ")"


# ---- offices -------------------------------------------------------------------------------

_O = data("offices")
_TITLE = _alternatives(_O["titles"])
_RANKED_TITLE = (rf"(?i:(?:{_alternatives(_O['grades'])}\s+)?"
                 rf"(?:{_alternatives(_O['deputies'])}(?:[\s-]+|\s+to\s+the\s+))?{_TITLE})")
_TAIL_STOP = _O["tail_stop"]
# A tail of the office name: words up to a clause boundary.
# (a word may end in the dot of an abbreviation, "St. John Hospital", which ``tail_stop`` does not stop at)
_TAIL = r"(?:\s+(?i:of|for|in|at|to)\s+(?:the\s+)?[\w'’./-]+(?:\s+[\w'’/-]+\.?){0,9}?)"
_MODIFIERS = rf"(?i:(?:{_alternatives(_O['modifiers'])})\s+){{0,2}}"
OFFICE = re.compile(rf"(?:[A-Z][\w'’-]*\s+){{0,3}}?\b{_MODIFIERS}{_RANKED_TITLE}{_TAIL}{_TAIL_STOP}")
#: "became Grand Vizier": a capitalised title with no tail, up to two capitalised words before
#: it; read only after ``bare_trigger`` (every word capitalised, so "as King Henry" is no office)
BARE_OFFICE = re.compile(rf"\b(?:[A-Z][\w'’-]*\s+){{0,2}}(?=[A-Z])(?i:{_TITLE})\b{_TAIL_STOP}")
BARE_TRIGGER = re.compile(_O["bare_trigger"])
# "began to head the X": the verb names the office "head of the X".
HEAD_VERB = re.compile(rf"\b(?:head|headed|heads|heading)\s+(?P<org>the\s+[\w'’./-]+(?:\s+[\w'’/-]+){{0,9}}?){_TAIL_STOP}")
OFFICE_TRIGGER = re.compile(_O["trigger"])
_LEADING = re.compile(_O["leading"])
_DANGLING = re.compile(_O["dangling"])
POST_OF = re.compile(_O["post_of"])
NOT_OFFICE = re.compile(_O["not_office"])
DESCRIBED = re.compile(_O["described"])
OFFICE_LISTED = re.compile(_O["listed"])
IMPLIED_OFFICES = tuple((re.compile(r["pattern"]), r["office"]) for r in _O["implied"])
TITLE_WORD = re.compile(rf"(?i)\b{_TITLE}\b")
VAGUE_OFFICE = re.compile(_O["vague"])
OFFICE_GLOSS = re.compile(_O["gloss"])
#: "a bullet wound in his head": the body's head, no office
WOUND_BEFORE = re.compile(_O["wound_before"])
#: "married with the Raja of X": a title of the spouse's
SPOUSE_TITLE = re.compile(_O["spouse_title"])
#: "succeeded A as Archbishop of X": the title is the successor's
SUCCEEDED_AS = re.compile(_O["succeeded_as"])
#: Verbs whose object is the one served ("served the sultan as qadi"): the title is the subject's.
SERVED_OBJECT = frozenset(_O["served_object"])


def clean_office(text: str) -> str:
    """Trim articles and dangling words so "the head of the X of" reads "head of the X"."""
    text = re.sub(r"\s+", " ", text).strip(" ,;:-–—")
    while True:
        new = _LEADING.sub("", text)
        if new == text:
            break
        text = new
    return _DANGLING.sub("", text).rstrip(".")


# ---- ranks ---------------------------------------------------------------------------------

_R = data("ranks")
RANK = re.compile(r"\b" + _alternatives([f.replace("{ord}", _R["ordinal"]) for f in _R["forms"]]) + r"\b", re.IGNORECASE)
RANK_INDEFINITE = re.compile(_R["indefinite"])
RANK_HELD_BEFORE = re.compile(_R["held_before"])
RANK_PLAIN = re.compile(r"\b" + _alternatives(_R["plain"]) + r"\b", re.IGNORECASE)
MILITARY = re.compile(_R["military"])
_RANK_TITLES_BEFORE_NAME = re.compile(_R["titles_before_name"])


def is_rank_title(word: str) -> bool:
    """A rank used as a title right before a name ("Marshal V.K. Blucher")."""
    return bool(_RANK_TITLES_BEFORE_NAME.match(word))


# ---- awards and parties -----------------------------------------------------------------------

AWARD = re.compile(r"\b" + _alternatives(data("awards")["forms"]))
AWARD_TRIGGER = re.compile(data("awards")["trigger"])
PARTY = re.compile(r"\b" + _alternatives(data("parties")["forms"]))
PARTY_TRIGGER = re.compile(data("parties")["trigger"])
PARTY_ACRONYM = re.compile(data("parties")["acronym"])
PARTY_SPELLED = re.compile(data("parties")["spelled"])


@cache
def party_labels(code: str = LANG) -> frozenset[str]:
    """The acronyms that name a party in the normalisation registry ("SPD", "CPSU", "KMT")."""
    table = load_toml(code, "normalise.toml").get("member_of_political_party", {})
    return frozenset(w for label, others in table.items() for w in [label, *others]
                     if re.fullmatch(r"[A-Z][A-Z()]{1,7}", w))


def is_party_acronym(word: str, spelled: set[str] | frozenset[str] = frozenset()) -> bool:
    """A bare acronym after "joined the" names a party when it is a known party label, was
    spelled out as a party in the document, or holds a P (Party, Partei, Parti, Partido)."""
    return word in party_labels() or word in spelled or "P" in word


def split_awards(text: str) -> list[str]:
    """"Orders of the Red Banner and Lenin" names two awards: the Order of the Red Banner and
    the Order of Lenin."""
    m = re.match(r"Orders\s+of\s+(?:the\s+)?(.+?)\s+and\s+(?:the\s+)?(.+)$", text)
    if not m:
        return [re.sub(r"^Orders\b", "Order", re.sub(r"\s+", " ", text).strip())]
    first, second = m.group(1), m.group(2)
    return [f"Order of the {first}" if " " in first else f"Order of {first}",
            f"Order of the {second}" if " " in second else f"Order of {second}"]
