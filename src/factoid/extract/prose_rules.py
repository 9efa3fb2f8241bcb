"""Prose of languages read by rules over a light pipeline: French, German, Polish, Czech,
Italian and Spanish (every language whose folder has ``frames.jsonl`` and a ``[reader]``).

French passages are parsed by ``fr_core_news_md`` (tags and sentences); the others by spaCy's
blank tokenizer of their language with a sentencizer, since no model of theirs is pinned. All go
through the same frame engine as English (``factoid.extract.frames`` with the language's
``lang/<code>/frames.jsonl``): a trigger word names the frame and the handler of
:class:`RuleReader` that fills it. The handlers need no parse: a frame's slots are read in the
trigger's clause (the sentence cut at the language's ``boundary`` words), which keeps one
reader for every language whose biographies are as formulaic as "née le 5 janvier 1412 à X"
or "am 7. November 1867 in X geboren".

Slots: the date nearest the trigger in its clause (``factoid.dates``: month names of every
``lang/<code>/dates.toml``); the place, a capitalised run after a place word (``place_lead``),
put into English by the gazetteer (Warschau -> Warsaw; a declined name first put back in
the nominative by ``[inflection]``: "w Krakowie" -> Kraków); the subject, the first name or
pronoun before the trigger in its clause, else the person the sentence was about, else the
document's subject; a relative, the capitalised run after the kin word. Words and patterns
are data (``[reader]`` of ``lang/<code>/lexicon.toml``). Values are English; quotes are the
sentence in its own language, character for character.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from factoid import dates, gazetteer, nlp
from factoid.extract import frames, prose_arabic, prose_han
from factoid.extract.common import Subject, make_claim
from factoid.extract.hedges import find_hedge
from factoid.extract.manner import manner_of
from factoid.extract.mentions import GEMINATE_L, NameSpan
from factoid.lang import LanguageDataError, available, data_path, load_every, load_toml
from factoid.model import Claim, Document, Passage, PassageRole
from factoid.names.given import known_feminine, looks_female
from factoid.reconcile.offices import standard_label

__all__ = ["LANGUAGES", "RuleReader", "extractor_id", "find_names", "nominative", "place_value", "read_language"]



def _rule_languages() -> tuple[str, ...]:
    """Languages whose folder holds ``frames.jsonl`` and a ``lexicon.toml`` with a
    ``[reader]`` table: adding a language to this reader is adding its data files."""
    out = []
    for code in available():
        if code == "en":
            continue
        try:
            data_path(code, "frames.jsonl")
            if "reader" in load_toml(code, "lexicon.toml"):
                out.append(code)
        except LanguageDataError:
            continue
    return tuple(out)


#: Languages read by this module (French, German, Polish, Czech, Italian, Spanish, ...).
LANGUAGES = _rule_languages()
VERSION = 2

#: One word of running text, with an optional final full stop kept for initials ("J.").
#: Catalan's geminated l keeps its middle dot inside the word ("Tul·li": ``GEMINATE_L``).
_WORD = re.compile(rf"(?:[\w'’-]|{GEMINATE_L})+\.?")
#: A year glued to the next word ("1431que"): dates are read with a space there.
_GLUED_YEAR = re.compile(r"(?<=\d{4})[^\W\d_]")


def _approximate_words() -> str:
    """The ``approximate`` words of every ``dates.toml`` ("circa", "c.", "um", "ok."), as a
    regex alternation: a life's bracket may mark either year so, in any language, before
    the year or after it ("(Roma, 480 circa – Pavia, 524)")."""
    words = {w for _, data in load_every("dates.toml") for w in data.get("words", {}).get("approximate", ())}
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_APPROX = _approximate_words()
#: One year of a life's bracket, with an optional approximate word before or after it;
#: ``{g}`` names its groups (the year, and the words marking it approximate).
_BRACKET_YEAR = (r"(?:(?P<{g}a>(?i:{a}))\s*)?(?P<{g}>{y})(?:\s*(?P<{g}z>(?i:{a}))(?![^\W\d_]))?")
#: "(Lyon 1820 - Nantes 1858)", "(1820-1858)": places and years of a life, in brackets.
#: Also "(Lyon 1820, † Nantes 1858)", "(* Lyon 1820; † Nantes 1858)": birth and death marks,
#: and "(Roma, 480 circa – Pavia, 524)", "(c. 480 – 524)": a year marked approximate.
_NOT_APPROX = rf"(?!(?i:{_APPROX})\s*\d)"  # a place never opens with "c. 480"
_LIFESPAN = re.compile(r"\(\s*(?:\*\s*)?(?:" + _NOT_APPROX + r"(?P<bp>[^\W\d_][^()\d†*]{0,40}?)[\s,]+)?"
                       + _BRACKET_YEAR.format(g="by", a=_APPROX, y=r"1\d{3}|[1-9]\d{2}")
                       + r"\s*(?:[-–—]|[,;]?\s*(?=†))\s*†?\s*"
                       r"(?:" + _NOT_APPROX + r"(?P<dp>[^\W\d_][^()\d†*]{0,40}?)[\s,]+)?"
                       + _BRACKET_YEAR.format(g="dy", a=_APPROX, y=r"1\d{3}|20\d{2}|[1-9]\d{2}") + r"\s*\)")
#: A bracket (with at most short brackets inside: the New Style beside the Old, "(3 травня
#: (15 травня) 1832, ... — ...)"): where a life in full dates is written, in any language
#: ("(3 mai 1820 – 9 juin 1881)", "(* 3. Mai 1820 in Köln; † 9. Juni 1881 in Bonn)",
#: "(ur. 3 maja 1820 w Krakowie, zm. 9 czerwca 1881)", "(Milano, 3 maggio 1820 – Roma, ...)").
_BRACKET = re.compile(r"\(((?:[^()\n]|\([^()\n]{1,40}\)){6,200})\)")
#: Years a life may last, from birth to death.
_LIFE_YEARS = range(10, 111)
#: A life span of full dates opening a sentence ("Name (...). 3 May 1162 — 18 August 1227 —
#: Mongol khan"): after it only the language's "year" word and the dash of a definition.
_OPENING_LIFE_END = re.compile(r"\s*(?:\w{1,3}\.)?\s*(?:[—–-]|$)")
#: A capital letter and a full stop: a name's initial ("West, N. (1985)"), never the
#: one-letter abbreviation of a trigger word ("n." nacido, "m." morto), which is lower case.
_INITIAL = re.compile(r"[^\W\d_]\.")
#: A regnal or heraldic number ending a name ("Louis XIV", "herbu Roch III").
_ROMAN = re.compile(r"[IVXL]{1,6}")
#: A word or a punctuation mark, for stepping over the words before a name.
_TOKEN = re.compile(r"[\w'’.-]+|[^\w\s]")


def extractor_id(code: str) -> str:
    return f"extract.prose.{code}.v{VERSION}"


@dataclass(frozen=True)
class Rules:
    """The ``[reader]`` table of a language's lexicon, compiled."""

    code: str
    possessive: frozenset[str]
    boundary: re.Pattern[str]
    pronouns: frozenset[str]
    others: re.Pattern[str]
    place_lead: re.Pattern[str]
    particles: frozenset[str]
    articles: frozenset[str]
    skip: frozenset[str]
    not_names: frozenset[str]
    conjunctions: frozenset[str]
    of: frozenset[str]
    father_article: frozenset[str]
    mother_article: frozenset[str]
    #: words that bring a passive verb's agent ("wurde von Oberst X gefangen"): not its holder
    agents: frozenset[str] = frozenset()
    #: lower-case words a life-span bracket may hold besides dates and names: birth and
    #: death words ("ur.", "zm.", "geb."), the skipped small words, "and"
    life_words: frozenset[str] = frozenset()
    #: words that bring a woman's birth surname after her given name ("geb.", "née"), lower case
    maiden: frozenset[str] = frozenset()
    #: word starts that give a person another name ("pseudonym"), lower case
    known_as: frozenset[str] = frozenset()
    #: lower-case nouns that, right before a place's name, make it a building or an estate,
    #: with the English word the value ends in ("sanatoriul X" -> "X sanatorium")
    buildings: Mapping[str, str] = field(default_factory=dict, hash=False, compare=False)
    #: capitalised nouns of a trade or rank that stand before a parent's name in a language
    #: that capitalises nouns ("Tochter des Brauers und Tuchmachers X"): never a name
    trades: re.Pattern[str] | None = None
    #: an inflected word form that is never part of a name (``[reader] declined``): a case
    #: ending after an apostrophe ("Selim'in", "İstanbul'da"), a verb with a joined pronoun
    #: ("Casou-se"); the name ends before it and it is no subject; a genitive right before a
    #: kin noun owns the relative
    declined: re.Pattern[str] | None = None
    #: relative pronouns (``[reader] relative``, lower case) that open a clause about the noun
    #: right before its comma ("Y, die in 1891 overleed"), not about the sentence's subject
    relative: frozenset[str] = frozenset()
    #: lower-case nouns of an administrative division written after its name in a life's
    #: bracket (``[reader] divisions``: Azerbaijani "X quberniyası", Turkish "X vilayeti"):
    #: that name is the province around the place, never the place itself
    divisions: frozenset[str] = frozenset()
    #: lower-case abbreviations that give a death "at the same place" as the birth in a life's
    #: bracket (``[reader] same_place``: Danish "smst.", German "ebenda")
    same_place: frozenset[str] = frozenset()
    #: a birth record or certificate ("certidão de nascimento", "Geburtsurkunde"): the day it
    #: gives is a version of the birth date (``[reader] birth_record``)
    birth_record: re.Pattern[str] | None = None

    def is_trade(self, word: str) -> bool:
        return self.trades is not None and self.trades.fullmatch(word) is not None


@cache
def rules(code: str) -> Rules:
    lexicon = load_toml(code, "lexicon.toml")
    r: dict[str, Any] = lexicon["reader"]

    def words(key: str) -> frozenset[str]:
        return frozenset(r.get(key, ()))

    return Rules(code, words("possessive"), re.compile(r["boundary"]), words("pronouns"),
                 re.compile(r["others"]), re.compile(r["place_lead"]), words("particles"),
                 words("articles"), words("skip"), words("not_names"), words("and"),
                 frozenset(lexicon["triggers"].get("of", ())), words("father_article"),
                 words("mother_article"), words("agents"), _life_words(lexicon), words("maiden"), words("known_as"),
                 {k.lower(): v for k, v in r.get("buildings", {}).items()},
                 re.compile(r["trades"]) if "trades" in r else None,
                 re.compile(r["declined"]) if "declined" in r else None,
                 frozenset(w.lower() for w in r.get("relative", ())),
                 frozenset(w.lower() for w in r.get("divisions", ())),
                 frozenset(w.lower() for w in r.get("same_place", ())),
                 re.compile(r["birth_record"]) if "birth_record" in r else None)


def _life_words(lexicon: Mapping[str, Any]) -> frozenset[str]:
    """The words of ``[triggers] born / die / dead`` and ``[reader] skip / and / life`` (other
    small words of a life's bracket: "vor" a coast, "bei" a town), lower case."""
    triggers, reader = lexicon["triggers"], lexicon["reader"]
    found = [w for key in ("born", "die", "dead") for w in triggers.get(key, ())]
    found += [w for key in ("skip", "and", "life", "divisions", "same_place") for w in reader.get(key, ())]
    return frozenset(w.lower() for w in found)


@cache
def _months() -> frozenset[str]:
    """Month names of every language with a ``dates.toml``, lower case: never a place."""
    return frozenset(w.lower() for _, data in load_every("dates.toml")
                     for names in data.get("months", {}).values() for w in names)


