"""Comparing office names that differ only in wording, and one label per office, rank,
award and party.

"head of the NKVD for the Far East", "Far Eastern Commander of the NKVD" and "NKVD chief in
the Far East" name one office: the titles are synonyms (head ~ chief ~ commander), adjectives
fold to their nouns (Far Eastern -> far east), and function words and department words do not
count. Two offices are one when their significant words mostly coincide.

Names that share no words ("CPSU" and "VKP(b)", "нарком внутренних дел" and "People's
Commissar for Internal Affairs") cannot be matched that way: ``lang/<code>/normalise.toml``
lists them under one standard label, which also wins the display (:func:`standard_label`).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from rapidfuzz import fuzz

from factoid import lang
from factoid.names import fold

__all__ = ["LABELLED_TYPES", "labelled", "office_words", "same_label", "same_office", "standard_label"]

#: Properties whose values have standard labels in normalise.toml.
#: Value types whose values are wordings of one label ("the Order of Lenin", "орден Ленина").
LABELLED_TYPES = frozenset({"office", "rank", "award", "party"})


@cache
def labelled() -> frozenset[str]:
    """Properties of a labelled value type, read from the registry (imported late: the
    registry's value types call this module)."""
    from factoid import schema

    return frozenset(p.name for p in schema.properties() if p.type in LABELLED_TYPES)

_TITLE_SYNONYMS = {
    "chief": "head", "commander": "head", "leader": "head", "director": "head",
    "chairman": "head", "plenipotentiary": "head", "representative": "head", "boss": "head",
    "commissioner": "commissar", "vice": "deputy", "assistant": "deputy",
}
_ADJECTIVES = {"eastern": "east", "western": "west", "northern": "north", "southern": "south",
               "ukrainian": "ukraine", "soviet": "ussr", "russian": "russia"}
_NOISE = {"of", "the", "for", "in", "at", "to", "and", "a", "an", "department", "directorate",
          "administration", "section", "office", "region", "regional", "district", "oblast", "krai",
          "territory", "apparatus", "central", "people", "s", "main", "state", "plenipotentiary"}


def office_words(office: str) -> frozenset[str]:
    words = re.split(r"[\s/-]+", fold(office))
    out = set()
    for w in words:
        w = _ADJECTIVES.get(w, _TITLE_SYNONYMS.get(w, w))
        if w and w not in _NOISE:
            out.add(w)
    return frozenset(out)


def same_office(a: str, b: str) -> bool:
    """True when two office names very likely mean one office."""
    if same_label("position_held", a, b):
        return True
    wa, wb = office_words(a), office_words(b)
    if not wa or not wb:
        return False
    if ("deputy" in wa) != ("deputy" in wb):
        return False
    overlap = len(wa & wb) / min(len(wa), len(wb))
    return overlap >= 0.75 or fuzz.token_set_ratio(" ".join(sorted(wa)), " ".join(sorted(wb))) >= 90


@cache
def _word_rules() -> tuple[frozenset[str], dict[str, str]]:
    ignore: set[str] = set()
    same: dict[str, str] = {}
    for _, table in lang.load_every("normalise.toml"):
        words = table.get("words", {})
        ignore.update(words.get("ignore", []))
        same.update(words.get("same", {}))
    return frozenset(ignore), same


@lru_cache(maxsize=1 << 16)
def _key(value: str) -> str:
    """A wording's comparison key: folded, function words dropped, equivalent words merged.
    Cached: grouping asks for the key of every value of a group each time a claim joins it
    (``groups._best_value``), thousands of times per build for the same few wordings."""
    ignore, same = _word_rules()
    words = re.split(r"[^\w]+", fold(value).replace("-", " "))
    return " ".join(same.get(w, w) for w in words if w and w not in ignore)


@cache
def _labels() -> dict[str, dict[str, str]]:
    """Property -> wording key -> standard label."""
    out: dict[str, dict[str, str]] = {}
    for _, table in lang.load_every("normalise.toml"):
        for prop in labelled():
            for label, aliases in table.get(prop, {}).items():
                for wording in (label, *aliases):
                    out.setdefault(prop, {})[_key(wording)] = label
    return out


def standard_label(prop: str, value: str) -> str | None:
    """The standard label of a value ("VKP(b)" -> "Communist Party of the Soviet Union"), or
    None when the value has no entry."""
    return _labels().get(prop, {}).get(_key(value))


def same_label(prop: str, a: str, b: str) -> bool:
    """Whether two wordings are one value: the same standard label, or the same words."""
    if prop not in labelled():
        return False
    label = standard_label(prop, a)
    if label is not None:
        return label == standard_label(prop, b)
    return bool(_key(a)) and _key(a) == _key(b)
