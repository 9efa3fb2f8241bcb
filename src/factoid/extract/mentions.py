"""Finding the places where a document names a person.

spaCy's small English model finds most full names, but misses initials ("M.P. Frinovsky"),
Cyrillic names and bare surnames it has not seen as people, and it turns glued infobox lines
into junk ("NationalityUkrainian", "Preceded"). So its PERSON entities are cleaned and then
completed by three patterns: initials + surname, Cyrillic capitalised sequences, and every
later bare occurrence of a surname the document has already introduced.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from factoid.gazetteer import is_city, is_place_name
from factoid.names import parse_name
from factoid.names.given import is_known_given_name

_INITIALS = re.compile(
    r"\b(?:[A-Z]\.\s?){1,3}[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b"
    r"|\b[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?\s(?:[A-Z]\.\s?){2}(?![A-Za-z])"
)
#: "Artur Artuzov": a known given name, an optional patronymic and a capitalised surname, which
#: the small model misses in short sentences.
_GIVEN_FIRST = re.compile(r"\b([A-Z][a-z]+)((?:\s+[A-Z][a-z]+(?:ovich|evich|ovna|evna|ich|ichna))?\s+[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)\b")
_SLAVIC_SURNAME = re.compile(r"(?:ov|ev|yov|ova|eva|in|ina|sky|skiy|skii|skaya|ski|ska|enko|uk|yuk|vich|dze|shvili|yan)$")
#: "his wife Antonina", "their son Alexander": a capitalised word right after a kinship noun.
_AFTER_KIN = re.compile(
    r"\b(?:wife|husband|widow|son|daughter|stepson|stepdaughter|sister|brother|mother|father)\s*,?\s+"
    r"((?:[A-Z][a-z]+)(?:\s+[A-Z][a-z]+){0,2})"
)
_CYRILLIC = re.compile(r"\b[А-ЯЁ][а-яё]+(?:\s+[А-ЯЁ][а-яё]+){1,2}\b")
_TITLES = re.compile(
    r"^(?:(?:Gen|Gen\.|General|Marshal|Admiral|Colonel|Col\.|Major|Captain|Lieutenant|Comrade|Prince|"
    r"Princess|Count|Countess|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Sir|Lord|President|Premier|Chairman|Commissar|"
    r"People's Commissar|Deputy|Chekist|Saint|St\.)\s+)+"
)
_LABEL_WORDS = {
    "preceded", "succeeded", "born", "died", "spouse", "children", "nationality", "image", "video",
    "anonim", "anonymous", "unknown", "reply", "said", "cause", "office", "relatives", "parents",
}
_GLUED = re.compile(r"[a-z][A-Z]")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


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
    m = _TITLES.match(stripped)
    if m:
        start += m.end()
        stripped = stripped[m.end():]
    pm = _POSSESSIVE.search(stripped)
    if pm and len(stripped) > 3:
        stripped = stripped[: pm.start()]
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
        word = tok.strip(".,'’()-")
        if not word:
            continue
        if word.lower() in _LABEL_WORDS:
            return False
        if not word[0].isupper():
            if word.lower() not in {"de", "von", "van", "der", "la", "le", "di", "da", "ibn", "bin"}:
                return False
        if len(word) > 1 and word.isupper() and "." not in tok:
            return False
    if len(tokens) == 1 and _not_a_person_word(tokens[0].strip(".,'’")):
        return False
    parts = parse_name(text)
    return bool(parts.surname or parts.given)


_IDEOLOGY = re.compile(r"(?:ists?|isms?|ites?|viks?|ians?)$")
_GROUP_WORDS = {"jew", "jews", "cossack", "chekist", "chekists", "soviet", "soviets", "comrade", "tsar", "czar",
                "emperor", "marshal", "general", "commissar", "god", "christ", "gulag", "kremlin", "politburo"}


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


def _add(found: dict[tuple[int, int], NameSpan], text: str, start: int) -> None:
    text = re.split(r"\s[-–—]\s|\n", text, maxsplit=1)[0]  # a spaced dash or a line break ends a name
    trimmed = _trim(text, start)
    if trimmed is None:
        return
    name, at = trimmed
    if not looks_like_name(name):
        return
    span = NameSpan(at, at + len(name), name)
    # a longer span over the same place wins ("G.S. Lyushkov" over "Lyushkov")
    for (s, e) in list(found):
        if s <= span.start and span.end <= e:
            return
        if span.start <= s and e <= span.end:
            del found[(s, e)]
    found[(span.start, span.end)] = span


def find_names(doc: Doc, base: int) -> list[NameSpan]:
    """Name spans in one parsed passage whose text starts at ``base`` in the document."""
    found: dict[tuple[int, int], NameSpan] = {}
    for ent in doc.ents:
        if ent.label_ == "PERSON" and _place_after_preposition(doc, ent):
            continue
        if ent.label_ == "PERSON" or (len(ent) >= 2 and _full_russian_name(ent.text)):
            start = _given_name_before(doc, ent.start)
            _add(found, doc.text[doc[start].idx : ent.end_char], base + doc[start].idx)
    for pattern in (_INITIALS, _CYRILLIC):
        for m in pattern.finditer(doc.text):
            _add(found, m.group(0), base + m.start())
    for m in _AFTER_KIN.finditer(doc.text):
        _add(found, m.group(1), base + m.start(1))
    for m in _GIVEN_FIRST.finditer(doc.text):
        surname = m.group(2).split()[-1]
        given_ok = is_known_given_name(m.group(1)) or _SLAVIC_SURNAME.search(surname)
        if given_ok and not is_known_given_name(surname) and not _not_a_person_word(surname) and not _not_a_person_word(m.group(1)):
            _add(found, m.group(0), base + m.start())
    return sorted(found.values(), key=lambda s: s.start)


def find_known_surnames(text: str, base: int, surnames: set[str], taken: list[NameSpan]) -> list[NameSpan]:
    """Bare occurrences of surnames already introduced in the document ("Lyushkov's flight"),
    which the model often tags as an organisation or misses."""
    if not surnames:
        return []
    pattern = re.compile(r"\b(" + "|".join(sorted(map(re.escape, surnames), key=len, reverse=True)) + r")(?:'s|’s)?\b")
    spans = []
    covered = [(s.start, s.end) for s in taken]
    for m in pattern.finditer(text):
        start, end = base + m.start(1), base + m.end(1)
        if any(s <= start < e for s, e in covered):
            continue
        spans.append(NameSpan(start, end, m.group(1)))
    return spans