@cache
def _inflections(code: str, table: str = "place") -> tuple[tuple[str, str], ...]:
    """(ending as written, ending of the nominative) pairs of one list of ``[inflection]``."""
    return tuple((a, b) for a, b in load_toml(code, "lexicon.toml").get("inflection", {}).get(table, ()))


def _reended(word: str, ending: str, base: str) -> str | None:
    """``word`` with ``ending`` swapped for ``base``, if it ends so and keeps a stem of two
    letters or more (a short word is never taken for a declined one)."""
    if len(word) >= len(ending) + 2 and word.endswith(ending):
        return word[:len(word) - len(ending)] + base
    return None


def nominative(name: str, code: str, table: str = "name") -> str:
    """A relative's name as its owner writes it, where the sentence declines it ("zanechal
    manželku Zinajdu" -> Zinajda): each word's ending is swapped by the first matching pair
    of ``[inflection] name``. Only endings that are never a nominative's belong there.
    ``table`` names another list of the same section for a case and sex the sentence tells
    ("synem Ludwika ... i Tekli": a father's and a mother's name in the genitive)."""
    pairs = _inflections(code, table)

    def put_back(word: str) -> str:
        return next((w for ending, base in pairs if (w := _reended(word, ending, base)) is not None), word)

    # each half of a double surname is declined ("Драгоманової-Косач" -> "Драгоманова-Косач")
    return " ".join("-".join(put_back(part) for part in word.split("-")) for word in name.split())


def place_value(text: str, code: str) -> str:
    """A place in English: the gazetteer's name for it (:func:`gazetteer.respelled_name`; a
    former name such as "Constantinople" stays), also when the text declines it
    ("w Krakowie", "v Praze"): each word's ending is swapped for a nominative one from the
    language's ``[inflection]`` table until the gazetteer knows the whole name. A city's own
    name so found beats another city's alternate name. A name it never knows stays as written."""
    known = gazetteer.is_place_name(text)
    if known and gazetteer.own_name(text):
        return gazetteer.respelled_name(text)
    candidates = [c for c in _nominatives(text, code) if gazetteer.is_place_name(c)]
    own = next((c for c in candidates if gazetteer.own_name(c)), None)
    if known and not own:
        return gazetteer.respelled_name(text)
    # "Trnave" -> Trnava, a city's own name, not Tirana that lists it too; "Tartus" (Estonian:
    # in Tartu) -> Tartu, not Ţarţūs that lists "Tartus"
    if own:
        return gazetteer.respelled_name(own, own_first=True)
    # "Novem" (Slovene, "new") -> "Nov", a code among Huambo's other names: a name no city owns
    # needs more letters than a code has
    candidates = [c for c in candidates if len(c) > _CODE_LENGTH]
    if candidates:
        return gazetteer.respelled_name(candidates[0])
    return _guessed_nominative(text, code) or gazetteer.respelled_name(text)


#: The length of the codes GeoNames lists among a city's other names ("NOV" for Huambo).
_CODE_LENGTH = 3


def _nominatives(text: str, code: str) -> list[str]:
    """``text`` with one word's ending swapped for a nominative one by each pair of the
    language's ``[inflection] place`` that fits ("Nowym Jorku": each word, in order)."""
    words, found = text.split(), []
    for i in range(len(words)):
        for ending, nominative in _inflections(code):
            if (word := _reended(words[i], ending, nominative)) is not None:
                found.append(" ".join(words[:i] + [word] + words[i + 1:]))
    return found


def _guessed_nominative(text: str, code: str) -> str | None:
    """A declined place the gazetteer does not know, put back in the nominative by the
    first ending of ``[inflection] place_guess`` its last word has: only endings whose
    nominative is near certain ("-szczyźnie" -> "-szczyzna") belong there."""
    head, _, last = text.rpartition(" ")
    for ending, base in _inflections(code, "place_guess"):
        if (word := _reended(last, ending, base)) is not None:
            return (head + " " if head else "") + word
    return None


def agent_nominative(name: str, code: str) -> str:
    """A killer's name in the case the agent words govern ("przez Michała Rutkowskiego",
    "zastřelen Emilem Krejčím"), put back by ``[inflection] agent``; a language without
    that list puts it back as it does a relative's name (``name``)."""
    return nominative(name, code, "agent" if _inflections(code, "agent") else "name")


def declined_office(office: str, title: int, code: str) -> str:
    """An office as its holder's language names it, where a sentence declines it ("był
    wojewodą poznańskim" -> "wojewoda poznański", "byl ministrem financí" -> "ministr
    financí"): the words of the title (its first ``title`` characters) take the endings of
    ``[inflection] office``; the words after it (a ministry, a town in the genitive) stay
    as written. A language without that list keeps the office as written."""
    if not _inflections(code, "office"):
        return office
    return nominative(office[:title], code, "office") + office[title:]


#: Lexicon sections read like offices, and the property each fills.
_HELD = (("office", "position_held"), ("party", "member_of_political_party"), ("rank", "military_rank"))


@cache
def office_rules(code: str) -> tuple[tuple[str, tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]], ...]:
    """``[office]`` and ``[party]`` of a language's lexicon compiled, with their property:
    the title (or party name) pattern, the words that must stand before it (anchored at its
    start), and what continues the name after it."""
    lexicon = load_toml(code, "lexicon.toml")
    return tuple((prop, (re.compile(t["titles"]), re.compile(f"(?:{t['before']})$"), re.compile(t.get("continues", ""))))
                 for section, prop in _HELD if (t := lexicon.get(section)) is not None)


@cache
def _hijri() -> re.Pattern[str]:
    """A Hijri marker right after a year ("1299 AH", "1299 de l'Hégire"), from the
    ``hijri`` words of every ``dates.toml``: that year is no Gregorian one."""
    words = sorted({w for _, data in load_every("dates.toml") for w in data.get("words", {}).get("hijri", ())},
                   key=len, reverse=True)
    if not words:
        return re.compile(r"(?!x)x")
    return re.compile(r"\s*(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w])")


@cache
def _rival_leads(code: str) -> re.Pattern[str] | None:
    """``leads`` of the language's ``rivals.toml``, anchored where a place's name ends: the
    words that bring a rival version of that place ("nach anderen Angaben", "oder in")."""
    try:
        leads = load_toml(code, "rivals.toml").get("leads")
    except LanguageDataError:
        return None
    return re.compile(r"\s*[,(]?\s*(?:" + leads + r")\s+") if leads else None


@cache
def _spouse_then(code: str) -> re.Pattern[str] | None:
    """``[reader] spouse_then`` of the language's lexicon: the words between one spouse's
    name and a later spouse's ("A, puis B", "A und danach mit B", "A y después con B")."""
    then = load_toml(code, "lexicon.toml").get("reader", {}).get("spouse_then")
    return re.compile(then) if then else None


@cache
def _rival_date_leads(code: str) -> re.Pattern[str] | None:
    """``date_leads`` of the language's ``rivals.toml`` as the whole text between two dates:
    the words that make the second a rival version of the first ("1544 (selon d'autres
    sources en 1546", "1612, nach anderen Angaben erst 1614", "1598 ou, segundo outros, em")."""
    try:
        leads = load_toml(code, "rivals.toml").get("date_leads")
    except LanguageDataError:
        return None
    return re.compile(r"\s*[,(]?\s*(?:" + leads + r")\s*") if leads else None


def _bracketed_span(text: str, d: dates.DateMatch) -> bool:
    """A span of years alone in brackets ("в родині X (1892—1937)"): someone's life or a
    term beside a name, never the date of the event a trigger states."""
    return ("/" in d.value.edtf and text[:d.start].rstrip().endswith("(")
            and text[d.end:].lstrip().startswith(")"))


def _has_hedges(code: str) -> bool:
    try:
        data_path(code, "hedges.toml")
    except LanguageDataError:
        return False
    return True


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


@dataclass(frozen=True)
class Run:
    """A capitalised run of words (a name or a place), offsets relative to its sentence."""

    start: int
    end: int
    text: str
    #: the word skipped right before the run ("des", "der": a German parent's sex)
    lead: str = ""


def _glued_particle(word: str) -> int:
    """Length of an elided particle glued to a capitalised word ("d'Arc" -> 2), else 0."""
    m = re.match(r"[dDlL]['’](?=[^\W\d_])", word)
    return m.end() if m and _capitalised(word[m.end():]) else 0


def name_at(text: str, pos: int, r: Rules, *, after_article: bool = False) -> Run | None:
    """The capitalised run starting at ``pos`` (leading spaces skipped): capitalised words,
    particles between them ("Robert de Baudricourt", "Jacques d'Arc"), no trailing full stop
    unless the last word is an initial. None when the first word is not a name."""
    words = []
    for m in _WORD.finditer(text, pos):
        gap = text[(words[-1].end() if words else pos):m.start()]
        if gap.strip() or (words and "\n" in gap):
            break
        words.append(m)
    parts: list[re.Match[str]] = []
    for i, m in enumerate(words):
        w = m.group(0)
        cap = _capitalised(w) or bool(_glued_particle(w))
        if r.declined is not None and r.declined.fullmatch(w):
            break  # "Bosna'nın Rudo": a declined word is no part of a subject's name
        if cap and w.rstrip(".") not in r.not_names:
            parts.append(m)
            continue
        if parts and w.lower() in r.particles and _name_follows(words, i + 1, r):
            parts.append(m)
            continue
        break
    parts = _first_of_pair(parts, r)
    while parts and (parts[-1].group(0).lower() in r.particles):
        parts.pop()
    if not parts:
        return None
    start, end = parts[0].start(), parts[-1].end()
    last = parts[-1].group(0)
    if last.endswith(".") and len(last) > 2:
        end -= 1
    lead = _glued_particle(parts[0].group(0))
    start += lead
    run = text[start:end]
    if after_article and len(run.split()) > 2:  # "den Physiker Pierre Curie": drop the noun
        first = run.split()[0]
        start += len(first) + (len(run) - len(run[len(first):].lstrip()) - len(first))
        run = text[start:end]
    if not run or run[0].isdigit():
        return None
    return Run(start, end, run)


def _name_follows(words: Sequence[re.Match[str]], i: int, r: Rules) -> bool:
    """Whether a capitalised word comes at ``i`` after at most one more particle: a particle
    joins a name only when the name goes on, and some go in pairs ("Jerez de los Caballeros",
    "Juan de la Cruz", "van der Meer"), but not after an "and" ("hijo de A y de B": two names)."""
    if (i < len(words) and words[i].group(0).lower() in r.particles
            and words[i - 1].group(0).lower() not in r.conjunctions):
        i += 1
    return i < len(words) and _capitalised(words[i].group(0))


def _first_of_pair(parts: list[re.Match[str]], r: Rules) -> list[re.Match[str]]:
    """A run that is two names of one family joined by a particle that is also "and"
    (Spanish "y", Portuguese "e": "Luis Pardo y Jaime Pardo", both named, both ending in the
    same surname) ends before that particle: the second is a name of its own. A compound
    surname ("Ortega y Gasset", "Sousa e Silva") has one word after its particle."""
    words = [m.group(0).rstrip(".,") for m in parts]
    for i, w in enumerate(words[1:-2], start=1):
        if w.lower() in r.particles and w.lower() in r.conjunctions and words[i - 1] == words[-1]:
            return parts[:i]
    return parts


#: A birth sentence starting this close to a page's top is about the page's subject.
_TOP = 600


def _words_of(person: Any) -> frozenset[str]:
    """The capitalised words of a person's names ("Klaus", "Fuchs")."""
    return frozenset(w for f in (person.forms if person is not None else ()) for w in re.findall(r"[\w'’-]+", f)
                     if len(w) > 2 and _capitalised(w))


