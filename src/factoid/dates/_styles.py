"""Old Style / New Style pairs that the day-month recognisers cannot see as two dates.

Russian biographies write one day in both calendars in compact forms: numbers only,
"25.10(6.11).1895" (day.month of each calendar, one year) and "9(21).11.1888" (two days, one
month), or a bracketed day with its calendar's marker, "11 апреля (24-го по новому стилю)
1908". The value is the Gregorian day and the Julian one its alias, as for "1 (13) января
1900" (see :mod:`factoid.dates._special`). Without a marker the two days must lie the
calendars' distance apart, or the brackets hold something else (a page count, a second
event). Markers and ordinal endings are data (``lang/<code>/dates.toml``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from factoid.dates._lexicon import alternation
from factoid.dates._recognise import _LEX, _NOT_LETTER_AFTER, _Cand, _day, _month, _month_of, _Point, _year
from factoid.dates._special import next_month, pair_days

__all__ = ["RECOGNISERS"]

_D = r"(?:3[01]|[12]\d|0?[1-9])"
_M = r"(?:1[0-2]|0?[1-9])"

#: "25.10(6.11).1895", "17.03 (29.03) 1899": day.month in both calendars, then the year.
_NUMERIC_PAIR = re.compile(
    rf"(?<![\d.])(?P<d1>{_D})\.(?P<m1>{_M})\s*\(\s*(?P<d2>{_D})\.(?P<m2>{_M})\.?\s*\)\s*\.?\s*"
    + _year("y")
)
#: "9(21).11.1888": two days, then the month and year they share.
_NUMERIC_DAY_PAIR = re.compile(
    rf"(?<![\d.])(?P<d1>{_D})\s*\(\s*(?P<d2>{_D})\s*\)\s*\.(?P<m>{_M})\." + _year("y")
)

_ORDINAL = alternation(_LEX.words.get("day_suffix", ()), flexible_space=False)
_OLD = alternation(_LEX.words.get("old_style", ()))
_NEW = alternation(_LEX.words.get("new_style", ()))
#: "11 апреля (24-го по новому стилю) 1908": the bracket names its own calendar.
_MARKED_DAY = re.compile(
    rf"{_day('d1')}\s+{_month('m')}\s*\(\s*(?P<d2>{_D})(?:{_ORDINAL})?\s+"
    rf"(?:(?P<old>{_OLD})|(?P<new>{_NEW})){_NOT_LETTER_AFTER}\s*\)(?:\s*{_year('y')})?"
)

#: "22. November jul. / 3. Dezember 1718 greg.": a whole date in each calendar, each marked,
#: with a slash between; the year may stand after both.
_MARKED_SLASH_PAIR = re.compile(
    rf"{_day('d1')}\.?\s*{_month('m1')}(?:\s*{_year('y1')})?\s*(?P<old>{_OLD}){_NOT_LETTER_AFTER}\s*/\s*"
    rf"{_day('d2')}\.?\s*{_month('m2')}\s*{_year('y')}\s*(?:{_NEW}){_NOT_LETTER_AFTER}"
)


def _cand(match: re.Match[str], julian: _Point, gregorian: _Point, strict: bool) -> _Cand | None:
    pair = pair_days(gregorian, julian, strict=strict)
    if pair is None:
        return None
    return _Cand(match.start(), match.end(), pair[0], numeric_start=match.group(0)[0].isdigit(),
                 julian=pair[1])


def _build_numeric_pair(match: re.Match[str]) -> _Cand | None:
    year = int(match.group("y"))
    m1, m2 = int(match.group("m1")), int(match.group("m2"))
    julian = _Point(year, m1, int(match.group("d1")))
    gregorian = _Point(year + 1 if m2 < m1 else year, m2, int(match.group("d2")))
    return _cand(match, julian, gregorian, strict=True)


def _build_numeric_day_pair(match: re.Match[str]) -> _Cand | None:
    year, month = int(match.group("y")), int(match.group("m"))
    first, second = int(match.group("d1")), int(match.group("d2"))
    julian = _Point(year, month, first)
    gregorian = next_month(year, month, second) if second < first else _Point(year, month, second)
    return _cand(match, julian, gregorian, strict=True)


def _build_marked_day(match: re.Match[str]) -> _Cand | None:
    """The outer day is in the other calendar than the one the bracket names."""
    year = int(match.group("y")) if match.group("y") else None
    month = _month_of(match, "m")
    outer, inner = int(match.group("d1")), int(match.group("d2"))
    if match.group("new"):
        later = next_month(year, month, inner) if inner < outer else _Point(year, month, inner)
        return _cand(match, _Point(year, month, outer), later, strict=False)
    earlier = _previous_month(year, month, inner) if inner > outer else _Point(year, month, inner)
    return _cand(match, earlier, _Point(year, month, outer), strict=False)


def _build_marked_slash_pair(match: re.Match[str]) -> _Cand | None:
    """The first date is the Julian one, the second the Gregorian; a Julian date late in a
    year before a Gregorian one early in the next takes the year before."""
    year = int(match.group("y"))
    m1, m2 = _month_of(match, "m1"), _month_of(match, "m2")
    first_year = int(match.group("y1")) if match.group("y1") else (year - 1 if m1 > m2 else year)
    return _cand(match, _Point(first_year, m1, int(match.group("d1"))), _Point(year, m2, int(match.group("d2"))),
                 strict=False)


def _previous_month(year: int | None, month: int, day: int) -> _Point:
    """Day ``day`` of the month before ``month`` (of the year before, before January)."""
    if month == 1:
        return _Point(None if year is None else year - 1, 12, day)
    return _Point(year, month - 1, day)


_Builder = Callable[[re.Match[str]], "_Cand | None"]

RECOGNISERS: tuple[tuple[re.Pattern[str], _Builder], ...] = (
    (_NUMERIC_PAIR, _build_numeric_pair),
    (_NUMERIC_DAY_PAIR, _build_numeric_day_pair),
    (_MARKED_DAY, _build_marked_day),
    (_MARKED_SLASH_PAIR, _build_marked_slash_pair),
)
