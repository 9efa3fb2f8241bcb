"""A cheap language guess, good enough to route a document to the right NLP pipeline.

This is a heuristic, not language identification: the corpus is Russian and English
biographies, so counting Cyrillic letters and common English function words separates them.
Anything else (or too little text to tell) gets ``None`` rather than a wrong label.
"""

from __future__ import annotations

import re

__all__ = ["guess_language"]

_WORD = re.compile(r"[^\W\d_]+")
_ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to in a was he his is for that with as by on at from her she it were had "
    "which an be this".split()
)
#: Share of Cyrillic among all letters above which a text is taken as Russian.
_MIN_CYRILLIC_SHARE = 0.3
#: Share of words that must be English function words (typically 30-40 % in prose).
_MIN_FUNCTION_WORD_SHARE = 0.08
_MIN_WORDS = 3
_SAMPLE_CHARS = 20_000


def guess_language(text: str) -> str | None:
    """``"ru"`` when Cyrillic letters dominate, ``"en"`` when English function words are
    common, else ``None``. Only the first 20,000 characters are looked at."""
    sample = text[:_SAMPLE_CHARS]
    letters = [ch for ch in sample if ch.isalpha()]
    if not letters:
        return None
    cyrillic = sum(1 for ch in letters if "\u0400" <= ch <= "\u04ff")
    if cyrillic / len(letters) >= _MIN_CYRILLIC_SHARE:
        return "ru"
    words = _WORD.findall(sample.lower())
    hits = sum(1 for word in words if word in _ENGLISH_FUNCTION_WORDS)
    if len(words) >= _MIN_WORDS and hits >= 2 and hits / len(words) >= _MIN_FUNCTION_WORD_SHARE:
        return "en"
    return None
