"""Comparing EDTF values: do two dates agree, does one refine the other, which is more precise.

Reconciliation asks these questions of values from different sources, so they must never raise:
a string that is not EDTF agrees with nothing. Bounds come from the edtf library; an approximate
value ("1930~") gets a year of slack on each side, as a source saying "around 1930" would allow.
"""

from __future__ import annotations

import calendar
import datetime
import re
import threading
import time
from collections.abc import Callable
from functools import lru_cache
from typing import TypeVar

from edtf import parse_edtf
from edtf.parser.edtf_exceptions import EDTFParseException

from factoid.dates._historic import day as _day
from factoid.dates._historic import shift_years

T = TypeVar("T")

__all__ = ["compatible", "edtf_bounds", "precision_rank", "refines"]


def _to_date(value: time.struct_time, *, before_ce: bool = False) -> datetime.date:
    """Clamp to what ``datetime.date`` can hold: edtf gives year 0 and 9999 for "XXXX". A
    dated value before the Common Era (``before_ce``) keeps its year in a
    :class:`~factoid.dates._historic.HistoricDate`."""
    low = value.tm_year if before_ce else datetime.MINYEAR
    year = min(max(value.tm_year, low), datetime.MAXYEAR)
    last = calendar.monthrange(year, value.tm_mon)[1]
    return _day(year, value.tm_mon, min(value.tm_mday, last))  # type: ignore[no-any-return]


#: The forms the recognisers emit, whose bounds are computed here directly: parsing with the
#: edtf library (pyparsing) costs 20-30 ms a value and dominated date finding on big corpora.
#: The results are identical (tests/test_dates_fast_bounds.py checks them against the library);
#: anything else still goes to the library.
_FAST_POINT = re.compile(r"^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?[~?%]?$")


def _fast_point(text: str) -> tuple[datetime.date, datetime.date] | None:
    """Strict bounds of a dated EDTF point (year 0001+), or None to defer to the library."""
    found = _FAST_POINT.match(text)
    if found is None:
        return None
    year = int(found.group(1))
    if year < datetime.MINYEAR:
        return None
    if found.group(2) is None:
        return datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    month = int(found.group(2))
    last = calendar.monthrange(year, month)[1]
    if found.group(3) is None:
        return datetime.date(year, month, 1), datetime.date(year, month, last)
    day = int(found.group(3))
    if day > last:
        return None
    return datetime.date(year, month, day), datetime.date(year, month, day)


def _fast_bounds(edtf: str) -> tuple[datetime.date, datetime.date] | None:
    """Bounds of a point or of an interval of two dated points, without the edtf parser."""
    if "/" not in edtf:
        return _fast_point(edtf)
    first, _, last = edtf.partition("/")
    lower, upper = _fast_point(first), _fast_point(last)
    if lower is None or upper is None:
        return None
    return lower[0], upper[1]


def _library_bounds(edtf: str) -> tuple[datetime.date, datetime.date] | None:
    """Strict bounds from the edtf library, or None when the string is not EDTF; parsed on a
    thread of its own (``_apart``)."""
    return _apart(_parsed_bounds, edtf)


def _apart(fn: Callable[[str], T], arg: str) -> T:
    """``fn(arg)`` on a short-lived thread. Why: the library's parser (pyparsing, packrat)
    leaves its frames in reference cycles, and a frame holds its caller's frame, which holds
    its locals: parsed here, a reconciliation's every claim, mention and passage stayed alive
    until the next collection (0.2 CPU s after one added document at 1M words). A thread's
    frames have no caller of ours."""
    out: list[T] = []
    failed: list[BaseException] = []

    def run() -> None:
        try:
            out.append(fn(arg))
        except BaseException as exc:  # noqa: BLE001 - raised again in the caller's thread
            failed.append(exc)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join()
    if failed:
        raise failed[0]
    return out[0]


def _parsed_bounds(edtf: str) -> tuple[datetime.date, datetime.date] | None:
    """``_library_bounds`` in the calling thread."""
    try:
        parsed = parse_edtf(edtf)
        before_ce = edtf.startswith("-") and "X" not in edtf
        return _to_date(parsed.lower_strict(), before_ce=before_ce), _to_date(parsed.upper_strict(), before_ce=before_ce)
    except (EDTFParseException, ValueError, TypeError, AttributeError):
        return None


#: Every EDTF expression has a digit, an unspecified digit ``X`` or an interval's ``/`` (an
#: open interval ``../..``): a string with none of them is not EDTF. Reconciliation asks the
#: bounds of every value of a dated property, names and places included, and the library takes
#: 10 ms to refuse each (a second of every rebuild at 300k words).
_MAYBE_EDTF = re.compile(r"[0-9X/]")


@lru_cache(maxsize=16384)
def edtf_bounds(edtf: str) -> tuple[datetime.date, datetime.date] | None:
    """Strict bounds of an EDTF value, or None when the string is not EDTF."""
    if not _MAYBE_EDTF.search(edtf):
        return None
    return _fast_bounds(edtf) or _library_bounds(edtf)


