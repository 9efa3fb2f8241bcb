"""Recognisers beyond single calendar dates: alternatives, Old/New Style pairs, centuries,
named days and decades written the way other languages write them.

Why these are separate values and not a dispute or a guess:

* "3 or 5 March 1802", "1411 or 1412": one source hesitating between values. The value is
  the interval that holds them all (the EDTF convention of the shared gold: "somewhere in this
  range"), and each alternative stays available (``_Cand.alts``) for callers that want them.
* "21 January [O.S. 10 January] 1775", "1 (13) января 1900": one day in two calendars. The
  Gregorian date is the value, the Julian one an alias (``_Cand.julian``); without a marker the
  pair counts only when the two days differ by exactly the calendars' gap in that year.
* "XV век", "15th century", "Halloween 1926", "1930-х", "années 1930": word forms of dates.

Words come from ``lang/<code>/dates.toml`` (see :mod:`factoid.dates._lexicon`).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from dataclasses import replace

from factoid.dates._calendar import gregorian_of_julian, julian_of_gregorian
from factoid.dates._lexicon import alternation
from factoid.dates._recognise import (
    _COMMA_SPACE,
    _LEX,
    _NOT_LETTER_AFTER,
    _NOT_LETTER_BEFORE,
    _Cand,
    _day,
    _day_point,
    _month,
    _month_of,
    _Point,
    _year,
)

__all__ = ["RECOGNISERS", "join_alternatives", "join_styles", "next_month", "pair_days"]

_OR = rf"(?:{alternation(_LEX.words.get('alternative', ()))})"
_DAY_NUMBER = r"(?<![\dA-Za-z])(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th|er|\.)?(?![\dA-Za-z])"
_DAY_LIST = rf"(?P<days>{_DAY_NUMBER}(?:\s*,\s*{_DAY_NUMBER})*\s*,?\s+{_OR}\s+{_DAY_NUMBER})"
_DE = r"(?:\s+(?:of|de|del|di))?"
#: Between a bracketed day and the year that both days share: a comma or space, or the
#: connector of Spanish and Italian dates ("14 de marzo (2 de marzo ...) de 1881").
_YEAR_GAP = rf"{_DE}(?:\s*,\s*|\s+)"

# --- alternatives inside one expression ------------------------------------------------------

_DAY_ALTERNATIVES = re.compile(
    rf"{_DAY_LIST}{_DE}\s+{_month('m')}(?:{_DE}{_COMMA_SPACE}{_year('y')})?"
)
_MONTH_DAY_ALTERNATIVES = re.compile(
    rf"{_month('m')}\s+{_DAY_LIST}(?:{_COMMA_SPACE}{_year('y')})?"
)


def _days(text: str) -> list[int]:
    return [int(d) for d in re.findall(r"\d+", text)]


def _alternatives(start: int, end: int, points: list[_Point], numeric: bool) -> _Cand | None:
    """One candidate for several values: the interval over them, each kept in ``alts``."""
    points = sorted(set(points), key=lambda p: p.first_day())
    if len(points) < 2:
        return None
    return _Cand(start, end, points[0], points[-1], "alternatives", numeric_start=numeric,
                 alts=tuple(points))


def _build_day_alternatives(match: re.Match[str]) -> _Cand | None:
    """"5 or 6 January 1412", "April 6 or 8, 1874"."""
    year = int(match.group("y")) if match.group("y") else None
    month = _month_of(match, "m")
    points = [_day_point(year, month, d) for d in _days(match.group("days"))]
    if any(p is None for p in points):
        return None
    numeric = match.group(0)[0].isdigit()
    return _alternatives(match.start(), match.end(), [p for p in points if p], numeric)


def join_alternatives(text: str, atoms: list[_Cand]) -> list[_Cand]:
    """Neighbouring dates joined by "or" are alternatives: "1411 or 1412", "1591, 1592 or 1600".

    A list joined by commas alone is several dates, not alternatives, so an "or" must close it.
    """
    out: list[_Cand] = []
    i = 0
    while i < len(atoms):
        chain = _chain(text, atoms, i)
        if chain is None:
            out.append(atoms[i])
            i += 1
            continue
        j, cand = chain
        out.append(cand)
        i = j
    return out


_COMMA_GAP = re.compile(r"\s*,\s*")
_OR_GAP = re.compile(rf"\s*,?\s+{_OR}\s+")


def _chain(text: str, atoms: list[_Cand], i: int) -> tuple[int, _Cand] | None:
    """The alternatives starting at atom ``i``: (index after the chain, joined candidate)."""
    members = [atoms[i]]
    j = i + 1
    closed = False
    while j < len(atoms) and not closed:
        gap = text[members[-1].end : atoms[j].start]
        if _OR_GAP.fullmatch(gap):
            closed = True
        elif not _COMMA_GAP.fullmatch(gap):
            break
        members.append(atoms[j])
        j += 1
    if not closed or any(m.kind != "point" or m.alts or m.julian for m in members):
        return None
    points = _with_shared_year([m.first for m in members])
    if points is None:
        return None
    cand = _alternatives(members[0].start, members[-1].end, points, members[0].numeric_start)
    return None if cand is None else (j, cand)


def _with_shared_year(points: list[_Point]) -> list[_Point] | None:
    """"3 March or 5 March 1802": year-less members take the last member's year."""
    year = points[-1].year
    if all(p.year is None for p in points):
        return points
    if year is None:
        return None
    if any(p.year is None and (p.month is None) for p in points):
        return None
    return [p if p.year is not None else replace(p, year=year) for p in points]


