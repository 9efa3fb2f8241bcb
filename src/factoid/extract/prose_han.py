"""Prose in Han script (Chinese), read by character-keyed frames.

Chinese writes no spaces and no capitals, so the word-based reader of
``factoid.extract.prose_rules`` cannot find its names or places. This reader keeps the same
engine (``factoid.extract.frames`` over ``lang/<code>/frames.jsonl``, here spelled character
by character over spaCy's blank Chinese pipeline) and reads the slots with the patterns of
the language's ``[reader]`` table: a name is two to four Han characters that open a clause
before a marker ("蒋介石，1887年…生于…"); a place is the Han run after the trigger ("生于X",
"病逝X") or after a locative word before it ("在X逝世"), read unit by administrative unit
("浙江省奉化县溪口镇") so that the most specific unit the gazetteer knows gives the English
value; the date is the one nearest the trigger in its clause (``factoid.dates``).

A date written without its year ("4月5日") takes the year the passage last wrote, and a
date opening the sentence dates its later clauses. A marriage's partner is asserted only when
the sentence also names them in Latin script in brackets ("與宋美齡(Soong Mei-ling)結婚").

A value that cannot be put into the shared English vocabulary is not asserted: a place
neither the gazetteer nor the ``[places]`` table knows, and relatives named in Chinese
characters alone. Quotes are the sentence, character for character.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from spacy.tokens import Doc, Span

from factoid import dates, gazetteer, nlp
from factoid.extract import frames
from factoid.extract.common import SentenceReader
from factoid.extract.manner import manner_of
from factoid.extract.mentions import NameSpan
from factoid.lang import load_toml
from factoid.model import Claim, Document, Passage

__all__ = ["find_names", "is_han", "place_value", "read_language"]

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"


def is_han(code: str) -> bool:
    """Whether language ``code`` is read by this module (``script = "han"`` in its reader)."""
    return load_toml(code, "lexicon.toml").get("reader", {}).get("script") == "han"


@dataclass(frozen=True)
class HanRules:
    """The ``[reader]`` table of a Han-script language, compiled."""

    code: str
    boundary: re.Pattern[str]
    pronouns: tuple[str, ...]
    others: re.Pattern[str]
    name: re.Pattern[str]
    place_lead: re.Pattern[str]
    place: re.Pattern[str]
    admin: re.Pattern[str]
    places: Mapping[str, str]
    not_names: frozenset[str]
    not_name_chars: frozenset[str]

    def is_name(self, run: str) -> bool:
        """A run the name pattern found that may be a name: no time word, kin word or
        pronoun."""
        return not (run in self.not_names or run in self.pronouns or self.others.search(run)
                    or any(ch in self.not_name_chars for ch in run))


@cache
def rules(code: str) -> HanRules:
    lexicon = load_toml(code, "lexicon.toml")
    r: dict[str, Any] = lexicon["reader"]
    name = re.compile(rf"[{_HAN}]{{2,4}}?(?=(?:{r['name_follow']}))")
    place = re.compile(rf"(?:(?!{r['place_end']}).)+")
    admin = re.compile(rf"[{_HAN}]+?(?:{'|'.join(map(re.escape, r['admin']))})|[{_HAN}]+$")
    return HanRules(code, re.compile(r["boundary"]), tuple(r["pronouns"]), re.compile(r["others"]), name,
                    re.compile(rf"(?:{r['place_lead']})$"), place, admin, dict(lexicon.get("places", {})),
                    frozenset(r.get("not_names", ())), frozenset(r.get("not_name_chars", "")))


def _known(unit: str, r: HanRules) -> str | None:
    """The English name of one place unit, with or without its administrative suffix."""
    suffixes = [unit] + ([unit[:-1]] if len(unit) > 2 and r.admin.fullmatch(unit) else [])
    for form in suffixes:
        if form in r.places:
            return r.places[form]
        if gazetteer.is_place_name(form):
            english = gazetteer.canonical_name(form)
            if english.isascii():
                return english
    return None


def place_value(text: str, code: str) -> str | None:
    """The English value of a written place: a whole name the tables know ("台湾"), else the
    most specific administrative unit the gazetteer knows ("寧波府奉化縣溪口鎮" -> Fenghua);
    None when no unit is known, or when only a wider unit than the one written is known
    and that unit is a country or province (too vague to stand for a birthplace)."""
    r = rules(code)
    whole = _known(text, r)
    if whole is not None:
        return whole
    units = [m.group(0) for m in r.admin.finditer(text)]
    for unit in reversed(units):
        english = _known(unit, r)
        if english is not None:
            return english if gazetteer.is_city(english) else None
    return None


#: A date written with 年/月/日 after the trigger, stepped over to reach the place.
_DATE_RUN = re.compile(r"(?:[0-9]{1,4}年)?(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?")
#: Brackets and a comma between a trigger's date and its place.
_BRACKETS = re.compile(r"(?:\s*[(（][^()（）]{0,40}[)）])*\s*[,，]?\s*")
#: A Latin name in brackets right after a Han one: "蒋介石(Chiang Kai-shek)".
_LATIN_ALIAS = re.compile(r"\s*[(（]\s*([A-Z][A-Za-z'’.-]+(?:[ -][A-Z][A-Za-z'’.-]+){0,3})\s*[)）]")


_YEARLESS_DAY = re.compile(r"XXXX(-\d\d-\d\d)")


def _year_of(d: dates.DateMatch) -> int | None:
    """The year of a date of one year ("1975年", "1975年4月15日"), else None."""
    found = re.match(r"(\d{4})(?:-\d\d){0,2}$", d.value.edtf)
    return int(found.group(1)) if found else None


def _with_year(d: dates.DateMatch, year: int | None) -> dates.DateMatch:
    """A month and day without a year ("4月5日") in the year the passage last wrote: Chinese
    narratives give the year once ("1975年…。4月5日…逝世") and then only months and days."""
    found = _YEARLESS_DAY.fullmatch(d.value.edtf)
    if found is None or year is None:
        return d
    edtf = f"{year:04d}{found.group(1)}"
    parsed = dates.parse_date(edtf)
    return d if parsed is None else replace(d, value=parsed)


#: A partner after "with" or "took as wife", named in characters and then in Latin script.
_PARTNER = re.compile(rf"(?:与|與|和|同|娶|嫁给|嫁給)\s*([{_HAN}]{{2,4}})\s*[(（]\s*"
                      r"([A-Z][A-Za-z'’.-]+(?:[ -][A-Z][A-Za-z'’.-]+){0,3})\s*[)）]")


def _quoted(text: str, at: int) -> bool:
    """Whether position ``at`` lies inside corner or double quotation marks."""
    head = text[:at]
    return head.count("「") > head.count("」") or head.count("『") > head.count("』") or \
        head.count("“") > head.count("”")


def _clause(text: str, at: int, r: HanRules) -> tuple[int, int]:
    a, b = 0, len(text)
    for m in r.boundary.finditer(text):
        if m.end() <= at:
            a = m.end()
        elif m.start() > at:
            b = min(b, m.start())
    return a, b


class HanReader(SentenceReader):
    """Reads the passages of one Han-script language of one document, sentence by sentence."""

    def __init__(self, doc: Document, code: str, names: Sequence[Any], assignment: Mapping[int, str],
                 people: Mapping[str, Any], main: Any) -> None:
        super().__init__(doc, code, names, assignment, people, main)
        self.r = rules(code)

    def read_passage(self, passage: Passage, parsed: Doc, skip: Sequence[tuple[int, int]] = ()) -> None:
        self.role = passage.role
        self.last = None
        year: int | None = None  # the year the passage last wrote, for a later "4月5日"
        triggers = frames.triggers(parsed, self.code)
        for sent in parsed.sents:
            start = passage.start + sent.start_char
            found: list[dates.DateMatch] = []
            for d in dates.find_dates(sent.text):
                year = _year_of(d) or year
                found.append(_with_year(d, year))
            found = [d for d in found if not d.value.edtf.startswith("X")]
            if any(a <= start < b for a, b in skip):
                continue
            for tok in sent:
                frame = triggers.get(tok.i)
                if frame is not None and frame.handler in {"born", "died"}:
                    self.life(sent, start, tok.idx - sent.start_char, found, frame.handler == "died")
                elif frame is not None and frame.handler == "married":
                    self.married(sent, start, tok.idx - sent.start_char)

    def holder(self, text: str, sent_start: int, at: int) -> str | None:
        """Whose event: a name in the trigger's clause before it, else the sentence's first
        name before it, else (no relative in the clause) the person last written about or
        the document's subject."""
        a, _ = _clause(text, at, self.r)
        if self.r.others.search(text[a:at]):
            return None  # "父亲病逝": the father's death
        before = [(s - sent_start, pid) for s, e, pid in self.names if sent_start <= s and e <= sent_start + at]
        inside = [pid for s, pid in before if s >= a]
        pid = inside[-1] if inside else before[0][1] if before else None
        if pid is None:
            pid = self.last or (self.main.id if self.main is not None else None)
        self.last = pid
        return pid

    def life(self, sent: Span, start: int, at: int, found: list[dates.DateMatch], died: bool) -> None:
        text = sent.text
        if _quoted(text, at):
            return  # "手書「…置個人死生於度外」": words quoted, not an event told
        pid = self.holder(text, start, at)
        if pid is None:
            return
        end = start + len(text)
        a, b = _clause(text, at, self.r)
        near = [d for d in found if d.start >= a and d.end <= b]
        if not near:  # a date that opens the sentence dates it all: "4月5日深夜，X在臺北逝世"
            near = [d for d in found if d.start == len(text) - len(text.lstrip()) and d.end <= at]
        if near:
            d = min(near, key=lambda d: min(abs(d.start - at), abs(d.end - at)))
            self.add(start, end, pid, "date_of_death" if died else "date_of_birth", d.value.edtf, d.text)
        place = self.place_near(text, at, a, found)
        if place is not None:
            self.add(start, end, pid, "place_of_death" if died else "place_of_birth",
                     place_value(place, self.code), place)
        if died:
            manner = manner_of(text[a:b], self.code)
            if manner:
                self.add(start, end, pid, "manner_of_death", manner, manner)

    def married(self, sent: Span, start: int, at: int) -> None:
        """A marriage whose partner is also named in Latin script in brackets ("與宋美齡
        (Soong Mei-ling)結婚", "娶X(Latin)為妻"): the Latin form is the value. A partner
        named in characters alone is not asserted (the value would stay in Chinese)."""
        text = sent.text
        a, b = _clause(text, at, self.r)
        partner = next((m for m in _PARTNER.finditer(text) if m.start() >= a and m.start() < max(b, at + 2)), None)
        if partner is None:
            return
        pid = self.holder(text, start, partner.start())
        if pid is not None and self.r.is_name(partner.group(1)):
            self.add(start, start + len(text), pid, "spouse", " ".join(partner.group(2).split()), text)

    def place_near(self, text: str, at: int, a: int, found: list[dates.DateMatch]) -> str | None:
        """The Han run right after the two-character trigger ("生于X", "病逝X"), else the run
        after a locative word before the trigger in its clause ("在X逝世")."""
        pos = at + 2
        date = next((d for d in found if d.start == pos), None)
        pos = date.end if date is not None else pos + len(_DATE_RUN.match(text, pos).group(0))
        pos += len(_BRACKETS.match(text, pos).group(0))  # "生於1887年10月31日(光緒…),寧波府…"
        m = self.r.place.match(text, pos)
        if m is not None and len(m.group(0)) >= 2:
            return m.group(0)
        for lead in range(at - 1, a - 1, -1):
            if self.r.place_lead.search(text[a:lead + 1]) and not any(d.start <= lead < d.end for d in found):
                run = self.r.place.match(text[:at], lead + 1)
                if run is not None and run.end() == at and len(run.group(0)) >= 2:
                    return run.group(0)
        return None


