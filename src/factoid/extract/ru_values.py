"""Russian values to the shared English vocabulary: places, offices, ranks, awards, parties.

Each phrase table is data in ``lang/ru/lexicon.toml``; this module compiles it once and
answers "which English value does this stretch of Russian text name". Places go through the
gazetteer's alternate names (GeoNames carries Russian names for most towns) after natasha has
put them in the nominative, with a small exonym table first so that "Москва" reads "Moscow"
and historical names ("Ленинград", "Петроград") are kept as the source wrote them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from rapidfuzz import fuzz

from factoid.gazetteer import canonical_name, listed_name, place_key
from factoid.lang import load_toml
from factoid.names import fold
from factoid.names.translit import transliterate

__all__ = ["Phrase", "find_phrases", "lexicon", "pattern", "place_value"]

_FLAGS = re.IGNORECASE

#: Administrative nouns after a place adjective: "Черниговская губерния" -> "Chernigov Governorate".
_UNITS = {"губерния": "Governorate", "уезд": "Uyezd", "область": "Oblast", "волость": "Volost"}
_ADJ_END = re.compile(r"(?:ская|ской|ский|ское|цкая|цкий|ая|ий|ое)$")


@dataclass(frozen=True)
class Phrase:
    """One lexicon phrase found in a text (offsets into that text)."""

    start: int
    end: int
    value: str


@cache
def lexicon() -> dict:  # type: ignore[type-arg]
    return load_toml("ru", "lexicon.toml")


@cache
def pattern(section: str, key: str | None = None) -> re.Pattern[str]:
    """A compiled pattern of the lexicon: ``[section].key`` or ``[section].pattern``."""
    entry = lexicon()[section]
    text = entry[key] if key else entry["pattern"]
    if isinstance(text, list):
        text = "|".join(f"(?:{t})" for t in text)
    return re.compile(rf"(?<![а-яёА-ЯЁ\w])(?:{text})(?![а-яё])", _FLAGS)


@cache
def _table(section: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple(
        (re.compile(rf"(?<![а-яёА-ЯЁ\w])(?:{row['pattern']})", _FLAGS), row["value"]) for row in lexicon()[section]
    )


def find_phrases(section: str, text: str) -> list[Phrase]:
    """Non-overlapping phrases of one table (``offices``, ``ranks``, ``awards``, ``parties``,
    ``place_phrases``),
    earlier table rows winning an overlap (the table lists specific phrases first)."""
    found: list[Phrase] = []
    for regex, value in _table(section):
        for m in regex.finditer(text):
            if any(p.start < m.end() and m.start() < p.end for p in found):
                continue
            found.append(Phrase(m.start(), m.end(), value))
    return sorted(found, key=lambda p: p.start)


def _latin(word: str) -> str:
    return " ".join(part[:1].upper() + part[1:] for part in transliterate(word).split())


def _foreign_compound(name: str) -> str | None:
    """"Нью-Дели" -> "New Delhi": a foreign compound name spelled in Cyrillic takes the English
    name of the place GeoNames lists it for, when that name still sounds like it (so
    "Порт-Артур" does not become "Lüshun", the place's later name). Transliterating the
    Cyrillic back ("Nyu-Deli") would mislead, so an unlisted name gives no value."""
    english = listed_name(name)
    if english is None or fuzz.partial_ratio(fold(transliterate(name)), fold(english)) < 60:
        return None
    return english


def _province(adjective: str) -> str:
    """The English name in a province's adjective: the longest stem of
    ``[place_adjectives]`` it starts with ("Виленская" -> "Vilna"), else its transliterated
    stem ("Ошмянский" -> "Oshmyan")."""
    low = adjective.lower().replace("ё", "е")
    table = lexicon().get("place_adjectives", {})
    known = max((k for k in table if low.startswith(k)), key=len, default=None)
    return str(table[known]) if known else _latin(_ADJ_END.sub("", adjective))


def place_value(nominative: str) -> str | None:
    """The English name of a place given in the nominative, or None for an empty name."""
    name = " ".join(nominative.split()).strip(" ,.;:«»\"")
    if not name:
        return None
    exonyms = lexicon().get("places", {})
    if name.lower() in exonyms:
        return str(exonyms[name.lower()])
    words = name.split()
    if len(words) == 2 and words[1].lower() in _UNITS:
        return f"{_province(words[0])} {_UNITS[words[1].lower()]}"
    if re.search(r"-[А-ЯЁа-яё]", name):
        return _foreign_compound(name)
    latin = _latin(name)
    if place_key(name).startswith("geonames:") and not place_key(name).startswith("geonames:country"):
        english = canonical_name(name)
        # the same name in another spelling, not the same place under another name
        # (the gazetteer maps "Ленинград" to "Saint Petersburg": the source said Leningrad)
        if fold(english).replace("q", "k")[:3] == fold(latin).replace("q", "k")[:3]:
            return english
    return latin