@dataclass
class Sentence:
    """One sentence being read: its text, where it starts in the document, its role, its
    dates (relative offsets) and its trigger tokens."""

    span: Span
    start: int
    role: PassageRole
    hedge: str | None
    found: list[dates.DateMatch] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.span.text

    @property
    def end(self) -> int:
        return self.start + len(self.span.text)

    def offset(self, tok: Token) -> int:
        return tok.idx - self.span.start_char


@dataclass(frozen=True)
class Line:
    """A quoted stretch that is not a parsed sentence (a head line with a life span)."""

    start: int
    end: int
    role: PassageRole
    hedge: str | None


class RuleReader:
    """Reads the passages of one language of one document, sentence by sentence."""

    def __init__(self, doc: Document, code: str, names: Sequence[Any], assignment: Mapping[int, str],
                 people: Mapping[str, Any], main: Any) -> None:
        self.doc = doc
        self.code = code
        self.r = rules(code)
        self.names = sorted((s.start, s.end, assignment[s.start]) for s in names if s.start in assignment)
        self.people = people
        self.main = main
        self.main_words = _words_of(main)
        self.claims: list[Claim] = []
        self.last: str | None = None
        #: the sentences since the last one about the subject are about somebody else
        self.elsewhere = False
        #: this sentence opens with somebody else's proper noun: its "he" is that one
        self.opened_by_other = False
        #: the person the last holder was found by name (not by falling back)
        self.named: str | None = None
        #: whether a birth sentence near the top has settled who the page is about
        self.settled = False
        self.hedges = _has_hedges(code)
        #: (sentence start, holder) of the last relative named: "... oraz brata X" is theirs
        self.kin_of: tuple[int, str | None] = (-1, None)
        #: the passage's trigger tokens (token index -> frame), for a trigger's neighbours
        self.frames: Mapping[int, Any] = {}
        self.r_and = re.compile(r"\s*(?:,\s*(?:" + "|".join(map(re.escape, self.r.conjunctions)) + r")?|\s(?:"
                                + "|".join(map(re.escape, self.r.conjunctions)) + r"))\s+")

    # ---- plumbing ---------------------------------------------------------------------------

    def add(self, s: Sentence | Line, pid: str | None, prop: str, value: str, value_text: str | None = None,
            qualifiers: dict[str, str] | None = None) -> None:
        if not pid or not value or pid not in self.people:
            return
        self.claims.append(make_claim(
            self.doc, Subject(pid, self.people[pid].display), prop, value, value_text or value,
            (s.start, s.end), role=s.role, extractor=extractor_id(self.code), hedge=s.hedge,
            qualifiers=qualifiers))

    def read_passage(self, passage: Passage, parsed: Doc, skip: Sequence[tuple[int, int]] = ()) -> None:
        triggers = frames.triggers(parsed, self.code)
        self.frames = triggers
        self.last = None
        self.elsewhere = self.opened_by_other = False
        self.lifespans(passage)
        for sent in parsed.sents:
            start = passage.start + sent.start_char
            if any(a <= start < b for a, b in skip):
                continue
            text = _GLUED_YEAR.sub(" ", sent.text)
            found = [d for d in dates.find_dates(text) if not d.value.edtf.startswith("X")
                     and not _hijri().match(text, d.end)]
            hedge = find_hedge(sent.text, self.code) if self.hedges else None
            s = Sentence(sent, start, passage.role, hedge, found)
            self.follow_topic(s)
            self.opening_life(s)
            for tok in sent:
                frame = triggers.get(tok.i)
                if frame is not None and not (_INITIAL.fullmatch(tok.text) and tok.text[0].isupper()):
                    handler = getattr(self, frame.handler)
                    handler(s, tok, frame.property) if frame.property else handler(s, tok)
            self.awards(s)
            self.offices(s)
            self.birth_record(s)

    # ---- slots ------------------------------------------------------------------------------

    def clause(self, s: Sentence, tok: Token) -> tuple[int, int]:
        """The trigger's clause, as offsets in the sentence."""
        at = s.offset(tok)
        a, b = 0, len(s.text)
        for m in self.r.boundary.finditer(s.text):
            if m.end() <= at:
                a = max(a, m.end())
            elif m.start() >= at + len(tok.text):
                b = min(b, m.start())
        return a, b

    def name_person(self, s: Sentence | Line, start: int, end: int) -> str | None:
        """The person a name found by the mention finder between two sentence offsets is."""
        lo, hi = s.start + start, s.start + end
        for a, b, pid in self.names:
            if (a >= lo and b <= hi + 1) or a <= lo < b:  # a name inside, or one the word opens
                return pid
        return None

    def holder(self, s: Sentence, tok: Token, *, explicit: bool = False) -> str | None:
        """Whose event the trigger states: the first name or pronoun before it in its clause;
        None when a relative comes first ("Sa mère est née ..."); otherwise the person the
        sentence was last about, or (unless ``explicit``) the document's subject."""
        a, _ = self.clause(s, tok)
        at = s.offset(tok)
        window = s.text[a:at]
        if self.relative_clause(s, a, window):
            return self.antecedent(s, a)
        if self.appended_participle(s, at, tok):
            owner = self.antecedent(s, at)
            if owner is not None or self.relative_before(s, at):
                return owner
        other = self.r.others.search(window)
        led = {pm.end() for pm in self.r.place_lead.finditer(window)}
        for m in _WORD.finditer(window):
            if other is not None and other.start() <= m.start():
                return None
            w = m.group(0)
            if w.lower() in self.r.pronouns:
                if self.opened_by_other:  # "Mercader was sentenced ...; freed in 1960, he died in 1978"
                    return self.last  # the one the sentence opened with, when a trigger named them
                self.last = self.last or (self.main.id if self.main is not None else None)
                return self.last
            if any(d.start <= a + m.start() < d.end for d in s.found):
                continue  # "1507 a.C. Era filha de X": an era's letters are no name
            if m.start() in led:
                continue  # "Nasceu em X, ... filha de Y": X is a place
            if _capitalised(w) and w.rstrip(".") not in self.r.not_names:
                if self.agent_before(window[:m.start()]) or (self.r.declined and self.r.declined.fullmatch(w)):
                    continue
                pid = self.name_person(s, a + m.start(), a + m.end())
                if pid is None and w in self.main_words and self.main is not None:
                    pid = self.main.id
                if pid is not None:
                    self.last = self.named = pid
                    return pid
                if m.start() > 0 or not self.main_words:
                    continue
                if self._proper_noun(w):
                    return None  # "Karel zemřel roku 1990": somebody the finder did not name
        after = _WORD.match(s.text, at + len(tok.text) + 1)
        if other is None and after is not None and after.group(0).lower() in self.r.pronouns:
            self.last = self.last or (self.main.id if self.main is not None else None)
            return self.last  # "1875 heiratete sie ...": the subject after the verb
        said = [w for w in _WORD.findall(window) if w.lower() not in self.r.skip and not w[0].isdigit()]
        if other is not None or (explicit and len(said) > 2):  # "Roku 1875 se oženil": no more said
            return None  # "Sa famille était celle d'un laboureur ..., marié à X": not the subject's
        if self.elsewhere:  # a subjectless verb ("Zemřel v roce 2001") after sentences about a relative
            return self.last if self.opened_by_other else None  # or in one opened by another's name
        if self.last is not None:
            return self.last
        if explicit and said:  # a verb with nothing before it but a date ("Roku 1875 se oženil")
            return None        # is the subject's, in a language that drops the pronoun
        return self.main.id if self.main is not None else None

    @staticmethod
    def appended_participle(s: Sentence, at: int, tok: Token) -> bool:
        """Whether the trigger at sentence offset ``at`` follows a comma and is a participle
        (the tagger's morphology says so: a pipeline without morphology says nothing, and a
        finite verb after an apposition, "X, o agente conhecido como Y, nasceu", is X's): a
        participle set after a noun phrase ("..., son père Pierre, assassiné à Vienne")
        describes that noun phrase, not the sentence's subject."""
        return s.text[:at].rstrip().endswith(",") and tok.morph.get("VerbForm") == ["Part"]

    def relative_before(self, s: Sentence, at: int) -> bool:
        """Whether a relative ("son frère", "seine Mutter") stands between the comma before
        offset ``at`` and the comma or sentence start before it: "Son frère, mort à Paris"."""
        head = s.text[:at].rstrip(" ,\t\n")
        return bool(self.r.others.search(head[head.rfind(",") + 1:]))

    def relative_clause(self, s: Sentence, a: int, window: str) -> bool:
        """Whether the clause opening at ``a`` is a relative one: a comma, then a relative
        pronoun of the language's ``[reader] relative`` list."""
        first = window.split(maxsplit=1)[:1]
        return (bool(first) and first[0] in self.r.relative
                and s.text[:a].rstrip().endswith(","))

    def antecedent(self, s: Sentence, a: int) -> str | None:
        """Whose a relative clause opening at sentence offset ``a`` is: the person named by the
        word right before its comma ("Y, die in 1891 overleed" is Y's death), else nobody (a
        noun: "the hatter, who died ..." is no one the reader knows)."""
        head = s.text[:a].rstrip(" ,\t\n")
        last = list(_WORD.finditer(head))[-1:]
        if not last or not _capitalised(last[0].group(0)):
            return None
        return self.name_person(s, last[0].start(), last[0].end())

    def agent_before(self, text: str) -> bool:
        """Whether a capitalised run ending ``text`` is brought by an agent word ("wurde von
        Oberst X gefangen": X captured the holder). A particle inside a name ("Karl von
        Berg") follows a capitalised word, an agent word does not."""
        words = _WORD.findall(text)
        while words and _capitalised(words[-1]):
            words.pop()  # the run's own earlier words, titles included ("Oberst")
        return (len(words) >= 1 and words[-1] in self.r.agents
                and (len(words) == 1 or not _capitalised(words[-2])))

    def follow_topic(self, s: Sentence) -> None:
        """Languages that drop the subject pronoun ("Zemřel v roce 2001": "[he] died in
        2001") leave a verb's subject to the last sentence that named one. A sentence that
        opens with somebody else's proper noun moves the topic away from the document's
        subject; one that names the subject brings it back."""
        words = [m.group(0) for m in _WORD.finditer(s.text)]
        self.opened_by_other = False
        if any(w in self.main_words for w in words):
            self.elsewhere = False
            return
        first = next((w for w in words[:1] if _capitalised(w) and len(w) > 2), None)
        at = s.start + s.text.find(first) if first is not None else None
        if first is not None and first not in self.r.not_names and not self._inflected_main(first) \
                and self._proper_noun(first, at):
            self.elsewhere = self.opened_by_other = True
            self.last = None  # whom this sentence names first, once a trigger finds them

    def _inflected_main(self, word: str) -> bool:
        """Whether a word is one of the subject's names in another case ("Троцького" for
        "Троцький"): its stem opens one of them."""
        return any(w.startswith(_stem(word)) or word.startswith(_stem(w)) for w in self.main_words)

    def _proper_noun(self, word: str, at: int | None = None) -> bool:
        """A capitalised word that is a name, not just a sentence's first word: its stem
        also stands capitalised after a lower-case word elsewhere in the document
        ("Valentin ..." and "... adoptoval Valentina"), not after a place word, and it is
        no month."""
        if word.lower() in _months():
            return False
        stem = _stem(word)
        if at is not None and any(re.search(rf"(?<!\w){re.escape(stem)}", self.doc.text[a:b])
                                  for a, b, _ in self.names if not a <= at < b):
            return True  # a word of a name found elsewhere ("Рамоном Меркадером" before "Меркадера")
        for m in re.finditer(r"(\S+)(\s+)" + re.escape(stem), self.doc.text):
            lead, gap = m.group(1), m.group(2)
            if (lead[0].islower() and lead[-1].isalpha() and "\n" not in gap
                    and not self.r.place_lead.fullmatch(lead + gap)):
                return True
        return False

    def date_near(self, s: Sentence, tok: Token) -> dates.DateMatch | None:
        """The date of the trigger's clause: the first after it, else the last before it."""
        a, b = self.clause(s, tok)
        at = s.offset(tok)
        inside = [d for d in s.found if d.start >= a and d.end <= b and not _bracketed_span(s.text, d)]
        after = [d for d in inside if d.start >= at]
        before = [d for d in inside if d.end <= at]
        return after[0] if after else before[-1] if before else None

    def place_near(self, s: Sentence, tok: Token) -> Run | None:
        """The place of the trigger's clause: a capitalised run after a place word, the first
        after the trigger, else the first before it (German puts the participle last)."""
        a, b = self.clause(s, tok)
        at = s.offset(tok)
        months = _months()
        runs = []
        for m in self.r.place_lead.finditer(s.text, a, b):
            run = name_at(s.text, m.end(), self.r)
            if run is None or run.end > b or run.text.lower() in months:
                continue
            if any(d.start <= run.start < d.end for d in s.found):
                continue  # "en mai 1431"
            runs.append(run)
        ceiling = self.later_life(s, tok, b)
        after = [x for x in runs if at <= x.start < ceiling]
        floor = self.earlier_life(s, tok, a)
        before = [x for x in runs if x.end <= min(at, floor)]
        return after[0] if after else before[0] if before else None

    def earlier_life(self, s: Sentence, tok: Token, a: int) -> int:
        """Where the first other birth or death trigger of the clause before ``tok`` stands
        (else the trigger itself): a place after that trigger is its own place, taken first,
        never this trigger's ("født ... i Odense, død 4. juni 1960": Odense is the birth's)."""
        at = s.offset(tok)
        for t in s.span:
            if t.i >= tok.i:
                break
            frame = self.frames.get(t.i)
            if frame is not None and frame.handler in _LIFE_HANDLERS and s.offset(t) >= a:
                return s.offset(t)
        return at

    def later_life(self, s: Sentence, tok: Token, b: int) -> int:
        """Where the next other birth or death trigger of the clause after ``tok`` stands (else
        the clause's end): a place after that trigger is its own, never this one's ("né en 1850
        à Lyon et mort à Nantes" gives Nantes to the death even when "à Lyon" is not read)."""
        for t in s.span:
            if t.i <= tok.i:
                continue
            frame = self.frames.get(t.i)
            if s.offset(t) >= b:
                break
            if frame is not None and frame.handler in _LIFE_HANDLERS:
                return s.offset(t)
        return b

    def names_after(self, s: Sentence, pos: int, *, many: bool = False, limit: int = 6,
                    extra: frozenset[str] = frozenset(), nouns: int = 0) -> list[Run]:
        """The name(s) after ``pos``, skipping up to ``limit`` words that stand before a name
        ("à", "avec", articles, a date, and the ``extra`` words) and up to ``nouns`` other
        lower-case words (a parent's trade: "figlia dell'avvocato X"); with ``many``, a list
        joined by commas and "and". Each run records the word skipped right before it
        (German: the article)."""
        out: list[Run] = []
        lead, skipped, text = "", 0, s.text
        traded = False  # a trade noun was passed: the article's noun is gone, the name is whole
        while pos < len(text) and skipped <= limit:
            pos += len(text[pos:]) - len(text[pos:].lstrip())
            date = next((d for d in s.found if d.start == pos), None)
            if date is not None:
                pos, skipped = date.end, skipped + 1
                continue
            m = _TOKEN.match(text, pos)
            if m is None:
                break
            word = m.group(0)
            low = word.lower()
            skippable = low in self.r.skip or low in extra
            trade = not skippable and nouns > 0 and not out and word.islower() and low not in self.r.conjunctions
            if trade:  # the article before a trade still tells the parent's sex ("del notaio X")
                nouns -= 1
                pos, skipped, traded = m.end(), skipped + 1, True
                continue
            if not skippable and not out and self.r.is_trade(word):  # "des Brauers und Tuchmachers X"
                pos, skipped, traded = self._past_trades(text, m.end()), skipped + 1, True
                continue
            run = None if skippable else name_at(
                text, pos, self.r, after_article=lead in self.r.articles and not traded)
            if run is not None:
                out.append(Run(run.start, run.end, run.text, lead))
                if not many:
                    break
                sep = self.r_and.match(text, _past_description(text, run.end, self.r))
                if sep is None:
                    break
                pos, skipped, lead = sep.end(), 0, ""
                continue
            if not skippable:
                break
            lead, pos, skipped = low, m.end(), skipped + 1
        return out

    def _past_trades(self, text: str, pos: int) -> int:
        """Where the words after a trade noun go on: past "and" and a second trade noun
        ("Brauers und Tuchmachers"), else right after the first."""
        m = re.match(r"\s+([\w&]+)\s+([\w'’-]+)", text[pos:])
        if m and m.group(1).lower() in self.r.conjunctions and self.r.is_trade(m.group(2)):
            return pos + m.end()
        return pos

    def lifespans(self, passage: Passage) -> None:
        """"Name (Lyon 1820 - Nantes 1858)": a bracket of places and years right after a
        name gives its birth and death, in any language; so does a bracket of full dates
        ("(3 mai 1820 – 9 juin 1881)", "(* 3. Mai 1820 in Köln; † 9. Juni 1881)", see
        :func:`dated_life`). Read over the passage's lines, since the parser cuts sentences
        at the dash. The name is a person found in the document, or the run that opens the
        document (its head line's subject); never a relative's."""
        text = passage.text
        taken = []
        for m in _LIFESPAN.finditer(text):
            taken.append((m.start(), m.end()))
            owner = self.bracket_owner(passage, m.start(), m.end())
            if owner is not None:
                self.life_bracket(m, *owner)
        for m in _BRACKET.finditer(text):
            if any(a <= m.start() < b for a, b in taken):
                continue
            life = dated_life(m.group(1), self.r)
            owner = self.bracket_owner(passage, m.start(), m.end()) if life is not None else None
            if life is not None and owner is not None:
                self.life_claims(owner[0], owner[1], life)

    def life_claims(self, line: Line, pid: str | None, life: Life) -> None:
        """The birth and death dates and places of one life-span bracket, for ``pid``."""
        self.add(line, pid, "date_of_birth", life.born)
        self.add(line, pid, "date_of_death", life.died)
        for prop, place in (("place_of_birth", life.birth_place), ("place_of_death", life.death_place)):
            if place is not None:
                self.add(line, pid, prop, place[0], place[1])

    def bracket_owner(self, passage: Passage, a: int, b: int) -> tuple[Line, str | None] | None:
        """The line a life-span bracket at passage offsets [a, b) is quoted by, and whose
        life it is: the name that ends right before it, or the page's subject for a bracket
        under (or on) the page's head line. None when the words before it are no name or
        end in a kin word ("his father (1790-1850)")."""
        text = passage.text
        line_start = text.rfind("\n", 0, a) + 1
        head = text[line_start:a].rstrip()
        words = list(_WORD.finditer(head))
        start = passage.start + line_start  # read inside label blocks too ("Nom: X (...)")
        if not head.strip():  # a bracket under the page's head line ("X\n\n(Lyon 1820 - ...)")
            if start >= 400 or self.main is None:
                return None
            return Line(passage.start + a, passage.start + b, passage.role, None), self.main.id
        if self.titled_main(head, start):
            return Line(start + len(head) - len(head.lstrip()), passage.start + b, passage.role, None), self.main.id
        if (not words or not head[-1:].isalpha() or not _capitalised(words[-1].group(0))
                or (words[-1].group(0).isupper() and not _ROMAN.fullmatch(words[-1].group(0)))
                or self.r.others.search(head[-30:])):
            return None
        line = Line(start + len(head) - len(head.lstrip()), passage.start + b, passage.role, None)
        name = words[-1]
        if _ROMAN.fullmatch(name.group(0)) and line.start < 400 and self.main is not None:
            # "X herbu Roch III (ur. ...)": a coat of arms' number right after the subject's
            # name; a ruler's number far from it ("... van keizer Rudolf II (1552-1612)") is
            # that ruler's, never the subject's
            if any(w.group(0) in self.main_words for w in words[-5:-2]):
                return line, self.main.id
            if not any(w.group(0) in self.main_words for w in words[-2:]):
                return None
        pid = self.name_person(line, line_start + name.start() - (line.start - passage.start),
                               line_start + name.end() - (line.start - passage.start))
        if pid is None and name.group(0) in self.main_words:
            pid = self.main.id if self.main is not None else None
        if pid is None and line.start < 400 and self.main is not None:
            pid = self.main.id  # the bracket of the page's opening line
        return line, pid

    def titled_main(self, head: str, start: int) -> bool:
        """"Name, Xko kondea (...)": near the page's top, the subject's name, a comma and a
        title of at most four words that ends in a lower-case word (Basque, Hungarian and
        Turkish put the noun of a title last) before a life bracket: the life is the name's."""
        if self.main is None or start >= 400 or "," not in head:
            return False
        name, _, title = head.rpartition(",")
        return _is_title(title) and any(w.rstrip(".") in self.main_words for w in _WORD.findall(name))

    def opening_life(self, s: Sentence) -> None:
        """"Name (...). 3 May 1162 — 18 August 1227 — Mongol khan, ...": a span of full dates
        that opens a sentence near the page's top and is followed only by the dash of a
        definition is the life of the page's subject (dictionary entries put it there)."""
        if s.start >= _TOP or self.main is None:
            return
        for d in s.found:
            before = s.text[: d.start].rstrip()
            if before and not (before.endswith(").") or re.search(r"[^\W\d_]{4}\.$", before)):
                continue
            life = _life_of(d.value.edtf) if _OPENING_LIFE_END.match(s.text, d.end) else None
            if life is not None:
                for prop, value in zip(("date_of_birth", "date_of_death"), life):
                    self.add(s, self.main.id, prop, value, d.text)

    def life_bracket(self, m: re.Match[str], line: Line, pid: str | None) -> None:
        """Birth and death years and places of one life-span bracket, for ``pid``."""
        for place_group, year_group, dprop, pprop in (("bp", "by", "date_of_birth", "place_of_birth"),
                                                       ("dp", "dy", "date_of_death", "place_of_death")):
            approximate = m.group(year_group + "a") or m.group(year_group + "z")
            self.add(line, pid, dprop, f"{int(m.group(year_group)):04d}" + ("~" if approximate else ""))
            if m.group(place_group):
                run = name_at(m.group(place_group), 0, self.r)
                if run is not None and run.text.lower() not in _months():
                    self.add(line, pid, pprop, place_value(run.text, self.code), run.text)
                elif place_group == "dp" and m.group("bp"):  # "(Vejle 1811 – smst. 1880)"
                    born = name_at(m.group("bp"), 0, self.r)
                    again = _same_place(m.group("dp"), (place_value(born.text, self.code), born.text) if born else None,
                                        self.r)
                    if again is not None:
                        self.add(line, pid, pprop, *again)

    def birth_record(self, s: Sentence) -> None:
        """"Na certidão de nascimento, porém, consta 21 de outubro de 1940": a day that the
        birth record (a phrase of ``[reader] birth_record``) gives is a version of the birth
        date, often another than the one the person kept; the holder as for a trigger at the
        phrase (a sentence naming nobody else is the subject's)."""
        phrase = self.r.birth_record
        m = phrase.search(s.text) if phrase is not None else None
        days = [d for d in s.found if d.value.precision == "day"]
        if m is None or len(days) != 1:
            return
        tok = next((t for t in s.span if t.idx - s.span.start_char >= m.start()), None)
        pid = self.holder(s, tok) if tok is not None else None
        self.add(s, pid, "date_of_birth", days[0].value.edtf, days[0].text)

    def awards(self, s: Sentence) -> None:
        """Prizes named by a phrase of ``[[award]]`` in the lexicon, with a list of fields
        after the prize ("Nobelpreise für Physik (1903) und Chemie (1911)"); the holder is
        the sentence's subject as for a trigger at the phrase."""
        for rule in load_toml(self.code, "lexicon.toml").get("award", ()):
            for m in re.finditer(rule["prefix"], s.text):
                tok = next((t for t in s.span if t.idx - s.span.start_char >= m.start()), None)
                pid = self.holder(s, tok) if tok is not None else None
                if not rule["fields"]:
                    self.add(s, pid, "award_received", rule["value"], m.group(0))
                    continue
                for field_text, english in self.fields(s.text, m.end(), rule["fields"]):
                    self.add(s, pid, "award_received", rule["value"].format(field=english), field_text)

    def offices(self, s: Sentence) -> None:
        """Offices held: a title of ``[office] titles`` right after words that say someone
        held it (``[office] before``: "nommé ministre de la Guerre", "zum Reichskanzler
        ernannt", "war von 1933 bis 1945 Reichskanzler"), continued by "of" words and the
        words they bring ("ministre de la Guerre", "Präsident der Akademie"). The value is
        the office as written (``lang/<code>/normalise.toml`` gives known ones their English
        label, which becomes the value; the quote stays as written); the term is the clause's
        dates outside the office name. ``[party]`` is read the same way for party membership
        and ``[rank]`` for a military rank ("als Leutnant-Admiral", "do stopnia majora")."""
        for prop, (titles, before, phrase) in office_rules(self.code):
            for m in titles.finditer(s.text):
                a, b = self.clause_at(s, m.start())
                if not before.search(s.text[a:m.start()]):
                    continue
                end = phrase.match(s.text, m.end())
                stop = min(b, end.end() if end else m.end())
                office = s.text[m.start():stop].rstrip(" ,")
                tok = next((t for t in s.span if t.idx - s.span.start_char >= m.start()), None)
                pid = self.holder(s, tok) if tok is not None else None
                value = standard_label(prop, office) or (  # "Reichskanzler" -> Chancellor of Germany
                    declined_office(office, m.end() - m.start(), self.code) if prop == "position_held" else office)
                term = self.term(s, a, b, m.start(), m.start() + len(office)) if prop == "position_held" else {}
                self.add(s, pid, prop, value, office, term)

    def clause_at(self, s: Sentence, at: int) -> tuple[int, int]:
        """The clause around sentence offset ``at`` (see :meth:`clause`)."""
        a, b = 0, len(s.text)
        for m in self.r.boundary.finditer(s.text):
            if m.end() <= at:
                a = max(a, m.end())
            elif m.start() >= at:
                b = min(b, m.start())
        return a, b

    def term(self, s: Sentence, a: int, b: int, start: int, end: int) -> dict[str, str]:
        """Start and end of a term from the clause's dates outside the office name: a span
        or two dates ("de 1920 à 1925", "von 1933 bis 1945"), else one date as its start."""
        outside = [d for d in s.found if a <= d.start and d.end <= b and not start <= d.start < end]
        if not outside:
            return {}
        first = outside[0].value.edtf
        if "/" in first:
            lo, hi = first.split("/", 1)
            return {"start": lo, "end": hi}
        if len(outside) > 1:
            return {"start": first, "end": outside[1].value.edtf}
        return {"start": first}

    def fields(self, text: str, pos: int, table: Mapping[str, str]) -> list[tuple[str, str]]:
        """The fields listed from ``pos``: each a key of ``table``, then an optional bracket
        (a year), joined by commas, "and" and an optional "of" word."""
        keys = sorted(table, key=len, reverse=True)
        field_re = re.compile(r"(" + "|".join(map(re.escape, keys)) + r")\b(?:\s*\([^()]{0,20}\))?", re.IGNORECASE)
        joint = re.compile(r"\s*(?:,\s*)?(?:\b(?:" + "|".join(map(re.escape, self.r.conjunctions)) + r")\s+)?(?:(?:"
                           + "|".join(map(re.escape, self.r.of)) + r")\s*)?")
        out = []
        while True:
            m = field_re.match(text, pos)
            if m is None:
                return out
            out.append((m.group(1), table[m.group(1).lower()]))
            j = joint.match(text, m.end())
            if j is None or j.end() == m.end():
                return out
            pos = j.end()

    # ---- handlers ---------------------------------------------------------------------------

    def _life(self, s: Sentence, tok: Token, date_prop: str, place_prop: str) -> str | None:
        if self.relative_after(s, tok):
            return None
        pid = self.holder(s, tok)
        if pid is None:
            return None
        d = self.date_near(s, tok)
        if d is not None:
            self.add(s, pid, date_prop, d.value.edtf, d.text)
            rival = self.rival_date(s, d)
            if rival is not None:
                self.add(s, pid, date_prop, rival.value.edtf, rival.text)
        place = self.place_near(s, tok)
        if place is not None:
            value = self.building(s, place) or place_value(place.text, self.code)
            outer = self.locator(s, place)
            if outer is not None:
                value = f"{value}, {place_value(outer.text, self.code)}"
            self.add(s, pid, place_prop, value, place.text)
            rival = self.rival_place(s, place, self.clause(s, tok)[1])
            if rival is not None:
                self.add(s, pid, place_prop, self.building(s, rival) or place_value(rival.text, self.code), rival.text)
        elif place_prop == "place_of_death":
            self.died_where_born(s, tok, pid)
        return pid

    def rival_date(self, s: Sentence, d: dates.DateMatch) -> dates.DateMatch | None:
        """"né en 1544 (selon d'autres sources en 1546)", "1543 (nach anderen Angaben 1545)
        geboren": the other of two dates that a phrase of ``rivals.toml`` (``date_leads``)
        joins, whichever of them the frame read. Both are values of the source; the
        reconciler weighs them. Nothing but the phrase may stand between the two dates, so
        a later date of another event ("; son recueil parut en 1640") is never taken."""
        lead = _rival_date_leads(self.code)
        for other in s.found if lead is not None else ():
            first, second = (d, other) if other.start > d.start else (other, d)
            if other is not d and first.end <= second.start and lead.fullmatch(s.text, first.end, second.start):
                return other
        return None

    def relative_after(self, s: Sentence, tok: Token) -> bool:
        """Whether a birth or death verb has its subject after it and that subject is a
        relative ("où naît son frère cadet X", "donde murió su madre"): the relative's event,
        in a clause that names nobody before the verb."""
        a, _ = self.clause(s, tok)
        at = s.offset(tok)
        head = s.text[a:at]
        head = head[head.rfind(",") + 1 :]  # "..., où naît": from the comma before the verb
        if any(_capitalised(m.group(0)) for m in _WORD.finditer(head)):
            return False
        return bool(self.r.others.match(s.text[at + len(tok.text):].lstrip()))

    def died_where_born(self, s: Sentence, tok: Token, pid: str) -> None:
        """"født 3. maj 1811 i Vejle, død 8. juni 1880 smst.": a death clause that names no
        place but says "at the same place" (``[reader] same_place``) died where the same
        sentence says its subject was born."""
        word = _same_place_word(s.text, self.r, s.offset(tok), self.clause(s, tok)[1])
        born = [c for c in self.claims if c.subject == pid and c.property == "place_of_birth"
                and s.start <= c.span.start and c.span.end <= s.end]
        if word is not None and born:
            self.add(s, pid, "place_of_death", born[-1].value, word.group(0))

    def rival_place(self, s: Sentence, place: Run, end: int) -> Run | None:
        """"in X, nach anderen Angaben das Gut Y", "à X ou à Y": a rival version of the place
        that the same clause gives right after it, brought by a phrase of the language's
        ``rivals.toml`` (``leads``). Both are values of the source; the reconciler weighs them."""
        lead = _rival_leads(self.code)
        m = lead.match(s.text, place.end) if lead is not None else None
        if m is None:
            return None
        after = m.end()
        article = re.match(r"(\w+)\s+", s.text[after:])
        if article and article.group(1).lower() in self.r.articles:
            after += article.end()
        run = name_at(s.text, after, self.r)
        if run is None or run.end > end or run.text.lower() in _months():
            return None
        return run

    def building(self, s: Sentence, place: Run) -> str | None:
        """"în sanatoriul X", "på slottet X", "la prisión de X": a name after a noun of ``[reader] buildings``
        is a building's or an estate's, valued "X sanatorium" so that the reconciler knows it
        lies in a town and disputes no town another source gives."""
        m = re.search(r"(\w+)\s+(?:(?:de|del|di|do|da|du|des)\s+|d['’])?$", s.text[:place.start])  # "prisión de X"
        kind = self.r.buildings.get(m.group(1).lower()) if m else None
        return f"{place.text} {kind}" if kind else None

    def locator(self, s: Sentence, place: Run) -> Run | None:
        """The wider place a bracket after a place names ("X (Sanatorium bei Y)"), which
        the value keeps as "X, Y" so that a source naming only Y agrees with it."""
        m = re.compile(r"\s*\(([^()]{1,80})\)").match(s.text, place.end)
        if m is None:
            return None
        lead = self.r.place_lead.search(s.text, m.start(1), m.end(1))
        return name_at(s.text, lead.end(), self.r) if lead else None

    def born(self, s: Sentence, tok: Token) -> None:
        """"Elle est née le 5 janvier 1412 à X" / "am 7. November 1867 in X geboren". The
        first birth near the top of a page that names its subject settles who the page is
        about, for the sentences that name nobody: the document's subject was chosen over
        every language, and an English tagger takes words of other languages for names."""
        self.named = None
        pid = self._life(s, tok, "date_of_birth", "place_of_birth")
        if not self.settled and pid is not None and pid == self.named and s.start < _TOP:
            self.settled = True
            if self.main is None or pid != self.main.id:
                self.main = self.people[pid]
                self.main_words = _words_of(self.main)
                self.elsewhere = False

    def died(self, s: Sentence, tok: Token) -> None:
        """"mort le ... à ..." / "verstarb am ... in ...": date, place and manner of death
        (the manner from the clause's words, ``[[manner]]`` of the lexicon)."""
        pid = self._life(s, tok, "date_of_death", "place_of_death")
        if pid is None:
            return
        a, b = self.clause(s, tok)
        manner = manner_of(s.text[a:b], self.code)
        if manner:
            self.add(s, pid, "manner_of_death", manner, tok.text)
        if manner in {"homicide", "execution"} or tok.lower_ in kill_triggers(self.code):
            killer = self.killer(s, s.offset(tok) + len(tok.text)) or self.killer_first(s, a, s.offset(tok))
            if killer is not None and self.name_person(s, killer.start, killer.end) != pid:
                self.add(s, pid, "killed_by", agent_nominative(killer.text, self.code), killer.text)

    def killer_first(self, s: Sentence, a: int, verb: int) -> Run | None:
        """Who killed, where the agent stands before the participle ("von X erschossen"): the
        name right after the clause's last agent words before the verb, of two words or more:
        one capitalised word there is a noun as often ("durch einen Schuss getötet")."""
        by = killer_words(self.code) if agent_first(self.code) else None
        found = list(by.finditer(s.text, a, verb)) if by is not None else []
        run = name_at(s.text, found[-1].end(), self.r) if found else None
        if run is None or run.end > verb or self.placed(s, run) or len(run.text.split()) < 2:
            return None
        return run

    def killer(self, s: Sentence, pos: int) -> Run | None:
        """Who killed: the name after the agent words of a passive killing (``[killer] by``
        of the lexicon: "abattue ... par le SS X", "ejecutado por el sargento X", "uccisa
        dagli uomini di X"), starting within a few words of the verb; up to two lower-case
        words of a rank or trade before the name are stepped over, and a place is no killer."""
        by = killer_words(self.code)
        m = by.search(s.text, pos, min(len(s.text), pos + _KILLER_REACH)) if by is not None else None
        if m is None:
            return None
        at = m.end()
        for _ in range(3):
            run = name_at(s.text, at, self.r)
            if run is not None:
                return None if self.placed(s, run) else run
            word = _NEXT_WORD.match(s.text, at)
            if word is None or not word.group(1).islower():
                return None
            at = word.end()
        return None

    def event(self, s: Sentence, tok: Token, prop: str) -> None:
        """"capturée (23 mai 1430)" / "1930 verhaftet": the date of an arrest or sentence."""
        pid = self.holder(s, tok)
        d = self.date_near(s, tok)
        if pid is not None and d is not None:
            self.add(s, pid, prop, d.value.edtf, d.text)

    def married(self, s: Sentence, tok: Token) -> None:
        """"Il épouse X", "mariée à X", "heiratete 1895 den Physiker X"."""
        pid = self.holder(s, tok, explicit=True)
        if pid is None:
            return
        # one lower-case noun may stand before the name ("casou-se com o escultor X", "gift med
        # maleren X", "sposò lo scultore X"); a second one ends the search ("com uma prima do rei X")
        runs = self.names_after(s, s.offset(tok) + len(tok.text), nouns=1)[:1]
        if runs and self.placed(s, runs[0]):  # "heiratete sie in X den Maler Y": X is where,
            runs = self.names_after(s, runs[0].end, nouns=1)[:1]  # and never the spouse
        for run in runs:
            if self.name_person(s, run.start, run.end) != pid:
                self.add(s, pid, "spouse", nominative(run.text, self.code), run.text)
                self.later_spouses(s, run, pid)  # never after the holder's own name

    def later_spouses(self, s: Sentence, run: Run, pid: str) -> None:
        """"épousa successivement A, puis B", "se casó primero con A y después con B", "sposò
        nel 1840 A e, rimasto vedovo, nel 1851 B": each name that a phrase of ``[reader]
        spouse_then`` (words of a later marriage) brings right after the last spouse read is
        another spouse of the same person. Only a name right after the phrase counts ("puis
        s'installe à Lyon" brings none)."""
        then = _spouse_then(self.code)
        for _ in range(3):
            m = then.match(s.text, run.end) if then is not None else None
            runs = self.names_after(s, m.end(), limit=3)[:1] if m is not None else []
            if not runs or self.placed(s, runs[0]) or self.name_person(s, runs[0].start, runs[0].end) == pid:
                return
            run = runs[0]
            self.add(s, pid, "spouse", nominative(run.text, self.code), run.text)

    def placed(self, s: Sentence, run: Run) -> bool:
        """Whether a place word brings the run ("in Heemstede"): a place, not a person."""
        return any(m.end() == run.start for m in self.r.place_lead.finditer(s.text, max(0, run.start - 40), run.start))

    def kin(self, s: Sentence, tok: Token, prop: str) -> None:
        """"son frère Pierre", "ses enfants X et Y", "ihr Bruder X": a relative of the
        sentence's subject, named right after a possessive and the kin word; also a list
        after a verb of having ("il eut trois enfants : A, B et C", "Miał dwie siostry, Annę
        i Katarzynę, oraz brata Józefa": after "and", once the sentence has named a relative,
        the next kin word is the same person's). Each listed name is its own claim."""
        words = kin_words(self.code)
        if tok.i > 0 and self.r.declined is not None and self.r.declined.fullmatch(tok.nbor(-1).text):
            return  # "Selim'in kızı X": the daughter of the name in the genitive
        if self.parentage_phrase(tok):
            return  # "dos hermanas de padre y madre, A y B": full sisters, not a mother A
        lead = self._kin_lead(s, tok, words)
        if lead is None:
            return
        if lead.lower_ in self.r.conjunctions:
            pid = self.kin_of[1]
        elif lead.lower_ in words.article:
            pid = self.last or (self.main.id if self.main is not None else None)
        else:
            pid = self.holder(s, lead)
            if pid is None and self.last is None and not self.relative_first(s, lead, words):
                pid = self.main.id if self.main is not None else None
        if pid is None:
            return
        self.kin_of = (s.start, pid)
        many = prop in {"child", "sibling"}
        runs = self.names_after(s, s.offset(tok) + len(tok.text), many=many, limit=words.limit, extra=words.skip)
        table = "genitive_male" if tok.lower_ in words.male else "name"
        for run in _split_last(runs, s.text, self.r.conjunctions) if many else runs:
            self.add(s, pid, prop, nominative(run.text, self.code, table), run.text)

    def relative_first(self, s: Sentence, lead: Token, words: KinWords) -> bool:
        """Whether a kin noun of ``[reader] others`` stands before a verb of having in its
        clause ("Sa sœur Jeanne eut deux fils, A et B", "Sein Bruder Karl hatte zwei Söhne"):
        the list is that relative's children, not the subject's, even on a page whose
        subject no sentence has named yet. A possessive lead stays the subject's ("Su padre,
        X, era carpintero, y su madre, Y"): the earlier relative is another of the subject's."""
        if lead.lower_ not in words.have:
            return False
        a, _ = self.clause(s, lead)
        return self.r.others.search(s.text[a:s.offset(lead)]) is not None

    def parentage_phrase(self, tok: Token) -> bool:
        """Whether a kin word ends a phrase that qualifies the kin word before it ("hermanas
        de padre y madre", "sorelle di padre e madre": of the same father and mother): an
        "of" word, a kin word and "and" right before it."""
        if tok.i < 3:
            return False
        doc = tok.doc
        return (doc[tok.i - 1].lower_ in self.r.conjunctions and doc[tok.i - 2].lower_ in _kin_triggers(self.code)
                and doc[tok.i - 3].lower_ in self.r.of)

    def _kin_lead(self, s: Sentence, tok: Token, words: KinWords) -> Token | None:
        """The word that makes a kin word's relative the subject's: a possessive right
        before it, else a verb of having or (after an earlier relative of the sentence) a
        conjunction up to three small words before it ("eut trois", "e una", "oraz"); a
        kin word that carries its possessor in its ending (Hungarian "apja", his father) is
        its own lead."""
        if tok.i > 0 and tok.nbor(-1).lower_ in self.r.possessive:
            return tok.nbor(-1)
        if tok.lower_ in words.owned:
            return tok
        if self._article_lead(tok, words):
            return tok.nbor(-1)
        for i in range(tok.i - 1, max(s.span.start, tok.i - 4) - 1, -1):
            t = tok.doc[i]
            if t.lower_ in words.have:
                return t
            if t.lower_ in self.r.conjunctions and self.kin_of[0] == s.start:
                return t
            if not (t.is_lower or t.like_num):
                return None
        return None

    @staticmethod
    def _article_lead(tok: Token, words: KinWords) -> bool:
        """"le sorelle Elena, Lucia e Anna", "les frères Paul et Jean" opening a clause: a
        definite article, the kin word, then a name right after it (not "le sorelle di X",
        whose owner is named). A biography speaks of its subject's family so."""
        if tok.i < 1 or tok.nbor(-1).lower_ not in words.article or tok.i + 1 >= len(tok.doc):
            return False
        after = tok.nbor(1)
        if not (after.is_title and after.is_alpha):
            return False
        before = tok.doc[tok.i - 2] if tok.i >= 2 else None
        return before is None or before.is_sent_end or before.is_punct or tok.nbor(-1).is_sent_start

    def parents(self, s: Sentence, tok: Token) -> None:
        """"fille de X et de Y" (father, then mother, as written); German marks the parent's
        sex by the article ("Tochter des X und der Y")."""
        if tok.i > 0 and tok.nbor(-1).lower_ in self.r.possessive:
            self.kin(s, tok, "child")  # "jego syn Jan": a child, not whose child
            return
        pid = self.holder(s, tok)
        if pid is None:
            return
        words = kin_words(self.code)
        first = self.names_after(s, s.offset(tok.nbor(1)), limit=3, nouns=words.nouns)
        if not first:
            return
        joined = self.r_and.match(s.text, _past_apposition(s.text, first[0].end))
        # a trade before the second parent only after "and" ("e della pittrice Y"), never after
        # a bare comma, which brings the first parent's own description ("X, obchodníka z Y")
        nouns = words.nouns if joined and joined.group(0).strip(" ,") else 0
        second = self.names_after(s, joined.end(), limit=2, nouns=nouns) if joined else []
        # "X, known under the pen name Y": which name the parent goes by is not told here
        found = [run for run in first[:1] + second[:1] if not self.renamed(s, run)]
        if self.r.father_article or self.r.mother_article:  # the article tells, when there is one
            sexed = [(run, "father" if run.lead in self.r.father_article else "mother")
                     for run in found if run.lead in self.r.father_article | self.r.mother_article]
            if len(sexed) == 1 and len(found) == 2:  # "figlia del notaio X e di Y": the other parent
                other = found[1] if sexed[0][0] is found[0] else found[0]
                sexed.append((other, "mother" if sexed[0][1] == "father" else "father"))
            if sexed:
                for run, prop in sexed:
                    self.add(s, pid, prop, self.maiden(s, run) or run.text, run.text)
                return
        if len(found) == 2:  # declined where the language declines them ("synem Ludwika i Tekli")
            father, mother = found
            if _mother_first(father.text, mother.text):
                father, mother = mother, father  # "hija de Isabel X y de Pedro Y": the mother first
            self.add(s, pid, "father", nominative(father.text, self.code, "genitive_male"), father.text)
            self.add(s, pid, "mother", nominative(mother.text, self.code, "genitive_female"), mother.text)
        elif len(found) == 1 and words.lone:  # "sønn av kong X": one parent, sexed by the given name
            prop = "mother" if looks_female(found[0].text.split()[0]) else "father"
            self.add(s, pid, prop, found[0].text, found[0].text)
        elif len(found) == 1 and tok.lower_ in words.family:  # "v rodině obchodníka X": one parent
            prop = _parent_by_ending(found[0].text, self.code)
            if prop is not None:
                table = "genitive_male" if prop == "father" else "genitive_female"
                self.add(s, pid, prop, nominative(found[0].text, self.code, table), found[0].text)

    def renamed(self, s: Sentence, run: Run) -> bool:
        """Whether the words after a name, up to the next name, give the person another
        name (a word of ``[reader] known_as`` opens a word there: "відомої під псевдонімом Y")."""
        tail = re.split(r"[;.()]", s.text[run.end:run.end + 80], maxsplit=1)[0]
        tail = next((tail[:m.start()] for m in re.finditer(r"(?<!\w)\w", tail) if m.group(0).isupper()), tail).lower()
        return any(re.search(r"(?<!\w)" + re.escape(w), tail) for w in self.r.known_as)

    def maiden(self, s: Sentence, run: Run) -> str | None:
        """"seiner Frau Gisela, geb. Boral": a woman named by her given name alone, then her
        birth surname after one of ``[reader] maiden``, is given and birth surname."""
        m = _MAIDEN.match(s.text, run.end)
        if m is None or m.group(1).lower() not in self.r.maiden or len(run.text.split()) != 1:
            return None
        surname = name_at(s.text, m.end(), self.r)
        return f"{run.text} {surname.text}" if surname is not None and len(surname.text.split()) == 1 else None


