"""Hedges and attributions: the words that qualify what a sentence asserts.

A claim keeps the hedge verbatim ("allegedly", "According to another version", "According to
Gen Pavel Sudoplatov") so a reader sees the qualification, and reconciliation weighs hedged
claims less. The cues are English function phrases, not names of any corpus.
"""

from __future__ import annotations

import re

_ATTRIBUTION = re.compile(
    r"\b[Aa]ccording to (?:(?:one|another|other|some|the official|a later|the)\s+)?"
    r"(?:versions?|sources?|reports?|evidence|rumou?rs?|accounts?|data|information|recollections?"
    r"|(?:his|her|their)\s+\w+|(?:[A-Z][\w.'’-]*\s?){1,4})"
)
_CUES = re.compile(
    r"\b(?:allegedly|reportedly|supposedly|purportedly|presumably|rumou?red(?: to)?|"
    r"some theories held|it is (?:said|believed|claimed|alleged)|"
    r"there is (?:still )?(?:information|indirect evidence|a version) that|as was alleged|"
    r"(?:probably|possibly|perhaps|maybe)|according to (?:one|another|other) version|"
    r"(?:some|other) (?:sources|reports|historians) (?:say|claim|state|suggest))\b",
    re.IGNORECASE,
)


def find_hedge(sentence: str) -> str | None:
    """The hedging or attribution words of a sentence, verbatim, or None when it asserts
    plainly. Attributions win over bare adverbs because they say who is speaking."""
    m = _ATTRIBUTION.search(sentence)
    if m:
        return m.group(0).strip(" ,")
    m = _CUES.search(sentence)
    return m.group(0) if m else None