# --- Old Style / New Style -------------------------------------------------------------------

_OLD = alternation(_LEX.words.get("old_style", ()))
_NEW = alternation(_LEX.words.get("new_style", ()))
_MARKER = rf"(?:(?P<old>{_OLD})|(?P<new>{_NEW}))"

#: "1 (13) января 1900", "2/14 March 1881": two days of one month, the first usually Julian.
_DAY_PAIR = re.compile(
    rf"{_day('d1')}\.?\s*(?:\(\s*{_day('d2')}\.?\s*\)|\[\s*{_day('d2b')}\.?\s*\]|/\s*{_day('d2c')}\.?)"
    rf"{_DE}\s+{_month('m')}(?:{_DE}{_COMMA_SPACE}{_year('y')})?"
)
#: The same pair with the month first, as English writes it: "March 10 (22), 1881", "March 10/22, 1881".
_MONTH_DAY_PAIR = re.compile(
    rf"{_month('m')}\s+{_day('d1')}\s*(?:\(\s*{_day('d2')}\s*\)|\[\s*{_day('d2b')}\s*\]|/\s*{_day('d2c')})"
    rf"(?:{_COMMA_SPACE}{_year('y')})?"
)

#: Between two dates of a pair: "21 January [O.S. 10 January]", "10 January (21 January N.S.)".
_PAIR_OPEN = re.compile(rf"\s*[\[(]\s*(?:{_MARKER}\s*[:,]?\s*)?")
_PAIR_CLOSE = re.compile(rf"\s*(?:,?\s*{_MARKER}\s*)?[\])]")
#: A lone marker after a date: "10 January 1775 (O.S.)", "1 января 1900 г. по старому стилю".
_LONE_AFTER = re.compile(
    rf"(?:\s*(?:г\.|гг\.|р\.|року|года|году))?(?:\s*[\[(]\s*|,?\s+){_MARKER}(?:\s*[\])])?"
    rf"{_NOT_LETTER_AFTER}"
)
#: A lone marker opening a bracket: "[O.S. 10 January 1775]" with no Gregorian date beside it.
_LONE_BEFORE = re.compile(rf"[\[(]\s*{_MARKER}\s*[:,]?\s*$")
_LONE_BEFORE_CLOSE = re.compile(r"\s*[\])]")


