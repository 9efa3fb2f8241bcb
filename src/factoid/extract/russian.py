"""The Russian prose reader (``extract.prose.ru.v1``): the English event frames over natasha.

Russian passages (``guess_language`` on the passage text) are parsed by ``factoid.nlp_ru``;
natasha's PER entities become the same ``NameSpan`` records the English mention finder makes
(in the nominative, so "Люшкова" and "Люшков" group), and each sentence is read frame by frame:
a trigger from ``lang/ru/lexicon.toml`` (родился, расстрелян, арестован, ...) takes the date
(``factoid.dates.ru``) and the place nearest after it; offices, ranks, awards and parties are
phrase tables; kinship nouns take the name after them. Russian word order is free but
biographies are formulaic, so a sentence's subject is its first name in the nominative, else
the person the passage was last about, else the document's subject. Values are English;
quotes are the Russian sentence, character for character.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache

from factoid import nlp_ru
from factoid.dates.ru import RuDate, find_dates
from factoid.extract.common import Subject, make_claim
from factoid.extract.entities import LocalPerson
from factoid.extract.entities import alias_phrases  # the alias cues' one reader
from factoid.extract.mentions import NameSpan
from factoid.extract.ru_values import find_phrases, lexicon, pattern, place_value
from factoid.gazetteer import is_place_name
from factoid.ingest.language import guess_language
from factoid.model import Claim, Document, Passage, PassageRole
from factoid.names.russian import is_patronymic, nominative, read_name
from factoid.names.translit import transliterate

__all__ = ["EXTRACTOR", "bracket_alias_pairs", "find_names", "is_russian", "read_russian"]

EXTRACTOR = "extract.prose.ru.v1"
_CYR = re.compile(r"[А-ЯЁ]")
#: The farthest a date or place may stand from its trigger, in characters.
_NEAR = 90
_PLACE_LEAD = {"в", "во", "под", "близ", "около", "у"}
_PLACE_NOUNS = re.compile(r"(?:сел[оеа]|город[ea]?|деревн[яеи]|местечк[оеа]|имени[еия]|станиц[аеы]|посёлк?[еа]|поселк?[еа]|г\.|с\.|д\.)$")


_NOT_RUSSIAN = re.compile(r"[іїєґІЇЄҐўЎ]")


def is_russian(passage: Passage) -> bool:
    """A Cyrillic passage in Russian: Ukrainian and Belarusian letters, or Bulgarian's
    word-internal "ъ" without "ы", send it elsewhere (the English path, as before). The
    language guessed at ingest is used when the passage carries it."""
    text = passage.text
    if (passage.language or guess_language(text)) != "ru" or _NOT_RUSSIAN.search(text):
        return False
    return "ы" in text or len(re.findall(r"[а-я]ъ[а-я]", text)) < 3


#: An encyclopedia headword: the surname in capitals before the given name and patronymic
#: ("ТУХАЧЕВСКИЙ Михаил Николаевич"), which the tagger leaves out of the name.
_HEADWORD = re.compile(r"(?:^|(?<=\s))([А-ЯЁ]{3,}(?:-[А-ЯЁ]{2,})?),?\s+$")


#: What may stand between an alias cue and a later name of its list: earlier capitalised items
#: ("Яцек, Якуб, Переплётчик, "), whether or not they were taken for names.
_ALIAS_LIST = re.compile(r"(?:\s*[«\"]?[А-ЯЁA-Z][^,;:()]*[»\"]?\s*,)*\s*")


@lru_cache(maxsize=1)
def _alias_cue() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])(?:{alias_phrases()})\s*", re.IGNORECASE)


def bracket_alias_pairs(text: str, spans: Sequence[NameSpan]) -> list[tuple[int, int]]:
    """Names that a bracket after a name gives as that person's other names: "Имя Фамилия
    (польск. ...; прозвища Железный Феликс, подпольные псевдонимы: Яцек, Юзеф; 1877 — 1926)".
    An encyclopedia's lead bracket puts a transcription and dates between the name and the
    alias cue, too far for ``entities.alias_pairs``; here a name inside the bracket is paired
    with the name before it when, since the bracket's last ";", an alias cue (the cues of
    ``names/alias_cues.toml``) is followed only by a list of capitalised items."""
    pairs = []
    ordered = sorted(spans, key=lambda s: s.start)
    for a in ordered:
        inside = _bracket_after(text, a.end)
        if inside is None:
            continue
        for b in ordered:
            if not inside[0] <= b.start < inside[1]:
                continue
            lead = text[inside[0]:b.start].split(";")[-1]
            cues = list(_alias_cue().finditer(lead))
            if cues and _ALIAS_LIST.fullmatch(lead, cues[-1].end()):
                pairs.append((a.start, b.start))
    return pairs


def _with_headword(rd: nlp_ru.RuDoc, span: nlp_ru.RuSpan) -> tuple[str, int]:
    """The nominative name of a PER span and where it begins, a capitalised headword surname
    before it included."""
    name = nominative(span.text, span.normal)
    head = _HEADWORD.search(rd.text[max(0, span.start - 40):span.start])
    words = name.split()
    if head and len(words) == 2 and not any(w.isupper() for w in words) and is_patronymic(words[1]):
        return f"{head.group(1).capitalize()} {name}", span.start - len(head.group(0))
    return name, span.start


#: "сын"/"дочь" as the subject's own description ("Тимур, сын Тарагая", "был сыном купца
#: Петрова"): a name in the genitive after it is a parent's.
_CHILD_OF = frozenset({"сын", "сыном", "дочь", "дочерью"})
#: What joins the names of a list of relatives ("Галина и Марина", "Иван, Пётр и Павел").
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:а также\s+)?|и\s+|,\s*и\s+)")
#: Between two marriages of one sentence: "был женат на X, затем на Y", "а потом с Y": the
#: second spouse is a relative too.
_NEXT_MARRIAGE = re.compile(r",?\s*(?:а\s+)?(?:затем|потом|позднее|позже|впоследствии|вторым браком)\s+(?:(?:на|с|за)\s+)?")
#: Relatives' nouns in the nominative: one of them as a clause's subject owns its marriage.
_NOMINATIVE_KIN = frozenset("отец мать сын дочь дочка брат сестра сыновья дочери братья сёстры сестры".split())

#: A count of marriages by the marriage word ("Был женат трижды: на A, B и C", "замужем
#: дважды"): the names listed after it, by a comma or "и", are all spouses.
_MARRIED_MANY = re.compile(r"(?<![а-яё])(?:дважды|трижды|четырежды|пять раз|(?:два|три|четыре) раза|несколько раз)(?![а-яё])",
                           re.IGNORECASE)
_SPOUSE_LIST_GAP = re.compile(r"\s*(?:,\s*(?:и\s+)?|и\s+)(?:(?:на|с|за)\s+)?")
_KIN_WORD = re.compile(r"отец|мать|жена|муж|сын|дочь|брат|сестра|супруга|супруг|дети")
_FIELD_BEFORE = re.compile(r"(?:(?:отец|мать|жена|муж|сын|дочь|брат|сестра|супруга|супруг|дети)\s*[:,—–-]|(?:предшественник|преемник)\w*[\s:,—–-]*)\s*$", re.IGNORECASE)


def subject_of(doc: Document, people: dict[str, LocalPerson], spans: Sequence[NameSpan],
               assignment: dict[int, str], main: LocalPerson | None) -> LocalPerson | None:
    """The person a Russian page is about. Russian pages inflect the subject's surname in
    every case form, which the name finder does not always catch, so each candidate scores
    the occurrences of their surname's stem anywhere in the text; people named only as a
    field's value or a relative ("Предшественник: ...", "Отец, ...") are not candidates.
    The generic choice stands unless another candidate's surname occurs more often than its
    own: a page that opens on one person but tells of another ("В 1929 г. Троцкий попытался
    использовать ... Блюмкина ... Блюмкин был выдан") is about the one it names most."""
    text = doc.text.lower()
    best, best_score = main, -1
    main_hits = best_hits = 0
    for pid, person in people.items():
        mine = [s for s in spans if assignment.get(s.start) == pid]
        if not mine:
            continue
        if all(len(s.text.split()) == 1 for s in mine) and nlp_ru.is_common_word(mine[0].text, abstract_only=False):
            continue  # "Шаблон" (template debris) tagged as a person
        if all(_FIELD_BEFORE.search(doc.text[max(0, s.start - 16):s.start]) for s in mine):
            continue
        surname = read_name(person.display).surname if any(_CYR.match(f[:1]) for f in person.forms) else None
        if not surname or len(surname) < 4:
            continue
        low = surname.lower()
        stem = low[:-2] if low.endswith(("ий", "ый", "ой", "ая")) else low[:-1] if low.endswith(("а", "я")) else low
        hits = len(re.findall(rf"(?<![а-яё]){re.escape(stem)}[а-яё]{{0,3}}(?![а-яё])", text))
        if person is main and hits:
            main_hits = hits  # the generic choice stands unless it is a field value or debris
            continue
        score = hits * 10 + person.count + (5 if any(len(s.text.split()) > 1 for s in mine) else 0)
        if score > best_score:
            best, best_score, best_hits = person, score, hits
    if main_hits and (best is main or best_hits <= main_hits):
        return main
    return best


@cache
def _rival_lead() -> re.Pattern[str]:
    """``[rivals] leads``: from the end of a date to the start of its hedged rival."""
    return re.compile(lexicon()["rivals"]["leads"], re.IGNORECASE)


@cache
def _killer_by() -> re.Pattern[str]:
    """``[killer] by`` of the lexicon, case-sensitive: its lower-case words must stop at the
    capital of the killer's name."""
    return re.compile(r"(?<![\w])(?:" + lexicon()["killer"]["by"] + ")")


def _name_ok(text: str) -> bool:
    """A name natasha found is kept when it is one to five capitalised Cyrillic words and,
    alone, not a town the dictionary knows ("Чечерск" tagged PER in a list of places)."""
    words = text.split()
    if not words or len(words) > 5 or any(ch.isdigit() for ch in text):
        return False
    if not all(_CYR.match(w[:1]) or re.match(r"^[А-ЯЁ]\.", w) for w in words):
        return False
    if any(len(w) > 1 and w.isupper() and "." not in w for w in words):
        return False  # "ГПУ Аджаристана": an agency's acronym, not a name
    if len(words) > 1:
        return True
    word = words[0]
    if not re.search(r"[А-ЯЁа-яё]{2}", word):
        return False  # "И.а.": initials alone name nobody
    return not (nlp_ru.is_toponym(word) or nlp_ru.is_common_word(word) or nlp_ru.is_person_noun(word))


def _cases(rd: nlp_ru.RuDoc, span: nlp_ru.RuSpan, words: Sequence[str]) -> list[str]:
    """natasha's case tag of each word of a name, found by the word's first three letters
    among the span's tokens ("" where none matches: a headword, an initial)."""
    tokens = [t for sent in rd.sentences for t in sent.tokens if span.start <= t.start < span.end]
    out = []
    for word in words:
        tok = next((t for t in tokens if len(t.text) > 1 and t.text[:3].lower() == word[:3].lower()), None)
        out.append(tok.feats.get("Case", "") if tok else "")
    return out


_ACRONYM_BEFORE = re.compile(r"(?<![А-ЯЁа-яё])[А-ЯЁ]{2,6}\s+$")


def _place_after_acronym(rd: nlp_ru.RuDoc, span: nlp_ru.RuSpan) -> bool:
    """A lone word in the genitive right after an agency's acronym ("ГПУ Аджаристана", "НКВД
    Украины") names the agency's territory, not a person, whatever the tagger said."""
    if len(span.text.split()) != 1 or not _ACRONYM_BEFORE.search(rd.text[max(0, span.start - 10):span.start]):
        return False
    return any(p.tag.case == "gent" for p in nlp_ru.tagger().parse(span.text))


def find_names(passages: Sequence[Passage]) -> list[NameSpan]:
    """Person names of Russian passages, at absolute offsets, in the nominative. A lone first
    name ("В 17 лет Яков вступил ...") is dropped when the document also gives it with a
    surname: the sentence then falls back to the document's subject instead of making a
    person of its own; a ruler known by one name ("Тимур") stays."""
    spans = _masculine_surnames(_all_names(passages))
    firsts = {s.text.split()[0] for s in spans if len(s.text.split()) > 1}
    return [s for s in spans if len(s.text.split()) > 1 or s.text not in firsts or not nlp_ru.is_given_name(s.text)]


def _masculine_surnames(spans: list[NameSpan]) -> list[NameSpan]:
    """"Я.Г. Блюмкина" beside "Блюмкин": a surname in -а after initials, whose form without
    the -а the same page writes as a name, is that man's genitive (the tagger may call it a
    nominative), not a woman's surname. A man of that surname with other initials
    ("Н.И. Ежов" beside "Е.С. Ежова") leaves her surname as written."""
    surnames = {sp.text.split()[-1] for sp in spans}
    initials: dict[str, set[str]] = {}
    for sp in spans:
        words = sp.text.split()
        if len(words) > 1:
            initials.setdefault(words[-1], set()).add(words[0][:1])
    out = []
    for sp in spans:
        words = sp.text.split()
        last = words[-1]
        if (len(words) > 1 and all("." in w for w in words[:-1]) and last.endswith("а")
                and last[:-1] in surnames and len(last) > 4
                and initials.get(last[:-1], set()) <= {words[0][:1]}):
            sp = NameSpan(sp.start, sp.end, " ".join(words[:-1] + [last[:-1]]))
        out.append(sp)
    return out


def _all_names(passages: Sequence[Passage]) -> list[NameSpan]:
    spans = []
    for p in passages:
        rd = nlp_ru.parse(p.text)
        for span in rd.spans:
            if span.type != "PER":
                continue
            written = span.text.split()
            if any(1 < len(w) <= 6 and w.isupper() and "." not in w for w in written) and not all(
                    w.isupper() for w in written):
                continue  # "ГПУ Аджаристана": an agency's acronym, not a name
            if _place_after_acronym(rd, span):
                continue
            name, begin = _with_headword(rd, span)
            words = name.split()
            while len(words) > 1 and nlp_ru.is_person_noun(words[0]):
                words = words[1:]  # "Нарком Ежов", "Фотоколонка Моисей Урицкий": a title or debris
            words = nlp_ru.nominative_name(words, _cases(rd, span, words)).split()
            name = " ".join(words)
            if len(words) > 2 and _KIN_WORD.fullmatch(words[-1].lower()):
                name = " ".join(words[:-1])  # "Рудольф Игнатьевич Менжинский Мать": the next field's label
                # the span still ends where natasha ended it; only the name is trimmed
            if not _name_ok(name):
                continue
            start = p.start + rd.original(begin)
            end = p.start + rd.original(span.end - 1) + 1
            spans.append(NameSpan(start, end, name))
        spans += _dictionary_names(p, rd, spans)
        regnal = _regnal_names(p, rd, spans)
        # natasha may tag the patronymic alone ("Андреевна" of "Софья II Андреевна")
        spans = [s for s in spans if not any(r.start <= s.start and s.end <= r.end for r in regnal)] + regnal
    return spans


#: A ruler's given name, number and perhaps patronymic ("Екатерина I Алексеевна", "Петра I",
#: "Александр II"), which natasha does not tag: the numeral is no word it knows.
_REGNAL = re.compile(r"(?<![\w-])([А-ЯЁ][а-яё]{2,})\s+([IVX]{1,5})(?:\s+([А-ЯЁ][а-яё]{3,}(?:вич|вна|ична|чна)))?(?![\w-])")


#: natasha's gender tags as the dictionary's (``nlp_ru.nominative_word``).
_GENDERS = {"Masc": "masc", "Fem": "femn"}


def _regnal_names(p: Passage, rd: nlp_ru.RuDoc, found: Sequence[NameSpan]) -> list[NameSpan]:
    """Rulers named by a given name the dictionary knows and a Roman number, in the
    nominative ("Петра I" -> "Пётр I"), where natasha tagged nothing."""
    out = []
    for m in _REGNAL.finditer(rd.text):
        given, number, patronymic = m.groups()
        if not nlp_ru.is_given_name(given):
            continue
        start, end = p.start + rd.original(m.start()), p.start + rd.original(m.end() - 1) + 1
        if any(s.start < end and start < s.end and not (start <= s.start and s.end <= end) for s in found):
            continue
        tok = next((t for sent in rd.sentences for t in sent.tokens if t.start == m.start()), None)
        feats = tok.feats if tok else {}
        gender = _GENDERS.get(feats.get("Gender", ""))
        words = [nlp_ru.nominative_given(given, feats.get("Case", ""))]
        words += [nlp_ru.nominative_word(patronymic, gender, feats.get("Case", ""))] if patronymic else []
        out.append(NameSpan(start, end, " ".join([words[0], number, *words[1:]])))
    return out


#: "Тухачевский Михаил Николаевич": surname, given name and patronymic, as reference works
#: and headings write a person; natasha often misses the name at the head of a line.
_DICTIONARY_ORDER = re.compile(r"(?<![\w-])([А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁ][а-яё]{2,})?)\s+"
                               r"([А-ЯЁ][а-яё]{2,})\s+([А-ЯЁ][а-яё]{4,})(?![\w-])")


def _dictionary_names(p: Passage, rd: nlp_ru.RuDoc, found: Sequence[NameSpan]) -> list[NameSpan]:
    """Names in dictionary order that natasha did not tag: the third word a patronymic, the
    second a first name the dictionary knows, the first no common word."""
    out = []
    for m in _DICTIONARY_ORDER.finditer(rd.text):
        surname, given, patronymic = m.groups()
        if not is_patronymic(patronymic) or not nlp_ru.is_given_name(given) or nlp_ru.is_person_noun(surname):
            continue
        start, end = p.start + rd.original(m.start()), p.start + rd.original(m.end() - 1) + 1
        if any(s.start < end and start < s.end for s in found):
            continue
        out.append(NameSpan(start, end, " ".join(m.groups())))
    return out


@dataclass
class _Sent:
    """One sentence being read: its text, parse, hedge and the people named in it."""

    passage: Passage
    rd: nlp_ru.RuDoc
    sent: nlp_ru.RuSentence
    hedge: str | None
    names: list[tuple[int, int, str]]  # start, end (relative to the sentence), person id
    dates: list[RuDate] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.sent.text

    def absolute(self, start: int, end: int) -> tuple[int, int]:
        base = self.sent.start
        return (self.passage.start + self.rd.original(base + start),
                self.passage.start + self.rd.original(base + end - 1) + 1)

    def token(self, offset: int) -> nlp_ru.RuToken | None:
        return self.sent.token_at(self.sent.start + offset)

    def case(self, offset: int) -> str:
        tok = self.token(offset)
        return tok.feats.get("Case", "") if tok else ""




def _bracket_after(text: str, end: int) -> tuple[int, int] | None:
    """The inside of the bracket opening right after ``end`` ("Имя (…)" or "Имя […]"), as
    offsets. Square brackets count only where they balance: pages drop closing ones
    ("30 августа [11 сентября1877")."""
    m = re.compile(r"\s*[(\[]").match(text, end)
    if not m:
        return None
    for pairs in ("()[]", "()"):
        depth = 0
        for i in range(m.end() - 1, len(text)):
            ch = text[i]
            if ch in pairs[0::2]:
                depth += 1
            elif ch in pairs[1::2]:
                depth -= 1
                if depth == 0:
                    return m.end(), i
        if text[m.end() - 1] == "[":
            return None
    return None

_DASH = re.compile(r"\s[—–-]\s|\s?[—–]\s?")
_NAMED_SETTLEMENT = re.compile(
    r"(?<![а-яё])(?:город[еа]?|сел[еоа]|деревн[ея]|местечк[еоа]|посёлк[еа]|поселк[еа]|станиц[еа]|(?<!\d\s)г\.|с\.)\s*"
    r"([А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё0-9]+)?)(?![а-яё])")
#: Where a sentence stops before a place: a full stop that does not end a year's "г." or a
#: region's "обл." ("1938 г. Место захоронения: Московская обл., X")
_STOP = re.compile(r";|(?<!\d\sг)(?<!обл)(?<!р-н)\.")
_CLAUSE = re.compile(r"\sи\s|;|\sа\s|,\sно\s|\.\s")
_SETTLEMENT = r"(?:(?:родов\w+\s)?(?:имение|село|деревня|дача|город|местечко|посёлок|поселок|станица|хутор|г\.|с\.|д\.)\s*)?"
_LIFE = (("date_of_birth", "place_of_birth"), ("date_of_death", "place_of_death"))


def _coarse(written: str) -> bool:
    """A region or country the gazetteer does not know, by its locative ending (``[coarse]
    endings`` of lang/ru/lexicon.toml: "Мегрелии"); a name of more words ("Виленской
    губернии") says itself what it is."""
    if " " in written.strip() or is_place_name(written):
        return False
    for ending, base in lexicon().get("coarse", {}).get("endings", ()):
        if written.endswith(ending) and len(written) > len(ending) + 2:
            return not is_place_name(written[: -len(ending)] + base)
    return False


def _life_parts(text: str, base: int, stop: int) -> tuple[tuple[tuple[str, int], ...], list[list[RuDate]]] | None:
    """The birth and death halves of a bracket's life span (a birth name or a note before a
    semicolon skipped), with their dates; None when the bracket holds no dated death half."""
    inner = text[base:stop]
    cut = inner.rfind(";") + 1
    for dash in _DASH.finditer(inner, cut):
        parts = ((inner[cut:dash.start()], base + cut), (inner[dash.end():], base + dash.end()))
        dated = [[d for d in find_dates(t) if d.kind == "point" and d.year is not None] for t, _ in parts]
        if dated[1]:
            return parts, dated
    return None


class _Reader:
    def __init__(self, doc: Document, people: dict[str, LocalPerson], name_at: dict[int, str],
                 main: LocalPerson | None) -> None:
        self.doc = doc
        self.people = people
        self.name_at = name_at
        self.main = main
        self.claims: list[Claim] = []
        self.seen: set[tuple[str, str, str, int]] = set()
        self.last: str | None = main.id if main else None
        self.last_year: int | None = None
        #: The person of the record being read, in a list of records each headed by a full
        #: name (see :func:`record_heading`): a nameless line is that person's, not the page's.
        self.record: str | None = None

    def fallback(self) -> str | None:
        """Whose a line naming nobody is: the current record's, else the page subject's."""
        return self.record or (self.main.id if self.main else None)

    # ---- plumbing -------------------------------------------------------------------------

    def add(self, s: _Sent, pid: str | None, prop: str, value: str | None, value_text: str | None = None,
            qualifiers: dict[str, str] | None = None) -> None:
        if pid is None or not value or pid not in self.people:
            return
        start, end = s.absolute(0, len(s.text))
        key = (pid, prop, value, start)
        if key in self.seen:
            return
        self.seen.add(key)
        subject = Subject(pid, self.people[pid].display)
        self.claims.append(make_claim(self.doc, subject, prop, value, value_text or value, (start, end),
                                      role=s.passage.role, extractor=EXTRACTOR, hedge=s.hedge,
                                      qualifiers=qualifiers))

    def sentence(self, p: Passage, rd: nlp_ru.RuDoc, sent: nlp_ru.RuSentence) -> _Sent:
        names = []
        for span in sent.spans:
            if span.type != "PER":
                continue
            pid = self.name_at.get(p.start + rd.original(span.start)) or self.name_at.get(
                p.start + rd.original(_with_headword(rd, span)[1]))
            if pid:
                names.append((span.start - sent.start, span.end - sent.start, pid))
        hedge = pattern("hedges", "patterns").search(sent.text)
        s = _Sent(p, rd, sent, hedge.group(0) if hedge else None, names)
        s.dates = [self._complete(d, s) for d in find_dates(sent.text)]
        return s

    def _complete(self, d: RuDate, s: _Sent) -> RuDate:
        """A day and month without a year ("12 июня") take the year of the sentence or of
        the last year the passage named; otherwise they stay year-less and are not used."""
        if d.year is not None:
            return d
        years = [x.year for x in find_dates(s.text) if x.year is not None]
        year = years[0] if years else self.last_year
        if year is None:
            return d
        return RuDate(d.start, d.end, d.text, f"{year:04d}" + d.edtf[4:], d.kind)

    # ---- subjects -------------------------------------------------------------------------

    def subject(self, s: _Sent, kin_spans: list[tuple[int, int]]) -> str | None:
        """The first name in the nominative that is not a relative's, else the last subject.
        A name after a semicolon is another clause's ("Был женат на X; рядом с ним была Y":
        the marriage is still the last subject's)."""
        stop = s.text.find(";")
        for start, end, pid in s.names:
            if 0 <= stop < start:
                break
            if any(ks <= start <= ke + 40 for ks, ke in kin_spans):
                continue
            if re.search(r"[:|]\s*$", s.text[max(0, start - 3):start]):
                continue  # "Предшественник: Имя": a field's value, not the one the line is about
            if s.case(start) == "Nom":
                return pid
        if pattern("pronouns").search(s.text) or self.fallback() is None:
            return self.last
        return self.fallback()  # "Родился 4 февраля 1893 года ...": a nameless line of a biography

    def person_after(self, s: _Sent, offset: int, limit: int = 40) -> tuple[int, int, str] | None:
        for start, end, pid in s.names:
            if offset <= start <= offset + limit:
                between = s.text[offset:start]
                if re.search(r"[.;)]", between) or re.search(r"\(.", between):
                    return None
                return start, end, pid
        return None

    # ---- frames ---------------------------------------------------------------------------

    def read(self, p: Passage) -> None:
        rd = nlp_ru.parse(p.text)
        self.last = self.fallback()
        for sent in rd.sentences:
            s = self.sentence(p, rd, sent)
            kin = self.kinship(s, dry=True)
            subject = self.subject(s, kin)
            self.lifespans(s)
            self.events(s, subject)
            self.kinship(s, subject=subject)
            self.offices(s, subject)
            self.ranks(s, subject)
            self.awards(s, subject)
            self.parties(s, subject)
            if subject is not None:
                self.last = subject
            years = [d.year for d in s.dates if d.year is not None]
            if years:
                self.last_year = years[-1]

    def nearest_date(self, s: _Sent, at: int, *, after_only: bool = False) -> RuDate | None:
        """The point date with a year nearest to a trigger (after it preferred)."""
        best: tuple[int, RuDate] | None = None
        for d in s.dates:
            if d.kind != "point" or d.year is None:
                continue
            if _CLAUSE.search(s.text[min(d.end, at):max(d.start, at)]):
                continue  # "в июле 1897 года арестован и в августе 1898 года сослан"
            if d.start >= at:
                dist = d.start - at
            elif after_only:
                continue
            else:
                dist = (at - d.end) + 15
            if dist <= _NEAR and (best is None or dist < best[0]):
                best = (dist, d)
        return best[1] if best else None

    def rival_date(self, s: _Sent, d: RuDate) -> RuDate | None:
        """A second version of a date, hedged right after it ("в 1711 году (по другим данным —
        в 1713 году)", "в 1799 году в Туле; по другим сведениям — в 1801 году"): the date
        that follows ``[rivals] leads`` of the lexicon, a place between them allowed."""
        lead = _rival_lead().match(s.text, d.end)
        if lead is None:
            return None
        return next((x for x in s.dates if x.start == lead.end() and x.kind == "point" and x.year is not None), None)

    def place_after(self, s: _Sent, at: int, stop: int) -> str | None:
        """The first location natasha found after a trigger, introduced by a preposition or a
        settlement noun ("в Одессе", "в селе Александровское")."""
        window = s.text[at:min(stop, at + _NEAR)]
        phrase = find_phrases("place_phrases", window)
        if phrase and not _STOP.search(window[:phrase[0].start]):
            return self.near_town(s, s.sent.start + at + phrase[0].end, phrase[0].value)
        for span in s.sent.spans:
            start = span.start - s.sent.start
            if span.type != "LOC" or start < at or start > min(stop, at + _NEAR):
                continue
            before = s.text[max(0, start - 20):start].split()
            if not before:
                continue
            if _coarse(span.text):
                continue
            if len(before) > 1 and before[-1] == "г." and before[-2].isdigit():
                continue  # "1938 г. Место ...": the year's abbreviation, not a town's
            if before[-1].lower() in _PLACE_LEAD or _PLACE_NOUNS.search(before[-1].lower()) or before[-1] == ",":
                return self.with_locator(s, span, place_value(nominative(span.text, span.normal)))
        m = _NAMED_SETTLEMENT.search(window)
        if m and not _STOP.search(window[:m.start()]):
            return place_value(m.group(1))  # "в селе Сосница": the name after the noun is nominative
        return None

    def with_locator(self, s: _Sent, span: nlp_ru.RuSpan, place: str | None) -> str | None:
        """"в Левашово под Ленинградом" -> "Levashovo, Leningrad": a village keeps the town it
        is near, so it does not contradict a source that names only the town."""
        return self.near_town(s, span.end, place)

    def near_town(self, s: _Sent, end: int, place: str | None) -> str | None:
        """The place ending at parse offset ``end`` with the town it is said to be near."""
        m = re.compile(r"\s*(?:под|близ|около|возле)\s+").match(s.rd.text, end)
        if not place or not m:
            return place
        for other in s.sent.spans:
            if other.type == "LOC" and other.start == m.end():
                near = place_value(nominative(other.text, other.normal))
                return f"{place}, {near}" if near else place
        return place

    def lifespans(self, s: _Sent) -> None:
        """"Имя (11 (24) апреля 1908, Москва — 19 декабря 1954, Ленинград)": birth and death
        dates and places in brackets right after a person's name (a birth name or a note
        before a semicolon is skipped)."""
        owners = list(s.names)
        head = self.headword(s)
        if head is not None and not any(start == 0 for start, _, _ in owners):
            owners.insert(0, head)
        for start, end, pid in owners:
            found = _bracket_after(s.text, end)
            if found is None:
                continue
            life = _life_parts(s.text, *found)
            if life is None:
                continue
            self.life(s, pid, *life)
            return
        self.dated_line(s)

    def headword(self, s: _Sent) -> tuple[int, int, str] | None:
        """A dictionary article's opening word, a single name with stress marks the name
        finder does not tag ("Тама́ра (около 1166 — 1213) — царица"): the page subject's,
        when it is one of the subject's name words."""
        m = re.match(r"[А-ЯЁ][а-яё\u0301]+(?=\s*\()", s.text)
        if m is None or self.main is None or s.sent.start > 0:
            return None
        word = m.group(0).replace("\u0301", "")
        words = {w for form in self.main.forms for w in re.findall(r"[А-ЯЁа-яё]+", form.replace("\u0301", ""))}
        return (0, m.end(), self.main.id) if word in words else None

    def dated_line(self, s: _Sent) -> None:
        """A line that is only "02 января 1873 - 30 августа 1918": the subject's life dates."""
        m = re.fullmatch(r"\s*(.+?)(\s[—–-]\s|\s?[—–]\s?)(.+?)\s*", s.text)
        if not m or self.main is None:
            return
        parts = ((m.group(1), m.start(1)), (m.group(3), m.start(3)))
        dated = [find_dates(text) for text, _ in parts]
        if all(len(d) == 1 and d[0].has_day and d[0].text == text.strip() for d, (text, _) in zip(dated, parts, strict=True)):
            self.life(s, self.main.id, parts, dated)

    def life(self, s: _Sent, pid: str, parts: tuple[tuple[str, int], ...], dated: list[list[RuDate]]) -> None:
        """Birth and death (date, then place) from the two halves of a life span."""
        for (prop, place_prop), (part, off), dates in zip(_LIFE, parts, dated, strict=True):
            if not dates:
                continue
            self.add(s, pid, prop, dates[0].edtf, dates[0].text)
            tail = part[dates[0].end:]
            phrase = find_phrases("place_phrases", tail)
            if phrase:
                self.add(s, pid, place_prop, phrase[0].value, tail[phrase[0].start:phrase[0].end])
                continue
            rest = re.split(r"[,(\[]", tail.strip(" ,"))[0].strip()
            rest = re.sub("^" + _SETTLEMENT, "", rest)
            word = re.match(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё0-9]+)?(?=$|[\s,.])", rest)
            if word:
                at = off + part.find(rest, dates[0].end)
                self.add(s, pid, place_prop, place_value(self.place_nominative(s, at, word.group(0))), rest)

    def place_nominative(self, s: _Sent, at: int, written: str) -> str:
        """natasha's nominative of the location starting at ``at``, else the first word."""
        for span in s.sent.spans:
            if span.start - s.sent.start == at and span.type == "LOC":
                return nominative(span.text, span.normal)
        return written

    def relative_subject(self, s: _Sent, at: int) -> bool:
        """"отец Агранова мещанин, умер рано": a kinship noun in the nominative before the
        trigger, and no name in the nominative but the relative's own ("Его отец, Герш Блюмкин,
        ... умер от сердечного приступа"), makes the relative the one the event is about."""
        kin = [m for prop in ("father", "mother", "child", "sibling", "spouse")
               for m in pattern("kin", prop).finditer(s.text, 0, at) if s.case(m.start()) == "Nom"]
        for start, _, _ in s.names:
            if s.case(start) == "Nom" and start < at and not any(
                    m.end() <= start and re.fullmatch(r"[\s,—–-]*", s.text[m.end():start]) for m in kin):
                return False
        return bool(kin)

    def relative_after(self, s: _Sent, at: int) -> bool:
        """"у них родилась дочь Иванка": a kinship noun in the nominative right after the
        trigger (Russian puts the subject after the verb) makes the event the relative's."""
        for prop in ("father", "mother", "child", "sibling", "spouse"):
            kin = pattern("kin", prop)
            m = re.compile(r"\s*(?:" + kin.pattern + ")", kin.flags).match(s.text, at)
            if m and s.case(m.end() - 1) == "Nom":
                return True
        return False

    def events(self, s: _Sent, subject: str | None) -> None:
        text = s.text
        for frame, prop, place_prop in (
            ("birth", "date_of_birth", "place_of_birth"),
            ("death", "date_of_death", "place_of_death"),
            ("execution", "date_of_death", "place_of_death"),
            ("homicide", "date_of_death", "place_of_death"),
            ("suicide", "date_of_death", "place_of_death"),
            ("natural", "date_of_death", None),
            ("arrest", "arrested", None),
            ("sentence", "sentenced", None),
            ("defection", "defected", None),
        ):
            for m in pattern("events", frame).finditer(text):
                if frame == "execution" and re.search(r"\bк\s+(?:\w+\s+)?$", text[max(0, m.start() - 20):m.start()]):
                    continue  # "приговорён к расстрелу" is a sentence, not the execution
                owner = self.bracket_owner(s, m.start(), subject)
                if owner is False:
                    continue  # "дочерью царя Георгия III (ум. 1184)": the king's death, not hers
                pid = owner if isinstance(owner, str) else self.patient(s, m.start(), m.end(), subject)
                if frame == "homicide" and m.group(0).lower().startswith("убийств") and pid == subject:
                    continue  # "убийство было совершено ...": the noun names its victim after it
                if pid == subject and (self.relative_subject(s, m.start()) or self.relative_after(s, m.end())):
                    break
                d = self.nearest_date(s, m.end())
                if d is not None:
                    self.add(s, pid, prop, d.edtf, d.text)
                    rival = self.rival_date(s, d)
                    if rival is not None:
                        self.add(s, pid, prop, rival.edtf, rival.text)
                if place_prop:
                    nxt = [x.start() for x in pattern("events", "birth" if frame != "birth" else "death").finditer(text)
                           if x.start() > m.end()]
                    self.add(s, pid, place_prop, self.place_after(s, m.end(), min(nxt, default=len(text))))
                manner = lexicon()["manner"].get(frame)
                if manner:
                    self.add(s, pid, "manner_of_death", manner, m.group(0))
                if frame in {"homicide", "execution"}:
                    self.killer(s, pid, m.end())

    def bracket_owner(self, s: _Sent, at: int, subject: str | None) -> str | bool | None:
        """Whose is an event word inside a short bracket ("Имя (ум. 1184)"): the person named
        right before the bracket; False when the bracket follows anything else (a relative
        the finder did not name, "царя Георгия III"); None when ``at`` is in no bracket."""
        opened = s.text.rfind("(", 0, at)
        if opened < 0 or ")" in s.text[opened:at] or at - opened > 12:
            return None
        before = s.text[:opened].rstrip()
        for start, end, pid in s.names:
            if end == len(before):
                return pid
        return False

    def patient(self, s: _Sent, start: int, end: int, subject: str | None) -> str | None:
        """Who an event happened to: a name right after a passive or noun trigger in the
        accusative or genitive ("убийство Урицкого", "арестовали Люшкова"), else the subject."""
        nxt = self.person_after(s, end, 3)
        if nxt and s.case(nxt[0]) in {"Gen", "Acc", "Dat"} and not self.agent_at(s, nxt[0]):
            return nxt[2]
        return subject

    def agent_at(self, s: _Sent, start: int) -> bool:
        """Whether the name at ``start`` follows the agent words of a killing ("от руки X"):
        the killer, never the one killed."""
        return any(m.end() == start for m in _killer_by().finditer(s.text, max(0, start - 40), start))

    def killer(self, s: _Sent, victim: str | None, at: int) -> None:
        """Who killed: the first name in the instrumental after a passive killing ("убит ...
        Иваном Горбуновым"), or one in the genitive right after the agent words of
        ``[killer] by`` ("от руки X", "по приказу X")."""
        by = [m.end() for m in _killer_by().finditer(s.text, max(0, at - 10))]  # "погиб от руки X"
        for start, end, pid in s.names:
            if start < at or pid == victim:
                continue
            if s.case(start) == "Ins" or (start in by and s.case(start) in {"Gen", "Dat"}):
                self.add(s, victim, "killed_by", transliterate(self.people[pid].display) if pid in self.people else None)
                return

    def kinship(self, s: _Sent, subject: str | None = None, dry: bool = False) -> list[tuple[int, int]]:
        """"отец — Эдмунд Иосифович", "жена Софья Мушкат", "в семье ... Эдмунда": the name
        after a kinship noun is the subject's relative. Returns the kinship spans."""
        spans = []
        for prop in ("father", "mother", "child", "sibling", "spouse"):
            for m in pattern("kin", prop).finditer(s.text):
                spans.append((m.start(), m.end()))
                if dry:
                    continue
                self.relative(s, subject, prop, m.end(), m.group(0).lower())
        if not dry:
            for m in re.finditer(r"(?<![а-яё])в семье\s+(?:[а-яё-]+\s+){0,4}", s.text):
                who = self.person_after(s, m.end(), 0)
                if who and who[2] != subject and not read_name(self.people[who[2]].display if who[2] in self.people else "").female:
                    self.add(s, subject, "father", self.relative_name(who[2]))
        return spans

    def relative(self, s: _Sent, subject: str | None, prop: str, at: int, word: str = "") -> None:
        who = self.person_after(s, at, 25)
        if who is None:
            return
        gap = s.text[at:who[0]]
        if len(re.findall(r"[а-яё]+", gap)) > 3:
            return
        if prop != "spouse" and pattern("kin", "marries").search(gap):
            return  # "отец женился вторично на X": X is the father's wife
        if prop == "spouse" and self.relative_marries(s, at):
            return
        owner = subject
        of_trade = word in _CHILD_OF and self.genitive_gap(s, at, who[0])
        if s.case(who[0]) == "Gen" or of_trade:  # "жена Абакумова Антонина ...": the first name owns the relative
            second = self.person_after(s, who[1], 3)
            joined = second is not None and _LIST_GAP.fullmatch(s.text[who[1]:second[0]]) is not None
            if (second is None or joined) and word in _CHILD_OF and who[2] != subject:
                father = self.parent(s, subject, who[2])  # "Тимур, сын Тарагая": the subject's parent
                if second is not None and (s.case(second[0]) == "Gen" or of_trade) and second[2] != subject:
                    # "сын Ивана и Марии": both parents; after a father, the second is the mother
                    self.parent(s, subject, second[2], "mother" if father == "father" else None)
                return
            if second is None:
                return
            owner, who = who[2], second
        if who[2] == owner:
            return
        self.add(s, owner, prop, self.relative_name(who[2]))
        if prop in {"child", "sibling"}:
            self.listed(s, owner, prop, who)
        elif prop == "spouse":
            counted = _MARRIED_MANY.search(s.text, max(0, at - 40), who[0]) is not None
            self.listed(s, owner, prop, who, _SPOUSE_LIST_GAP if counted else _NEXT_MARRIAGE)

    def relative_marries(self, s: _Sent, at: int) -> bool:
        """Whether a relative's noun in the nominative is the subject of the marriage ending
        at ``at`` ("Их дочь Елена ... вышла замуж за X": the daughter's husband, not the
        subject's): the noun stands before it in the same clause."""
        start = max(s.text.rfind(";", 0, at), s.text.rfind(".", 0, at), 0)
        head = s.text[start:at]
        return any(m.group(0).lower() in _NOMINATIVE_KIN and s.case(start + m.start()) in {"Nom", ""}
                   for prop in ("father", "mother", "child", "sibling") for m in pattern("kin", prop).finditer(head))

    def listed(self, s: _Sent, owner: str | None, prop: str, who: tuple[int, int, str],
               gap: re.Pattern[str] = _LIST_GAP) -> None:
        """"родились дочери Галина и Марина", "братья Иван, Пётр и Павел": every name of a
        list after the first relative is its own claim (``gap`` is what may stand between
        two: spouses are joined by "затем на", not by a comma alone)."""
        while (nxt := self.person_after(s, who[1], 24)) is not None \
                and gap.fullmatch(s.text[who[1]:nxt[0]]) is not None:
            if nxt[2] != owner:
                self.add(s, owner, prop, self.relative_name(nxt[2]))
            who = nxt

    def parent(self, s: _Sent, child: str | None, pid: str, prop: str | None = None) -> str | None:
        """A father or a mother, by the parent's name (a woman's name is the mother's) unless
        ``prop`` says which; returns the property claimed."""
        person = self.people.get(pid)
        if person is None:
            return None
        prop = prop or ("mother" if read_name(person.display).female else "father")
        self.add(s, child, prop, self.relative_name(pid))
        return prop

    def genitive_gap(self, s: _Sent, at: int, end: int) -> bool:
        """Whether the words between "сын"/"дочь" and a name are all nouns in the genitive
        ("Дочь брахмана X и Y", "сын купца X"): a parent's trade, so the names after it are
        the parents' (a foreign name natasha cannot decline says nothing of its case)."""
        words = list(re.finditer(r"[а-яё]+", s.text[at:end]))
        return bool(words) and len(words) <= 2 and all(s.case(at + m.start()) == "Gen" for m in words)

    def relative_name(self, pid: str) -> str | None:
        person = self.people.get(pid)
        return transliterate(person.display) if person else None

    def term(self, s: _Sent, end: int) -> dict[str, str]:
        """Start and end of a post from the brackets right after it: "(1946—1951)",
        "(7 мая 1946 — 14 июля 1951)", "(с 1934)"."""
        m = re.compile(r"\s*(?:СССР|РСФСР|РККА)?\s*\(([^()]{2,60})\)").match(s.text, end)
        if not m:
            m = re.compile(r"\s*(?:СССР|РСФСР)?\s*(?:с|в)\s+(\d{4}(?:\s*(?:г\.|года?|году))?)").match(s.text, end)
            if not m:
                return {}
        dates = [d for d in find_dates(m.group(1)) if d.year is not None]
        if not dates:
            return {}
        if dates[0].kind == "interval":
            start, stop = dates[0].edtf.split("/")
            return {"start": start, "end": stop}
        q = {"start": dates[0].edtf}
        if len(dates) > 1 and dates[1].kind == "point":
            q["end"] = dates[1].edtf
        return q

    def holder(self, s: _Sent, start: int, end: int, subject: str | None) -> str | None:
        after = self.person_after(s, end, 8)
        if after:
            return after[2]
        return subject

    def offices(self, s: _Sent, subject: str | None) -> None:
        triggered = bool(pattern("office_triggers").search(s.text)) or bool(re.search(r"\s[—–]\s", s.text))
        for ph in find_phrases("offices", s.text):
            if s.text.count("«", 0, ph.start) > s.text.count("»", 0, ph.start):
                continue  # «Министр финансов и его время»: a title of a book, no post held
            before = s.text[max(0, ph.start - 30):ph.start]
            prefix = ""
            head = ph.start
            for rx, english in lexicon()["office_prefixes"].items():
                pm = re.search(rf"(?:{rx})\s+$", before, re.IGNORECASE)
                if pm:
                    prefix = english + " "
                    head = ph.start - (len(before) - pm.start())
                    break
            case = s.case(head)
            if case == "Gen" and not re.search(r"(?:должност|пост)\w*\s+$", s.text[max(0, head - 20):head]):
                continue
            pid = self.holder(s, head, ph.end, subject)
            if pid is subject and not triggered and case not in {"Nom", "Ins"}:
                continue
            if pid is subject and self.relative_subject(s, head):
                continue  # "Его отец Илья Суханов был министром финансов": the father's post
            self.add(s, pid, "position_held", prefix + ph.value, s.text[head:ph.end], self.term(s, ph.end))

    def ranks(self, s: _Sent, subject: str | None) -> None:
        for ph in find_phrases("ranks", s.text):
            if pattern("rank_equivalence").search(s.text[max(0, ph.start - 30):ph.start]):
                continue
            if s.case(ph.start) in {"Dat", "Gen"} and not pattern("rank_triggers").search(s.text):
                continue
            pid = self.holder(s, ph.start, ph.end, subject)
            q = self.term(s, ph.end)
            q.pop("end", None)
            if not q and pattern("rank_triggers").search(s.text):
                d = self.nearest_date(s, ph.start)
                if d:
                    q = {"start": d.edtf}
            self.add(s, pid, "military_rank", ph.value, s.text[ph.start:ph.end], q)

    def awards(self, s: _Sent, subject: str | None) -> None:
        if not pattern("award_triggers").search(s.text):
            return
        for ph in find_phrases("awards", s.text):
            self.add(s, subject, "award_received", ph.value, s.text[ph.start:ph.end])

    def parties(self, s: _Sent, subject: str | None) -> None:
        for ph in find_phrases("parties", s.text):
            window = s.text[max(0, ph.start - 60):ph.start]
            if pattern("party_organs").search(s.text[max(0, ph.start - 25):ph.start]):
                continue
            if not pattern("party_triggers").search(window) and not re.match(r"\s*с\s+\d{4}", s.text[ph.end:]):
                continue
            q: dict[str, str] = {}
            after = re.compile(r"\s*(?:с\s+(\d{4})|\((\d{4})\s*[—–-]\s*(\d{4})\)|\((\d{4})\))").match(s.text, ph.end)
            before = re.search(r"(?:[Вв]\s+|с\s+)?(\d{4})\s*(?:г\.|года?|году)?\s*[,-]?\s*(?:\w+\s+){0,2}$", window)
            if after:
                q = {"start": after.group(1) or after.group(2) or after.group(4)}
                if after.group(3):
                    q["end"] = after.group(3)
            elif before:
                q = {"start": before.group(1)}
            self.add(s, subject, "member_of_political_party", ph.value, s.text[ph.start:ph.end], q)


