"""Julian (Old Style) and Gregorian (New Style) calendar days, through the day number.

Why exact conversion instead of "add 12 days": the gap grows by a day every century year
that is not a multiple of 400 (10 days in 1582-1700, 11 until 1800, 12 until 1900, 13 until
2100), and a Julian 29 February 1700 has no Gregorian namesake; both follow from counting days.
"""

from __future__ import annotations

import datetime

__all__ = ["gregorian_of_julian", "julian_of_gregorian", "julian_offset"]

#: ``datetime.date.toordinal()`` of a day minus its Julian Day Number.
_ORDINAL_SHIFT = 1721425


def _julian_day_number(year: int, month: int, day: int) -> int:
    """Julian Day Number of a date in the Julian calendar (Richards' algorithm)."""
    a = (14 - month) // 12
    y = year + 4800 - a
    m = month + 12 * a - 3
    return day + (153 * m + 2) // 5 + 365 * y + y // 4 - 32083


def _julian_from_number(number: int) -> tuple[int, int, int]:
    c = number + 32082
    d = (4 * c + 3) // 1461
    e = c - 1461 * d // 4
    m = (5 * e + 2) // 153
    day = e - (153 * m + 2) // 5 + 1
    month = m + 3 - 12 * (m // 10)
    return d - 4800 + m // 10, month, day


def gregorian_of_julian(year: int, month: int, day: int) -> tuple[int, int, int] | None:
    """The Gregorian (year, month, day) of a Julian date, or None outside ``datetime``'s range."""
    ordinal = _julian_day_number(year, month, day) - _ORDINAL_SHIFT
    if not 1 <= ordinal <= datetime.date.max.toordinal():
        return None
    found = datetime.date.fromordinal(ordinal)
    return found.year, found.month, found.day


def julian_of_gregorian(year: int, month: int, day: int) -> tuple[int, int, int]:
    """The Julian (year, month, day) of a Gregorian date."""
    return _julian_from_number(datetime.date(year, month, day).toordinal() + _ORDINAL_SHIFT)


def julian_offset(year: int) -> int:
    """Days the Gregorian calendar runs ahead of the Julian in (most of) ``year``."""
    return year // 100 - year // 400 - 2
