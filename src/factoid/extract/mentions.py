"""Finding the places where a document names a person.

spaCy's small English model finds most full names, but misses initials ("M.P. Frinovsky"),
Cyrillic names and bare surnames it has not seen as people, and it turns glued infobox lines
into junk ("NationalityUkrainian", "Preceded"). So its PERSON entities are cleaned and then
completed by three patterns: initials + surname, Cyrillic capitalised sequences, and every
later bare occurrence of a surname the document has already introduced.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import unquote, urlsplit

from spacy.tokens import Doc

from factoid.dates._lexicon import lexicon as _date_lexicon
from factoid.extract.infobox import labels as infobox_labels
from factoid.gazetteer import is_city, is_place_name
from factoid.names import fold
from factoid.names import parse_name as _parse_name
from factoid.names.parse import BYNAME_PARTICLES, TITLES
from factoid.names.given import is_known_given_name

#: A pure function of the string (``NameParts`` is frozen), asked again for every mention of
#: the same name form: each form parsed once per process.
parse_name = lru_cache(maxsize=65_536)(_parse_name)

#: Letters of names in Latin script, beyond ASCII: "Bronisława", "Łukasz", "Dvořák".
_UPPER_LETTERS = "A-ZÀ-ÖØ-ÞĀ-ſ"
_LOWER_LETTERS = "a-zß-öø-ÿĀ-ſ"
U, L = _UPPER_LETTERS, _LOWER_LETTERS  # short names for the character classes below
_INITIALS = re.compile(
    rf"\b(?:[{U}]\.\s?){{1,3}}[{U}][{L}]+(?:-[{U}][{L}]+)?\b"
    rf"|\b[{U}][{L}]{{2,}}(?:-[{U}][{L}]+)?\s(?:[{U}]\.\s?){{2}}(?![{U}{L}])"
)
#: "Artur Artuzov": a known given name, an optional patronymic and a capitalised surname, which
#: the small model misses in short sentences.
_GIVEN_FIRST = re.compile(rf"\b([{U}][{L}]+)((?:\s+[{U}][{L}]+(?:ovich|evich|ovna|evna|ich|ichna))?\s+[{U}][{L}]{{2,}}(?:-[{U}][{L}]+)?)\b")
_SLAVIC_SURNAME = re.compile(r"(?:ov|ev|yov|ova|eva|in|ina|sky|skiy|skii|skaya|ski|ska|enko|uk|yuk|vich|dze|shvili|yan)$")
#: "his wife Antonina", "their son Alexander": a capitalised word right after a kinship noun.
_AFTER_KIN = re.compile(
    r"\b(?:wife|husband|widow|son|daughter|stepson|stepdaughter|sister|brother|mother|father)\s*,?\s+"
    rf"((?:[{U}][{L}]+)(?:\s+[{U}][{L}]+){{0,2}})"
)
#: The rest of an Arabic or Persian name the small model cuts short: "Najm" of "Najm ad-Din
#: Ayyub", "Yusuf" of "Yusuf ibn Tashfin".
_ARABIC_TAIL = re.compile(
    r"(?:[ \t]+(?:(?:a[dlnrstz]|u[dl]|e[dl])-[A-Z][\w'’]*|(?:ibn|bin|bint|abu)[ \t]+[A-Z][\w'’-]*))+"
    r"(?:[ \t]+[A-Z][\w'’-]*(?![\w'’-]))?"
)
#: The name an alias phrase introduces, which the model often misses because it stands
#: alone: "also known in the West as Saladin", "later called Tamerlane".
_ALIAS_NAME = re.compile(
    r"\b(?:(?:known|referred to|remembered)\b[^.;:\n]{0,30}?\bas|(?:also|later|often|commonly|usually|simply|popularly) called"
    r"|nicknamed|surnamed|dubbed|born as|(?:pen|stage|regnal|birth) name(?: was| is)?|name in [A-Z][a-z]+,?)"
    r"\s+[\"“‘']?"
    r"((?:the\s+)?[A-Z][\w'’-]+(?:[ \t]+(?:(?:of|the|ad|al|ibn|bin|de)[ \t]+)?[A-Z][\w'’-]+){0,3})"
)
#: More names after an alias name, in a list: "by his name in English, Tamerlane or Tamburlaine".
_ALIAS_MORE = re.compile(
    r"[\"”’')]*(?:\s*,\s*(?:or\s+)?|\s+or\s+)[\"“‘']?"
    r"([A-Z][\w'’-]+(?:[ \t]+(?:(?:of|the|ad|al|ibn|bin|de)[ \t]+)?[A-Z][\w'’-]+){0,3})"
)
#: A full name that quotes a nickname: John Henry "Doc" Holliday, Harold "Kim" Philby.
_NICKNAMED = re.compile(
    rf"\b[{_UPPER_LETTERS}][{_LOWER_LETTERS}]+(?:\s+[{_UPPER_LETTERS}][{_LOWER_LETTERS}]+){{0,3}}"
    rf"\s+[\"“‘']([{_UPPER_LETTERS}][{_LOWER_LETTERS}]+(?:\s[{_UPPER_LETTERS}][{_LOWER_LETTERS}]+)?)[\"”’']"
    rf"\s+[{_UPPER_LETTERS}][{_LOWER_LETTERS}]+(?:-[{_UPPER_LETTERS}][{_LOWER_LETTERS}]+)?\b"
)
#: "her siblings were Zofia (born 1862), Józef and Helena": a list of names after a plural
#: kinship noun, which the model misses when they stand alone.
_KIN_LIST = re.compile(
    r"\b(?:siblings|sisters|brothers|children|sons|daughters)\b(?:\s+(?:were|was|are|included|named))?\s*:?\s+"
    r"((?:[A-Z][\w'’-]+(?:\s*\([^)]{0,30}\))?(?:,\s*(?:and\s+)?|\s+and\s+)?)+)"
)
#: A cited author's surname and comma right before initials ("Lee, R. Blackbeard the
#: Pirate (1974)"): the initials are the author's, the word after them a title's.
_AUTHOR_BEFORE = re.compile(rf"(?:^|[;:.(\n]\s*|\s)[{U}][{L}]+(?:-[{U}][{L}]+)?,\s$")
_INITIAL_START = re.compile(rf"[{U}]\.\s?[{U}]")
#: The rest of a citation after the title: "(1974)", "(Tehran, 1955)".
_CITED_AFTER = re.compile(r"[^\n;]{0,80}?\((?:[^()\n]{0,30}?,\s*)?\d{4}\)")


def _cited_author(text: str, start: int) -> bool:
    """Initials at ``start`` that belong to a cited author ("Lee, R. Blackbeard the Pirate
    (1974)"): a surname and comma before them, a year in brackets closing the citation."""
    return bool(_AUTHOR_BEFORE.search(text, max(0, start - 40), start)) and bool(_CITED_AFTER.match(text, start))
_CYRILLIC = re.compile(r"\b[А-ЯЁ][а-яё]+(?:\s+[А-ЯЁ][а-яё]+){1,2}\b")
_TITLES = re.compile(
    r"^(?:(?:Gen|Gen\.|General|Marshal|Admiral|Colonel|Col\.|Major|Captain|Lieutenant|Comrade|Prince|"
    r"Princess|Count|Countess|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Sir|Lord|President|Premier|Chairman|Commissar|"
    r"People's Commissar|Deputy|Chekist|Saint|St\.)\s+)+"
)
#: A capitalised word that opens a sentence and that the model takes into the name after it:
#: conjunctions, adverbs, prepositions ("After Lyushkov", "Though Lyushkov", "But Salahuddin").
_LEADING_WORD = re.compile(
    r"^(?:After|Before|Though|Although|But|And|Or|So|Yet|Then|When|While|Whilst|Where|Once|Since|"
    r"Because|If|Unlike|Like|As|At|By|For|From|In|Into|On|Of|To|With|Without|Under|Upon|During|"
    r"Meanwhile|However|Later|Also|Only|Even|Still|Thus|Hence|Soon|Here|There|Now|Today|Young|"
    r"Both|Neither|Either|Every|Many|Some|This|That|These|Those|When|Did|Does|Was|Is|Has|Had|Let|"
    r"Although|According|Despite|Whereas|Whom|Whose|Why|How|What|Which|Who|Dear|"
    # the same in Russian: "Через Блюмкина", "Тогда Всеволод", "После Урицкого"
    r"Через|Тогда|После|Перед|Когда|Однако|Также|Потом|Затем|Позже|Поэтому|Хотя|Если|Пока|Для|При|"
    r"Как|Так|Это|Но|И|А|В|Во|На|По|Из|От|До|Под|Над|Между|Про|Со|С|К|У|О|Об)\s+(?=[A-ZА-ЯЁ])"
)
_LABEL_WORDS = {
    "preceded", "succeeded", "born", "died", "spouse", "children", "nationality", "image", "video",
    "anonim", "anonymous", "unknown", "reply", "said", "cause", "office", "relatives", "parents",
}
_GLUED = re.compile(r"[a-z][A-Z]")
#: Lower-case words a name may hold between capitalised ones: particles and the "of"/"the"
#: of epithets ("Joan of Arc", "Timur the Lame", "Salah ad-Din").
_LOWER_INSIDE = frozenset({"de", "von", "van", "der", "la", "le", "di", "da", "du", "del", "ibn", "bin",
                           "of", "the", "d", "ad", "al", "ud", "ed", "el", "y"})
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
#: A heading's word after the name it is about ("Simón Bolívar Biography", "Ada Byron Papers"):
#: the tagger takes it into the name, which then matches no other form of the person.
_HEADING_TAIL = re.compile(r"\s+(?:Biography|Papers|Collection|Obituary|Profile|Timeline|Facts|Quotes)$")


@dataclass(frozen=True)
class NameSpan:
    """A name as written, at absolute offsets in the document text."""

    start: int
    end: int
    text: str


def _trim(text: str, start: int) -> tuple[str, int] | None:
    """Strip titles, possessives and stray punctuation; None when nothing name-like is left."""
    stripped = text.strip(" \t\n\"'“”‘’,.;:()[]")
    start += text.find(stripped) if stripped else 0
    lead = _LEADING_WORD.match(stripped)
    if lead and lead.end() < len(stripped):
        start += lead.end()
        stripped = stripped[lead.end():]
    m = _TITLES.match(stripped)
    if m:
        start += m.end()
        stripped = stripped[m.end():]
    pm = _POSSESSIVE.search(stripped)
    if pm and len(stripped) > 3:
        stripped = stripped[: pm.start()]
    tail = _HEADING_TAIL.search(stripped)
    if tail and tail.start() > 0:
        stripped = stripped[: tail.start()]
    stripped = stripped.rstrip(" ,.;:")
    return (stripped, start) if stripped else None


def looks_like_name(text: str) -> bool:
    """Reject what the small model mislabels as people: glued infobox labels, acronyms,
    lower-case words, digits, label words, over-long spans."""
    tokens = text.split()
    if not tokens or len(tokens) > 5 or any(ch.isdigit() for ch in text):
        return False
    if _GLUED.search(text.replace("Mc", "").replace("Mac", "")):
        return False
    for tok in tokens:
        word = tok.strip(".,'’()-\"“”«»‘")
        if not word:
            continue
        if word.lower() in _LABEL_WORDS:
            return False
        if not _capital(word):
            if word.lower() not in _LOWER_INSIDE or tok is tokens[-1]:
                return False
            if tok is tokens[0] and (word.lower() in _EPITHET_WORDS or is_place_name(" ".join(tokens[1:]))):
                return False  # "of Arc", "de Rouen"
        if len(word) > 1 and word.isupper() and "." not in tok and not _ruler_number(tok, tokens, text):
            return False
    if len(tokens) == 1 and _not_a_person_word(tokens[0].strip(".,'’")):
        return False
    if len(tokens) > 1 and all(fold(t) in TITLES for t in tokens[:-1]) and fold(tokens[-1]) in _GROUP_WORDS:
        return False  # "Grand Vizier": titles before a title word name nobody
    parts = parse_name(text)
    return bool(parts.surname or parts.given)


#: A ruler's or a son's number after a name (II to XXXIX).
_ROMAN = re.compile(r"^(?=[IVX]{2,}$)X{0,3}(?:IX|IV|V?I{0,3})$")


def _ruler_number(tok: str, tokens: list[str], text: str) -> bool:
    """A Roman numeral in a name of two more words ("Cleopatra VII Philopator", "George
    Edward Fossey III"), not inside a wiki link's target and label run together ("Stefan
    Dečanski|Stefan Uroš III": two names). After one word alone ("Ingvar III") the name is
    left to the cues and rules that read the numeral beside it, as before."""
    if "|" in text or tok is tokens[0] or _ROMAN.match(tok.strip(".,'’()-\"“”«»‘")) is None:
        return False
    return sum(1 for t in tokens if not _ROMAN.match(t.strip(".,"))) >= 2


_IDEOLOGY = re.compile(r"(?:ists?|isms?|ites?|viks?|ians?)$")
_GROUP_WORDS = {"jew", "jews", "cossack", "chekist", "chekists", "soviet", "soviets", "comrade", "tsar", "czar",
                "emperor", "marshal", "general", "commissar", "god", "christ", "gulag", "kremlin", "politburo",
                # a ruler's or minister's title standing alone ("was Grand Vizier of Persia")
                "king", "queen", "sultan", "shah", "emir", "caliph", "vizier", "pope", "pharaoh"}


def _not_a_person_word(word: str) -> bool:
    """A lone capitalised word that names a group, an ideology or a city, not a person:
    "Bolshevik", "Trotskyist", "Jew", "Babruysk". A real surname so filtered still comes back
    through ``find_known_surnames`` once the document has used it in a full name."""
    low = word.lower()
    if low in _GROUP_WORDS or _IDEOLOGY.search(low):
        return True
    return is_city(word) and not is_known_given_name(word)


_LOCATIVE = {"in", "at", "near", "from", "to", "into", "outside", "of"}


def _place_after_preposition(doc: Doc, ent) -> bool:  # type: ignore[no-untyped-def]
    """"the city of Dairen", "in Dairen": a gazetteer place after a locative preposition is
    a place, whatever the model labelled it."""
    return ent.start > 0 and doc[ent.start - 1].lower_ in _LOCATIVE and is_place_name(ent.text)


#: Prepositions after which a lone capitalised word is where something is, not who.
_STRICT_LOCATIVE = {"in", "at", "near"}


def _lone_word_after_locative(doc: Doc, ent) -> bool:  # type: ignore[no-untyped-def]
    """"born at Husinec", "the museum in Husinec": one word after "in", "at" or "near" is a
    place, though the gazetteer does not know the village (a person there is named in full,
    or in a possessive: "in Hus's writings"), unless it is a given name ("at Maria's")."""
    if len(ent) != 1 or ent.start == 0 or doc[ent.start - 1].lower_ not in _STRICT_LOCATIVE:
        return False
    after = doc[ent.end].text if ent.end < len(doc) else ""
    return after not in {"'s", "’s", "'", "’"} and not is_known_given_name(ent.text)


def _field_label(text: str, start: int, end: int) -> int:
    """The length of an infobox label that opens a line and that the model took into the
    name after it ("Revised Romanization Sejong", "Birth name Yi Do"), else 0."""
    if start and text[start - 1] != "\n":
        return 0
    m = infobox_labels.prefix_pattern().match(text, start, end)
    if m is None or m.end() >= end or not text[m.end()].isspace():
        return 0
    return m.end() - start + len(text[m.end() : end]) - len(text[m.end() : end].lstrip())


def _month_in_date(doc: Doc, ent) -> bool:  # type: ignore[no-untyped-def]
    """"Am 8. Juli 1914", "le 3 mai": a month name of any language between numbers is a
    date's, though the model took the capitalised word for a person."""
    if len(ent) != 1 or ent.text.lower().rstrip(".") not in _date_lexicon().month_number:
        return False
    before = doc[ent.start - 1].text.rstrip(".") if ent.start > 0 else ""
    after = doc[ent.end].text if ent.end < len(doc) else ""
    return before.isdigit() or after[:1].isdigit()


def _given_name_before(doc: Doc, start: int) -> int:
    """The model sometimes leaves the given name out of "Vasily Mikhailovich Blokhin":
    take a known given name standing right before the entity back in."""
    if start > 0:
        prev = doc[start - 1]
        if prev.is_alpha and prev.text[0].isupper() and is_known_given_name(prev.text):
            return start - 1
    return start


def _full_russian_name(text: str) -> bool:
    """Given name, patronymic and surname: a person whatever label the model gave it (the
    small model often calls "Lyudmila Yakovlevna P." an organisation)."""
    parts = parse_name(text)
    return bool(parts.given and parts.patronymic and parts.surname)


class _Found:
    """Name spans of one passage, none inside another, indexed by start so that placing a
    new span looks only at the spans that can overlap it (a long one-line text has
    thousands of names; a scan over all of them per name was quadratic)."""

    def __init__(self) -> None:
        self.spans: dict[tuple[int, int], NameSpan] = {}
        self.starts: list[int] = []  # sorted distinct starts
        self.by_start: dict[int, list[tuple[int, int]]] = {}
        self.longest = 0

    def near(self, start: int, end: int) -> list[tuple[int, int]]:
        """Keys of the spans that may contain, or lie inside, [start, end)."""
        lo = bisect.bisect_left(self.starts, start - self.longest)
        hi = bisect.bisect_right(self.starts, end)
        return [k for s in self.starts[lo:hi] for k in self.by_start[s]]

    def remove(self, key: tuple[int, int]) -> None:
        del self.spans[key]
        keys = self.by_start[key[0]]
        keys.remove(key)
        if not keys:
            del self.by_start[key[0]]
            self.starts.pop(bisect.bisect_left(self.starts, key[0]))

    def put(self, span: NameSpan) -> None:
        key = (span.start, span.end)
        if span.start not in self.by_start:
            bisect.insort(self.starts, span.start)
            self.by_start[span.start] = []
        self.by_start[span.start].append(key)
        self.spans[key] = span
        self.longest = max(self.longest, span.end - span.start)


def _add(found: _Found, text: str, start: int) -> None:
    text = re.split(r"\s[-–—]\s|\n", text, maxsplit=1)[0]  # a spaced dash or a line break ends a name
    trimmed = _trim(text, start)
    if trimmed is None:
        return
    name, at = trimmed
    if not looks_like_name(name):
        return
    _put_longest(found, NameSpan(at, at + len(name), name))


def _put_longest(found: _Found, span: NameSpan) -> None:
    """Keep ``span`` unless a kept span covers it, dropping the kept spans it covers: a longer
    span over the same place wins ("G.S. Lyushkov" over "Lyushkov"); spans kept never nest,
    so the new one is either inside one of them or contains none of them."""
    near = found.near(span.start, span.end)
    if any(s <= span.start and span.end <= e for s, e in near):
        return
    for s, e in near:
        if span.start <= s and e <= span.end:
            found.remove((s, e))
    found.put(span)


#: A dictionary's entry head: the surname in capitals, the given names in brackets after it
#: ("BASSI (Laura Maria Caterina), épouse ...", "Notice DURAND (Jeanne)").
_CAPS_SURNAME_FIRST = re.compile(
    rf"(?<![\w'’-])([{U}]{{3,}}(?:-[{U}]{{3,}})?)[ \t]*\(([{U}][{L}]+(?:[ \t]+[{U}][{L}]+){{0,3}})\)"
)


def _add_caps_surname_first(found: _Found, m: re.Match[str], base: int) -> None:
    """A dictionary's "SURNAME (Given names)" as one name span, when the surname is a word
    (it has a vowel) and the bracket is no place ("USSR (Soviet Union)" is not a name; many
    surnames are also some village's name, so the surname is not asked);
    ``names.parse`` reads the form as "Surname, Given names". It replaces the spans of the
    given names inside it, as a longer span does."""
    surname, given = m.group(1), m.group(2)
    if not re.search(r"[AEIOUYÀ-ÖØ-Ý]", surname) or is_place_name(given):
        return
    if not looks_like_name(f"{given} {surname.title()}"):
        return
    _put_longest(found, NameSpan(base + m.start(), base + m.end(), m.group(0)))


#: A dictionary's or encyclopedia's entry opening with its headword in capitals and the life
#: dates in brackets after it ("MAUD OF ARDEN (1310-1372), abbess ...", "KOVAR (b. 1804)"): a
#: line that starts with capitals only, then a bracket holding a year.
_CAPS_HEADWORD = re.compile(
    rf"^[ \t]*([{U}][{U}'’-]+(?:[ \t]+[{U}][{U}'’-]+){{0,4}})(?=[ \t]*\((?:[a-z]{{1,2}}\.[ \t]*)?\d{{3,4}})",
    re.MULTILINE,
)


#: A ruler named by a given name and a number, a bracket after it ("Otto IV. (1175-1218)",
#: "Anna II (d. 1300)"): an old book's dot after the number hides it from the tagger.
_NUMBERED_RULER = re.compile(rf"(?<![\w'’-])([{U}][{L}]+[ \t]+[IVX]{{1,6}})\.?(?=[ \t]*\()")


def numbered_rulers(text: str) -> list[tuple[int, str]]:
    """A known given name with a ruler's number before a bracket, with its offset."""
    return [(m.start(1), m.group(1)) for m in _NUMBERED_RULER.finditer(text)
            if is_known_given_name(m.group(1).split()[0]) and _ROMAN.match(m.group(1).split()[1])]


#: The years' bracket of an entry head and the comma that goes on to describe its person
#: ("(1310-1372), abbess of ...").
_ENTRY_BRACKET = re.compile(r"[ \t]*\([^()\n]{1,40}\)[ \t]*,")
#: Words that open a capitalised heading of a thing, not of a person.
_ARTICLES = frozenset({"THE", "A", "AN", "LE", "LA", "LES", "DER", "DIE", "DAS", "EL", "IL", "LO"})


def caps_headwords(text: str) -> list[tuple[int, str]]:
    """The capitalised headwords of dictionary entries in a text, with their offsets: each is
    a person's name (a known given name first, or a comma after the years that goes on to say
    who the person was; a vowel in every word; a name once its case is mended), written in
    the capitals that the tagger does not take for a name; "THE GREAT FIRE (1666)" heads no
    life."""
    out = []
    for m in _CAPS_HEADWORD.finditer(text):
        words = m.group(1).split()
        entry = _ENTRY_BRACKET.match(text, m.end())
        if not is_known_given_name(words[0].title()) and (entry is None or words[0] in _ARTICLES):
            continue
        if all(re.search(r"[AEIOUYÀ-ÖØ-Ý]", w) for w in words) and not is_place_name(m.group(1).title()):
            if looks_like_name(" ".join(w.lower() if w.lower() in BYNAME_PARTICLES else w.title() for w in words)):
                out.append((m.start(1), m.group(1)))
    return out


def find_names(doc: Doc, base: int, text: str | None = None) -> list[NameSpan]:
    """Name spans in one parsed passage whose text starts at ``base`` in the document.
    ``text`` is the passage's text when the caller has it: the text the doc was parsed from,
    which ``doc.text`` would rebuild from every token."""
    found = _Found()
    text = doc.text if text is None else text
    for ent in doc.ents:
        if ent.label_ == "PERSON" and (_place_after_preposition(doc, ent) or _month_in_date(doc, ent)
                                       or _lone_word_after_locative(doc, ent)):
            continue
        if ent.label_ == "PERSON" or (len(ent) >= 2 and _full_russian_name(ent.text)):
            if _INITIAL_START.match(ent.text) and _cited_author(text, ent.start_char):
                continue  # "Adamiyat, F. Amir Kabir and Iran": a cited author's initial before a title
            start = _given_name_before(doc, ent.start)
            tail = _ARABIC_TAIL.match(text, ent.end_char)
            end = tail.end() if tail and ent.label_ == "PERSON" else ent.end_char
            at = doc[start].idx + _field_label(text, doc[start].idx, end)
            _add(found, text[at:end], base + at)
    for pattern in (_INITIALS, _CYRILLIC):
        for m in pattern.finditer(text):
            if pattern is _INITIALS and _cited_author(text, m.start()):
                continue  # "Lee, R. Blackbeard the Pirate": an author's initial and a book's title
            _add(found, m.group(0), base + m.start())
    for m in _CAPS_SURNAME_FIRST.finditer(text):
        _add_caps_surname_first(found, m, base)
    for at, head in caps_headwords(text) + numbered_rulers(text):
        _put_longest(found, NameSpan(base + at, base + at + len(head), head))
    for m in _AFTER_KIN.finditer(text):
        _add(found, m.group(1), base + m.start(1))
    for m in _KIN_LIST.finditer(text):
        for w in re.finditer(r"[A-Z][\w'’-]+(?![^(]*\))", m.group(1)):
            if is_known_given_name(w.group()) or not _not_a_person_word(w.group()):
                _add(found, w.group(), base + m.start(1) + w.start())
    for m in _ALIAS_NAME.finditer(text):
        for name, at in _alias_names(text, m):
            if is_place_name(name) or name.split()[0] in {"The", "A", "An"}:
                continue  # "dubbed 'The Trial of the Century'"
            if name.startswith("the "):  # an epithet given as a name: nicknamed "the Terrible"
                _add_epithet(found, name, base + at)
            else:
                _add(found, name, base + at)
    for m in _NICKNAMED.finditer(text):
        _add(found, m.group(0), base + m.start())
    for m in _GIVEN_FIRST.finditer(text):
        surname = m.group(2).split()[-1]
        given_ok = is_known_given_name(m.group(1)) or _SLAVIC_SURNAME.search(surname)
        if given_ok and not is_known_given_name(surname) and not _not_a_person_word(surname) and not _not_a_person_word(m.group(1)):
            _add(found, m.group(0), base + m.start())
    return sorted(found.spans.values(), key=lambda s: s.start)


#: Particles inside a surname that a tagger may cut a name at ("Anna Maria | von | Ahlen"):
#: not "of" or "the", which join a name to a title or a place as often as to its byname.
_JOIN_PARTICLES = frozenset({"von", "van", "de", "da", "di", "du", "del", "della", "der", "den", "zu", "ter", "ten"})


def join_particles(spans: list[NameSpan], text: str) -> list[NameSpan]:
    """Two names parted by one surname particle only ("Karl Friedrich" "von" "Arnstadt") as
    one name: the tagger took the words after the particle for another person, who then
    takes the brackets and claims written after the whole name."""
    out: list[NameSpan] = []
    for span in sorted(spans, key=lambda s: s.start):
        prev = out[-1] if out else None
        gap = text[prev.end : span.start] if prev else ""
        if prev and gap.strip() in _JOIN_PARTICLES and gap.startswith(" ") and gap.endswith(" ") and len(gap) <= 6 \
                and len(prev.text.split()) >= 1 and looks_like_name(f"{prev.text}{gap}{span.text}"):
            out[-1] = NameSpan(prev.start, span.end, f"{prev.text}{gap}{span.text}")
        else:
            out.append(span)
    return out


#: A name with one capitalised word in brackets between its given names and its surname, as
#: newspapers write a nickname ("George Herman (Babe) Ruth").
_BRACKETED_NICKNAME = re.compile(r"[^\W\d_][^()\n]*\s\([^\W\d_][\w'’-]*\)\s[^\W\d_][^()\n]*")


def join_bracketed_nickname(spans: list[NameSpan], text: str) -> list[NameSpan]:
    """A name cut by a bracketed nickname ("George Herman (Babe" and "Ruth") as one name: the
    tagger stops at the bracket, and the surname alone then goes to a relative of that name."""
    out: list[NameSpan] = []
    for span in sorted(spans, key=lambda s: s.start):
        prev = out[-1] if out else None
        whole = text[prev.start:span.end] if prev is not None else ""
        if prev is not None and len(text[prev.end:span.start]) <= 12 and _BRACKETED_NICKNAME.fullmatch(whole):
            out[-1] = NameSpan(prev.start, span.end, whole)
        else:
            out.append(span)
    return out


#: A name part that says whose son or daughter its bearer is ("ibn Mubarak", "bint Ali").
_NASAB = re.compile(r"(?:ibn|bin|bint|ben)[ \t]")


def join_nasab(spans: list[NameSpan]) -> list[NameSpan]:
    """A name and the "ibn X" right after it are one name ("Abu'l-Fazl ibn Mubarak"): cut
    in two, the "ibn X" part became a person of its own, and then the father's name it
    shares ("Shaikh Mubarak"), so the father was shown as "ibn Mubarak"."""
    out: list[NameSpan] = []
    for span in spans:
        prev = out[-1] if out else None
        if prev is not None and span.start == prev.end + 1 and _NASAB.match(span.text):
            out[-1] = NameSpan(prev.start, span.end, f"{prev.text} {span.text}")
            continue
        out.append(span)
    return out


def _add_epithet(found: _Found, text: str, start: int) -> None:
    """An epithet a source gives as a person's name ("the Lame", "the Terrible"): kept whole,
    article included, when the one word after the article looks like a name (a longer
    "known as the Hollow Nickel Case" names a thing)."""
    rest = text[4:]
    if " " not in rest and looks_like_name(rest) and not _not_a_person_word(rest.split()[0]):
        _put_longest(found, NameSpan(start, start + len(text), text))


def _alias_names(text: str, m: re.Match[str]) -> list[tuple[str, int]]:
    """The name an alias phrase introduces and those listed after it ("Tamerlane or
    Tamburlaine"), each with its offset in ``text``."""
    out = [(m.group(1), m.start(1))]
    end = m.end(1)
    while len(out) < 5 and (more := _ALIAS_MORE.match(text, end)):
        out.append((more.group(1), more.start(1)))
        end = more.end(1)
    return out


def find_known_surnames(text: str, base: int, surnames: set[str], taken: list[NameSpan]) -> list[NameSpan]:
    """Bare occurrences of surnames already introduced in the document ("Lyushkov's flight"),
    which the model often tags as an organisation or misses."""
    if not surnames:
        return []
    pattern = re.compile(r"\b(" + "|".join(sorted(map(re.escape, surnames), key=len, reverse=True)) + r")(?:'s|’s)?\b")
    spans = []
    covered = sorted((s.start, s.end) for s in taken)
    starts = [s for s, _ in covered]
    reach = list(itertools.accumulate((e for _, e in covered), max))  # furthest end so far
    for m in pattern.finditer(text):
        start, end = base + m.start(1), base + m.end(1)
        i = bisect.bisect_right(starts, start)
        if i and reach[i - 1] > start:  # a taken span with s <= start < e
            continue
        spans.append(NameSpan(start, end, m.group(1)))
    return spans


# ---------------------------------------------------------------------------------------
# The document's own word on its subject: the URL it was saved from and its heading line.

_URL_LINE = re.compile(r"\A\s*URL:\s*(\S+)")
#: Words of page addresses and headings that are never the subject's name.
_WEB_WORDS = frozenset(
    """wiki wikipedia article articles biography biographies blog blogs news essay essays page
    category questions question answers magazine history story stories title user writeups html
    htm php index view students kids today born died life people person famous facts""".split()
)
#: Words that end the name of an archive's holding, not of a person ("Thaddeus Kosciuszko
#: Papers", "Smith Family Collection"): a finding aid's address spells them with the name.
_COLLECTION_WORDS = frozenset("papers collection collections archive archives fonds records correspondence manuscripts".split())
#: Catalan writes a geminated l with a middle dot inside a word ("Tul·li"): part of the word.
GEMINATE_L = r"(?<=[lL])·(?=l)"
_NAME_TOKEN = rf"[^\W\d_](?:[\w'’\-]|{GEMINATE_L})*"
#: Lower-case words allowed inside a name: particles and the "of"/"the" of epithets
#: ("Joan of Arc", "Salah ad-Din", "Timur the Lame").
_INNER = _LOWER_INSIDE
_EPITHET_WORDS = frozenset({"of", "the", "d", "ad", "al", "ud", "ed", "el", "y"})
_RUN = re.compile(rf"{_NAME_TOKEN}(?:[ \t]+{_NAME_TOKEN})*")
_HEADING_DECOR = " \t=#|*_>[]"


def _key_words(text: str) -> list[str]:
    """Folded words for comparing a name with a page address ("Jeanne d'Arc" -> jeanne d arc)."""
    return fold(re.sub(r"['’\-]", " ", text)).split()


def _contains(seq: list[str], part: list[str]) -> bool:
    n = len(part)
    return any(seq[i : i + n] == part for i in range(len(seq) - n + 1))


def _url_words(url: str) -> list[str]:
    """The words of an address's path and query, the host left out ("…/wiki/Genghis_Khan")."""
    parts = urlsplit(unquote(url.replace("+", " ")))
    return _key_words(f"{parts.path} {parts.query}")


def _capital(word: str) -> bool:
    """Capitalised, or a particle glued to a capitalised word (d'Arc, ad-Din, al-Ayyub)."""
    return word[0].isupper() or re.match(r"[a-z]{1,3}['’\-][A-Z]", word) is not None


def _name_runs(text: str) -> list[tuple[int, str]]:
    """Capitalised word sequences (with particles inside) that could be a name, each with its
    offset: every sub-run that starts and ends with a capitalised word."""
    out = []
    for m in _RUN.finditer(text):
        words = [(w.start(), w.group()) for w in re.finditer(_NAME_TOKEN, m.group())]
        for i, (si, wi) in enumerate(words):
            if not _capital(wi):
                continue
            for j in range(i, min(i + 5, len(words))):
                sj, wj = words[j]
                if not _capital(wj):
                    if wj.lower().split("-")[0].rstrip("'’") not in _INNER:
                        break
                    continue
                out.append((m.start() + si, m.group()[si : sj + len(wj)]))
    return out


def _plausible(name: str) -> bool:
    words = _key_words(name)
    # a page's word ends the run ("Ferdinand Magellan Biography"): the name is the run before it
    if not words or all(w in _WEB_WORDS or w in _INNER for w in words) or words[-1] in _COLLECTION_WORDS | _WEB_WORDS:
        return False
    if sum(len(w) for w in words) < 4 or not looks_like_name(name):
        return False
    if any(_ROMAN.match(w) for w in name.split()[1:]):
        return False  # "Ingvar III of Gotland": the run before the number is the cue a text confirms
    return len(words) > 1 or not is_place_name(name)


def _from_url(text: str, url: str) -> str | None:
    """The longest name written in the text whose words the page address spells out."""
    address = _url_words(url)
    counts: dict[str, int] = {}
    for _, run in _name_runs(text.split("\n", 1)[-1]):
        words = _key_words(run)
        # a forum thread's address spells its question ("did-petofi-really-die"): the word
        # that opens it is the question's, not the name's, and the run after it is tried too
        if _LEADING_WORD.match(run):
            continue
        if words and words[0] not in _WEB_WORDS and _contains(address, words):
            counts[run] = counts.get(run, 0) + 1
    ranked = sorted(counts, key=lambda r: (len(_key_words(r)), counts[r]), reverse=True)
    return next((r for r in ranked if _plausible(r) or _lived_mononym(r, text)), None)


def _lived_mononym(run: str, text: str) -> bool:
    """A one-word name that is also a place ("Attila", "Spartacus", "Vercingetorix") but that the
    text gives a life: its lifespan in brackets right after it ("Spartacus (c. 103 – 71 BC) was")
    or a sentence where it was born or died. The address spells it, so it is the page's subject."""
    if len(run.split()) != 1 or not looks_like_name(run):
        return False
    name = re.escape(run)
    return bool(re.search(rf"(?:^|[.!?]\s+){name}\s*\((?:c\.\s*|ca\.\s*)?\d{{1,4}}(?:\s*(?:BC|BCE|AD|CE))?\s*[-–]",
                          text, re.MULTILINE)
                or re.search(rf"(?:^|[.!?]\s+){name}\s+(?:was\s+born|died)\b", text, re.MULTILINE))


_COMMA_HEADER = re.compile(
    rf"^(?:\[?\d+\]\s*)?({_NAME_TOKEN}(?:[ \t]+{_NAME_TOKEN})?,[ \t]*\(?{_NAME_TOKEN}\)?(?:[ \t]+\(?{_NAME_TOKEN}\)?){{0,2}}"
    # a catalogue heading may end on a middle initial ("Gamsakhurdia, Zviad K. (1939-1993)")
    rf"(?:[ \t]+[{U}]\.)?)"
    r"(?=\s*(?:[,(;]|\d|$))"
)


#: A line that is only a catalogue's name heading with life dates, as library and archive
#: records write their subject ("Kosciuszko, Thaddeus, 1746-1817."): whatever line it is on.
_AUTHORITY_LINE = re.compile(
    rf"^({_NAME_TOKEN}(?:[ \t]+{_NAME_TOKEN})?,[ \t]*{_NAME_TOKEN}(?:[ \t]+{_NAME_TOKEN}){{0,2}})"
    r",?[ \t]*\(?\d{3,4}[ \t]*[-–][ \t]*\d{3,4}\)?\.?$"
)


#: A catalogue's heading of a person known by one name and a place, after an optional field
#: label: "Author: Bernward, of Lorsch, Saint, 1012-1070", the form authority files give saints
#: and medieval people. The name is the word before the first comma.
_BYNAME_AUTHORITY = re.compile(
    rf"^(?:[^\W\d_][^:\n]{{0,50}}:[ \t]*)?({_NAME_TOKEN}),[ \t]*(?:{'|'.join(sorted(BYNAME_PARTICLES))})[ \t]+{_NAME_TOKEN}"
    rf"(?:,[ \t]*{_NAME_TOKEN})?,?[ \t]*\(?(?:c\.[ \t]*)?\d{{3,4}}[ \t]*[-–][ \t]*\d{{3,4}}\)?\.?$"
)


#: How many of a page's first non-empty lines may hold its name heading.
_HEADING_LINES = 3


def _from_heading(text: str) -> str | None:
    """The heading line when it is a name: a dictionary header "Surname, Given Patronymic"
    ("RAZIN, Stepan Timofeevich (1630-1671)"), or a short line of capitalised words that the
    text repeats ("Genghis Khan"); else a catalogue heading with life dates on any of the
    first lines (a finding aid's "Biographical Note" opens with one)."""
    lines = [ln.strip(_HEADING_DECOR) for ln in text.splitlines()[1:8]]
    # the heading may follow a site's breadcrumb line ("Persons › R", then "Ruyter, Michiel de"):
    # a later line counts only when the name is all of it, as a paragraph opening with
    # "Eitingon, a Belarusian Jew, joined ..." is no heading
    heads = [ln for ln in lines if ln][:_HEADING_LINES]
    return next((n for i, ln in enumerate(heads) if (n := _heading_name(ln, text)) and (i == 0 or n == ln)),
                None) or next(
        (m.group(1) for ln in text.splitlines()[1:20] if (m := _AUTHORITY_LINE.match(ln.strip()))
         and _catalogue_name(m.group(1), text)), None) or _byname_heading(text)


def _byname_heading(text: str) -> str | None:
    """The name of a by-name catalogue heading (``_BYNAME_AUTHORITY``) on one of the first
    lines, when the text writes that name again and it is no place: the record's note then
    calls its subject by that one name ("Bernward was born ...")."""
    for ln in text.splitlines()[1:20]:
        m = _BYNAME_AUTHORITY.match(ln.strip())
        if m and len(re.findall(rf"\b{re.escape(m.group(1))}\b", text)) > 1 and not is_place_name(m.group(1)):
            return m.group(1)
    return None


def _catalogue_name(name: str, text: str) -> bool:
    """"Surname, Given": one word before the comma, a known given name after it or a
    surname the text writes again, and no place or collection word ("Military Leader,
    Statesman" and "Paris, France" are not)."""
    surname, given = (part.strip() for part in name.split(",", 1))
    named = is_known_given_name(given.split()[0]) or len(re.findall(rf"\b{re.escape(surname)}\b", text)) > 1
    return (" " not in surname and named
            and not set(_key_words(name)) & (_WEB_WORDS | _COLLECTION_WORDS)
            and not is_place_name(surname) and not is_place_name(given))


def _heading_name(line: str, text: str) -> str | None:
    """The first heading line as a name (see :func:`_from_heading`), or None."""
    m = _COMMA_HEADER.match(line)
    if m:
        name = m.group(1)
        surname, given = name.split(",")[0], name.split(",")[1].strip(" ()")
        if " " not in surname and not set(_key_words(name)) & _WEB_WORDS:
            # a known given name after the comma makes it a name even where the surname is
            # also a town's (Pugachev); otherwise the surname must recur and not be a city
            if is_known_given_name(given.split()[0]) or (
                not is_city(surname) and len(re.findall(rf"\b{re.escape(surname)}\b", text, re.I)) > 1
            ):
                return name
    runs = _name_runs(line)
    if runs and runs[0][1] == line.strip() and len(line.split()) <= 4 and _plausible(line.strip()):
        if text.count(line.strip()) > 1:
            return line.strip()
    return None


def subject_cues(text: str, title: str | None = None, url: str | None = None) -> tuple[str, ...]:
    """Written names that the document itself gives for its subject: the name its address
    spells ("…/wiki/Joan_of_Arc" and "Joan of Arc" in the text), a heading line that is a
    name, and the name its title gives (``_from_title``; a web page's title and address are
    its metadata, not lines of its text). A page may open with someone else's life (a father,
    a rival); these cues say whose page it is."""
    line = _URL_LINE.match(text)
    by_url = _from_url(text, line.group(1)) if line else _from_url(f"\n{text}", url) if url else None  # past its first line
    heads = caps_headwords(text)
    found = [heads[0][1] if heads else None, by_url, _from_heading(text) or _record_heading(text),
             _from_title(title, text)]
    return tuple(dict.fromkeys(n for n in found if n))


#: A person record's first field after its name line ("Also known as: ...", "Birth: 4 May 1700").
_RECORD_FIELD = re.compile(r"^(?:Also\s+known\s+as|Born|Birth|Bapti[sz]ed|Bapti[sz]m|Christening|Christened)\s*:", re.I)


#: A record's line giving its person's sex ("Female", "Sex: M"), between the name and its fields.
_SEX_LINE = re.compile(r"^(?:(?:Sex|Gender)\s*:\s*)?(?:Female|Male|F|M)\.?$", re.I)


def _without_title_after(line: str) -> str:
    """A name line without the title a comma sets after it ("Elisabeth I, Empress of
    Austria"): the title is the person's office, the words before it the name."""
    head, comma, tail = line.partition(",")
    first = tail.split()[0] if tail.split() else ""
    return head.strip() if comma and fold(first) in TITLES else line


def _record_heading(text: str) -> str | None:
    """The name line of a genealogy or archive person record: a line of capitalised words
    (with particles: "Ana de Lemos y Braga", longer than a heading name may be) that opens with a
    known given name or holds a family name the record repeats, right above its first life field. A record names its person once, so no repetition is asked."""
    lines = [ln.strip(_HEADING_DECOR) for ln in text.splitlines()[1:14]]
    # a record may set the person's sex, or a blank line, between the name and its first field
    lines = [ln for ln in lines if ln and not _SEX_LINE.match(ln)]
    for line, after in zip(lines, lines[1:]):
        line = _without_title_after(line)
        words = line.split()
        if not (2 <= len(words) <= 7) or not _RECORD_FIELD.match(after) or any(ch.isdigit() for ch in line):
            continue
        if not (is_known_given_name(words[0]) or _family_word_again(words, text)):
            continue  # a box's title ("Quick Facts"): no given name, no family name the record repeats
        if any(fold(w) in TITLES for w in words) or is_place_name(line):
            continue  # a box's subtitle ("High King of Ireland") or a place, not its person
        if all(_capital(w) or w in _LOWER_INSIDE for w in words) and _capital(words[-1]):
            return line
    return None


def _whole(words: str) -> str:
    """A pattern for ``words`` standing whole in a text: no letter, apostrophe or hyphen
    right before or after them ("Lemos" not in "Lemosa", "Ana" not in "Ana-Maria")."""
    return rf"(?<![\w'’-]){re.escape(words)}(?![\w'’-])"


def _family_word_again(words: list[str], text: str) -> bool:
    """A record name's later word (a family name) that the record writes again, as its parents'
    and siblings' lines do ("Teodora Vaz de Lemos" above "Father: Rui de Lemos")."""
    return any(len(re.findall(_whole(w), text)) > 1
               for w in words[1:] if w not in _LOWER_INSIDE and len(w) > 3)


#: What separates a page title's parts ("Name | Site", "Name – Site: Section").
_TITLE_PARTS = re.compile(r"\s+[|–—:·-]\s+|\s*[|·]\s*")


def _from_title(title: str | None, text: str) -> str | None:
    """The name a page title opens with, when the text writes it: the title's first part
    ("Lakshmibai, Rani of Jhansi | Empire and Revolt"), a title after the comma left out
    ("Rani of Jhansi": the name is before it), or a heading name there."""
    if not title:
        return None
    head = _TITLE_PARTS.split(title.strip(), maxsplit=1)[0].strip()
    name, _, after = head.partition(",")
    if after and fold(after.split()[0] if after.split() else "") in TITLES:
        head = name.strip()
    elif after:
        return _heading_name(head, text) or _title_byname(name.strip(), text)
    runs = _name_runs(head)
    if runs and runs[0][1] == head and _plausible(head) and re.search(_whole(head), text):
        return head
    return None


def _title_byname(name: str, text: str) -> str | None:
    """A title's part before a comma that is a given name with a byname ("Maud of Arden, six
    centuries on"), when the text writes it: the subject's full name, which the text may go on
    to shorten to the given name alone."""
    words = name.split()
    if len(words) < 3 or words[1] not in BYNAME_PARTICLES:
        return None
    # a given name: a known one, or one the text calls the subject by ("Maud was born ...")
    if not is_known_given_name(words[0]) and not re.search(rf"(?:^|[.!?]\s+){re.escape(words[0])}\s+[a-z]", text,
                                                           re.MULTILINE):
        return None
    if not _plausible(name) or not re.search(_whole(name), text):
        return None
    return name


def find_cue_names(text: str, base: int, cues: tuple[str, ...], taken: list[NameSpan]) -> tuple[list[NameSpan], set[NameSpan]]:
    """Occurrences of the subject cues in one passage, and the starts of taken spans they
    swallow ("Genghis" inside "Genghis Khan"). An occurrence overlapping a longer or equal
    taken span is left to it."""
    added: dict[NameSpan, None] = {}  # in order of finding
    dropped: set[NameSpan] = set()
    taken_index, added_index = _Intervals(taken), _Intervals()
    for cue in sorted(cues, key=len, reverse=True):
        for m in re.finditer(_whole(cue), text):
            start, end = base + m.start(), base + m.end()
            overlapping = taken_index.overlapping(start, end) + added_index.overlapping(start, end)
            if any(s.end - s.start >= end - start for s in overlapping):
                continue
            dropped.update(overlapping)
            for s in overlapping:
                if s in added:
                    del added[s]
                    added_index.remove(s)
            span = NameSpan(start, end, cue)
            added[span] = None
            added_index.add(span)
    return list(added), dropped


class _Intervals:
    """Name spans sorted by start, for finding the few that overlap a stretch of text
    without scanning all of a long document's names."""

    def __init__(self, spans: list[NameSpan] | tuple[NameSpan, ...] = ()) -> None:
        self.items = sorted(spans, key=lambda s: s.start)
        self.starts = [s.start for s in self.items]
        self.longest = max((s.end - s.start for s in self.items), default=0)

    def add(self, span: NameSpan) -> None:
        i = bisect.bisect_right(self.starts, span.start)
        self.starts.insert(i, span.start)
        self.items.insert(i, span)
        self.longest = max(self.longest, span.end - span.start)

    def remove(self, span: NameSpan) -> None:
        i = bisect.bisect_left(self.starts, span.start)
        while self.items[i] != span:
            i += 1
        del self.starts[i], self.items[i]

    def overlapping(self, start: int, end: int) -> list[NameSpan]:
        lo = bisect.bisect_left(self.starts, start - self.longest)
        hi = bisect.bisect_left(self.starts, end)
        return [s for s in self.items[lo:hi] if start < s.end]


#: What a biography says of its subject right after the name that opens a sentence.
_BIO_VERB = r"(?:was|is|had|became|died|married|ruled|led|(?:was\s+)?born)\b"


def _confirmed(cue: str, spans: list[NameSpan], text: str) -> bool:
    """A dictionary header is a name by its shape; any other cue must share a word with a
    name found in the text, or open a biography's sentence ("Timur was born in Kesh") or
    several sentences of any verb, so a headline ("The Sure Shot") or a date in the address is not taken for the subject."""
    if "," in cue or re.match(rf"\s*{re.escape(cue)}(?:,|\s+[a-z(])", text):
        return True  # a dictionary header, or the name the text opens with ("Lakshmibai, the Rani ...")
    words = {w for w in _key_words(cue) if len(w) > 2 and w not in _INNER}
    if any(words & set(_key_words(s.text)) for s in spans):
        return True
    if re.search(rf"(?:^|[.!?]\s+){re.escape(cue)}\s+{_BIO_VERB}", text, re.MULTILINE):
        return True
    if _heading_line(cue, text):
        return True
    # set in bold, as wikis and blogs mark the subject in their opening ("Almost everything about
    # **Pocahontas** is told ...", wikitext's '''X'''): a headline is not bolded inside the text
    if re.search(rf"(?:\*\*|__|''')\s*{re.escape(cue)}\s*(?:\*\*|__|''')", text):
        return True
    # an encyclopedia's opening: the name (and a regnal number), then its dates in brackets
    # ("Sejong the Great (15 May 1397 – 8 April 1450), born ...", "Olaf II (c. 995 – 1030)")
    if re.search(rf"(?:^|[.!?]\s+){re.escape(cue)}(?:\s+[IVX]+)?\s*\([^()\n]{{0,80}}?\b\d{{3,4}}\b", text, re.MULTILINE):
        return True
    # the subject of several sentences or list items of the text, whatever their verbs, with
    # a possessive or an appositive after the name ("Tamerlane grew up ...", "Tamerlane’s army
    # won ...", "Tamerlane, called X, led ..."): a headline is written once, not acted by the text
    opens = re.findall(rf"(?:^|[.!?*]\s+){re.escape(cue)}(?:['’]s)?(?:\s+|,\s+)[a-z]{{2,}}", text, re.MULTILINE)
    return len(opens) >= 2


def _bracketed_heading_names(spans: list[NameSpan], passages: list[tuple[str, int]],
                             cues: tuple[str, ...]) -> list[NameSpan]:
    """The spans with the name a heading line gives in brackets after the subject's cue
    ("Name (Birth Name)"), as one span replacing the pieces the tagger found inside it: the
    heading's other name for the subject, which ``entities.alias_pairs`` joins to the cue."""
    for text, base in passages[:_HEADING_LINES + 3]:
        for cue in cues:
            m = re.fullmatch(rf"\s*{re.escape(cue)}\s*\(([^()\n]{{3,80}})\)\s*", text)
            inner = m.group(1).strip() if m else ""
            if not m or not _plausible(inner) or all(run != inner for _, run in _name_runs(inner)):
                continue
            start = base + m.start(1) + m.group(1).index(inner)
            span = NameSpan(start, start + len(inner), inner)
            kept = [s for s in spans if not (s.start < span.end and span.start < s.end)]
            return sorted([*kept, span], key=lambda s: s.start)
    return spans


def _heading_line(cue: str, text: str) -> bool:
    """Is the cue one of the first lines of the text with the subject's other name beside it:
    "Name (Birth Name)", or "Name" over a line that opens with an alias phrase ("born ...",
    "vlastním jménem ...")? A headline ("The Storm") has no second name; with the address
    or title that gave the cue, a named heading says whose page it is."""
    from factoid.extract.entities import alias_phrases  # entities imports this module

    lines = [ln.strip(_HEADING_DECOR) for ln in text.splitlines()[1:12]]
    heads = [ln for ln in lines if ln][:_HEADING_LINES + 2]
    for i, ln in enumerate(heads):
        m = re.fullmatch(rf"{re.escape(cue)}(?:\s*\(([^()\n]{{3,80}})\))?", ln)
        if m is None:
            continue
        if m.group(1):
            return _plausible(m.group(1).strip())
        below = heads[i + 1] if i + 1 < len(heads) else ""
        return re.match(rf"(?:{alias_phrases()})\s+[{U}]", below, re.IGNORECASE) is not None
    return False


#: A surname followed by a comma and a capitalised word: another record's headword.
_ANOTHER_HEAD = re.compile(rf"\s*,\s*[{U}]")


def _header_surname(cue: str) -> str | None:
    """The surname of a dictionary header cue ("PUGACHEV, EMEL'YAN IVANOVICH" -> "Pugachev"),
    as the text writes it later on its own: the subject, named short."""
    if "," not in cue:
        return None
    surname = cue.split(",", 1)[0].strip()
    if " " in surname or len(surname) < 4:
        return None
    return surname.title() if surname.isupper() else surname


def add_cue_names(spans: list[NameSpan], passages: list[tuple[str, int]], cues: tuple[str, ...]) -> list[NameSpan]:
    """The name spans completed with every occurrence of the confirmed subject cues in the
    given (text, offset) passages; a cue occurrence replaces the shorter spans inside it."""
    whole = "\n".join(t for t, _ in passages)
    cues = tuple(c for c in cues if _confirmed(c, spans, whole))
    if not cues:
        return spans
    short = tuple(s for s in map(_header_surname, cues) if s and s not in cues)
    spans = _bracketed_heading_names(spans, passages, cues)
    cues += short
    added: list[NameSpan] = []
    dropped: set[NameSpan] = set()
    for text, base in passages:
        more, gone = find_cue_names(text, base, cues, spans)
        # the surname heading another record ("Marlow, Jane") is that record's person
        added += [s for s in more if not (s.text in short and _ANOTHER_HEAD.match(text, s.end - base))]
        dropped |= gone
    return sorted([s for s in spans if s not in dropped] + added, key=lambda s: s.start)
