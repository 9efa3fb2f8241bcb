"""Days before the Common Era, which ``datetime.date`` cannot hold (its years start at 1).

A value's bounds are ``datetime.date`` objects; a bound in 1 BCE or earlier (EDTF year 0 or
below, astronomical numbering: "-0220" is 221 BCE) is a :class:`HistoricDate` instead, which
compares, adds and subtracts days like a date and against dates, so that "221 BCE" and
"222 BCE" are told apart and ordered instead of both being clamped to the year 1. Days are
counted on the proleptic Gregorian calendar, by shifting the year a whole number of 400-year
cycles (146,097 days each) into the range ``datetime`` holds.
"""

from __future__ import annotations

import calendar
import datetime
from dataclasses import dataclass
from functools import total_ordering
from typing import Any

__all__ = ["HistoricDate", "day", "shift_years"]

_CYCLE_YEARS, _CYCLE_DAYS = 400, 146_097


def _cycles(year: int) -> int:
    """Whole 400-year cycles to add to ``year`` to bring it to 1 or later."""
    return 0 if year >= datetime.MINYEAR else (datetime.MINYEAR - year + _CYCLE_YEARS - 1) // _CYCLE_YEARS


@total_ordering
@dataclass(frozen=True)
class HistoricDate:
    """A proleptic Gregorian day of year 0 or earlier (astronomical years)."""

    year: int
    month: int
    day: int

    def __post_init__(self) -> None:
        datetime.date(self.year + _CYCLE_YEARS * _cycles(self.year), self.month, self.day)  # validates

    def toordinal(self) -> int:
        """Days since 1 January of the year 1 (day 1), zero or negative before it."""
        k = _cycles(self.year)
        return datetime.date(self.year + _CYCLE_YEARS * k, self.month, self.day).toordinal() - _CYCLE_DAYS * k

    def replace(self, year: int | None = None, month: int | None = None, day: int | None = None) -> Any:
        return _make_day(self.year if year is None else year, self.month if month is None else month,
                         self.day if day is None else day)

    def timetuple(self) -> Any:
        k = _cycles(self.year)
        return datetime.date(self.year + _CYCLE_YEARS * k, self.month, self.day).timetuple()

    def isoformat(self) -> str:
        return f"-{-self.year:04d}-{self.month:02d}-{self.day:02d}" if self.year < 0 else \
            f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def __add__(self, other: datetime.timedelta) -> Any:
        if not isinstance(other, datetime.timedelta):
            return NotImplemented
        return from_ordinal(self.toordinal() + other.days)

    __radd__ = __add__

    def __sub__(self, other: Any) -> Any:
        if isinstance(other, datetime.timedelta):
            return from_ordinal(self.toordinal() - other.days)
        if isinstance(other, (datetime.date, HistoricDate)):
            return datetime.timedelta(days=self.toordinal() - other.toordinal())
        return NotImplemented

    def __rsub__(self, other: Any) -> Any:
        if isinstance(other, datetime.date):
            return datetime.timedelta(days=other.toordinal() - self.toordinal())
        return NotImplemented

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (datetime.date, HistoricDate)):
            return self.toordinal() == other.toordinal()
        return NotImplemented

    def __lt__(self, other: Any) -> bool:
        if isinstance(other, (datetime.date, HistoricDate)):
            return self.toordinal() < other.toordinal()
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.toordinal())


def day(year: int, month: int, day_of_month: int) -> Any:
    """A ``datetime.date`` from the year 1 on, a :class:`HistoricDate` before it."""
    if year >= datetime.MINYEAR:
        return datetime.date(year, month, day_of_month)
    return HistoricDate(year, month, day_of_month)


_make_day = day  # for HistoricDate.replace, whose ``day`` argument hides the function


def from_ordinal(ordinal: int) -> Any:
    """The day ``ordinal`` days after 31 December of 1 BCE (see ``toordinal``)."""
    if ordinal >= 1:
        return datetime.date.fromordinal(ordinal)
    k = (1 - ordinal + _CYCLE_DAYS - 1) // _CYCLE_DAYS
    shifted = datetime.date.fromordinal(ordinal + _CYCLE_DAYS * k)
    return HistoricDate(shifted.year - _CYCLE_YEARS * k, shifted.month, shifted.day)


def shift_years(when: Any, years: int) -> Any:
    """The same month and day ``years`` later (earlier when negative), 29 February becoming
    the 28th in a common year; the last year ``datetime`` holds is as late as it goes."""
    year = min(when.year + years, datetime.MAXYEAR)
    return day(year, when.month, min(when.day, calendar.monthrange(year, when.month)[1]))
