"""Comparing office names that differ only in wording.

"head of the NKVD for the Far East", "Far Eastern Commander of the NKVD" and "NKVD chief in
the Far East" name one office: the titles are synonyms (head ~ chief ~ commander), adjectives
fold to their nouns (Far Eastern -> far east), and function words and department words do not
count. Two offices are one when their significant words mostly coincide.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from factoid.names import fold

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
    wa, wb = office_words(a), office_words(b)
    if not wa or not wb:
        return False
    if ("deputy" in wa) != ("deputy" in wb):
        return False
    overlap = len(wa & wb) / min(len(wa), len(wb))
    return overlap >= 0.75 or fuzz.token_set_ratio(" ".join(sorted(wa)), " ".join(sorted(wb))) >= 90