@cache
def _pipeline(code: str) -> Any:
    return nlp.load_language(code)


def parse(code: str, text: str) -> Doc:
    return _pipeline(code)(text)


def find_names(passages: Sequence[Passage], code: str) -> list[NameSpan]:
    """Names that open a clause before a marker of their sentence ("蔣中正生於…",
    "蒋介石，1887年…"), in sentences that hold a birth or death frame; a name with a Latin
    alias in brackets after it ("蒋介石(Chiang Kai-shek)"); a page's title line of a name alone."""
    r = rules(code)
    found: dict[int, NameSpan] = {}
    for p in passages:
        head = re.match(rf"\s*([{_HAN}]{{2,4}})\s*(?:\n|$)", p.text)
        if head and p.start + head.start(1) < 100 and r.is_name(head.group(1)):
            start = p.start + head.start(1)  # the page's title line is its subject's name
            found[start] = NameSpan(start, start + len(head.group(1)), head.group(1))
        parsed = parse(code, p.text)
        marked = {parsed[i].sent.start_char for i in frames.triggers(parsed, code)}
        for sent in parsed.sents:
            text = sent.text
            starts = [0] + [m.end() for m in r.boundary.finditer(text)]
            for s in starts if sent.start_char in marked else starts[:1]:
                m = r.name.match(text, s + len(text[s:]) - len(text[s:].lstrip()))
                if m is None or (sent.start_char not in marked and not _LATIN_ALIAS.match(text, m.end())):
                    continue
                if not r.is_name(m.group(0)):
                    continue
                start = p.start + sent.start_char + m.start()
                found.setdefault(start, NameSpan(start, start + len(m.group(0)), m.group(0)))
                latin = _LATIN_ALIAS.match(text, m.end())
                if latin is not None:  # the alias itself, for factoid.extract.entities.alias_pairs
                    at = p.start + sent.start_char + latin.start(1)
                    found.setdefault(at, NameSpan(at, at + len(latin.group(1)), latin.group(1)))
    return sorted(found.values(), key=lambda s: s.start)


def read_language(doc: Document, code: str, passages: Sequence[Passage], names: Sequence[Any],
                  assignment: Mapping[int, str], people: Mapping[str, Any], main: Any,
                  skip: Sequence[tuple[int, int]] = ()) -> list[Claim]:
    """Claims of the Han-script passages of one document."""
    reader = HanReader(doc, code, names, assignment, people, main)
    for passage in passages:
        reader.read_passage(passage, parse(code, passage.text), skip)
    return list(reader.claims.values())
