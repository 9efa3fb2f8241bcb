"""Chinese and Japanese dates: "1887年10月31日", "公元前221年", "19世纪", "20世纪30年代".

Why a recogniser of its own: these scripts write no spaces and put a mark after each number
(年 year, 月 month, 日 day), so the word-boundary checks of the other recognisers would
reject every date glued to the next character, and the marks make a number a year, month or
day beyond doubt (a bare year needs no identifier checks, and "221年" may be any year).
The marks, era words and Chinese numerals are data (``lang/zh/dates.toml``).

Years before the Common Era are stored as EDTF's astronomical years (221 BCE is "-0220");
their bounds are days before the year 1 (``factoid.dates._historic``). Japanese era years
("明治20年" is 1887, "昭和元年" 1926) are counted from the first year of each era in the
``[eras]`` table of a ``dates.toml`` (``lang/ja/``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from factoid import lang
from factoid.dates._lexicon import alternation
from factoid.dates._recognise import MAX_YEAR, _LEX, _Cand, _day_point, _Point

__all__ = ["RECOGNISERS", "marked"]


def _alt(key: str) -> str:
    """The forms of one key as a group, longest first."""
    return f"(?:{alternation(_LEX.words.get(key, ()), flexible_space=False)})"


def _numerals() -> dict[str, int]:
    values: dict[str, int] = {}
    for digits in _LEX.words.get("numeral_digits", ()):
        values.update({ch: i for i, ch in enumerate(digits)})
    values.update({ch: 10 for ch in _LEX.words.get("numeral_ten", ())})
    return values


_NUMERALS = _numerals()
_TEN = frozenset(_LEX.words.get("numeral_ten", ()))
_NUM = rf"(?:\d+|[{''.join(_NUMERALS)}]+)" if _NUMERALS else r"\d+"
_ERA = rf"(?:(?P<bce>{_alt('bce_before')})|{_alt('ce_before')})?"
_APPROX = rf"(?P<approx>{_alt('approximate_glued')})?"
_YEAR_MARKS = "".join(_LEX.words.get("year_mark", ()))


def number(text: str) -> int | None:
    """The value of digits or Chinese numerals: "1887", "一八八七", "十九", "三十一"."""
    if text.isdigit():
        return int(text)
    if any(ch not in _NUMERALS for ch in text):
        return None
    tens = [i for i, ch in enumerate(text) if ch in _TEN]
    if not tens:
        return int("".join(str(_NUMERALS[ch]) for ch in text))
    if len(tens) > 1 or len(text) > 3:
        return None
    at = tens[0]
    high = _NUMERALS[text[at - 1]] if at > 0 else 1
    low = _NUMERALS[text[at + 1]] if at + 1 < len(text) else 0
    return high * 10 + low


def _point(prefix: str) -> str:
    """A year with its mark, then optionally the month and the day with theirs."""
    return (
        rf"{_ERA.replace('(?P<bce>', f'(?P<{prefix}bce>')}(?P<{prefix}y>{_NUM}){_alt('year_mark')}"
        rf"(?:(?P<{prefix}m>{_NUM}){_alt('month_mark')}(?:(?P<{prefix}d>{_NUM}){_alt('day_mark')})?)?"
    )


_DATE = re.compile(_APPROX + _point(""))
_RANGE = re.compile(rf"{_APPROX}{_point('a')}\s*(?:{_alt('range_between')})\s*{_point('b')}")
_MONTH_DAY = re.compile(
    rf"(?<![\d{''.join(_NUMERALS)}])(?<![{_YEAR_MARKS}])(?P<m>{_NUM}){_alt('month_mark')}"
    rf"(?P<d>{_NUM}){_alt('day_mark')}"
)
_CENTURY = re.compile(
    rf"{_APPROX}{_ERA}(?P<c>{_NUM}){_alt('century_mark')}(?:(?P<dec>{_NUM}){_alt('decade_mark')})?"
)
_DECADE = re.compile(rf"{_APPROX}(?P<y>\d{{3}}0){_alt('decade_mark')}")


def _eras() -> dict[str, int]:
    """Era names and the Gregorian year each began, from every ``dates.toml``."""
    return {name: int(year) for _, data in lang.load_every("dates.toml")
            for name, year in data.get("eras", {}).items()}


_ERAS = _eras()
_ERA_DATE = re.compile(
    rf"(?P<era>{alternation(list(_ERAS), flexible_space=False)})"
    rf"(?P<y>{_NUM}|{_alt('era_first_year')}){_alt('year_mark')}"
    rf"(?:(?P<m>{_NUM}){_alt('month_mark')}(?:(?P<d>{_NUM}){_alt('day_mark')})?)?"
) if _ERAS else None


#: Below this a number before 年 is a duration ("待了3年"), unless an era word says "year".
_MIN_UNMARKED = 100


def _year(match: re.Match[str], prefix: str = "") -> int | None:
    """The astronomical year: 221 BCE is -220 (EDTF counts a year 0)."""
    value = number(match.group(prefix + "y"))
    if value is None or not 1 <= value <= MAX_YEAR:
        return None
    if value < _MIN_UNMARKED and not match.group(prefix + "bce"):
        return None  # "3年" is three years, a duration
    return 1 - value if match.group(prefix + "bce") else value


def _date_point(match: re.Match[str], prefix: str = "") -> _Point | None:
    if match.group(prefix + "y") is None:
        return None
    year = _year(match, prefix)
    if year is None:
        return None
    month_text, day_text = match.group(prefix + "m"), match.group(prefix + "d")
    if month_text is None or year < 1:  # no months or days before the Common Era here
        return _Point(year)
    month = number(month_text)
    if month is None or not 1 <= month <= 12:
        return None
    if day_text is None:
        return _Point(year, month)
    day = number(day_text)
    return None if day is None else _day_point(year, month, day)


def _cand(match: re.Match[str], first: _Point, last: _Point | None = None, kind: str = "point") -> _Cand:
    return _Cand(match.start(), match.end(), first, last, kind,
                 approximate=bool(match.group("approx")) if "approx" in match.re.groupindex else False)


def _build_date(match: re.Match[str]) -> _Cand | None:
    point = _date_point(match)
    return None if point is None else _cand(match, point)


def _build_range(match: re.Match[str]) -> _Cand | None:
    first, last = _date_point(match, "a"), _date_point(match, "b")
    if first is None or last is None or first.first_day() >= last.last_day():
        return None
    return _cand(match, first, last, "interval")


def _build_month_day(match: re.Match[str]) -> _Cand | None:
    month, day = number(match.group("m")), number(match.group("d"))
    if month is None or day is None or not 1 <= month <= 12:
        return None
    point = _day_point(None, month, day)
    return None if point is None else _Cand(match.start(), match.end(), point)


def _build_century(match: re.Match[str]) -> _Cand | None:
    """"19世纪" is 1801-1900; "20世纪30年代" the 1930s; "公元前3世纪" 300-201 BCE."""
    century = number(match.group("c"))
    if century is None or not 1 <= century <= 21:
        return None
    if match.group("dec"):
        decade = number(match.group("dec"))
        if match.group("bce") or decade is None or decade % 10 or not 0 <= decade <= 90:
            return None
        start = (century - 1) * 100 + decade
        return _cand(match, _Point(start), _Point(start + 9), "decade")
    if match.group("bce"):
        return _cand(match, _Point(1 - century * 100), _Point(-(century - 1) * 100), "century")
    return _cand(match, _Point((century - 1) * 100 + 1), _Point(century * 100), "century")


def _build_era_date(match: re.Match[str]) -> _Cand | None:
    """"明治20年" is 1887, "昭和元年" 1926, "昭和20年8月15日" 15 August 1945."""
    written = match.group("y")
    nth = 1 if written in _LEX.words.get("era_first_year", ()) else number(written)
    if nth is None or nth < 1:
        return None
    year = _ERAS[match.group("era")] + nth - 1
    month_text, day_text = match.group("m"), match.group("d")
    if month_text is None:
        return _Cand(match.start(), match.end(), _Point(year))
    month = number(month_text)
    if month is None or not 1 <= month <= 12:
        return None
    day = None if day_text is None else number(day_text)
    point = _Point(year, month) if day_text is None else (None if day is None else _day_point(year, month, day))
    return None if point is None else _Cand(match.start(), match.end(), point)


def _build_decade(match: re.Match[str]) -> _Cand:
    year = int(match.group("y"))
    return _cand(match, _Point(year), _Point(year + 9), "decade")


#: Every recogniser here needs one of these marks (a year, month, century or decade mark),
#: so a text without any of them (most text of most languages) skips them all.
_MARKS = tuple(dict.fromkeys(
    form for key in ("year_mark", "month_mark", "century_mark", "decade_mark") for form in _LEX.words.get(key, ())
))


def marked(text: str) -> bool:
    """True when ``text`` holds a mark one of these recognisers needs (年, 月, 世纪, 年代)."""
    return any(mark in text for mark in _MARKS)


_Builder = Callable[[re.Match[str]], "_Cand | None"]

RECOGNISERS: tuple[tuple[re.Pattern[str], _Builder], ...] = (
    ((_DATE, _build_date), (_RANGE, _build_range), (_MONTH_DAY, _build_month_day),
     (_CENTURY, _build_century), (_DECADE, _build_decade))
    + (((_ERA_DATE, _build_era_date),) if _ERA_DATE is not None else ())
    if _LEX.words.get("year_mark") else ()
)
