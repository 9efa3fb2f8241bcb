"""Phrase patterns for the values factoid reads from prose: offices, ranks, awards, parties.

These are patterns of English biographical prose about officials (titles, "Order of ...",
"... Party"), written to generalise across sources; no corpus's names appear here.
"""

from __future__ import annotations

import re

# ---- offices -------------------------------------------------------------------------------

_TITLE = (
    r"(?:head|chief|chairman|chairwoman|director|commander|commandant|commissar|"
    r"people's commissar|plenipotentiary(?: representative)?|representative|secretary|minister|"
    r"rezident|resident|consultant|adviser|advisor|inspector|governor|ambassador|president|"
    r"prosecutor|procurator|leader|manager|administrator)"
)
_RANKED_TITLE = rf"(?i:(?:(?:first|acting|senior|chief)\s+)?(?:(?:deputy|assistant|vice)(?:[\s-]+|\s+to\s+the\s+))?{_TITLE})"
# A tail of the office name: words up to a clause boundary.
_TAIL_STOP = (
    r"(?=\s*(?:[,;:()\[\]\"“”]|\.(?:\s|$)|\s[-–—]\s|$|\s+(?:where|which|who|whom|until|till|since|from|after|"
    r"before|when|while|as\s+well|to\s+(?!the\b)[a-z]+\b|and\s+(?:was|then|later|in)|in\s+\d{3,4}|on\s+\d|to\s+\d|with\s|under\s+[A-Z:]|"
    r"by\s+the\s+order|for\s+(?:his|her|their|its)\b)))"
)
_TAIL = r"(?:\s+(?i:of|for|in|at|to)\s+(?:the\s+)?[\w'’./-]+(?:\s+[\w'’/-]+){0,9}?)"
OFFICE = re.compile(rf"(?:[A-Z][\w'’-]*\s+){{0,3}}?\b{_RANKED_TITLE}{_TAIL}{_TAIL_STOP}")
# "began to head the X": the verb names the office "head of the X".
HEAD_VERB = re.compile(rf"\b(?:head|headed|heads|heading)\s+(?P<org>the\s+[\w'’./-]+(?:\s+[\w'’/-]+){{0,9}}?){_TAIL_STOP}")
# "the NKVD chief in X" / "Far Eastern Commander of the NKVD": a capitalised prefix is part of it.
OFFICE_TRIGGER = re.compile(
    r"\b(?:appointed|became|become|becomes|named|made|promoted|transferred|elected|served|serving|"
    r"worked|working|post(?:ing)?|position|office|as|took|takes|held|holds|head(?:ed|s)?|heading|"
    r"is|was|began|settled|replac(?:ed|ing)|succeeded|nominated|shifted)\b|^\s*(?:in\s+)?[\d.–—\s-]+\s*[-–—]\s*",
    re.IGNORECASE,
)
_LEADING = re.compile(r"^(?:the|a|an|his|her|their|its|former|then|later|future|new)\s+", re.IGNORECASE)


def clean_office(text: str) -> str:
    """Trim articles and dangling words so "the head of the X of" reads "head of the X"."""
    text = re.sub(r"\s+", " ", text).strip(" ,;:-–—")
    while True:
        new = _LEADING.sub("", text)
        if new == text:
            break
        text = new
    text = re.sub(r"\s+(?:of|for|in|at|to|the|and|a)$", "", text, flags=re.IGNORECASE)
    return text


# ---- ranks ---------------------------------------------------------------------------------

_ORD = r"(?:1st|2nd|3rd|[4-9]th|first|second|third|fourth|fifth)"
RANK = re.compile(
    rf"\b(?:(?:{_ORD})[\s-]rank\s+(?:state\s+security\s+)?(?:commissar|commissioner)(?:\s+of\s+state\s+security)?"
    rf"|(?:state\s+security\s+)?(?:commissar|commissioner)\s+(?:of\s+state\s+security\s+)?(?:of\s+)?(?:the\s+)?{_ORD}\s+(?:rank|class)"
    rf"|(?:commissar|commissioner)\s+{_ORD}\s+(?:rank|class)"
    r"|(?:major|lieutenant|colonel|brigadier)[\s-]general(?:\s+of\s+(?:state\s+security|the\s+NKVD|the\s+MGB|aviation|police))?"
    r"|marshal\s+of\s+the\s+soviet\s+union|(?:senior\s+)?major\s+of\s+state\s+security"
    r"|(?:lieutenant\s+)?colonel(?:\s+of\s+state\s+security)?|kombrig|komdiv|komkor|komandarm"
    r"|rear[\s-]admiral|vice[\s-]admiral|admiral"
    rf"|(?:army\s+|corps\s+|division\s+|brigade\s+)?commander\s+of\s+the\s+{_ORD}\s+rank|flagman\s+of\s+the\s+{_ORD}\s+rank)\b",
    re.IGNORECASE,
)
_RANK_TITLES_BEFORE_NAME = re.compile(r"^(?:marshal|general|colonel|major|admiral|gen\.?|col\.?)$", re.IGNORECASE)


def is_rank_title(word: str) -> bool:
    """A rank used as a title right before a name ("Marshal V.K. Blucher")."""
    return bool(_RANK_TITLES_BEFORE_NAME.match(word))


# ---- awards and parties -----------------------------------------------------------------------

AWARD = re.compile(
    r"\b(?:Orders?\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}(?:\s+and\s+(?:the\s+)?(?!Orders?\b)[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?"
    r"|Hero\s+of\s+the\s+Soviet\s+Union|Stalin\s+Prize|Lenin\s+Prize|Honou?red\s+Chekist"
    r"|Medal\s+(?:of|for)\s+(?:the\s+)?[A-Z\"][\w\"-]*(?:\s+[A-Z\"][\w\"-]*){0,3})"
)
AWARD_TRIGGER = re.compile(r"\b(?:award|receiv|nominat|decorat|gran|bestow|presented|chest|won|earn)", re.IGNORECASE)

PARTY = re.compile(
    r"\b(?:(?:[A-Z][\w-]*\s+){0,6}Party(?:\s*\((?:Bolsheviks?|b)\))?(?!\s+(?:Central|Committee|of\s+[A-Z][a-z]+\s+Committee))"
    r"|(?:[A-Z][\w-]*\s+){1,4}party\b"
    r"|(?:RSDLP|RCP|VKP|AUCP)\s*\(b\)|CPSU|Komsomol)"
)
PARTY_TRIGGER = re.compile(r"\b(?:join|member|enter|admitted|recruited)", re.IGNORECASE)


def split_awards(text: str) -> list[str]:
    """"Orders of the Red Banner and Lenin" names two awards: the Order of the Red Banner and
    the Order of Lenin."""
    m = re.match(r"Orders\s+of\s+(?:the\s+)?(.+?)\s+and\s+(?:the\s+)?(.+)$", text)
    if not m:
        return [re.sub(r"^Orders\b", "Order", re.sub(r"\s+", " ", text).strip())]
    first, second = m.group(1), m.group(2)
    return [f"Order of the {first}" if " " in first else f"Order of {first}",
            f"Order of the {second}" if " " in second else f"Order of {second}"]