@dataclass(frozen=True)
class KinWords:
    """``[kin]`` of a language's lexicon: verbs of having that bring a list of relatives,
    words that may stand between the kin word and the names ("dont", "mayores fueron"), the
    kin words after which a name stands in the masculine genitive ("brata Józefa"), the
    words after which one name in the genitive is a parent whose sex its ending tells ("v
    rodině Josefa", "synem Ludwika"), and how many lower-case words (a parent's trade) may
    stand between "son of" and the parent's name."""

    have: frozenset[str]
    skip: frozenset[str]
    male: frozenset[str]
    family: frozenset[str] = frozenset()
    nouns: int = 0
    #: kin words with a possessive ending: "apja" (his father), "öccse" (his younger brother)
    owned: frozenset[str] = frozenset()
    #: definite articles that open a clause's kin word before a name ("le sorelle A e B")
    article: frozenset[str] = frozenset()
    #: how many small words may stand between the kin word and the first name ("børn, blandt
    #: dem A": three)
    limit: int = 2
    #: whether "son of X" with one name names a parent (``[kin] lone_parent``): where a
    #: biography names the father alone so ("sønn av kong X"); the given name tells the sex
    lone: bool = False


#: The handlers that take a place after their trigger (a birth, a death).
_LIFE_HANDLERS = frozenset({"born", "died"})

