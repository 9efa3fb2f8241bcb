"""Cleaning infobox values: what is left once labels, ages, citation marks and table junk are
gone, split into one value per person, award or office.

Kept apart from the reader so each rule can be tested on a string: nothing here knows about
documents or offsets.
"""

from __future__ import annotations

import re

from factoid import dates
from factoid.extract.infobox import labels

_CITATION = re.compile(r"\[(?:\d{1,3}|[a-z]|[ivx]+|note \d+|nb \d+|citation needed|n \d+)\]", re.I)
_AGE = re.compile(r"\(\s*(?:aged?|at age|age)\b[^)]*\)?|\(\s*\d{1,3}\s*(?:years?|yrs?)[^)]*\)|^\s*\d{1,3}\)|\b\d{1,3}\)", re.I)
_TRAILING_OPEN = re.compile(r"\(\s*(?:aged?|at age)?\s*$", re.I)
PAREN = re.compile(r"\([^()]*\)")
_MARRIED = re.compile(r"\(\s*(?:m\.|married|div\.|divorced|sep\.|d\.)[^)]*\)", re.I)
#: A list flattened without separators, each name closed by its marriage or years:
#: "Anna Ivanova (m. 1901; div. 1910) Olga Petrova (m. 1912)".
_GLUED_AFTER_BRACKET = re.compile(r"(\((?:m\.|married|div\.|divorced|\d{4})[^()]*\))\s*(?=[A-ZА-ЯЁ])")
#: A bracket glued to the next name, with no space between ("A (father)B (mother)"): a
#: scraper dropped the separator, as it does between two names of a flattened list
#: ("Anna SmithMaria Jones": a lower-case run then a capital inside one
#: word). A word's inner capital after one or two letters stays ("McDonald", "DeWitt").
_GLUED_NAMES = re.compile(r"(?<=\))(?=[A-ZА-ЯЁ])|(?<=[a-zà-ÿа-яё]{3})(?=[A-ZÀ-ÞА-ЯЁ][a-zà-ÿа-яё])")
#: a genealogy's numbered list in one cell: "m. 1) A 2) B" (read after the marriage brackets go)
_NUMBERED = re.compile(r"(?:^|(?<=\s))\d{1,2}\)\s+(?=[A-ZÀ-ÞА-ЯЁ])")
_SPLIT = re.compile(r"\s*(?:[;,·•/]|\s\band\b\s|\s&\s|\n)\s*")
_ORDINALS = re.compile(r"^(?:\d+(?:st|nd|rd|th)\s*(?:[~–—&,-]|and)?\s*)+", re.I)
_EDGE = " \t,;:|-–—.•·"


def clean(value: str) -> str:
    """A value without citation marks, ages, orphan brackets and edge punctuation."""
    value = _CITATION.sub(" ", value)
    value = _AGE.sub(" ", value)
    value = _TRAILING_OPEN.sub(" ", value)
    value = re.sub(r"\s+", " ", value).strip(_EDGE)
    return "" if value.lower() in labels.empty_values() else value


#: At most this many lower-case words ("near", "just outside") may open a place value.
_LEAD_WORDS = 2


def _capitalised_tail(text: str) -> str:
    """Drop leading lower-case words ("in Tikrit", "present-day Kotelnikovsky District",
    "near Dmitrov" keeps "Dmitrov"), so a place starts at its first capitalised word."""
    words = text.split()
    while words and not starts_name(words[0]):
        words.pop(0)
    return " ".join(words)


def place_of(value: str, found: list[dates.DateMatch]) -> str | None:
    """The place in a born/died value: the text after the last date ("Harold Philby 1 January
    1912 Ambala, Punjab" -> "Ambala, Punjab"), or the whole value when it holds no date.
    Before a date stands a birth name, not a place; after a semicolon, another fact ("...,
    at P; son of A and B")."""
    rest = value[found[-1].end :] if found else value
    rest = rest.split(";", 1)[0]
    rest = PAREN.sub(" ", clean(rest))
    rest = _capitalised_tail(rest.strip(_EDGE))
    rest = re.sub(r"\s+", " ", rest).strip(_EDGE)
    return place(rest)


def place(value: str) -> str | None:
    """A place value, or None when it cannot be one (digits, too long, lower case, a name
    list glued together)."""
    value = clean(PAREN.sub(" ", value))
    value = re.sub(r"\s+", " ", value).strip(_EDGE)
    if not starts_name(value) and len(value.split()) - len(_capitalised_tail(value).split()) <= _LEAD_WORDS:
        value = _capitalised_tail(value)  # "near Killaloe, County Clare": the town it is near
    if not starts_name(value) or any(ch.isdigit() for ch in value):
        return None
    if re.search(r"(?:^|[\s.])[A-Z]\.[A-Z]$", value):
        value += "."  # an abbreviation keeps its last dot: "U.S.", "D.C."
    return value if len(value.split()) <= 12 else None


def starts_name(text: str) -> bool:
    """Whether a text starts like a proper name: a capital, or a letter of a script without
    case (Chinese, Arabic)."""
    return bool(text) and text[0].isalpha() and not text[0].islower()


def split_outside_brackets(value: str) -> list[str]:
    """A cell split at list separators that are not inside brackets, brackets kept:
    "Giacomo (also called Diego), Bartholomew" -> ["Giacomo (also called Diego)", "Bartholomew"]."""
    parts, depth, last = [], 0, 0
    for m in re.finditer(r"[()]|" + _SPLIT.pattern, value):
        if m.group(0) == "(":
            depth += 1
        elif m.group(0) == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            parts.append(value[last : m.start()])
            last = m.end()
    parts.append(value[last:])
    return [p.strip() for p in parts if p.strip()]


