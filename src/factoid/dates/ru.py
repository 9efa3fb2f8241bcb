"""Russian dates as the Russian reader uses them: the date registry's matches, in Russian form.

There is one date parser, :mod:`factoid.dates`; Russian words (month cases, "ст. ст." and
"н. ст.", centuries, "в конце", "г."/"гг.") are data in ``lang/ru/dates.toml``. This module
only adapts its matches to the record :mod:`factoid.extract.russian` reads: a span that also
covers the year word after a year ("1900 г.", "в 1937 году", glued "1938г."), because a
Russian date is written with it and the reader looks for the place right after the date, and
a coarse ``kind``. Where a day is given in both calendars ("1 (13) января 1900 г.",
"25.10(6.11).1895") or marked Old Style, the value is the Gregorian day; a single unmarked
date is taken as written (a page giving only the Old Style day states that day, and
reconciliation must see the disagreement). A date without a year ("12 июня") is
``XXXX-06-12``, for the caller to complete from context.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from functools import cache

from factoid import dates
from factoid.dates._calendar import gregorian_of_julian
from factoid.dates._lexicon import alternation
from factoid.lang import load_toml

__all__ = ["RuDate", "find_dates", "julian_to_gregorian"]

#: The registry's precision -> the reader's kind.
_KIND = {"day": "point", "month": "point", "year": "point", "between": "interval"}


@dataclass(frozen=True)
class RuDate:
    """One date expression: ``text == source[start:end]``; ``edtf`` is its normalised value."""

    start: int
    end: int
    text: str
    edtf: str
    kind: str = "point"  # "point" | "interval" | "decade" | "century" | "alternatives"
    precision: str = ""  # the registry's precision ("day", "month", "year", ...)

    @property
    def year(self) -> int | None:
        head = self.edtf[:4]
        return int(head) if head.isdigit() else None

    @property
    def has_day(self) -> bool:
        if self.precision:
            return self.precision == "day"
        return self.kind == "point" and len(self.edtf.rstrip("~?%")) == 10


@cache
def _year_word() -> re.Pattern[str]:
    """The word after a year: "г.", "гг.", "года", "году" (``year_after``, ``year_words``)."""
    words = load_toml("ru", "dates.toml")["words"]
    forms = tuple(words.get("year_after", ())) + tuple(words.get("year_words", ()))
    return re.compile(rf"\s*(?:{alternation(forms, flexible_space=False)})(?![^\W\d_])")


def _end(text: str, match: dates.DateMatch) -> int:
    """The match's end, moved past a year word that follows its final digits."""
    if not match.text[-1:].isdigit():
        return match.end
    found = _year_word().match(text, match.end)
    return found.end() if found else match.end


def find_dates(text: str) -> list[RuDate]:
    """Every date expression in ``text``, left to right (see :func:`factoid.dates.find_dates`)."""
    out = []
    for match in dates.find_dates(text):
        end = _end(text, match)
        precision = match.value.precision
        kind = _KIND.get(precision, precision)
        out.append(RuDate(match.start, end, text[match.start : end], match.value.edtf, kind, precision))
    return out


def julian_to_gregorian(year: int, month: int, day: int) -> datetime.date | None:
    """The Gregorian date of a Julian calendar date, or None when it is no calendar day."""
    try:
        datetime.date(year, month, day)
    except ValueError:
        return None
    found = gregorian_of_julian(year, month, day)
    return None if found is None else datetime.date(*found)