#: The next word of letters only, after any spaces: a rank or trade before a killer's name.
_NEXT_WORD = re.compile(r"\s*([^\W\d_]+)")

#: How far after a verb of killing its agent phrase may start ("uccisa dagli uomini di X",
#: "abattu d'une balle le 2 mai 1871 par X").
_KILLER_REACH = 90


@cache
def kill_triggers(code: str) -> frozenset[str]:
    """``[triggers] kill`` of the language's lexicon, lower case."""
    return frozenset(w.lower() for w in load_toml(code, "lexicon.toml")["triggers"].get("kill", ()))


@cache
def agent_first(code: str) -> bool:
    """``[killer] agent_first``: the language puts a passive's agent before its participle at
    the clause's end ("wurde 1921 von X erschossen", "werd door X vermoord")."""
    return bool(load_toml(code, "lexicon.toml").get("killer", {}).get("agent_first", False))


@cache
def killer_words(code: str) -> re.Pattern[str] | None:
    """``[killer] by`` of the language's lexicon: the words that bring the agent of a
    passive killing, ending right before the name or its rank."""
    by = load_toml(code, "lexicon.toml").get("killer", {}).get("by")
    return re.compile(rf"(?:{by})") if by else None


def kin_words(code: str) -> KinWords:
    table = load_toml(code, "lexicon.toml").get("kin", {})
    sets = (frozenset(w.lower() for w in table.get(k, ())) for k in ("have", "skip", "male", "family"))
    owned = frozenset(w.lower() for w in table.get("owned", ()))
    article = frozenset(w.lower() for w in table.get("article", ()))
    return KinWords(*sets, nouns=int(table.get("nouns", 0)), owned=owned, limit=int(table.get("limit", 2)),
                    lone=bool(table.get("lone_parent", False)), article=article)


