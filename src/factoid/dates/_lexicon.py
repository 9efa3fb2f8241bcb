"""Date words of every language that has a ``lang/<code>/dates.toml``, merged into one lexicon.

Why merged instead of chosen per passage: pages mix languages (an English page quotes a
Russian infobox, a Bulgarian page gives an English caption) and a date's words are
unambiguous next to its numbers, so one scan recognises "19 August 1945", "le 30 mai 1431",
"7. November 1867" and "1 (13) января 1900 г." alike. Adding a language is adding a file.

Keys of ``[words]`` beyond month names: ``alternative``, ``old_style``/``new_style``,
``approximate``, ``uncertain``, ``century``, ``decade_before``/``decade_after``,
``time_of_day``, ``part_of``; ``year_after`` (abbreviations of "year" that may be glued on,
"1945г", "1887r."), ``year_words`` and ``day_suffix`` (Russian "году", "24-го");
``month_before_day`` (a flag: this language writes "June 19"); and the Chinese/Japanese marks
read by :mod:`factoid.dates._cjk` (``year_mark``, ``month_mark``, ``day_mark``,
``century_mark``, ``decade_mark``, ``bce_before``, ``ce_before``, ``approximate_glued``,
``numeral_digits``, ``numeral_ten``, ``range_between``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from factoid import lang

__all__ = ["Lexicon", "alternation", "lexicon"]


@dataclass(frozen=True)
class Lexicon:
    """Everything the recognisers read from the per-language files."""

    month_number: dict[str, int]  # lower-cased form (no dot) -> month
    month_forms: tuple[str, ...]  # every form as written, plus UPPER case forms
    abbreviations: frozenset[str]  # forms that may take a dot
    wordlike: frozenset[str]  # English months that are words unless capitalised
    words: dict[str, tuple[str, ...]]  # key -> forms, over all languages
    named_days: dict[str, tuple[int, int]]  # name -> (month, day)
    #: Month forms of languages that write the month before a year-less day ("June 19"):
    #: elsewhere "в мае 19..." is a year cut short, not the 19th of May.
    month_first: tuple[str, ...] = ()
    #: Month forms a language reads otherwise than the merged lexicon (``[own_months]`` of its
    #: dates.toml): Croatian "listopada" is October where Polish and Czech read November.
    own_months: dict[str, dict[str, int]] = field(default_factory=dict)


def _own_months(data: dict, forms: list[str]) -> dict[str, int]:
    """``[own_months]`` of one language: forms whose month in this language differs from
    another language's; they are scanned like any month form, read by the document's
    language (:func:`factoid.dates.reading`)."""
    own: dict[str, int] = {}
    for key, names in data.get("own_months", {}).items():
        for name in names:
            own[name.lower()] = int(key)
            forms.extend((name, name.upper(), name.lower()))
    return own


def _add_months(data: dict, code: str, number_of: dict[str, int], forms: list[str],
                abbreviations: set[str]) -> None:
    """One language's month forms; the first form of a month is its full name."""
    lowercase = code != "en" or data.get("words", {}).get("lowercase_months", False)
    wordlike = set(data.get("words", {}).get("wordlike_months", []))
    for key, names in data.get("months", {}).items():
        month = int(key)
        for i, name in enumerate(names):
            variants = {name, name.upper()}
            if lowercase and name not in wordlike and (code != "en" or i == 0):
                variants.add(name.lower())
            for variant in variants:
                previous = number_of.setdefault(variant.lower(), month)
                if previous != month:
                    raise lang.LanguageDataError(
                        f"lang/{code}/dates.toml: {name!r} is month {previous} in another language"
                    )
                forms.append(variant)
                if i > 0:
                    abbreviations.add(variant)


@cache
def lexicon() -> Lexicon:
    """The merged lexicon, built once per process."""
    number_of: dict[str, int] = {}
    forms: list[str] = []
    abbreviations: set[str] = set()
    wordlike: set[str] = set()
    words: dict[str, list[str]] = {}
    named: dict[str, tuple[int, int]] = {}
    month_first: list[str] = []
    own: dict[str, dict[str, int]] = {}
    for code, data in lang.load_every("dates.toml"):
        before = len(forms)
        _add_months(data, code, number_of, forms, abbreviations)
        if data.get("own_months"):
            own[code] = _own_months(data, forms)
        if data.get("words", {}).get("month_before_day", False):
            month_first.extend(forms[before:])
        section = data.get("words", {})
        wordlike.update(section.get("wordlike_months", []))
        for key, value in section.items():
            if isinstance(value, list) and key != "wordlike_months":
                words.setdefault(key, []).extend(value)
        for name, month_day in data.get("named_days", {}).items():
            month, day = (int(part) for part in month_day.split("-"))
            named[name] = (month, day)
    for table in own.values():  # a form no other language has reads as its own anywhere
        for form, month in table.items():
            number_of.setdefault(form, month)
    return Lexicon(
        number_of,
        tuple(dict.fromkeys(forms)),
        frozenset(abbreviations),
        frozenset(wordlike),
        {k: tuple(dict.fromkeys(v)) for k, v in words.items()},
        named,
        tuple(dict.fromkeys(month_first)),
        own,
    )


def alternation(forms: tuple[str, ...] | list[str], *, flexible_space: bool = True) -> str:
    """A regex alternation of literal forms, longest first; spaces match any run of spaces."""
    out = []
    for form in sorted(set(forms), key=len, reverse=True):
        escaped = re.escape(form)
        if flexible_space:
            escaped = escaped.replace(r"\ ", r"\s*")
        out.append(escaped)
    return "|".join(out) if out else r"(?!x)x"
