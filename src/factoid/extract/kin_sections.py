"""Relatives in a record's section: a heading line of its own ("Siblings (full and half)",
"Children", "Parents", "Spouses and children"), then the lines that list them, each name
perhaps with its lifespan or a note in brackets ("A, B (1511–1557), C", one line; or one
relative per line, as genealogy sites print them). Genealogy sites and catalogue records lay
families out so; there is no sentence for the parser and no "Label: value" row for the
infobox reader. The relatives are the record's person's, the document's subject. Heading
words are data (``[kin_sections]`` in ``lang/<code>/records.toml``): a kind ``parent`` is a
father or a mother by the given name's form, and a kind ``spouse/child`` is a section of
spouses with each marriage's children indented under it."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from factoid import lang
from factoid.extract.common import Subject, make_claim
from factoid.model import Claim, Document, PassageRole
from factoid.names.given import looks_female
from factoid.names.parse import TITLES
from factoid.names.translit import fold

_BRACKET = re.compile(r"\s*\([^()]*\)")
#: A nickname in quotes inside a name.
_NICKNAME = re.compile(r"\s*[\"“„][^\"“”„]{1,30}[\"”“]")
#: A lifespan set after a name's comma, as genealogy sites print one relative per line.
_LIFESPAN = re.compile(r"(?i)(?:(?:c|b|d|abt|ca)\.?\s*)?\d{3,4}\s*(?:[–-]\s*(?:(?:c|abt|ca)\.?\s*)?\d{3,4})?")
_PARTICLES = frozenset({"de", "del", "della", "di", "da", "van", "von", "der", "den", "du", "des", "la", "le",
                        "y", "e", "of", "bin", "ibn", "al"})


@cache
def _headings() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(kind, heading pattern) of every language's ``[kin_sections]``. A heading is one word
    or three, too short to tell its language by (and genealogy sites keep an English
    interface around records in other languages), while the words themselves are
    unambiguous across the languages, so every language's are tried."""
    return tuple((kind, re.compile(rf"(?i)\s*{pattern}\s*:?\s*"))
                 for _, data in lang.load_every("records.toml")
                 for kind, pattern in data.get("kin_sections", {}).items())


def is_heading(line: str) -> bool:
    """Whether a line is a kin section's heading in any language ("Spouse and children")."""
    return any(p.fullmatch(line) for _, p in _headings())


def _is_name(part: str) -> bool:
    """A listed item that is a name: one to six words, capitalised but for particles, no digit."""
    words = part.split()
    return (0 < len(words) <= 6 and not any(ch.isdigit() for ch in part) and words[0][0].isupper()
            and words[-1][0].isupper() and all(w[0].isupper() or w in _PARTICLES for w in words))


def listed_names(line: str) -> list[tuple[int, str]]:
    """The names of a list line with their offsets in it, lifespans in brackets left out; none
    when any item is no name (a sentence is no list). An item that starts with a title right
    after a name is that name's appositive ("Pedro II, Emperor of Brazil"), not a relative."""
    out: list[tuple[int, str]] = []
    pos = 0
    for part in re.split(r"[,;]", line):
        name = _BRACKET.sub("", part).strip()
        if out and name and (fold(name.split()[0]) in TITLES or _LIFESPAN.fullmatch(name)):
            pos += len(part) + 1  # "Grace Morrissey, 1899–1998": the name's lifespan, no item
            continue
        if not _is_name(_NICKNAME.sub("", name)):  # 'Amelia "Amy" Otis' is a name, kept as written
            return []
        out.append((pos + part.index(name.split()[0]), name))
        pos += len(part) + 1
    return out


def _body(lines: list[tuple[int, str]], at: int, is_heading: Callable[[str], bool]) -> list[tuple[int, str]]:
    """The list lines of the section whose heading is ``lines[at]``: the next line that holds
    anything, then each following one up to a blank line, another heading or a line that
    lists no names ("Notes: ...")."""
    body: list[tuple[int, str]] = []
    for i in range(at + 1, len(lines)):
        start, line = lines[i]
        if not line.strip() or is_heading(line) or not listed_names(line):
            if line.strip() or body:
                break
            continue
        body.append((start, line))
    return body


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _parent_kinds(names: list[str]) -> list[str]:
    """Father or mother for each of a section's parents: by the given name's form where it
    tells one from the other ("Maria", "Sophie"), else by the order genealogies print them
    in, the father first ("Henrique ..., Leonor ...": neither name looks female)."""
    female = [looks_female(name.split()[0]) for name in names]
    if len(names) == 2 and sum(female) == 1:
        return ["mother" if f else "father" for f in female]
    if len(names) == 2:
        return ["father", "mother"]
    return ["mother" if f else "father" for f in female]


def _section(kind: str, body: list[tuple[int, str]]) -> list[tuple[int, str, str, str]]:
    """(line start, line, property, name) of each relative a section lists: one line that
    lists several, or one relative per line (a title after a name's comma dropped); the
    second kind of ``spouse/child`` for a line indented under the first kind's."""
    base = min(_indent(text) for _, text in body)
    out = []
    for start, text in body:
        names = listed_names(text)
        outer, _, inner = kind.partition("/")
        prop = inner if inner and _indent(text) > base else outer
        out += [(start, text, prop, name) for _, name in (names[:1] if len(body) > 1 else names)]
    if kind == "parent":
        kinds = _parent_kinds([name for *_, name in out])
        out = [(start, text, k, name) for (start, text, _, name), k in zip(out, kinds)]
    return out


def read_sections(doc: Document, main: Subject | None, role_at: Callable[[int], PassageRole],
                  extractor: str) -> list[Claim]:
    """Claims of every kin section of the document, for its subject."""
    if main is None:
        return []
    lines, offset = [], 0
    for line in doc.text.split("\n"):
        lines.append((offset, line))
        offset += len(line) + 1
    claims = []
    headings = _headings()
    for at, (start, line) in enumerate(lines):
        kind = next((k for k, p in headings if p.fullmatch(line)), None)
        if kind is None:
            continue
        body = _body(lines, at, is_heading)
        if not body:
            continue
        for nstart, text, prop, name in _section(kind, body):
            # the quote is the line without its indentation, which no passage holds
            span = (nstart + _indent(text), nstart + len(text.rstrip()))
            if name != main.name and role_at(span[0]) in (PassageRole.MAIN, PassageRole.QUOTE):
                claims.append(make_claim(doc, main, prop, name, name, span, role=role_at(span[0]),
                                         extractor=extractor))
    return claims