def _is_old(match: re.Match[str]) -> bool | None:
    if match.group("old"):
        return True
    return False if match.group("new") else None


def _pair(gregorian: _Point, julian: _Point, year: int | None, strict: bool) -> tuple[_Point, _Point] | None:
    """Give both days their year and check that they are one day in two calendars.

    ``strict`` (no marker said which is which): the Julian day must convert exactly to the
    Gregorian one. With a marker the pair is kept even when a source miscounted the gap.
    """
    year = gregorian.year or julian.year or year
    if gregorian.day is None or julian.day is None or gregorian.month is None or julian.month is None:
        return None
    if year is None:  # a leap year stands in, the Gregorian day a year on when it rolled over
        rolled = (gregorian.month, gregorian.day) < (julian.month, julian.day)
        near = _calendar_gap(replace(gregorian, year=2000 + rolled), replace(julian, year=2000))
        return (gregorian, julian) if not strict or near else None
    g = replace(gregorian, year=gregorian.year or year)
    if _day_point(g.year, g.month or 1, g.day or 1) is None:
        return None
    expected = julian_of_gregorian(g.year or year, g.month or 1, g.day or 1)
    if julian.year is None and (expected[1], expected[2]) == (julian.month, julian.day):
        j = _Point(*expected)
    else:
        j = replace(julian, year=julian.year or g.year)
    if strict and not _calendar_gap(g, j):
        return None
    return g, j


def pair_days(gregorian: _Point, julian: _Point, *, strict: bool) -> tuple[_Point, _Point] | None:
    """(Gregorian, Julian) when both are real days and, if ``strict``, the calendars' gap apart."""
    for point in (gregorian, julian):
        if point.month is None or point.day is None or _day_point(point.year, point.month, point.day) is None:
            return None
    return _pair(gregorian, julian, None, strict)


def _calendar_gap(gregorian: _Point, julian: _Point) -> bool:
    """True when two days lie the calendars' distance apart (10 to 13 days, 1582-2099).

    Not the exact gap of the year: sources miscount it by a day ("25 октября (7 ноября)
    1895", where the gap was 12 days), and the bracketed day is still the New Style one.
    """
    try:
        g = datetime.date(gregorian.year or 0, gregorian.month or 1, gregorian.day or 1)
        j = datetime.date(julian.year or 0, julian.month or 1, julian.day or 1)
    except ValueError:
        return False
    return 10 <= (g - j).days <= 13


def _ordered(a: _Point, b: _Point, old: bool | None, b_is_bracketed: bool) -> tuple[_Point, _Point]:
    """(Gregorian, Julian) of a pair: a marker names the bracketed date's calendar; without one
    the later day is Gregorian (the Julian calendar runs behind)."""
    if old is None:
        return (a, b) if (a.month or 0, a.day or 0) > (b.month or 0, b.day or 0) else (b, a)
    bracketed_old = old if b_is_bracketed else not old
    return (a, b) if bracketed_old else (b, a)


def _styled(cand: _Cand, start: int, end: int, pair: tuple[_Point, _Point]) -> _Cand:
    return replace(cand, start=start, end=end, first=pair[0], julian=pair[1])


def next_month(year: int | None, month: int, day: int) -> _Point:
    """Day ``day`` of the month after ``month`` (of the next year after December)."""
    if month == 12:
        return _Point(None if year is None else year + 1, 1, day)
    return _Point(year, month + 1, day)


