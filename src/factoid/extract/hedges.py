"""Hedges and attributions: the words that qualify what a sentence asserts.

A claim keeps the hedge verbatim ("allegedly", "According to another version", "According to
Gen Pavel Sudoplatov") so a reader sees the qualification, and reconciliation weighs hedged
claims less. The cues are data (``lang/<code>/hedges.toml``): English function phrases, not
names of any corpus.
"""

from __future__ import annotations

import re
from functools import cache

from factoid.lang import load_toml


@cache
def _patterns(code: str = "en") -> tuple[tuple[re.Pattern[str], ...], re.Pattern[str]]:
    data = load_toml(code, "hedges.toml")
    cues = re.compile(r"\b(?:" + "|".join(data["cues"]) + r")\b", re.IGNORECASE)
    said = tuple(re.compile(data[k]) for k in ("attribution", "speaker") if k in data)
    return said, cues


def find_hedge(sentence: str, code: str = "en") -> str | None:
    """The hedging or attribution words of a sentence, verbatim, or None when it asserts
    plainly. Attributions ("according to A", "his son A believes") win over bare adverbs
    because they say who is speaking."""
    said, cues = _patterns(code)
    for attribution in said:
        m = attribution.search(sentence)
        if m:
            return m.group(0).strip(" ,")
    m = cues.search(sentence)
    return m.group(0) if m else None


@cache
def _denials(code: str = "en") -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]:
    data = load_toml(code, "hedges.toml")
    return (tuple(re.compile(p) for p in data.get("denied", ())),
            tuple(re.compile(p) for p in data.get("denies", ())))


def denied_spans(sentence: str, code: str = "en") -> list[tuple[int, int]]:
    """The character spans of a sentence that its own words deny ("the story that he died in
    1985 is a legend", "there is no proof that he died there"): an event told inside one is
    not asserted, so no claim may come of it. Offsets are the sentence's own."""
    whole, opening = _denials(code)
    spans = [(m.start(), m.end()) for p in whole for m in p.finditer(sentence)]
    spans += [(m.start(), len(sentence)) for p in opening for m in p.finditer(sentence)]
    return spans

