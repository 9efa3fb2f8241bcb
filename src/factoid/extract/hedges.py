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
def _patterns(code: str = "en") -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = load_toml(code, "hedges.toml")
    cues = re.compile(r"\b(?:" + "|".join(data["cues"]) + r")\b", re.IGNORECASE)
    return re.compile(data["attribution"]), cues


def find_hedge(sentence: str, code: str = "en") -> str | None:
    """The hedging or attribution words of a sentence, verbatim, or None when it asserts
    plainly. Attributions win over bare adverbs because they say who is speaking."""
    attribution, cues = _patterns(code)
    m = attribution.search(sentence)
    if m:
        return m.group(0).strip(" ,")
    m = cues.search(sentence)
    return m.group(0) if m else None