def read_russian(doc: Document, passages: Sequence[Passage], spans: Sequence[NameSpan],
                 assignment: dict[int, str], people: dict[str, LocalPerson], main: LocalPerson | None,
                 keep: Callable[[Passage], bool] = lambda p: True) -> list[Claim]:
    """Claims of the Russian passages of one document."""
    name_at = {s.start: assignment[s.start] for s in spans if s.start in assignment}
    if passages:
        main = subject_of(doc, people, spans, assignment, main)
    reader = _Reader(doc, people, name_at, main)
    for p in passages:
        if keep(p) and p.role in (PassageRole.MAIN, PassageRole.QUOTE, PassageRole.COMMENT):
            reader.record = record_heading(p, name_at) or reader.record
            reader.read(p)
    return reader.claims


#: A line that is only a full name in list order, surname first and patronymic last
#: ("Петров Иван Сергеевич"), as a martyrology, a register or a list of the fallen heads
#: each record.
_RECORD_HEADING = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+(?:вич|вна|ична|ич)")


def record_heading(p: Passage, name_at: dict[int, str]) -> str | None:
    """The person a record heading names, when the passage is one: the lines after it, up to
    the next heading, are that person's record, whoever the page is about."""
    text = p.text.strip()
    if not _RECORD_HEADING.fullmatch(text):
        return None
    return name_at.get(p.start + p.text.index(text))