@cache
def _kin_triggers(code: str) -> frozenset[str]:
    """The language's kin trigger words (``[triggers]`` father, mother, child, sibling), lower case."""
    t = load_toml(code, "lexicon.toml").get("triggers", {})
    return frozenset(w.lower() for k in ("father", "mother", "child", "sibling") for w in t.get(k, ()))


def _stem(word: str) -> str:
    """A word without the ending a case may change ("Меркадера", "Valentina"): all but its
    last two letters, four at the least."""
    return word[:max(4, len(word) - 2)]


def _mother_first(first: str, second: str) -> bool:
    """Whether two parents named as written put the mother first: the first given name is
    one known as a woman's that does not end in -a ("Isabel", "Marie") and the second is no
    woman's. An -a tells nothing here: a Slavic genitive makes a father's name end in it
    ("Степана Курбаса і Ванди ...", "synem Ludwika i Tekli")."""
    return known_feminine(first.split()[0]) and not looks_female(second.split()[0])


def _parent_by_ending(name: str, code: str) -> str | None:
    """"father" when a parent's name has a masculine genitive ending of ``[inflection]
    genitive_male`` and no feminine one, "mother" the other way round: the first word whose
    ending tells decides ("Marie Novákové": the surname), None when none does."""
    for word in name.split():
        male = any(_reended(word, a, b) is not None for a, b in _inflections(code, "genitive_male"))
        female = any(_reended(word, a, b) is not None for a, b in _inflections(code, "genitive_female"))
        if male != female:
            return "father" if male else "mother"
    return None