_YEARLESS_DAY = re.compile(r"^XXXX-(\d\d)(?:-(\d\d))?$")


def _is_approximate(edtf: str) -> bool:
    return "~" in edtf or "%" in edtf


def _shift_year(when: datetime.date, years: int) -> datetime.date:
    return shift_years(when, years)  # type: ignore[no-any-return]


def _range(edtf: str, *, slack: bool) -> tuple[datetime.date, datetime.date] | None:
    """Bounds of a value; approximate values get a year of slack on each side when asked."""
    bounds = edtf_bounds(edtf)
    if bounds is None or not (slack and _is_approximate(edtf)):
        return bounds
    return _shift_year(bounds[0], -1), _shift_year(bounds[1], 1)


def _inside(inner: tuple[datetime.date, ...], outer: tuple[datetime.date, ...]) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def _month_day_in(year: int, month: int, day_of_month: int | None) -> tuple[datetime.date, datetime.date]:
    """The span of "MM(-DD)" in one year; 29 February in a common year is an empty span."""
    last = calendar.monthrange(year, month)[1]
    if day_of_month is None:
        return _day(year, month, 1), _day(year, month, last)
    if day_of_month > last:
        return _day(year, month, last), _day(year, month, 1)
    return _day(year, month, day_of_month), _day(year, month, day_of_month)


def _yearless_fits(yearless: str, other: str) -> bool:
    """Whether a year-less "XXXX-MM(-DD)" can describe the same day as ``other``.

    Two year-less values agree when one's month-day extends the other's; against a dated value
    it suffices that the month-day falls inside it in some year (three years cover any span
    long enough to hold every month-day).
    """
    yearless, other = yearless.rstrip("~?%"), other.rstrip("~?%")
    found = _YEARLESS_DAY.match(yearless)
    if found is None:
        return False
    if "XXXX" in other:
        return _YEARLESS_DAY.match(other) is not None and (
            other.startswith(yearless) or yearless.startswith(other)
        )
    span = _range(other, slack=True)
    if span is None:
        return False
    month, day = int(found.group(1)), int(found.group(2)) if found.group(2) else None
    lo, hi = span
    for year in range(lo.year, min(hi.year, lo.year + 2) + 1):
        first, last = _month_day_in(year, month, day)
        if first <= last and first <= hi and last >= lo:
            return True
    return False


def _yearless_refines(specific: str, general: str) -> bool:
    """"1945-08-19" and "XXXX-08-19" refine "XXXX-08"; nothing year-less refines a dated value."""
    found = _YEARLESS_DAY.match(general)
    if found is None or edtf_bounds(specific) is None:
        return False
    return specific[4:].startswith(general[4:])


def compatible(a: str, b: str) -> bool:
    """Whether two EDTF values can describe the same date: one contains or refines the other.

    Approximate values get a year of slack, so "1930~" agrees with "1931". Values that are not
    EDTF agree with nothing (a judgement, not an error).
    """
    if "XXXX" in a or "XXXX" in b:
        yearless, other = (a, b) if "XXXX" in a else (b, a)
        return edtf_bounds(other) is not None and _yearless_fits(yearless, other)
    strict_a, strict_b = _range(a, slack=False), _range(b, slack=False)
    fuzzy_a, fuzzy_b = _range(a, slack=True), _range(b, slack=True)
    if strict_a is None or strict_b is None or fuzzy_a is None or fuzzy_b is None:
        return False
    return _inside(strict_a, fuzzy_b) or _inside(strict_b, fuzzy_a)


def refines(specific: str, general: str) -> bool:
    """Whether ``specific`` lies inside ``general`` and is at least as precise.

    The specific value's own slack must fit too, so "1930" refines "1930~" but not vice versa.
    """
    if precision_rank(specific) < precision_rank(general) or precision_rank(specific) < 0:
        return False
    if "XXXX" in specific or "XXXX" in general:
        return _yearless_refines(specific.rstrip("~?%"), general.rstrip("~?%"))
    inner, outer = _range(specific, slack=True), _range(general, slack=True)
    return inner is not None and outer is not None and _inside(inner, outer)


_MONTH = r"(?:0[1-9]|1[0-2])"  # not 21-24, which are EDTF seasons
_DAY_EDTF = re.compile(rf"^-?\d{{4}}-{_MONTH}-\d\d[~?%]?$")
_MONTH_EDTF = re.compile(rf"^-?\d{{4}}-{_MONTH}[~?%]?$")
_YEAR_EDTF = re.compile(r"^-?\d{4}[~?%]?$")


def precision_rank(edtf: str) -> int:
    """Day 3, month 2, year 1, interval/decade 0; -1 when ``edtf`` is not EDTF at all.

    A year-less value ("XXXX-08-19") ranks 0: it must never win over a dated value it agrees
    with, because the year is the part every consumer needs.
    """
    if edtf_bounds(edtf) is None:
        return -1
    if _DAY_EDTF.match(edtf):
        return 3
    if _MONTH_EDTF.match(edtf):
        return 2
    return 1 if _YEAR_EDTF.match(edtf) else 0
