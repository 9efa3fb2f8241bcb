"""Relatives in a record's section: a heading line of its own ("Siblings (full and half)",
"Children"), then one line that lists them, each name perhaps with its lifespan ("A, B
(1511–1557), C"). Genealogy sites and catalogue records lay families out so; there is no
sentence for the parser and no "Label: value" row for the infobox reader. The relatives are
the record's person's, the document's subject. Heading words are data (``[kin_sections]`` in
``lang/<code>/records.toml``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from factoid import lang
from factoid.extract.common import Subject, make_claim
from factoid.model import Claim, Document, PassageRole

_LINE = re.compile(r"[^\n]*")
_BRACKET = re.compile(r"\s*\([^()]*\)")
_PARTICLES = frozenset({"de", "del", "della", "di", "da", "van", "von", "der", "den", "du", "des", "la", "le",
                        "y", "e", "of", "bin", "ibn", "al"})


@cache
def _headings(code: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(kind, heading pattern) of one language; English for a language without a records.toml,
    as ``records.abbreviations`` reads it."""
    try:
        data = lang.load_toml(code, "records.toml").get("kin_sections", {})
    except lang.LanguageDataError:
        data = lang.load_toml("en", "records.toml").get("kin_sections", {})
    return tuple((kind, re.compile(rf"(?i)\s*{pattern}\s*:?\s*")) for kind, pattern in data.items())


def _is_name(part: str) -> bool:
    """A listed item that is a name: one to six words, capitalised but for particles, no digit."""
    words = part.split()
    return (0 < len(words) <= 6 and not any(ch.isdigit() for ch in part) and words[0][0].isupper()
            and words[-1][0].isupper() and all(w[0].isupper() or w in _PARTICLES for w in words))


def listed_names(line: str) -> list[tuple[int, str]]:
    """The names of a list line with their offsets in it, lifespans in brackets left out; none
    when any item is no name (a sentence is no list)."""
    out, pos = [], 0
    for part in re.split(r"[,;]", line):
        name = _BRACKET.sub("", part).strip()
        if not _is_name(name):
            return []
        out.append((pos + part.index(name.split()[0]), name))
        pos += len(part) + 1
    return out


def read_sections(doc: Document, main: Subject | None, role_at: Callable[[int], PassageRole],
                  code_at: Callable[[int], str], extractor: str) -> list[Claim]:
    """Claims of every kin section of the document, for its subject."""
    if main is None:
        return []
    # the list is the next line that holds anything (a blank line may part it from its heading)
    lines = [(m.start(), m.group()) for m in _LINE.finditer(doc.text) if m.group().strip()]
    claims = []
    for (start, line), (nstart, nxt) in zip(lines, lines[1:]):
        kind = next((k for k, p in _headings(code_at(start)) if p.fullmatch(line)), None)
        if kind is None or role_at(nstart) not in (PassageRole.MAIN, PassageRole.QUOTE):
            continue
        for _, name in listed_names(nxt):
            if name != main.name:
                claims.append(make_claim(doc, main, kind, name, name, (nstart, nstart + len(nxt)),
                                         role=role_at(nstart), extractor=extractor))
    return claims