#: A name word an article is joined to ("ol-Molouk", "al-Din", "ad-Dowleh", "el-Sayed").
_ARTICLE_JOINED = re.compile(r"^[a-z]{1,3}-[A-Z]")


def name(part: str) -> str | None:
    """One person's name from a list item, brackets and quotes around it dropped; None when
    the item reads as text rather than a name (a question, a clause, too many words)."""
    part = re.sub(r"\s+", " ", PAREN.sub(" ", part)).strip(_EDGE + "\"'")
    if not starts_name(part) or any(ch.isdigit() for ch in part) or part.lower() in labels.empty_values():
        return None
    words = part.split()
    if len(words) > 7 or part.endswith(("?", "!")):
        return None
    if any(w[:1].islower() and w.lower() not in labels.particles() and not _ARTICLE_JOINED.match(w) for w in words):
        return None
    return part


def surname_first(value: str) -> str:
    """"Smirnova, Antonina Nikolaevna" (dictionary order) as one name in reading order; any
    other value unchanged."""
    m = re.fullmatch(r"\s*(\w[\w'-]*)\s*,\s*(\w[\w'-]*(?:\s+\w[\w'-]*)?)\s*", value)
    if m and m.group(2).split()[-1].lower().endswith(labels.patronymic_endings()):
        return f"{m.group(2)} {m.group(1)}"
    return value


def marked(part: str) -> tuple[str | None, str]:
    """A relation word in front of a name ("son — Igor Smirnov") and the name; link junk
    after a spaced dash ("Ivan Orlov — biography") dropped."""
    pieces = re.split(r"\s+[—–-]\s+", part, maxsplit=1)
    if len(pieces) == 2:
        head, tail = pieces
        if head.strip().lower() in labels.relations():
            return labels.relations()[head.strip().lower()], tail
        if tail[:1].islower():
            return None, head
    return None, part


def _unflatten(part: str) -> list[str]:
    """A cell whose list lost its separators ("Alice Friedman Aileen Furse Eleanor Brewer
    Rufina Pukhova"): six or more capitalised words, an even number and no particle, read as
    given name and surname pairs; no single person's name runs that long. Anything else is
    left whole."""
    words = re.sub(r"\s+", " ", PAREN.sub(" ", part)).strip().split()
    if len(words) < 6 or len(words) % 2 or not all(starts_name(w) for w in words):
        return [part]
    return [f"{words[i]} {words[i + 1]}" for i in range(0, len(words), 2)]


def unglue(value: str) -> str:
    """A cell whose list lost its separators with a separator put back between its names."""
    return _GLUED_NAMES.sub("; ", value)


def names(value: str) -> list[str]:
    """One name per person in a cell: "Diego, Fernando and Luis", "Irène · Ève",
    "Grete Keilson (1959–1988)"; marriage years and citation marks dropped."""
    # the marriage brackets go before the cleaning, whose trailing-age rule would take the
    # "38)" of an early year ("(m. 38)") and leave the bracket open
    value = _GLUED_AFTER_BRACKET.sub(r"\1; ", value)
    value = unglue(clean(_NUMBERED.sub("; ", _MARRIED.sub(" ", value))))
    value = surname_first(marked(value)[1])
    parts = [q for p in split_outside_brackets(value) for q in _unflatten(marked(p)[1])]
    return [n for n in (name(p) for p in parts) if n]


def items(value: str, restart: tuple[str, ...] = ()) -> list[str]:
    """Awards, ranks or parties listed in one cell, separated by commas or semicolons, or
    flattened with none where an item's first words (``restart``) begin again; a bracketed
    year stays out."""
    value = clean(value)
    if restart:
        heads = "|".join(re.escape(h) for h in restart)
        # "Knight of the Order of X" is one item: a head after "of" or "the" continues it
        value = re.sub(rf"(?<=\S)(?<!\bof)(?<!\bthe)\s+(?=(?:{heads})\b)", "; ", value)
    out = []
    for part in re.split(r"\s*[;·•]\s*|,\s+(?=[A-ZА-ЯЁ])", value):
        part = re.sub(r"\s+", " ", re.sub(r"\s\([^()]*\)", " ", part)).strip(_EDGE)
        if starts_name(part) and part.lower() not in labels.empty_values():
            out.append(part)
    return out


#: Text that is sentences, not a title: a question or exclamation, or a full stop then a
#: new sentence ("Thanks. And his family?", a forum post under a label-like "Post by ..." line).
_SENTENCES = re.compile(r"[?!]\s*$|[a-z]{2}\.\s+[A-Z]")


#: the years a title was held, written after it: "Master of X (1699-1727)", "Warden of Y, 1696-99"
_TERM_AFTER = re.compile(r"\s*(?:\(\s*|,\s*)(?:(?:c\.|from|since|until|to)\s*)?\d{3,4}\b[^()]*\)?\s*$", re.I)


def office(value: str) -> str:
    """An office title without ordinal numbering ("1st ~ 5th President of X" -> "President of
    X") or the years after it (a term, not part of the title's name); empty for a value that
    is sentences rather than a title."""
    title = _TERM_AFTER.sub("", _ORDINALS.sub("", clean(value)).strip(_EDGE)).strip(_EDGE)
    return "" if _SENTENCES.search(title) else title


def relation_marker(part: str) -> str | None:
    """The relation a list item's bracket names: "Theodore Hardeen (brother)" -> "sibling"."""
    for inner in re.findall(r"\(([^()]*)\)", part):
        word = inner.strip().lower()
        if word in labels.relations():
            return labels.relations()[word]
    return None
