"""The year of a news item's yearless day: "She died Saturday, March 7" in a clipping
dated "Monday, March 9, 1987" is 7 March 1987, not a day of the last year the story told
("In 1962 she married ...").

A newspaper writes recent days with their weekday and no year, counted back from its own
date: the dateline of the page or of the section (a short line holding a weekday and a full
date) or, failing one, the document's ``published`` date. A day written with a weekday takes
the year, at or before that date, in which the day falls on that weekday; with no date of
its own, the day keeps the story's year only when the weekday fits it. The weekday names
are data (``lang/en/lexicon.toml``, ``[datelines]``)."""

from __future__ import annotations

import dataclasses
import datetime
import re
from functools import cache

from factoid import dates
from factoid.extract import lexicon
from factoid.model import Document

#: a dateline is a short line: a header, never a sentence of the story
_LINE_LIMIT = 120
#: how many years back from the item's date a weekday-named day may lie
_YEARS_BACK = 1


@cache
def _weekdays() -> dict[str, int]:
    """Weekday name (lowercased) -> ``date.weekday()`` number (Monday 0)."""
    return {name.lower(): i for i, names in enumerate(lexicon.data("datelines")["weekdays"]) for name in names}


@cache
def _weekday_before() -> re.Pattern[str]:
    return re.compile(r"\b(" + _alternatives() + r")\.?,?\s*(?:the\s+)?$")


def _alternatives() -> str:
    """The weekday names as written and in capitals, longest first: matched case-sensitively,
    since "wed", "sat" and "sun" are words too ("they wed June 12")."""
    names = [n for names in lexicon.data("datelines")["weekdays"] for n in names]
    return "|".join(map(re.escape, sorted({*names, *(n.upper() for n in names)}, key=len, reverse=True)))


@cache
def _weekday_named() -> re.Pattern[str]:
    """Any weekday name: only a line holding one can be a dateline."""
    return re.compile(r"\b(?:" + _alternatives() + r")\b")


def weekday_of(text: str, start: int) -> int | None:
    """The weekday written right before offset ``start`` ("Saturday, March 7"), or None."""
    found = _weekday_before().search(text, max(0, start - 16), start)
    return _weekdays()[found.group(1).lower()] if found else None


def _day(value: dates.DateValue) -> datetime.date | None:
    return value.lower if value.precision == "day" and value.lower == value.upper else None


def datelines(doc: Document) -> list[tuple[int, datetime.date]]:
    """(offset, day) of the document's datelines, in text order: short lines holding a
    weekday and a day with its year ("THE X DAILY — Monday, March 9, 1987 — Section B")."""
    out, pos = [], 0
    named = _weekday_named()
    for line in doc.text.split("\n"):
        if 0 < len(line.strip()) <= _LINE_LIMIT and named.search(line):
            for d in dates.find_dates(line):
                day = _day(d.value)
                if day is not None and _has_year(d.text) and weekday_of(line, d.start) is not None:
                    out.append((pos + d.start, day))
                    break
        pos += len(line) + 1
    return out


def _has_year(text: str) -> bool:
    return re.search(r"\d{4}", text) is not None


def item_date(doc: Document, lines: list[tuple[int, datetime.date]], offset: int) -> datetime.date | None:
    """The date of the item holding ``offset``: the last dateline before it, else the first
    dateline, else the document's published day."""
    before = [day for at, day in lines if at <= offset]
    if before:
        return before[-1]
    if lines:
        return lines[0][1]
    published = dates.parse_date(doc.published) if doc.published else None
    return _day(published) if published is not None else None


def fit_year(text: str, d: dates.DateMatch, rel: int, item: datetime.date | None) -> dates.DateMatch | None:
    """``d`` (found at ``rel`` in ``text``) with the year its weekday and the item's date
    give it; ``d`` itself when it has a year of its own, no weekday or no day; None when its
    weekday contradicts the year it was given and no date of the item fixes another."""
    weekday = weekday_of(text, rel)
    day = _day(d.value)
    if weekday is None or day is None or _has_year(d.text):
        return d
    if item is not None:
        for year in range(item.year, item.year - _YEARS_BACK - 1, -1):
            try:
                candidate = day.replace(year=year)
            except ValueError:
                continue
            if candidate <= item and candidate.weekday() == weekday:
                value = dates.parse_date(d.text, context_year=year)
                return dataclasses.replace(d, value=value) if value is not None else None
    return d if day.weekday() == weekday else None