#: ", geb. " / ", née ": the word that brings a woman's birth surname after her name
_MAIDEN = re.compile(r",?\s*([^\W\d_]+\.?)\s+")


#: A bracket right after a parent's name ("X (1700-1758)") and a lower-case apposition
#: ("X, cultivateur, et de Y"; "X, maestro di casa, e di Y") before the second parent.
_BRACKET_AFTER = re.compile(r"\s*\([^()]{0,40}\)")
_APPOSITION = re.compile(r",\s*([^,;()]{1,60})(?=,)")
#: A nickname set after a name with a Romance article ("João Ramos, o Dondinho", "Juan, el Cojo").
_NICKNAME_AFTER = re.compile(r",\s*(?:o|a|el|la|il|lo|le)\s+[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?(?=\s*[,(])")


def _past_apposition(text: str, pos: int) -> int:
    """Where the conjunction before a second parent may start, past a bracket and a
    lower-case apposition that describe the first, and a nickname with its article
    ("filho de A, o Dondinho (1917–1996), atacante ..., e de B")."""
    m = _BRACKET_AFTER.match(text, pos)
    pos = m.end() if m else pos
    m = _NICKNAME_AFTER.match(text, pos)
    if m is not None and m.group(0).split()[-1][:1].isupper():
        pos = m.end()
        m = _BRACKET_AFTER.match(text, pos)
        pos = m.end() if m else pos
    m = _APPOSITION.match(text, pos)
    return m.end() if m and m.group(1)[:1].islower() else pos


def _past_description(text: str, pos: int, r: Rules) -> int:
    """Where a list of relatives goes on past what describes one of them ("Hugo, später
    Domkantor in Mainz, Roricus, ..."): a comma-enclosed stretch with a lower-case word that
    is no name particle nor "and" is a description, not a name ("A, B e C, tutti ...": the
    stretch after A is the rest of the list)."""
    m = _APPOSITION.match(text, pos)
    if m is None:
        return pos
    words = m.group(1).split()
    if not words or words[0].lower() in r.conjunctions:
        return pos
    lower = [w for w in words if w[:1].islower() and w.lower() not in r.particles | r.conjunctions]
    return m.end() if lower else pos


def _split_last(runs: list[Run], text: str, conjunctions: frozenset[str]) -> list[Run]:
    """A list's last run split at "and" where the language also joins names with it
    ("María Antonia, Juana y Juan Vicente": "y" is a name particle in Spanish, but after a
    comma-separated list it ends the list)."""
    if len(runs) < 2:
        return runs
    last = runs[-1]
    for m in re.finditer(r"\s(\w+)\s", last.text):
        if m.group(1) in conjunctions:
            head = Run(last.start, last.start + m.start(), last.text[:m.start()], last.lead)
            tail = Run(last.start + m.end(), last.end, last.text[m.end():])
            return runs[:-1] + [head, tail]
    return runs


def _life_of(edtf: str) -> tuple[str, str] | None:
    """Birth and death of a span of dates ("1162-05-03/1227-08-18") when at least one end
    is dated to the month (a span of bare years is as often a term as a life) and the two
    are a plausible life apart."""
    if "/" not in edtf:
        return None
    born, died = edtf.split("/", 1)
    if max(len(born.rstrip("~?%")), len(died.rstrip("~?%"))) < 7:
        return None
    first, last = dates.year_of(born), dates.year_of(died)
    if first is None or last is None or last - first not in _LIFE_YEARS:
        return None
    return born, died


@dataclass(frozen=True)
class Life:
    """Birth and death (EDTF) of a life-span bracket, with the places the gazetteer knows
    in each half of it, as (English value, text as written)."""

    born: str
    died: str
    birth_place: tuple[str, str] | None = None
    death_place: tuple[str, str] | None = None


#: What parts the birth half of a life-span bracket from its death half, strongest first.
_HALVES = (re.compile(r"[;–—†]|\s-\s"), re.compile(r","))


def dated_life(content: str, r: Rules) -> Life | None:
    """Birth and death of a bracket's text when it states a life in dates: one span of
    dates or two dates (see :func:`_life_of`), with nothing else but names (places), marks
    ("*", "†") and the language's birth, death and small words ("ur.", "zm.", "w", "in",
    "le"). What stands before a ";" ahead of the first date is another matter ("russisch
    ...; * 3. Mai 1820 in Köln; † ...") and is left out. A bracket with any other word
    ("verheiratet 3. Mai 1850, verwitwet 9. Juni 1880") is no life."""
    found = _bracket_dates(content)
    if len(found) == 1:
        life = _life_of(found[0][2])
    elif len(found) == 2 and not any("/" in edtf for _, _, edtf in found):
        life = _life_of(f"{found[0][2]}/{found[1][2]}")
    else:
        return None
    if life is None:
        return None
    rest = content
    for a, b, _ in found:
        rest = rest[:a] + " " * (b - a) + rest[b:]
    cut = content.rfind(";", 0, found[0][0]) + 1
    for m in _WORD.finditer(rest, cut):
        word = m.group(0)
        if not re.search(r"[^\W_]", word):  # a dash ("Lyon - Paris")
            continue
        if not (_capitalised(word) or word.lower() in r.life_words or r.place_lead.match(word + " ")):
            return None
    if len(found) == 1:
        return Life(*life)
    middle = rest[found[0][1] : found[1][0]]
    split = next((found[0][1] + m.start() for pattern in _HALVES for m in list(pattern.finditer(middle))[-1:]), None)
    if split is None:
        return Life(*life)
    born_at = _known_place(rest[cut:split], r)
    return Life(*life, born_at, _known_place(rest[split:], r) or _same_place(rest[split:], born_at, r))


def _same_place(half: str, born_at: tuple[str, str] | None, r: Rules) -> tuple[str, str] | None:
    """The birth place again when the death half of a bracket names no place but says "at
    the same place" ("(3. maj 1811 i Vejle, død 8. juni 1880 smst.)"), as (value, word)."""
    word = _same_place_word(half, r)
    return (born_at[0], word.group(0)) if born_at is not None and word is not None else None


