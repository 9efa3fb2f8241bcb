"""Pages in Arabic script: their names (the page's subject and people in prose) and the birth
and death frames of their prose.

Arabic has no capitals, so the word-based reader of ``factoid.extract.prose_rules`` cannot tell
a name from any other word, and no Arabic NER is pinned here. Names come from what a page
says outright and from the words names are made of:

* the page's heading, a line of two to six Arabic words at its top, and the value of a name
  row ("الاسم الكامل: ..."), the labels of ``[reader] name_labels``;
* in prose, a run of name words: words of the names found above, the common name words of
  ``lang/ar/names.toml`` and its particles (بن, ابن, بنت, أبو, عبد, آل: the word after one is
  always part of the name), an article word that is a known name word or a nisba in -ي
  ("الدين", "البغدادي"). A run of one word is no name.

Frames are those of ``lang/ar/frames.jsonl`` through the shared frame engine
(``factoid.extract.frames``, spaCy's blank Arabic tokenizer); the slots are read in the
trigger's clause as the Han reader does: the date nearest the trigger (``factoid.dates`` reads
both Gregorian month series and Arabic-Indic digits; a year marked Hijri is skipped), the place
after a place word that the gazetteer knows in Arabic, given in English ("في حلب" -> Aleppo),
the subject the name before or right after the trigger ("وُلد صلاح الدين في ..."), else the
person last written about, else the page's subject. A place the gazetteer does not know is not
asserted. Quotes are the sentence, character for character.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.tokens import Doc

from factoid import dates, gazetteer, nlp
from factoid.extract import frames
from factoid.extract.common import SentenceReader
from factoid.extract.manner import manner_of
from factoid.extract.mentions import NameSpan
from factoid.lang import load_toml
from factoid.model import Claim, Document, Passage
from factoid.names import arabic

__all__ = ["find_names", "is_arabic", "read_language"]

#: One Arabic word (letters and vowel marks), at its position in the text.
_WORD = re.compile("[\u0621-\u063a\u0641-\u0652\u0670-\u06d3\u0640]+")
#: What may stand between two words of one name: spaces only.
_SPACE = re.compile(r"\s+")
_HIJRI = re.compile(r"\s*(?:هـ|ه\b|هجري|هجرية|للهجرة)")
#: "(15 يناير 1918 - 28 سبتمبر 1970)", "(تكريت 1137 - دمشق 1193)": a life in brackets after
#: a name, as the first sentence of an Arabic biography gives it.
_LIFESPAN = re.compile(r"\(\s*([^()\n]{3,80}?)\s+[-–—]\s+([^()\n]{3,80}?)\s*\)")


def is_arabic(code: str) -> bool:
    """Whether language ``code`` is read by this module (``script = "arabic"`` in its reader)."""
    return load_toml(code, "lexicon.toml").get("reader", {}).get("script") == "arabic"


@dataclass(frozen=True)
class ArabicRules:
    """The ``[reader]`` table of an Arabic-script language, compiled, with its name words."""

    code: str
    boundary: re.Pattern[str]
    sentence_end: re.Pattern[str]
    others: re.Pattern[str]
    place_lead: tuple[str, ...]
    place_skip: frozenset[str]
    name_labels: re.Pattern[str]
    not_names: frozenset[str]
    titles: frozenset[str]
    joining: frozenset[str]  # particles after which the next word belongs to the name
    leading: frozenset[str]  # particles that may open a name (أبو بكر, عبد الله, ابن خلدون)


@cache
def rules(code: str) -> ArabicRules:
    r: dict[str, Any] = load_toml(code, "lexicon.toml")["reader"]
    parts = arabic.particles()
    joining = frozenset().union(*parts.values()) if parts else frozenset()
    labels = "|".join(re.escape(w) for w in sorted(r.get("name_labels", ()), key=len, reverse=True))
    return ArabicRules(
        code, re.compile(r["boundary"]), re.compile(r["sentence_end"]), re.compile(r["others"]),
        tuple(sorted(r.get("place_lead", ()), key=len, reverse=True)),
        frozenset(arabic.key(w) for w in r.get("place_skip", ())),
        re.compile(rf"^[ \t]*(?:{labels})[ \t]*[:：|][ \t]*(.+?)[ \t]*$", re.MULTILINE),
        frozenset(arabic.key(w) for w in r.get("not_names", ())),
        frozenset(arabic.key(w) for w in r.get("titles", ())),
        joining, frozenset(parts.get("father", frozenset()) | parts.get("servant", frozenset())
                           | parts.get("son", frozenset())))


def _known(word: str) -> bool:
    """A common name word of ``names.toml`` (not a particle, which is written lower case)."""
    latin = arabic.romanise_word(word)
    return arabic.key(word) in _name_keys() and latin[:1].isupper()


@cache
def _name_keys() -> frozenset[str]:
    return frozenset(arabic.key(w) for w in load_toml("ar", "names.toml").get("romanise", {}))


def _nisba_or_known(word: str, r: ArabicRules) -> bool:
    """An article word that can end a name: a known name word after the article ("الدين"),
    or a nisba ("البغدادي", "الشامي")."""
    k = arabic.key(word)
    if not k.startswith("ال") or len(k) < 4 or k in r.not_names:
        return False
    return _known(word[2:]) or k.endswith("ي")


def _clean_name(text: str) -> str:
    """A name cell without brackets, trailing punctuation and Latin asides."""
    text = re.split(r"[(\[،,؛;/]", text)[0]
    words = _WORD.findall(text)
    return " ".join(words)


class _Finder:
    """Names of the Arabic passages of one document (see the module docstring)."""

    def __init__(self, r: ArabicRules) -> None:
        self.r = r
        self.found: dict[int, NameSpan] = {}
        self.own: set[str] = set()  # keys of the words of the page's own names

    def add(self, start: int, text: str) -> None:
        if len(text.split()) < 2 or any(s <= start < s + len(n.text) for s, n in self.found.items()):
            return
        self.found[start] = NameSpan(start, start + len(text), text)
        self.own.update(arabic.key(w) for w in text.split() if arabic.key(w) not in self.r.joining)

    def heading(self, p: Passage) -> None:
        m = re.match(r"\s*([^\n]+?)\s*(?:\n|$)", p.text)
        if m is None or p.start + m.start(1) >= 200:
            return
        line = re.split(r"\s+[-–—|]\s+", m.group(1))[0]  # "X - ويكيبيديا": the site's name goes
        words = line.split()
        while words and arabic.key(words[0]) in self.r.titles:
            words.pop(0)  # "السلطان X": the title is no part of the name
        if not 2 <= len(words) <= 6 or any(not _WORD.fullmatch(w) for w in words):
            return
        if arabic.key(words[0]) in self.r.not_names:
            return
        name = " ".join(words)
        at = m.group(1).find(name)
        if at >= 0:
            self.add(p.start + m.start(1) + at, name)

    def labels(self, p: Passage) -> None:
        for m in self.r.name_labels.finditer(p.text):
            name = _clean_name(m.group(1))
            at = m.group(1).find(name) if name else -1
            if at >= 0:
                self.add(p.start + m.start(1) + at, name)

    def prose(self, p: Passage) -> None:
        words = list(_WORD.finditer(p.text))
        i = 0
        while i < len(words):
            run = self.run_at(p.text, words, i)
            if run is None:
                i += 1
                continue
            first, last, skip = run
            start = words[first].start() + skip
            self.add(p.start + start, p.text[start : words[last].end()])
            i = last + 1

    def opens(self, word: str) -> bool:
        k = arabic.key(word)
        if k in self.r.not_names or k in self.r.titles:
            return k in self.own
        return k in self.own or _known(word) or k in self.r.leading

    def continues(self, word: str) -> bool:
        k = arabic.key(word)
        if k in self.own or k in self.r.joining:
            return True
        if k in self.r.not_names or k in self.r.titles:
            return False
        return _known(word) or _nisba_or_known(word, self.r)

    def run_at(self, text: str, words: list[re.Match[str]], i: int) -> tuple[int, int, int] | None:
        """(first word, last word, characters skipped of the first: a glued و) of the name
        run that opens at word ``i``, or None."""
        word, skip = words[i].group(0), 0
        if not self.opens(word) and word.startswith("و") and len(word) > 3 and self.opens(word[1:]):
            word, skip = word[1:], 1
        if not self.opens(word):
            return None
        last = i
        while last + 1 < len(words) and _SPACE.fullmatch(text[words[last].end() : words[last + 1].start()]):
            nxt = words[last + 1].group(0)
            if arabic.key(words[last].group(0)) in self.r.joining or self.continues(nxt):
                last += 1
            else:
                break
        while last > i and arabic.key(words[last].group(0)) in self.r.joining:
            last -= 1  # a particle never ends a name
        return (i, last, skip) if last > i else None


def find_names(passages: Sequence[Passage], code: str) -> list[NameSpan]:
    """Names of the Arabic passages of one document, at absolute offsets: the heading and the
    name rows first, whose words then also count as name words in prose."""
    finder = _Finder(rules(code))
    for p in passages:
        finder.heading(p)
        finder.labels(p)
    for p in passages:
        finder.prose(p)
    return sorted(finder.found.values(), key=lambda s: s.start)


@cache
def _pipeline(code: str) -> Any:
    return nlp.load_language(code)


def _sentences(text: str, r: ArabicRules) -> list[tuple[int, int]]:
    out, pos = [], 0
    for m in r.sentence_end.finditer(text):
        if text[pos : m.end()].strip():
            out.append((pos, m.end()))
        pos = m.end()
    if text[pos:].strip():
        out.append((pos, len(text)))
    return out


def _clause(text: str, at: int, end: int, r: ArabicRules) -> tuple[int, int]:
    a, b = 0, len(text)
    for m in r.boundary.finditer(text):
        if m.end() <= at:
            a = m.end()
        elif m.start() >= end:
            b = min(b, m.start())
    return a, b


class ArabicReader(SentenceReader):
    """Reads the passages of one Arabic-script language of one document, sentence by sentence."""

    def __init__(self, doc: Document, code: str, names: Sequence[Any], assignment: Mapping[int, str],
                 people: Mapping[str, Any], main: Any) -> None:
        super().__init__(doc, code, names, assignment, people, main)
        self.r = rules(code)

    def read_passage(self, passage: Passage, skip: Sequence[tuple[int, int]] = ()) -> None:
        self.role, self.last = passage.role, None
        for a, b in _sentences(passage.text, self.r):
            text = passage.text[a:b]
            lead = len(text) - len(text.lstrip())
            text, a = text.strip(), a + lead
            start = passage.start + a
            if any(x <= start < y for x, y in skip):
                continue
            parsed: Doc = _pipeline(self.code)(text)
            found = [d for d in dates.find_dates(text)
                     if not d.value.edtf.startswith("X") and not _HIJRI.match(text, d.end)]
            self.lifespans(text, start, found)
            for i, frame in sorted(frames.triggers(parsed, self.code).items()):
                if frame.handler in {"born", "died"}:
                    tok = parsed[i]
                    self.life(text, start, tok.idx, tok.idx + len(tok.text), found, frame.handler == "died")

    def lifespans(self, text: str, start: int, found: list[dates.DateMatch]) -> None:
        """A life in brackets right after a name: birth place and date before the dash, death
        place and date after it. A date range across the dash ("(15 يناير 1918 - 28 سبتمبر
        1970)") is left to the English prose reader (``extract.prose``), which reads such
        brackets after any name of the document."""
        for m in _LIFESPAN.finditer(text):
            pid = next((p for s, e, p in self.names if start <= s and start + m.start() - 2 <= e <= start + m.start()
                        and not text[e - start : m.start()].strip()), None)
            if pid is None:
                continue
            self.last = pid
            sent_end = start + len(text)
            # one date range across the dash is the English reader's; dates split by places
            # ("(بيروت 1901م - القاهرة 1966م)") are read here
            ranged = any(d.start < m.end(1) and d.end > m.start(2) for d in found)
            for side, prop in ((1, "place_of_birth"), (2, "place_of_death")):
                a, b = m.span(side)
                inside = [d for d in found if a <= d.start and d.end <= b]
                if inside and not ranged:
                    self.add(start, sent_end, pid, prop.replace("place", "date"), inside[0].value.edtf, inside[0].text)
                words = [w for w in _WORD.finditer(text, a, b) if not any(d.start <= w.start() < d.end for d in found)]
                place = self._place(text, words, 0) if words else None
                if place is not None:
                    self.add(start, sent_end, pid, prop, gazetteer.english_name(place), place)

    def holder(self, text: str, start: int, at: int, end: int) -> str | None:
        """Whose event: no one when a kin word stands in the clause before the trigger or
        right after it; else a name in the clause before the trigger or right after it,
        else the sentence's first name before it, else the person last written about or the
        document's subject."""
        a, b = _clause(text, at, end, self.r)
        after = text[end : end + 12]
        if self.r.others.search(text[a:at]) or self.r.others.match(after.lstrip()):
            return None
        spans = [(s - start, e - start, pid) for s, e, pid in self.names if start <= s and e <= start + len(text)]
        right = [pid for s, _, pid in spans if s >= end and not text[end:s].strip()]
        inside = [pid for s, e, pid in spans if a <= s and e <= at]
        before = [pid for s, e, pid in spans if e <= at]
        pid = (right or inside[-1:] or before[:1] or [None])[0]
        if pid is None:
            pid = self.last or (self.main.id if self.main is not None else None)
        self.last = pid
        return pid

    def life(self, text: str, start: int, at: int, end: int, found: list[dates.DateMatch], died: bool) -> None:
        pid = self.holder(text, start, at, end)
        if pid is None:
            return
        a, b = _clause(text, at, end, self.r)
        sent_end = start + len(text)
        near = [d for d in found if d.start >= a and d.end <= b]
        if near:
            d = min(near, key=lambda d: min(abs(d.start - at), abs(d.end - at)))
            self.add(start, sent_end, pid, "date_of_death" if died else "date_of_birth", d.value.edtf, d.text)
        place = self.place_after(text, end, b)
        if place is not None:
            self.add(start, sent_end, pid, "place_of_death" if died else "place_of_birth",
                     gazetteer.english_name(place), place)
        if died:
            manner = manner_of(text[a:b], self.code)
            if manner:
                self.add(start, sent_end, pid, "manner_of_death", manner, manner)

    def place_after(self, text: str, end: int, b: int) -> str | None:
        """The first place the gazetteer knows after a place word between the trigger and
        the clause's end: one to three words ("في حلب", "في مدينة حلب", "بدمشق")."""
        words = list(_WORD.finditer(text, end, b))
        for i, w in enumerate(words):
            lead = next((p for p in self.r.place_lead if text.startswith(p, w.start())
                         and text[w.start() + len(p) : w.start() + len(p) + 1] in {" ", ""}), None)
            if lead is not None:
                j = next((k for k, m in enumerate(words) if m.start() >= w.start() + len(lead)), len(words))
                while j < len(words) and arabic.key(words[j].group(0)) in self.r.place_skip:
                    j += 1
                found = self._place(text, words, j)
                if found:
                    return found
            elif w.group(0).startswith("ب") and len(w.group(0)) > 3:
                word = w.group(0)[1:]
                if self._known_place(word):
                    return word
        return None

    def _place(self, text: str, words: list[re.Match[str]], j: int) -> str | None:
        for n in (3, 2, 1):
            if j + n > len(words):
                continue
            span = text[words[j].start() : words[j + n - 1].end()]
            if "\n" not in span and self._known_place(span):
                return span
        return None

    @staticmethod
    def _known_place(name: str) -> bool:
        return gazetteer.is_place_name(name) and gazetteer.english_name(name) != name


def read_language(doc: Document, code: str, passages: Sequence[Passage], names: Sequence[Any],
                  assignment: Mapping[int, str], people: Mapping[str, Any], main: Any,
                  skip: Sequence[tuple[int, int]] = ()) -> list[Claim]:
    """Claims of the Arabic-script passages of one document."""
    reader = ArabicReader(doc, code, names, assignment, people, main)
    for passage in passages:
        reader.read_passage(passage, skip)
    return list(reader.claims.values())
