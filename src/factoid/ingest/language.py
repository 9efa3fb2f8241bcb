"""A cheap language guess, per document and per passage, to route text to the right pipeline.

This is a heuristic, not language identification: the letters' script and the share of each
language's function words (``lang/<code>/stopwords.toml``) tell English, French, German and
Russian apart well on prose, and a line too short or too mixed to tell gets ``None`` rather
than a wrong label. Cyrillic letters dominating make a text Russian, unless letters Russian
lacks mark another Cyrillic language (``letters`` in its data: Ukrainian і, ї, є, ґ);
otherwise the language whose function words are clearly the most frequent wins. Adding a
language is adding its ``stopwords.toml``.
"""

from __future__ import annotations

import re
from functools import cache

from factoid import lang

__all__ = ["guess_language", "stopwords"]

_WORD = re.compile(r"[^\W\d_]+")
#: Share of Cyrillic among all letters above which a text is taken as Russian.
_MIN_CYRILLIC_SHARE = 0.3
#: Share of words that must be the winner's function words (typically 30-40 % in prose).
_MIN_FUNCTION_WORD_SHARE = 0.08
_MIN_WORDS = 3
_MIN_HITS = 2
#: The winner needs this many times the runner-up's hits, else the text is mixed or unclear.
_MARGIN = 1.5
_SAMPLE_CHARS = 20_000
_CYRILLIC_LANGUAGE = "ru"
#: Share of a Cyrillic text's letters that must be another Cyrillic language's own letters.
_MIN_OWN_LETTER_SHARE = 0.01


@cache
def stopwords() -> dict[str, frozenset[str]]:
    """Function words of every Latin-script language with a ``stopwords.toml``."""
    return {code: frozenset(w.lower() for w in data.get("words", ()))
            for code, data in lang.load_every("stopwords.toml") if data.get("script", "latin") == "latin"}


@cache
def _cyrillic_letters() -> dict[str, frozenset[str]]:
    """Letters of their own, per Cyrillic-script language that declares some."""
    return {code: frozenset(data["letters"])
            for code, data in lang.load_every("stopwords.toml") if data.get("script") == "cyrillic" and data.get("letters")}


@cache
def _scripts() -> dict[str, tuple[tuple[str, str], ...]]:
    """Character ranges of the languages told by their script alone (``script`` other than
    latin or cyrillic, with ``ranges`` in its data: Chinese)."""
    return {code: tuple((a, b) for a, b in data["ranges"])
            for code, data in lang.load_every("stopwords.toml")
            if data.get("script", "latin") not in {"latin", "cyrillic"} and data.get("ranges")}


def _script_language(letters: list[str]) -> str | None:
    for code, ranges in _scripts().items():
        own = sum(1 for ch in letters if any(a <= ch <= b for a, b in ranges))
        if own / len(letters) >= _MIN_CYRILLIC_SHARE:
            return code
    return None


def _cyrillic_language(letters: list[str]) -> str:
    for code, own in _cyrillic_letters().items():
        if sum(1 for ch in letters if ch in own) / len(letters) >= _MIN_OWN_LETTER_SHARE:
            return code
    return _CYRILLIC_LANGUAGE


def guess_language(text: str) -> str | None:
    """A language told by its script (Chinese: Han characters), ``"ru"`` when Cyrillic
    letters dominate, else the language whose function words are
    common and clearly ahead of every other's, else ``None``. Only the first 20,000
    characters are looked at."""
    sample = text[:_SAMPLE_CHARS]
    letters = [ch for ch in sample if ch.isalpha()]
    if not letters:
        return None
    by_script = _script_language(letters)
    if by_script is not None:
        return by_script
    cyrillic = sum(1 for ch in letters if "\u0400" <= ch <= "\u04ff")
    if cyrillic / len(letters) >= _MIN_CYRILLIC_SHARE:
        return _cyrillic_language(letters)
    words = _WORD.findall(sample.lower())
    if len(words) < _MIN_WORDS:
        return None
    hits = sorted(((sum(1 for w in words if w in vocab), code) for code, vocab in stopwords().items()), reverse=True)
    if not hits:
        return None
    best, code = hits[0]
    runner_up = hits[1][0] if len(hits) > 1 else 0
    if best >= _MIN_HITS and best / len(words) >= _MIN_FUNCTION_WORD_SHARE and best >= _MARGIN * runner_up:
        return code
    return None