def _same_place_word(text: str, r: Rules, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    """The first word of ``text[start:end]`` that says "at the same place" (``[reader] same_place``)."""
    words = _WORD.finditer(text, start, len(text) if end is None else end)
    return next((m for m in words if m.group(0).lower() in r.same_place), None)


#: A year standing alone in a life's bracket ("* 995 in X"), maybe marked approximate.
_BARE_YEAR = re.compile(rf"(?<![\w.])(?:(?P<a>(?i:{_APPROX}))\s*)?(?P<y>1\d{{3}}|[1-9]\d{{2}})(?![\w])")


def _bracket_dates(content: str) -> list[tuple[int, int, str]]:
    """The dates of a bracket's text as (start, end, EDTF). Beside a single full date, one
    bare year on either side of it is the other end of the life ("(* 995 in Ringerike;
    † 29. Juli 1030 bei Stiklestad)": date parsers leave a short year without a lead word
    alone); :func:`_life_of` still asks the two to be a life apart."""
    found = [(d.start, d.end, d.value.edtf) for d in dates.find_dates(content) if not d.value.edtf.startswith("X")]
    if len(found) != 1 or "/" in found[0][2]:
        return found
    a, b, _ = found[0]
    years = [m for m in _BARE_YEAR.finditer(content) if m.end() <= a or m.start() >= b]
    if len(years) != 1:
        return found
    year = years[0]
    edtf = f"{int(year.group('y')):04d}" + ("~" if year.group("a") else "")
    return sorted(found + [(year.start(), year.end(), edtf)])


def _known_place(half: str, r: Rules) -> tuple[str, str] | None:
    """The first capitalised run of one half of a life-span bracket that the gazetteer
    knows as a place (also declined: "w Krakowie"), as (English value, text). A word inside
    a run the gazetteer does not know is not tried alone ("North Carolina" is no "Carolina").
    A run right after the language's place word ("ur. 1746 w Mereczowszczyźnie") is a place
    even when the gazetteer does not know it (a hamlet, a manor)."""
    past = 0
    led = {m.end() for m in r.place_lead.finditer(half)}
    for m in _WORD.finditer(half):
        run = name_at(half, m.start(), r) if _capitalised(m.group(0)) and m.start() >= past else None
        if run is None or run.text.lower() in _months():
            continue
        past = m.start() + len(run.text)
        if _division_named(half, past, r):
            continue
        value = place_value(run.text, r.code)
        if gazetteer.is_place_name(value) or m.start() in led:
            return value, run.text
    return None


def _division_named(half: str, end: int, r: Rules) -> bool:
    """Whether the name ending at ``end`` is followed by a division noun ("Yaroslavl
    quberniyası"): the province a bracket names after the village, not the birth place."""
    following = _WORD.match(half, end + len(half[end:]) - len(half[end:].lstrip()))
    return following is not None and following.group(0).lower() in r.divisions


@lru_cache(maxsize=512)
def parse(code: str, text: str) -> Doc:
    """A passage parsed by its language's pipeline, kept for the build: the name finder
    and the reader both need it, and a document's passages are read one after the other."""
    parsed = nlp.load_language(code)(text)
    if code not in nlp.MODELS:
        _join_ordinals(parsed)
    return parsed


@cache
def _day_words() -> tuple[str, ...]:
    """The abbreviations of "day" that end a year-first date (``day_after`` of every
    ``dates.toml``: Lithuanian "d."), each after a space: the sentence goes on after them."""
    return tuple(" " + w for _, data in load_every("dates.toml") for w in data.get("words", {}).get("day_after", ()))


def _join_ordinals(parsed: Doc) -> None:
    """The sentencizer ends a sentence at every full stop, also the one of an ordinal day
    ("4. března 1880"), of an abbreviation ("r. hidżry", "st. st.") or inside a date
    ("14 marzo (2 marzo v.s.) 1881", "1880 m. kovo 4 d. Kaune", a date ending in the
    abbreviation of "day"): a token inside a date or right after one, or right after "<short word>."
    or a number with its full stop ("rođen 1880. u Zagrebu": Croatian, Serbian and Hungarian
    write a year so) and starting in lower case or with a digit, continues the sentence."""
    inside, text = set(), parsed.text
    for d in dates.find_dates(text):
        inside.update(range(d.start + 1, d.end))
        if text[d.start:d.end].endswith(_day_words()):  # "1880 m. kovo 4 d. Kaune"
            inside.update(range(d.end, len(text) - len(text[d.end:].lstrip()) + 1))
    for tok in parsed[2:]:
        if not tok.is_sent_start:
            continue
        dot, word = parsed[tok.i - 1], parsed[tok.i - 2]
        short = dot.text == "." and (len(word.text) <= 3 or word.text.isdigit()) and not word.whitespace_
        if tok.idx in inside or (short and (tok.text[:1].islower() or tok.is_digit)):
            tok.is_sent_start = False


def _name_ok(text: str, r: Rules) -> bool:
    words = text.split()
    return (0 < len(words) <= 5 and not any(ch.isdigit() for ch in text)
            and all(_capitalised(w) or w.lower() in r.particles or _glued_particle(w) for w in words)
            and not (len(words) == 1 and (text in r.not_names or len(text) < 3)))


def _opens_clause_of(sent: Span, run: Run, trigger: Token, r: Rules) -> bool:
    """Whether no clause boundary separates a sentence's opening run from a birth or death
    verb: in "Eroberte Kasan ..., wurde 1775 gefangen und in Moskau hingerichtet" (a subject
    left out, dictionary style) the run opening the sentence is a verb and its object, not
    the subject of the execution that another clause states."""
    at = trigger.idx - sent.start_char
    return not any(run.end <= m.start() and m.end() <= at for m in r.boundary.finditer(sent.text))


def _before_title(text: str, line_start: int, head_end: int) -> int:
    """Where a name ends before a life bracket: ``head_end``, or the comma before a title of
    at most four words ending in a lower-case word ("X, Yko kondea (...)": Basque, Hungarian
    and Turkish put the noun of a title last)."""
    comma = text.rfind(",", line_start, head_end)
    if comma < 0:
        return head_end
    return comma if _is_title(text[comma + 1 : head_end]) else head_end


def _is_title(text: str) -> bool:
    """Whether the words after a name's comma are a title before a life bracket: at most four
    words, the last in lower case (the noun of a title, last in Basque, Hungarian, Turkish)."""
    words = _WORD.findall(text)
    return 0 < len(words) <= 4 and words[-1].islower()


def _named_lives(text: str, r: Rules) -> list[Run]:
    """The names right before life-span brackets ("Іван Петренко (27 серпня 1856 — 28
    травня 1916)"): a run of two to five capitalised words that ends where the bracket
    opens, which is how a page without a tagger for its language names its people."""
    out = []
    ends = [m.start() for m in _LIFESPAN.finditer(text)]
    ends += [m.start() for m in _BRACKET.finditer(text) if dated_life(m.group(1), r) is not None]
    for pos in ends:
        head_end = len(text[:pos].rstrip())
        line_start = text.rfind("\n", 0, head_end) + 1
        head_end = _before_title(text, line_start, head_end)
        for m in list(_WORD.finditer(text, line_start, head_end))[-5:]:
            run = name_at(text, m.start(), r)
            if run is not None and run.end == head_end and len(run.text.split()) > 1 and _name_ok(run.text, r):
                out.append(run)
                break
    return out


def find_names(passages: Sequence[Passage], code: str) -> list[NameSpan]:
    """Person names of the passages of one language, at absolute offsets: the model's PER
    entities where it has a NER (French), and for every language the capitalised run that
    opens a birth or death clause ("Agathe Lindner wurde ... geboren"), which is how a
    German biography names its subject. A language with no passages here compiles nothing
    (its rules are compiled when its first passage is met: a fresh process reading one
    English document must not pay for the patterns of every language)."""
    if not passages:
        return []
    if prose_han.is_han(code):
        return prose_han.find_names(passages, code)
    if prose_arabic.is_arabic(code):
        return prose_arabic.find_names(passages, code)
    r = rules(code)
    found: dict[tuple[int, int], NameSpan] = {}
    for p in passages:
        for run in _named_lives(p.text, r):
            start = p.start + run.start
            found[(start, start + len(run.text))] = NameSpan(start, start + len(run.text), run.text)
        parsed = parse(code, p.text)
        for ent in parsed.ents:
            if ent.label_ in {"PER", "PERSON"} and _name_ok(ent.text.strip(), r):
                text = ent.text.strip()
                start = p.start + ent.start_char + (len(ent.text) - len(ent.text.lstrip()))
                found[(start, start + len(text))] = NameSpan(start, start + len(text), text)
        for i, frame in frames.triggers(parsed, code).items():
            if frame.handler not in {"born", "died"}:
                continue
            sent = parsed[i].sent
            run = name_at(sent.text, len(sent.text) - len(sent.text.lstrip()), r)
            if run is not None and _opens_clause_of(sent, run, parsed[i], r) and len(run.text.split()) > 1 \
                    and _name_ok(run.text, r):
                start = p.start + sent.start_char + run.start
                if not any(a <= start < b for a, b in found):
                    found[(start, start + len(run.text))] = NameSpan(start, start + len(run.text), run.text)
    return sorted(found.values(), key=lambda s: s.start)


@cache
def _not_name_words(code: str) -> frozenset[str]:
    """Lower-case words that never open a person's name in language ``code``: its function
    words (``stopwords.toml``), ``[reader] not_names`` and the verbs of birth, death,
    killing, arrest and sentence, less its name particles ("van", "de")."""
    lexicon = load_toml(code, "lexicon.toml")
    try:
        words = set(load_toml(code, "stopwords.toml").get("words", ()))
    except LanguageDataError:
        words = set()
    words |= {w.lower() for w in lexicon["reader"].get("not_names", ())}
    for key in ("born", "die", "kill", "arrest", "sentence"):
        words |= {w.lower() for w in lexicon["triggers"].get(key, ())}
    return frozenset(words - rules(code).particles)


def past_function_words(spans: Sequence[NameSpan], languages: Sequence[tuple[int, int, str | None]]) -> list[NameSpan]:
    """Name spans of another tagger (the English model's, run over every passage) with the
    capitalised function words and verbs that open a sentence of a rule language cut off
    ("Im März 1933 wurde sie ...", "Narodila se ..."): a span left with one word ("März",
    "Krieg": German capitalises nouns) or none is dropped. ``languages`` holds (start, end,
    code) of the document's passages."""
    out = []
    for span in spans:
        code = next((c for a, b, c in languages if a <= span.start < b), None)
        if code not in LANGUAGES or prose_han.is_han(code) or prose_arabic.is_arabic(code):
            out.append(span)
            continue
        text, start, stop = span.text, span.start, _not_name_words(code)
        while (m := re.match(r"(\S+)\s*", text)) and (m.group(1).lower() in stop or m.group(1).lower().rstrip(".") in stop):
            text, start = text[m.end():], start + m.end()
        if start == span.start:
            out.append(span)
        elif len(text.split()) > 1:  # "Nach Otto Brandt"; a lone word left ("Im Krieg") is a noun
            out.append(NameSpan(start, start + len(text), text))
    return out


def read_language(doc: Document, code: str, passages: Sequence[Passage], names: Sequence[Any],
                  assignment: Mapping[int, str], people: Mapping[str, Any], main: Any,
                  skip: Sequence[tuple[int, int]] = ()) -> list[Claim]:
    """Claims of the passages of language ``code`` of one document (parsed with the
    language's pipeline, loaded on first use). Han-script languages have their own reader
    (``factoid.extract.prose_han``), keyed on characters. No passages, nothing compiled
    (see ``find_names``)."""
    if not passages:
        return []
    if prose_han.is_han(code):
        return prose_han.read_language(doc, code, passages, names, assignment, people, main, skip)
    if prose_arabic.is_arabic(code):
        return prose_arabic.read_language(doc, code, passages, names, assignment, people, main, skip)
    reader = RuleReader(doc, code, names, assignment, people, main)
    for passage in passages:
        reader.read_passage(passage, parse(code, passage.text), skip)
    return _without_covered_years(reader.claims)


_LIFE_DATES = frozenset({"date_of_birth", "date_of_death"})


def _without_covered_years(claims: list[Claim]) -> list[Claim]:
    """Drop a bare year of birth or death (a life-span bracket) when the same document
    states a day or month inside that year for the same person: the vaguer claim adds no
    source and would only blur the precise one."""
    precise = {(c.subject, c.property, c.value[:4]) for c in claims
               if c.property in _LIFE_DATES and len(c.value) > 4 and c.value[:4].isdigit()}
    return [c for c in claims if not (c.property in _LIFE_DATES and len(c.value) == 4
                                      and (c.subject, c.property, c.value) in precise)]
