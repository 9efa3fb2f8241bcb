"""Reading abbreviated records: archive finding aids, genealogy records, catalogue cards.

Researchers' piles hold records written in a notation of their own rather than in sentences
or infobox rows: "Brahe, Tycho, 1546-1601." as a headword, then "b. 14 Dec. 1546, Knutstorp;
s. of Otte Brahe and Beate Bille" and "d. 24 Oct. 1601, Prague. Bur. Týn Church". The
dependency parse reads such lines as fragments, and the infobox reader needs a label per
line, so this reader finds the facts by the abbreviation that opens each of them (data per
language in ``lang/<code>/records.toml``: "b." and "d." in English, "geb." and "gest." in
German, "né" and "†" in French).

What makes it precise: a fact is read only where a record puts one, at the start of a line
(after a bullet), right after the headword that opens a line ("John Smith, b. 1701"), or
after a semicolon, full stop or comma of such a line; never inside another person's bracket
("Kirsten Jørgensdatter (d. 1604)") nor in a line of prose. The facts belong to the record's
person: the one the line's headword names, else the headword of the record above, else the
document's subject. Lists of correspondents with their lifespans give nothing: a lifespan is
no abbreviated fact. Extractor name: ``extract.records.v1``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from factoid import gazetteer, lang
from factoid.extract import kin_sections
from factoid.extract.common import Subject, make_claim
from factoid.extract.infobox import labels, values
from factoid.model import Claim, Document, PassageRole
from factoid.names.given import looks_female

EXTRACTOR = "extract.records.v1"
KINDS = ("born", "died", "buried", "parents", "spouse", "sibling", "child")
_READ_ROLES = (PassageRole.MAIN, PassageRole.QUOTE)
_BULLET = re.compile(r"^(?:[-*•·+]|\d{1,3}[.)])\s+")
#: A headword's lifespan: ", 1546-1601", " (c. 1550-c. 1600)" is read as a bracket instead.
_LIFESPAN = re.compile(r"\s*,?\s*(?:c\.\s*|ca\.\s*)?\d{3,4}\s*[-–—]\s*(?:c\.\s*|ca\.\s*)?\d{3,4}")
#: The given names after an inverted headword's surname: "Brahe|, Tycho".
_GIVEN = re.compile(r"\s*,\s*[A-ZÀ-ÞĀ-ſ][\w'’.-]*(?:\s+[A-ZÀ-ÞĀ-ſ][\w'’.-]*){0,3}(?=\s*[,(;.]|\s*$)")
#: An inverted heading with a life span, after an optional field label: "Artist: Smith, Anna,
#: 1590-1652?", "Smith, John, Saint, 1118-1170: letters" (an epithet may stand before the years).
_HEADING = re.compile(
    r"^(?:[A-Z][\w ]{0,30}:\s*)?(?P<surname>[A-ZÀ-ÞĀ-ſ][\w'’-]+),\s*"
    r"(?P<given>[A-ZÀ-ÞĀ-ſ][\w'’-]+(?:\s+[A-ZÀ-ÞĀ-ſ][\w'’.-]+){0,2})(?:,\s*[A-Z][a-z]+){0,2},\s*"
    r"(?P<life>(?P<born>(?:c\.\s*)?\d{3,4}\??)\s*[-–—]\s*(?P<died>(?:c\.\s*)?\d{3,4}\??))(?=\s*(?:[:;.,]|$))"
)
#: Words between a date and its place: "14 Dec. 1546 at Knutstorp", "1701 in Paris".
_PLACE_LEAD = re.compile(r"^(?:in|at|near|à|au|a|en|em|te|zu|w|i|v|bei|nabij)\s+", re.I)
_SMALL = frozenset({"of", "the", "de", "la", "le", "du", "des", "van", "von", "der", "den", "upon", "on",
                    "am", "an", "im", "di", "da", "del", "della", "y", "e", "sur", "en"})


@dataclass(frozen=True)
class Fact:
    """One abbreviated fact of a record line: its kind and value text, at ``start`` in the
    document (``start`` is where the abbreviation stands, ``end`` where the fact ends)."""

    kind: str
    value: str
    start: int
    end: int
    plural: bool = False
    word: str = ""


@cache
def abbreviations(code: str) -> tuple[tuple[str, str], ...]:
    """(abbreviation, kind) of one language, longest first ("d. of" before "d."); English
    for a language without a records.toml."""
    try:
        data = lang.load_toml(code, "records.toml")
    except lang.LanguageDataError:
        data = lang.load_toml("en", "records.toml") if code != "en" else {}
    pairs = set()
    for kind, words in data.get("abbreviations", {}).items():
        if kind not in KINDS:
            raise lang.LanguageDataError(f"lang/{code}/records.toml: unknown kind {kind!r}")
        for word in words:
            pairs.add((word, kind))
            stem = word.split()[0].rstrip(".")
            if len(stem) >= 3 and word.endswith(".") and word[:1].islower():
                pairs.add((word[:1].upper() + word[1:], kind))  # "Bur." opening a sentence
    return tuple(sorted(pairs, key=lambda p: (-len(p[0]), p[0])))


@cache
def _opener(code: str) -> re.Pattern[str]:
    """An abbreviation followed by its value (a space, then not a closing mark)."""
    words = "|".join(re.escape(w) for w, _ in abbreviations(code))
    return re.compile(rf"(?:{words})(?=\s+[^\s,;.)\]])")


def _kind(code: str, word: str) -> str:
    return next(k for w, k in abbreviations(code) if w == word)


def _top_level(text: str) -> list[int]:
    """Depth of brackets at each position of a text (0 outside any)."""
    depth, out = 0, []
    for ch in text:
        if ch in "([":
            depth += 1
        out.append(depth)
        if ch in ")]" and depth:
            depth -= 1
    return out


def facts_of(line: str, code: str, start: int = 0, *, headed: bool = True) -> list[Fact]:
    """The abbreviated facts of one record line from ``start`` (the text after a bullet or a
    headword). The first fact must open at ``start``; the next ones open after a semicolon,
    a full stop or a comma outside brackets. ``headed=False`` reads a bracket that follows a
    headword ("Eminescu, Mihai (* 15. Januar 1850 in Botoșani; † 1889)"): inside it."""
    opener = _opener(code)
    depth = _top_level(line)
    base = depth[start] if start < len(line) else 0
    first = opener.match(line, start)
    if first is None:
        return []
    opens = [first]
    for m in re.finditer(r"(?:;|\.|,)\s+", line[first.end():]):
        at = first.end() + m.end()
        if depth[at - 1] != base:
            continue
        nxt = opener.match(line, at)
        if nxt is not None and (m.group(0)[0] != "," or nxt.group(0) != "x"):
            opens.append(nxt)
    out = []
    for i, m in enumerate(opens):
        end = opens[i + 1].start() if i + 1 < len(opens) else len(line)
        if not headed:
            close = next((j for j in range(m.end(), end) if depth[j] < base), end)
            end = min(end, close)
        value = line[m.end():end].strip().rstrip(";,.").strip()
        if value:
            word = m.group(0)
            out.append(Fact(_kind(code, word), value, m.start(), m.start() + len(line[m.start():end].rstrip(" ;,")),
                            plural=word.endswith(("s", "ren", "en")), word=word))
    return out


# --- values --------------------------------------------------------------------------------


def _place_parts(text: str) -> str | None:
    """A place from the start of a text: comma-separated parts that read as names ("Knutstorp
    Castle, Scania"), up to the first that does not ("after an illness"); brackets dropped."""
    text = _PLACE_LEAD.sub("", values.PAREN.sub(" ", text).strip(" ,;"))
    kept = []
    for part in text.split(","):
        words = part.split()
        if not words or not values.starts_name(words[0]) or len(words) > 5 or any(ch.isdigit() for ch in part):
            break
        if any(w[:1].islower() and w not in _SMALL for w in words):
            break
        kept.append(" ".join(words).rstrip("."))
    return values.place(", ".join(kept)) if kept else None


def life(value: str) -> tuple[str | None, str | None, str]:
    """(date EDTF, place, date text) of a born/died value: the first date, and the place after
    it ("14 Dec. 1546, Knutstorp Castle") or before it ("Paris, 3 Mar 1701")."""
    found = [m for m in labels.find_dates(value) if not m.value.edtf.startswith("XXXX")]
    if not found:
        return None, _place_parts(value), ""
    date = found[0]
    before = value[: date.start].strip()
    lead = _place_parts(before) if before else None
    if before and (lead is None or len(lead.replace(",", "").split()) < len(before.rstrip(",").replace(",", "").split())):
        return None, None, ""  # words before the date that are no place: not a record's value
    after = _place_parts(value[date.end:].lstrip(" ,;"))
    place = after or lead
    if place and any(ch.isdigit() for ch in place):
        place = None
    return date.value.edtf, place, date.text


def parent_names(value: str) -> list[tuple[str, str]]:
    """(property, name) of "s. of A and B": father and mother when two are named, in the order
    records write them; one name is the father unless its given name reads as a woman's."""
    found = values.names(_PLACE_LEAD.sub("", value))
    if len(found) >= 2:
        return [("father", found[0]), ("mother", found[1])]
    if len(found) == 1:
        return [("mother" if looks_female(found[0].split()[0]) else "father", found[0])]
    return []


def spouse_names(value: str) -> list[str]:
    """The names of a "m." fact: numbering ("(1)"), years and dates dropped."""
    text = re.sub(r"\(\d\)|\b\d\.", " ", value)
    for m in reversed(labels.find_dates(text)):
        text = text[: m.start] + ";" + text[m.end :]
    return [n for n in values.names(text) if len(n.split()) >= 2]


# --- lines and records ---------------------------------------------------------------------


@dataclass
class RecordReader:
    """Walks a document's lines, keeping the record's person (the last headword's)."""

    doc: Document
    main: Subject | None
    role_at: Callable[[int], PassageRole]
    code_at: Callable[[int], str]
    name_at: Callable[[int], tuple[int, Subject] | None]
    claims: list[Claim]

    def read(self) -> list[Claim]:
        person: Subject | None = None
        pos = 0
        for raw in self.doc.text.split("\n"):
            line_start, pos = pos, pos + len(raw) + 1
            stripped = raw.strip()
            if not stripped or stripped.startswith("#"):
                person = None  # a heading or a blank line ends a record
                continue
            offset = line_start + len(raw) - len(raw.lstrip())
            self.heading(stripped, offset)
            person = self.line(stripped, offset, person)
        return self.claims

    def heading(self, text: str, offset: int) -> None:
        """A catalogue's or an authority file's heading of the document's subject, under a
        label or alone: "Artist: Smith, Anna, 1590-1652?", "Title: Smith, John, Saint,
        1118-1170: letters". Its years are the subject's birth and death; only the
        subject's, as another person's heading on the page may be a donor's or a
        correspondent's."""
        m = _HEADING.match(text)
        if m is None or self.main is None or self.role_at(offset) not in _READ_ROLES:
            return
        own = {w.casefold() for w in self.main.name.split()}
        if m.group("surname").casefold() not in own or m.group("given").split()[0].casefold() not in own:
            return
        start, end = offset + m.start("surname"), offset + m.end("life")
        for prop, year in (("date_of_birth", m.group("born")), ("date_of_death", m.group("died"))):
            self.claim(self.main, prop, _heading_year(year), m.group("life"), start, end)

    def line(self, text: str, offset: int, person: Subject | None) -> Subject | None:
        """Reads one line; returns the record's person for the lines below."""
        if self.role_at(offset) not in _READ_ROLES:
            return person
        code = self.code_at(offset)
        bullet = _BULLET.match(text)
        start = bullet.end() if bullet else 0
        facts = facts_of(text, code, start)
        head = self.name_at(offset + start)
        if not facts and head is not None:
            head_end, named = head
            facts, rest = self.after_head(text, code, head_end - offset)
            if facts or rest:
                person = named
            for fact in facts:
                self.fact(named, fact, offset, code)
            return person
        who = person or self.main
        for fact in facts:
            if who is not None:
                self.fact(who, fact, offset, code)
        return person

    @staticmethod
    def _abbreviated(facts: list[Fact]) -> list[Fact]:
        """Facts after a headword only when the first is abbreviated ("b.", "geb.", "†"): a
        whole word there ("Joe Hill, born Joel Hägglund, was ...") opens a sentence of prose."""
        return facts if facts and (facts[0].word.endswith(".") or not facts[0].word[:1].isalpha()) else []

    def after_head(self, text: str, code: str, end: int) -> tuple[list[Fact], bool]:
        """Facts after a headword ("Smith, John, b. 1701"; "Smith, John (b. 1701; d. 1760)";
        "Smith, John, 1701-1760; m. ...") and whether the line is a headword line at all: a
        name, its given names, a bracket, then a lifespan or abbreviated facts."""
        given = _GIVEN.match(text, end)
        at = given.end() if given else end
        if text[at : at + 1] == "(":
            inner = self._abbreviated(facts_of(text, code, at + 1, headed=False))
            if inner:
                return inner, True
            close = text.find(")", at)
            at = close + 1 if close > 0 else at
        span = _LIFESPAN.match(text, at)
        dated = span is not None
        at = span.end() if span else at
        sep = re.match(r"\s*[,;.]\s*", text[at:])
        if sep is None:
            return [], dated
        facts = self._abbreviated(facts_of(text, code, at + sep.end()))
        return facts, dated or bool(facts)

    def fact(self, who: Subject, fact: Fact, offset: int, code: str) -> None:
        start, end = offset + fact.start, offset + fact.end
        if fact.kind in {"born", "died"}:
            date, place, date_text = life(fact.value)
            prefix = "date_of_birth" if fact.kind == "born" else "date_of_death"
            if date:
                self.claim(who, prefix, date, date_text, start, end)
            if place:
                self.place(who, "place_of_birth" if fact.kind == "born" else "place_of_death", place, start, end)
        elif fact.kind == "buried":
            place = _place_parts(fact.value)
            if place:
                self.place(who, "place_of_burial", place, start, end)
        elif fact.kind == "parents":
            for prop, name in parent_names(fact.value):
                if not _same(who, name):
                    self.claim(who, prop, name, name, start, end)
        elif fact.kind in {"sibling", "child"}:
            found = values.names(fact.value)
            for name in found if fact.plural else found[:1]:
                if not _same(who, name):
                    self.claim(who, fact.kind, name, name, start, end)
        elif fact.kind == "spouse":
            for name in spouse_names(fact.value):
                if not _same(who, name):
                    self.claim(who, "spouse", name, name, start, end)

    def place(self, who: Subject, prop: str, found: str, start: int, end: int) -> None:
        """A place; one that opens with a building ("Týn Church, Prague") is the building and
        the town after it when the gazetteer knows that as a town, else the building alone
        (the region after "Knutstorp Castle, Scania" is no value of its own)."""
        head, _, rest = found.partition(",")
        if rest.strip() and gazetteer.is_building(head):
            self.claim(who, prop, head.strip(), found, start, end)
            town = rest.split(",")[0].strip()
            if gazetteer.is_city(town):
                self.claim(who, prop, gazetteer.english_name(town), found, start, end)
            return
        self.claim(who, prop, gazetteer.english_name(found), found, start, end)

    def claim(self, who: Subject, prop: str, value: str, text: str, start: int, end: int) -> None:
        self.claims.append(make_claim(self.doc, who, prop, value, text, (start, end),
                                      role=self.role_at(start), extractor=EXTRACTOR))


def _heading_year(text: str) -> str:
    """EDTF of a heading's year: "c. 1656" is ``1656~``, "1652?" stays uncertain."""
    year = re.sub(r"\D", "", text).zfill(4)
    return year + ("~" if text.startswith("c") else "") + ("?" if text.endswith("?") else "")


def _same(who: Subject, name: str) -> bool:
    own = {w.casefold() for w in who.name.split()}
    return all(w.casefold() in own for w in name.split())


def read_records(
    doc: Document,
    main: Subject | None,
    *,
    role_at: Callable[[int], PassageRole],
    code_at: Callable[[int], str],
    names: Sequence[Any],
    assignment: Mapping[int, str],
    people: Mapping[str, Any],
) -> list[Claim]:
    """Claims of a document's abbreviated record lines. ``names`` are its name spans (with
    ``start``/``end``), ``assignment`` maps a span's start to its person id and ``people``
    those persons (with ``display``); ``code_at`` gives the language at an offset."""
    by_start = {s.start: s for s in names}

    def name_at(offset: int) -> tuple[int, Subject] | None:
        span = by_start.get(offset)
        pid = assignment.get(offset) if span is not None else None
        if span is None or pid not in people:
            return None
        end = span.end
        nxt = next((s for s in names if end < s.start <= end + 2 and doc.text[end:s.start].strip() == ","
                    and assignment.get(s.start) == pid), None)
        return (nxt.end if nxt else end), Subject(pid, people[pid].display)

    reader = RecordReader(doc, main, role_at, code_at, name_at, [])
    return reader.read() + kin_sections.read_sections(doc, main, role_at, EXTRACTOR)