def _build_day_pair(match: re.Match[str]) -> _Cand | None:
    """"1 (13) января 1900 г.", "2/14 March 1881": a day in both calendars."""
    year = int(match.group("y")) if match.group("y") else None
    month = _month_of(match, "m")
    second = match.group("d2") or match.group("d2b") or match.group("d2c")
    first, bracketed = int(match.group("d1")), int(second)
    if bracketed < first:  # "31 (12) декабря 1899": the New Style day is in the next month
        julian = _Point(year, month, first)
        pair = _pair(next_month(year, month, bracketed), julian, None, strict=True)
    else:
        a, b = _Point(year, month, first), _Point(year, month, bracketed)
        gregorian, julian = _ordered(a, b, None, True)
        pair = _pair(replace(gregorian, year=None), replace(julian, year=None), year, strict=True)
    if pair is None:
        return None
    cand = _Cand(match.start(), match.end(), pair[0], numeric_start=True)
    return replace(cand, julian=pair[1])


def _is_day(cand: _Cand) -> bool:
    return cand.kind == "point" and cand.first.day is not None and not cand.julian


def _bracket_pair(text: str, a: _Cand, b: _Cand, following: _Cand | None) -> tuple[_Cand, bool] | None:
    """"21 January [O.S. 10 January] 1775": (joined candidate, whether it took the year after)."""
    opened = _PAIR_OPEN.fullmatch(text, a.end, b.start)
    closed = _PAIR_CLOSE.match(text, b.end)
    if opened is None:
        return None
    if closed is None:  # scraped pages lose the closing bracket: "30 августа [11 сентября1877"
        if b.first.year is None or opened.group(0).strip()[:1] not in "[(":
            return None
        closed = re.compile("").match(text, b.end)
    old = _is_old(opened)
    if old is None and closed is not None and closed.group(0):
        old = _is_old(closed)
    year, took = None, False
    if (following is not None and a.first.year is None and b.first.year is None
            and following.kind == "point" and following.first.month is None
            and re.fullmatch(_YEAR_GAP, text[closed.end() : following.start])):
        year, took = following.first.year, True
    gregorian, julian = _ordered(a.first, b.first, old, True)
    pair = _pair(gregorian, julian, year, strict=old is None)
    if pair is None:
        return None
    end = following.end if took and following is not None else closed.end()
    return _styled(a, a.start, end, pair), took


def _lone(text: str, cand: _Cand, following: _Cand | None) -> tuple[_Cand, bool]:
    """A day marked Old Style alone is converted (the Julian day kept); New Style is kept.

    Returns the candidate and whether it took the year after the marker ("30 May (O.S.) 1682").
    """
    after = _LONE_AFTER.match(text, cand.end)
    before = _LONE_BEFORE.search(text, max(0, cand.start - 40), cand.start)
    close = _LONE_BEFORE_CLOSE.match(text, cand.end) if before else None
    if after is not None:
        found, start, end = after, cand.start, after.end()
    elif before is not None and close is not None:
        found, start, end = before, before.start(), close.end()
    else:
        return cand, False
    point, took = cand.first, False
    if (point.year is None and following is not None and following.kind == "point"
            and following.first.month is None
            and re.fullmatch(_YEAR_GAP, text[end : following.start])):
        point, end, took = replace(point, year=following.first.year), following.end, True
    if not _is_old(found) or point.year is None or point.month is None or point.day is None:
        return replace(cand, start=start, end=end, first=point), took
    converted = gregorian_of_julian(point.year, point.month, point.day)
    if converted is None:
        return cand, False
    return replace(cand, start=start, end=end, first=_Point(*converted), julian=point), took


def join_styles(text: str, atoms: list[_Cand]) -> list[_Cand]:
    """Pair dates given in both calendars, and convert dates marked Old Style."""
    out: list[_Cand] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        b = atoms[i + 1] if i + 1 < len(atoms) else None
        if b is not None and _is_day(a) and _is_day(b):
            following = atoms[i + 2] if i + 2 < len(atoms) else None
            joined = _bracket_pair(text, a, b, following)
            if joined is not None:
                out.append(joined[0])
                i += 3 if joined[1] else 2
                continue
        if not _is_day(a):
            out.append(a)
            i += 1
            continue
        lone, took = _lone(text, a, b)
        out.append(lone)
        i += 2 if took else 1
    return out


