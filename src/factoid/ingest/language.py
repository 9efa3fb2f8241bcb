"""A cheap language guess, per document and per passage, to route text to the right pipeline.

This is a heuristic, not language identification: the letters' script and the share of each
language's function words (``lang/<code>/stopwords.toml``) tell English, French, German and
Russian apart well on prose, and a line too short or too mixed to tell gets ``None`` rather
than a wrong label. Cyrillic letters dominating make a text Russian, unless letters Russian
lacks mark another Cyrillic language (``letters`` in its data: Ukrainian і, ї, є, ґ; Bulgarian
ъ, which Russian writes rarely), a language being ruled out by letters it never writes
(``absent``: Bulgarian has no ы, э, ё), and failing letters the Cyrillic languages' function
words decide between them; otherwise the language whose function words are clearly the most frequent wins. Adding a
language is adding its ``stopwords.toml``.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from factoid import lang

__all__ = ["guess_language", "stopwords"]

_WORD = re.compile(r"[^\W\d_]+")
#: Runs of (at least) every character ``str.isalpha`` accepts: see ``_letters``.
_LETTERS = _WORD
#: Share of Cyrillic among all letters above which a text is taken as Russian.
_MIN_CYRILLIC_SHARE = 0.3
_CYRILLIC = re.compile("[\u0400-\u04ff]")
#: Share of words that must be the winner's function words (typically 30-40 % in prose).
_MIN_FUNCTION_WORD_SHARE = 0.08
_MIN_WORDS = 3
_MIN_HITS = 2
#: The winner needs this many times the runner-up's hits, else the text is mixed or unclear.
_MARGIN = 1.5
#: When the plain vote is unclear, words only one language lists decide: at least this many
#: of them, and this many times the runner-up's own words (Catalan beside Spanish and French).
_MIN_OWN_WORDS = 4
_OWN_MARGIN = 2.0
_SAMPLE_CHARS = 20_000
_CYRILLIC_LANGUAGE = "ru"
#: Share of a Cyrillic text's letters that must be another Cyrillic language's own letters.
_MIN_OWN_LETTER_SHARE = 0.01
#: Share of a text's letters above which letters a language never writes rule it out.
_MAX_ABSENT_LETTER_SHARE = 0.002


@cache
def stopwords() -> dict[str, frozenset[str]]:
    """Function words of every Latin-script language with a ``stopwords.toml``."""
    return {code: frozenset(w.lower() for w in data.get("words", ()))
            for code, data in lang.load_every("stopwords.toml") if data.get("script", "latin") == "latin"}


@cache
def _languages_of_word() -> dict[str, tuple[str, ...]]:
    """Function word -> the Latin-script languages listing it: one lookup per distinct word."""
    index: dict[str, list[str]] = {}
    for code, vocab in stopwords().items():
        for word in vocab:
            index.setdefault(word, []).append(code)
    return {word: tuple(codes) for word, codes in index.items()}


def _function_word_hits(words: list[str]) -> dict[str, int]:
    """Occurrences of each Latin-script language's function words among ``words`` (every
    language present, zero included)."""
    hits = dict.fromkeys(stopwords(), 0)
    index = _languages_of_word()
    for word, n in Counter(words).items():
        for code in index.get(word, ()):
            hits[code] += n
    return hits


@cache
def _cyrillic_letters() -> dict[str, frozenset[str]]:
    """Letters of their own, per Cyrillic-script language that declares some."""
    return {code: frozenset(data["letters"])
            for code, data in lang.load_every("stopwords.toml") if data.get("script") == "cyrillic" and data.get("letters")}


@cache
def _cyrillic_data() -> dict[str, tuple[frozenset[str], frozenset[str], frozenset[str]]]:
    """Per Cyrillic-script language: the letters it never writes (``absent``), its function
    words that no other Cyrillic language lists (a word of both counts for neither) and the
    letters that count as one such word each (``hint_letters``): these tell it from Russian
    when no letter of its own does."""
    data = {code: d for code, d in lang.load_every("stopwords.toml") if d.get("script") == "cyrillic"}
    words = {code: frozenset(w.lower() for w in d.get("words", ())) for code, d in data.items()}
    return {code: (frozenset(d.get("absent", "")),
                   words[code].difference(*(w for other, w in words.items() if other != code)),
                   frozenset(d.get("hint_letters", "")))
            for code, d in data.items()}


@cache
def _scripts() -> dict[str, re.Pattern[str]]:
    """Character ranges of the languages told by their script alone (``script`` other than
    latin or cyrillic, with ``ranges`` in its data: Chinese, Arabic), as one character class
    each: counting with a compiled class is what keeps detection cheap on long pages."""
    return {code: re.compile("[" + "".join(f"{re.escape(a)}-{re.escape(b)}" for a, b in data["ranges"]) + "]")
            for code, data in lang.load_every("stopwords.toml")
            if data.get("script", "latin") not in {"latin", "cyrillic"} and data.get("ranges")}


def _script_language(letters: str) -> str | None:
    for code, ranges in _scripts().items():
        own = len(ranges.findall(letters))
        if own / len(letters) >= _MIN_CYRILLIC_SHARE:
            return code
    return None


def _possible(code: str, letters: str) -> bool:
    """Whether the text may be in ``code``: none of the letters the language never writes
    (a stray one in a quoted name is tolerated)."""
    absent = _cyrillic_data().get(code, (frozenset(),))[0]
    return sum(1 for ch in letters if ch in absent) / len(letters) < _MAX_ABSENT_LETTER_SHARE


def _cyrillic_language(letters: str, sample: str) -> str:
    for code, own in _cyrillic_letters().items():
        if _possible(code, letters) and sum(1 for ch in letters if ch in own) / len(letters) >= _MIN_OWN_LETTER_SHARE:
            return code
    words = _WORD.findall(sample.lower())
    hits = sorted(((sum(1 for w in words if w in vocab) + sum(1 for ch in letters if ch in hints), code)
                   for code, (_, vocab, hints) in _cyrillic_data().items() if _possible(code, letters)),
                  reverse=True)
    if hits and hits[0][1] != _CYRILLIC_LANGUAGE and hits[0][0] >= _MIN_HITS:
        runner_up = hits[1][0] if len(hits) > 1 else 0
        if hits[0][0] >= _MARGIN * runner_up:
            return hits[0][1]
    return _CYRILLIC_LANGUAGE


def _letters(sample: str) -> str:
    """The sample's letters (``str.isalpha``), in order, as one string. A regular expression
    finds them at C speed; what it finds is a superset (it also takes numeric characters such
    as '½'), so those rare extras are filtered out letter by letter."""
    found = "".join(_LETTERS.findall(sample))
    return found if found.isalpha() or not found else "".join(ch for ch in found if ch.isalpha())


def guess_language(text: str) -> str | None:
    """A language told by its script (Chinese: Han characters), ``"ru"`` when Cyrillic
    letters dominate, else the language whose function words are
    common and clearly ahead of every other's, else ``None``. Only the first 20,000
    characters are looked at."""
    sample = text[:_SAMPLE_CHARS]
    letters = _letters(sample)
    if not letters:
        return None
    by_script = _script_language(letters)
    if by_script is not None:
        return by_script
    cyrillic = len(_CYRILLIC.findall(letters))
    if cyrillic / len(letters) >= _MIN_CYRILLIC_SHARE:
        return _cyrillic_language(letters, sample)
    words = _WORD.findall(sample.lower())
    if len(words) < _MIN_WORDS:
        return None
    hits = sorted(((n, code) for code, n in _function_word_hits(words).items()), reverse=True)
    if not hits:
        return None
    best, code = hits[0]
    runner_up = hits[1][0] if len(hits) > 1 else 0
    if best >= _MIN_HITS and best / len(words) >= _MIN_FUNCTION_WORD_SHARE and best >= _MARGIN * runner_up:
        return code
    return _own_word_language(words) if best / len(words) >= _MIN_FUNCTION_WORD_SHARE else None


def _own_word_language(words: list[str]) -> str | None:
    """The language whose own function words (listed by no other language) clearly lead.

    A close neighbour of a larger language (Catalan beside Spanish, French and Portuguese) shares
    most short function words with them, so the plain vote is split and names no language; the
    words only it writes ("amb", "seva", "els") still tell it, when there are enough of them."""
    index = _languages_of_word()
    own = Counter(index[w][0] for w in words if len(index.get(w, ())) == 1)
    ranked = own.most_common(2) + [("", 0), ("", 0)]
    (code, best), (_, runner_up) = ranked[0], ranked[1]
    return code if best >= _MIN_OWN_WORDS and best >= _OWN_MARGIN * runner_up else None
