"""Russian date expressions to EDTF, the same strings the English recogniser returns.

Russian biographies of people born before 1918 often give two dates for one day: the Julian
(Old Style) date and, in brackets, the Gregorian (New Style) one: "1 (13) января 1900 г.",
"30 августа (11 сентября) 1877 года", "25.10(6.11).1895". The value is always the Gregorian
date; a single date marked "ст. ст." is converted, one marked "н. ст." or unmarked is taken as
written (a page that gives only the Old Style date states that date, and reconciliation must
see the disagreement). Month names come in three cases, so they are data
(``lang/ru/months.toml``). A date without a year ("12 июня") is returned as ``XXXX-06-12``
for the caller to complete from context.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from functools import cache

from factoid.lang import load_toml

__all__ = ["RuDate", "find_dates", "julian_to_gregorian"]


@dataclass(frozen=True)
class RuDate:
    """One date expression: ``text == source[start:end]``; ``edtf`` is its normalised value."""

    start: int
    end: int
    text: str
    edtf: str
    kind: str = "point"  # "point" | "interval" | "decade"

    @property
    def year(self) -> int | None:
        head = self.edtf[:4]
        return int(head) if head.isdigit() else None

    @property
    def has_day(self) -> bool:
        return self.kind == "point" and len(self.edtf) == 10


@cache
def _months() -> dict[str, int]:
    data = load_toml("ru", "months.toml")["months"]
    return {form: int(number) for number, forms in data.items() for form in forms}


@cache
def _markers() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = load_toml("ru", "months.toml")["markers"]

    def alt(words: list[str]) -> re.Pattern[str]:
        body = "|".join(re.escape(w).replace(r"\ ", r"\s*") for w in sorted(words, key=len, reverse=True))
        return re.compile(r"\s*[\(,]?\s*(?:" + body + r")\s*\)?", re.IGNORECASE)

    return alt(data["old_style"]), alt(data["new_style"])


def _month_re() -> str:
    forms = sorted(_months(), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(f) for f in forms) + r")(?![а-яё])"


_YEAR = r"(1[0-9]{3}|20[0-9]{2})"
_TAIL = r"(?:\s*(?:года|году|год|г\.|гг\.))?"


@cache
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    m = _month_re()
    d = r"(\d{1,2})"
    flags = re.IGNORECASE
    return [
        # 30 августа (11 сентября) 1877 / 30 августа [11 сентября1877
        ("dual_months", re.compile(rf"{d}\s+({m})\s*[\(\[]\s*{d}\s+({m})\s*[\)\]]?\s*(?:{_YEAR}(?!\d){_TAIL})?", flags)),
        # 11 апреля (24-го по новому стилю) 1908
        ("dual_new_style", re.compile(rf"{d}\s+({m})\s*\(\s*{d}(?:-?го)?\s+(?:по\s+новому\s+стилю|н\.\s*ст\.)\s*\)\s*(?:{_YEAR}(?!\d){_TAIL})?", flags)),
        # 1 (13) января 1900
        ("dual_day", re.compile(rf"{d}\s*[\(\[]\s*{d}\s*[\)\]]\s*({m})(?:\s+{_YEAR}(?!\d){_TAIL})?", flags)),
        # 25.10(6.11).1895
        ("dual_numeric", re.compile(rf"(?<!\d){d}\.(\d{{1,2}})\s*\(\s*{d}\.(\d{{1,2}})\s*\)\s*\.?\s*{_YEAR}(?!\d)")),
        # 6(18).02.1891
        ("dual_numeric_day", re.compile(rf"(?<!\d){d}\s*\(\s*{d}\s*\)\s*\.(\d{{1,2}})\.{_YEAR}(?!\d)")),
        ("iso", re.compile(rf"(?<!\d){_YEAR}-(\d{{2}})-(\d{{2}})(?!\d)")),
        ("day_month", re.compile(rf"(?<!\d){d}\s+({m})(?:\s+{_YEAR}(?!\d){_TAIL})?", flags)),
        ("numeric", re.compile(rf"(?<![\d.]){d}\.(\d{{1,2}})\.{_YEAR}(?!\d)")),
        ("month_year", re.compile(rf"({m})\s+{_YEAR}(?!\d){_TAIL}", flags)),
        ("decade", re.compile(r"(?<!\d)(1[0-9]{2}0|20[0-9]0)\s*-?\s*(?:х|е|x)(?![а-яё])(?:\s*(?:годов|годах|годы|гг\.))?", flags)),
        ("range", re.compile(rf"(?<!\d){_YEAR}\s*(?:[-–—]|\s—\s)\s*{_YEAR}(?!\d){_TAIL}")),
        ("year", re.compile(rf"(?<![\d.,]){_YEAR}(?![\d]|\.\d){_TAIL}")),
    ]


def julian_to_gregorian(year: int, month: int, day: int) -> datetime.date | None:
    """The Gregorian date of a Julian calendar date (valid 1582-2099)."""
    try:
        date = datetime.date(year, month, day)
    except ValueError:
        return None
    shift = year // 100 - year // 400 - 2
    # the Julian leap day of a century year falls before the shift grows
    if year % 100 == 0 and year % 400 != 0 and month <= 2:
        shift -= 1
    return date + datetime.timedelta(days=shift)


def _ymd(year: int | None, month: int, day: int | None) -> str | None:
    if not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
        return None
    text = "XXXX" if year is None else f"{year:04d}"
    text += f"-{month:02d}"
    return text + (f"-{day:02d}" if day is not None else "")


def _month(word: str) -> int:
    return _months()[word.lower()]


def _value(kind: str, g: tuple[str | None, ...]) -> tuple[str | None, str]:
    """EDTF of one match (the New Style date where two are given) and its kind."""
    num = [int(x) if x and x.isdigit() else None for x in g]
    if kind == "dual_months":
        return _ymd(num[4], _month(g[3] or ""), num[2]), "point"
    if kind == "dual_new_style":
        kind, g = "dual_day", (g[0], g[2], g[1], g[3])
        num = [int(x) if x and x.isdigit() else None for x in g]
    if kind == "dual_day":
        day1, day2, month, year = num[0], num[1], _month(g[2] or ""), num[3]
        if day2 is not None and day1 is not None and day2 < day1:  # "31 (12) декабря": month rolls over
            month += 1
            if month == 13:
                month, year = 1, (year + 1 if year else None)
        return _ymd(year, month, day2), "point"
    if kind == "dual_numeric":
        return _ymd(num[4], num[3] or 0, num[2]), "point"
    if kind == "dual_numeric_day":
        day1, day2, month, year = num
        if day2 is not None and day1 is not None and day2 < day1 and month is not None:
            month += 1
            if month == 13:
                month, year = 1, (year + 1 if year else None)
        return _ymd(year, month or 0, day2), "point"
    if kind == "iso":
        return _ymd(num[0], num[1] or 0, num[2]), "point"
    if kind == "day_month":
        return _ymd(num[2], _month(g[1] or ""), num[0]), "point"
    if kind == "numeric":
        return _ymd(num[2], num[1] or 0, num[0]), "point"
    if kind == "month_year":
        return _ymd(num[1], _month(g[0] or ""), None), "point"
    if kind == "decade":
        return f"{num[0]}/{(num[0] or 0) + 9}", "decade"
    if kind == "range":
        if num[0] is None or num[1] is None or num[1] < num[0]:
            return None, "interval"
        return f"{num[0]}/{num[1]}", "interval"
    return (f"{num[0]:04d}" if num[0] else None), "point"


def _old_style(text: str, end: int, edtf: str) -> tuple[str, int]:
    """Convert a single date followed by an Old Style marker; a New Style marker is absorbed."""
    old, new = _markers()
    m = old.match(text, end)
    if m and len(edtf) == 10 and edtf[:4].isdigit():
        y, mo, d = (int(x) for x in edtf.split("-"))
        g = julian_to_gregorian(y, mo, d)
        return (g.isoformat() if g else edtf), m.end()
    m = new.match(text, end)
    if m:
        return edtf, m.end()
    return edtf, end


def find_dates(text: str) -> list[RuDate]:
    """Every date expression in a Russian text, left to right, overlaps settled by the order
    of ``_patterns`` (most specific first)."""
    taken: list[tuple[int, int]] = []
    found: list[RuDate] = []
    for kind, pattern in _patterns():
        for m in pattern.finditer(text):
            start, end = m.start(), m.end()
            if any(s < end and start < e for s, e in taken):
                continue
            edtf, shape = _value(kind, m.groups())
            if edtf is None:
                continue
            if kind in {"day_month", "numeric", "iso"}:
                edtf, end = _old_style(text, end, edtf)
            while end > start and text[end - 1].isspace():
                end -= 1
            taken.append((start, end))
            found.append(RuDate(start, end, text[start:end], edtf, shape))
    return sorted(found, key=lambda d: d.start)