# --- centuries, named days, decades in other languages ---------------------------------------

_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}
_CENTURY_WORDS = alternation(_LEX.words.get("century", ()))
_CENTURY_ROMAN = re.compile(
    rf"(?<![A-Za-z])(?P<r>X{{0,2}}(?:IX|IV|V?I{{0,3}}))(?:-?(?:e|er|ème|й|го|м))?\s*"
    rf"(?:{_CENTURY_WORDS}){_NOT_LETTER_AFTER}"
)
_CENTURY_ORDINAL = re.compile(
    rf"(?<![\dA-Za-z])(?P<n>[1-9]|1\d|20)(?:st|nd|rd|th|\.|e|ème|-?й)[\s-]*(?:{_CENTURY_WORDS})"
    rf"{_NOT_LETTER_AFTER}"
)


def _roman(text: str) -> int | None:
    total = 0
    for i, letter in enumerate(text):
        value = _ROMAN[letter]
        following = _ROMAN[text[i + 1]] if i + 1 < len(text) else 0
        total += -value if value < following else value
    return total or None


def _century(match: re.Match[str], number: int | None) -> _Cand | None:
    """The n-th century is the years (n-1)01 to n00."""
    if number is None or not 1 <= number <= 21:
        return None
    first, last = (number - 1) * 100 + 1, number * 100
    return _Cand(match.start(), match.end(), _Point(first), _Point(last), "century",
                 numeric_start=match.group(0)[0].isdigit())


def _build_century_roman(match: re.Match[str]) -> _Cand | None:
    return _century(match, _roman(match.group("r"))) if match.group("r") else None


def _build_century_ordinal(match: re.Match[str]) -> _Cand | None:
    return _century(match, int(match.group("n")))


_NAMED_DAY = re.compile(
    rf"(?<![A-Za-z])(?P<name>{alternation(tuple(_LEX.named_days))})(?:\s+of|,)?\s+{_year('y')}"
)


def _build_named_day(match: re.Match[str]) -> _Cand | None:
    """"Halloween 1926" is 31 October 1926."""
    month, day = _LEX.named_days[re.sub(r"\s+", " ", match.group("name"))]
    point = _day_point(int(match.group("y")), month, day)
    return None if point is None else _Cand(match.start(), match.end(), point)


_DECADE_BEFORE = alternation(_LEX.words.get("decade_before", ()))
_DECADE_AFTER = alternation(_LEX.words.get("decade_after", ()), flexible_space=False)
_FOREIGN_DECADE = re.compile(
    rf"(?:{_NOT_LETTER_BEFORE}(?:{_DECADE_BEFORE})\s+(?P<y1>1\d{{2}}0|20\d0)(?!\d))"
    rf"|(?:(?<!\d)(?P<y2>1\d{{2}}0|20\d0)(?:{_DECADE_AFTER}){_NOT_LETTER_AFTER})"
)


def _build_foreign_decade(match: re.Match[str]) -> _Cand:
    """"1930-х", "1930er Jahre", "années 1930": the ten years of a decade."""
    year = int(match.group("y1") or match.group("y2"))
    return _Cand(match.start(), match.end(), _Point(year), _Point(year + 9), "decade",
                 numeric_start=match.group(0)[0].isdigit())


_Builder = Callable[[re.Match[str]], "_Cand | None"]

RECOGNISERS: tuple[tuple[re.Pattern[str], _Builder], ...] = (
    (_DAY_ALTERNATIVES, _build_day_alternatives),
    (_MONTH_DAY_ALTERNATIVES, _build_day_alternatives),
    (_DAY_PAIR, _build_day_pair),
    (_MONTH_DAY_PAIR, _build_day_pair),
    (_CENTURY_ROMAN, _build_century_roman),
    (_CENTURY_ORDINAL, _build_century_ordinal),
    (_NAMED_DAY, _build_named_day),
    (_FOREIGN_DECADE, _build_foreign_decade),
)
