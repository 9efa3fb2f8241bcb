"""The recognisers behind :mod:`factoid.dates`: atoms, ranges and modifiers over one text.

Each pass works on ``_Cand`` records (offsets plus calendar points at the precision the source
gave); :mod:`factoid.dates` turns the survivors into EDTF. See the package docstring for why.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass, replace

from factoid.dates._lexicon import alternation, lexicon

#: Years a bare number may be; :func:`_year` spells this range out as a regex.
MIN_YEAR = 1000
MAX_YEAR = 2100


@dataclass(frozen=True)
class _Point:
    """A calendar point at the precision the source gave; ``year=None`` means "not stated"."""

    year: int | None
    month: int | None = None
    day: int | None = None

    def first_day(self) -> tuple[int, int, int]:
        return (self.year or 0, self.month or 1, self.day or 1)

    def last_day(self) -> tuple[int, int, int]:
        return (self.year or 9999, self.month or 12, self.day or 31)


@dataclass(frozen=True)
class _Cand:
    """A date expression found at ``text[start:end]``; ``last`` is set for intervals."""

    start: int
    end: int
    first: _Point
    last: _Point | None = None
    kind: str = "point"  # "point" | "decade" | "interval" | "alternatives" | "between" | "century"
    approximate: bool = False
    uncertain: bool = False
    numeric_start: bool = False  # starts with a digit, so identifier checks apply
    marks: tuple[str, str] | None = None  # per-end EDTF qualifiers of a joined range
    alts: tuple[_Point, ...] = ()  # the separate values of "3 or 5 March", "1411 or 1412"
    julian: _Point | None = None  # the Old Style date stated beside this (Gregorian) one

    @property
    def length(self) -> int:
        return self.end - self.start


# ---------------------------------------------------------------------------------------------
# regex building blocks
# ---------------------------------------------------------------------------------------------

_LEX = lexicon()

#: Lower-cased spelling (without a dot) -> month number, over every language's dates.toml.
_MONTH_NUMBER: dict[str, int] = _LEX.month_number

#: Letters of any script: a month name or a number must not be glued to a word.
_NOT_LETTER_BEFORE = r"(?<![^\W\d_])"
_NOT_LETTER_AFTER = r"(?![^\W\d_])"


def _month_alternatives(forms: tuple[str, ...] | None = None) -> str:
    """Every month form of every language, longest first; abbreviations take an optional dot.

    English full names that are ordinary words ("may") count only when capitalised; that rule
    lives in lang/en/dates.toml (``wordlike_months``).
    """
    alternatives = [
        re.escape(form) + (r"\.?" if form in _LEX.abbreviations else "")
        for form in sorted(_LEX.month_forms if forms is None else forms, key=len, reverse=True)
    ]
    return "|".join(alternatives)


_MONTH_ALT = _month_alternatives()
_MONTH_FIRST_ALT = _month_alternatives(_LEX.month_first) if _LEX.month_first else r"(?!x)x"


#: Where a month name may start: after no letter, or glued on after a lower-case one.
_MONTH_LEAD = rf"(?:{_NOT_LETTER_BEFORE}|(?<=[a-z])(?=[A-Z]))"


def _month(name: str, alternatives: str = _MONTH_ALT) -> str:
    """A month name; it may follow a lower-case letter when glued on ("DiedAugust 19, 1945")."""
    return rf"{_MONTH_LEAD}(?P<{name}>{alternatives}){_NOT_LETTER_AFTER}"


#: Ordinal endings written after a day's digits with a hyphen (``day_ordinal``: Esperanto
#: "la 25-an de oktobro"), longest first.
_DAY_ORDINAL = "|".join(re.escape(w) for w in sorted(_LEX.words.get("day_ordinal", ()), key=len, reverse=True))


def _day(name: str) -> str:
    """A day of the month, optionally ordinal ("19th", French "1er", Esperanto "25-an"), not
    glued to other digits or letters."""
    ordinal = f"|{_DAY_ORDINAL}" if _DAY_ORDINAL else ""
    return rf"(?<![\dA-Za-z])(?P<{name}>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th|er{ordinal})?(?![\dA-Za-z])"


def _year(name: str) -> str:
    """A four-digit year in the supported range; context checks happen in :func:`_isolated`."""
    return rf"(?P<{name}>1\d{{3}}|20\d{{2}}|2100)(?!\d)"


_DASH = r"[-‐‑–—]"
_RANGE_DASH = r"\s*(?:[-‐‑–—]|--)\s*"
_COMMA_SPACE = r"(?:\s*,\s*|\s+)"

_SEASONS: dict[str, tuple[int, int]] = {
    "spring": (3, 5),
    "summer": (6, 8),
    "autumn": (9, 11),
    "fall": (9, 11),
}

# --- atom patterns ---------------------------------------------------------------------------

#: Words between a month and its year: "of", Romance "de", and those of ``month_year_between``
#: (Vietnamese "năm", "year": "9 tháng 8 năm 2022").
_MONTH_YEAR_WORDS = alternation(("of", "de", "del", "di", *_LEX.words.get("month_year_between", ())),
                                flexible_space=False)
_OF = rf"(?:\s+(?:{_MONTH_YEAR_WORDS}))?"
#: Between a day and its month: a space, or a dot glued to the month as scraped pages write
#: it ("2.Mai 1945").
_DAY_MONTH_GAP = rf"(?:\.?{_OF}\s+|\.)"
_DMY = re.compile(
    rf"(?:(?i:the)\s+)?{_day('d')}{_DAY_MONTH_GAP}{_month('m')}{_OF}(?:{_COMMA_SPACE})?{_year('y')}"
)
_MDY = re.compile(rf"{_month('m')}\s+(?:the\s+)?{_day('d')}{_COMMA_SPACE}{_year('y')}")
#: "мае1946": scraped pages glue the year to a month word; the word keeps it a date.
_MY = re.compile(rf"{_month('m')}(?:\s*,\s*|\s+(?:{_MONTH_YEAR_WORDS})\s+|\s+|(?=\d)){_year('y')}")
_DM = re.compile(rf"(?:(?i:the)\s+)?{_day('d')}{_DAY_MONTH_GAP}{_month('m')}")
_MD = re.compile(rf"{_month('m', _MONTH_FIRST_ALT)}\s+(?:the\s+)?{_day('d')}(?!\s*[:.]\d)")
_DAY_RANGE_MY = re.compile(
    rf"{_day('d1')}{_RANGE_DASH}{_day('d2')}\s+{_month('m')}(?:{_COMMA_SPACE}{_year('y')})?"
)
_MONTH_DAY_RANGE_Y = re.compile(
    rf"{_month('m')}\s+{_day('d1')}{_RANGE_DASH}{_day('d2')}(?:{_COMMA_SPACE}{_year('y')})?"
)
_MONTH_RANGE_Y = re.compile(
    rf"{_month('m1')}(?:{_RANGE_DASH}|\s+to\s+){_month('m2')}(?:\s*,\s*|\s+of\s+|\s+){_year('y')}"
)
_ISO = re.compile(rf"{_year('y')}-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?!\d)")
_DOTTED = re.compile(r"(?P<d>0?[1-9]|[12]\d|3[01])\.(?P<m>0?[1-9]|1[0-2])\." + _year("y"))
#: "14.12.1546-24.10.1601": two dotted dates joined by a plain hyphen, as lexicons write a
#: life; alone, a hyphen glues numbers into an identifier, so the span is one pattern.
_DOTTED_SPAN = re.compile(
    r"(?P<d1>0?[1-9]|[12]\d|3[01])\.(?P<m1>0?[1-9]|1[0-2])\." + _year("y1") + _RANGE_DASH
    + r"(?P<d2>0?[1-9]|[12]\d|3[01])\.(?P<m2>0?[1-9]|1[0-2])\." + _year("y2")
)
#: Year first, as Hungarian, Latvian and Lithuanian write a date: the year with a full stop
#: or a "year" word (``year_between``: "gada", "m."), then the day and the month in either
#: order ("1894. gada 1. jūlijā", "1894. július 13.", "1894 m. liepos 13 d."), or the month
#: alone ("1939. gada maijā"). A bare "1894 July" never counts: the mark is required. A day
#: may take the abbreviation of "day" after it (``day_after``: Lithuanian "d.").
_YEAR_WORDS = alternation(_LEX.words.get("year_between", ()), flexible_space=False)
_YEAR_MARK_REQUIRED = rf"(?:\.\s*(?:(?:{_YEAR_WORDS})(?![^\W\d_])\s*)?|\s+(?:{_YEAR_WORDS})(?![^\W\d_])\s*)"
_YDM = re.compile(rf"{_year('y')}{_YEAR_MARK_REQUIRED}{_day('d')}\.\s*{_month('m')}")
_DAY_WORDS = alternation(_LEX.words.get("day_after", ()), flexible_space=False)
_YMD = re.compile(rf"{_year('y')}{_YEAR_MARK_REQUIRED}{_month('m')}\s+{_day('d')}(?:\.|\s*(?:{_DAY_WORDS}))?")
_YM = re.compile(rf"{_year('y')}{_YEAR_MARK_REQUIRED}{_month('m')}")
#: Year first with case endings glued to the numbers, as Basque writes a date: the year takes
#: a genitive ending (``year_glued``: "1841eko"), the month follows in the genitive and the
#: day takes the article or the inessive (``day_glued``: "abuztuaren 23a", "23an").
_YEAR_GLUED = alternation(_LEX.words.get("year_glued", ()), flexible_space=False)
_DAY_GLUED = alternation(_LEX.words.get("day_glued", ()), flexible_space=False)
_YMD_GLUED = re.compile(
    rf"{_year('y')}(?:{_YEAR_GLUED})\s+{_month('m')}\s+(?P<d>3[01]|[12]\d|0?[1-9])(?:{_DAY_GLUED})?{_NOT_LETTER_AFTER}"
) if _YEAR_GLUED else None
_YM_GLUED = re.compile(
    rf"{_year('y')}(?:{_YEAR_GLUED})\s+{_month('m')}(?!\s+\d)"
) if _YEAR_GLUED else None
_YEAR = re.compile(_year("y"))
_YEAR_RANGE = re.compile(rf"{_year('y1')}(?:{_DASH}|/){_year('y2')}")
#: "1936-38", but not "1742 – 18 March": two digits before a month name are a day.
_YEAR_SHORT_RANGE = re.compile(
    rf"{_year('y1')}\s*(?:{_DASH}|/)\s*(?P<y2>\d\d)(?!\d)(?!\.?\s*(?:{_MONTH_ALT}){_NOT_LETTER_AFTER})"
)
_DECADE = re.compile(r"(?:(?i:the)\s+)?(?P<y>1\d{2}0|20\d0)['’]?s(?![A-Za-z])")
_SEASON = re.compile(
    rf"(?i:(?:the\s+)?(?P<s>spring|summer|autumn|fall))(?:\s+of|,)?\s+{_year('y')}"
)
_WINTER = re.compile(
    rf"(?i:(?:the\s+)?winter)(?:\s+of|,)?\s+{_year('y1')}"
    rf"(?:\s*(?:{_DASH}|/)\s*(?P<y2>\d{{4}}|\d\d)(?!\d))?"
)

# --- context checks --------------------------------------------------------------------------

#: Characters that glue digits into one number or identifier ("1,000", "5-7838-0838-5").
#: En and em dashes are absent on purpose: between dates they mark ranges.
_GLUE = "-‐‑.,/:"

#: Words right before a number that make it an identifier, page or amount, not a year.
_ID_BEFORE = re.compile(
    r"(?:(?<![A-Za-z])(?:No|Nos|Nr|nr|no|nos|pp?|vol|Vol|tel|Tel|ISBN|ISSN|fig|Fig|art|Art|"
    r"page|pages|number)\.?|[№#§$€£¥])\s*$"
)

#: Infobox labels that scraping glues onto the value ("Born1900").
_GLUED_LABEL = re.compile(r"(?<![A-Za-z])(?:Born|Died|Buried|Date|Year|Years|Since)$")

#: Counted nouns: "1500 men" is an amount, unless a preposition says it is a year ("in 1938 men").
_COUNT_AFTER = re.compile(
    r"\s*(?:people|persons|men|women|children|soldiers|troops|officers|prisoners|copies|"
    r"pages|p\.|km|kilomet(?:er|re)s|miles|met(?:er|re)s|kg|tons|tonnes|rubles|roubles|"
    r"dollars|yen|marks|victims|members|workers|employees|agents|cases|times|hours|strong)"
    r"(?![A-Za-z])",
    re.IGNORECASE,
)
_YEAR_PREPOSITION = re.compile(
    r"(?<![A-Za-z])(?:in|since|by|until|till|from|of|before|after|during|year)\s+$",
    re.IGNORECASE,
)


def _glued(text: str, start: int, end: int) -> bool:
    """True when the span is part of a longer number or identifier such as an ISBN or phone."""
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    if before.isdigit() or after.isdigit():
        return True
    if before in _GLUE and before and start >= 2 and text[start - 2].isdigit():
        return True
    return bool(after in _GLUE and after and end + 1 < len(text) and text[end + 1].isdigit())


#: Abbreviations of "year" that pages glue to the number ("1945г", "1887r."), every language.
_YEAR_WORD = re.compile(
    rf"(?:{alternation(_LEX.words.get('year_after', ()), flexible_space=False)}){_NOT_LETTER_AFTER}"
)


#: Case endings a language glues to a bare year (``year_glued``, Basque "1688an" in 1688,
#: "1841eko" of 1841): the year is still the date.
_YEAR_ENDING = re.compile(
    rf"(?:{alternation(_LEX.words.get('year_glued', ()), flexible_space=False)}){_NOT_LETTER_AFTER}"
) if _LEX.words.get("year_glued") else None


def _lost_space(text: str, cand: _Cand) -> bool:
    """True when letters glued after the final digits are the next word, not part of a code.

    Scraped pages drop spaces: "1945г" and "1887r." glue the year's abbreviation on, and
    "30 mai 1431que" the next word. A year abbreviation is always a lost space; another
    lower-case word only after a date with a month word, since "1945a" or "1500men" alone are
    numbers of something else.
    """
    if _YEAR_WORD.match(text, cand.end) or (_YEAR_ENDING and _YEAR_ENDING.match(text, cand.end)):
        return True
    has_month_word = cand.first.month is not None and any(
        ch.isalpha() for ch in text[cand.start : cand.end])
    return has_month_word and text[cand.end : cand.end + 1].islower()


def _isolated(text: str, cand: _Cand) -> bool:
    """True when a candidate starting with a digit is really a date, not an amount or an id."""
    if not cand.numeric_start:
        return True
    start, end = cand.start, cand.end
    if _glued(text, start, end):
        return False
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    if before.isalpha() and not _GLUED_LABEL.search(text, max(0, start - 12), start):
        return False
    if after.isalpha() and text[end - 1].isdigit() and not _lost_space(text, cand):
        return False
    window = text[max(0, start - 12) : start]
    if _ID_BEFORE.search(window):
        return False
    if cand.kind == "point" and cand.first.month is None and _COUNT_AFTER.match(text, end):
        return bool(_YEAR_PREPOSITION.search(text[max(0, start - 12) : start]))
    return True


# ---------------------------------------------------------------------------------------------
# atom builders: one per pattern, each turns a regex match into a candidate or None
# ---------------------------------------------------------------------------------------------


#: The language of the text being read (:func:`factoid.dates.reading`), None when unknown.
READING: ContextVar[str | None] = ContextVar("reading", default=None)


def _month_of(match: re.Match[str], group: str) -> int:
    """A month word's number, in the language being read when that language has its own
    reading of the word (Croatian "listopada" is October), else as every language reads it."""
    form = match.group(group).rstrip(".").lower()
    own = _LEX.own_months.get(READING.get() or "")
    return own[form] if own and form in own else _MONTH_NUMBER[form]


def _valid_day(year: int | None, month: int, day: int) -> bool:
    """Calendar check; without a year, 29 February is allowed (it exists in leap years)."""
    return 1 <= day <= calendar.monthrange(year if year is not None else 2000, month)[1]


def _day_point(year: int | None, month: int, day: int) -> _Point | None:
    return _Point(year, month, day) if _valid_day(year, month, day) else None


def _opt_year(match: re.Match[str], group: str = "y") -> int | None:
    value = match.group(group)
    return int(value) if value else None


def _build_day(match: re.Match[str]) -> _Cand | None:
    """Day-month(-year) in either order; the year is optional for the patterns without one."""
    year = _opt_year(match) if "y" in match.re.groupindex else None
    point = _day_point(year, _month_of(match, "m"), int(match.group("d")))
    if point is None:
        return None
    numeric = match.group(0)[0].isdigit()
    return _Cand(match.start(), match.end(), point, numeric_start=numeric)


def _build_month_year(match: re.Match[str]) -> _Cand:
    return _Cand(match.start(), match.end(), _Point(int(match.group("y")), _month_of(match, "m")))


def _build_day_range(match: re.Match[str]) -> _Cand | None:
    """"13–14 June 1938" and "June 13–14, 1938": a range of days inside one month."""
    year, month = _opt_year(match), _month_of(match, "m")
    first = _day_point(year, month, int(match.group("d1")))
    last = _day_point(year, month, int(match.group("d2")))
    if first is None or last is None or first.day is None or last.day is None:
        return None
    if first.day >= last.day:
        return None
    numeric = match.group(0)[0].isdigit()
    return _Cand(match.start(), match.end(), first, last, "interval", numeric_start=numeric)


def _build_month_range(match: re.Match[str]) -> _Cand | None:
    year = int(match.group("y"))
    first, last = _month_of(match, "m1"), _month_of(match, "m2")
    if first >= last:
        return None
    return _Cand(match.start(), match.end(), _Point(year, first), _Point(year, last), "interval")


def _build_year_first(match: re.Match[str]) -> _Cand | None:
    """A year-first date ("1894. gada 1. jūlijā", "1894. július 13.", "1939. gada maijā")."""
    year, month = int(match.group("y")), _month_of(match, "m")
    between = match.string[match.end("y"):match.start("m")]
    if match.group("m")[0].isupper() and not any(ch.isalpha() for ch in between):
        return None  # "died in 1894. July saw ...": a sentence's end, not a year-first date
    if "d" not in match.re.groupindex:
        return _Cand(match.start(), match.end(), _Point(year, month), numeric_start=True)
    point = _day_point(year, month, int(match.group("d")))
    return None if point is None else _Cand(match.start(), match.end(), point, numeric_start=True)


def _build_numeric_day(match: re.Match[str]) -> _Cand | None:
    point = _day_point(int(match.group("y")), int(match.group("m")), int(match.group("d")))
    if point is None:
        return None
    return _Cand(match.start(), match.end(), point, numeric_start=True)


def _build_dotted_span(match: re.Match[str]) -> _Cand | None:
    first = _day_point(int(match.group("y1")), int(match.group("m1")), int(match.group("d1")))
    last = _day_point(int(match.group("y2")), int(match.group("m2")), int(match.group("d2")))
    if first is None or last is None or first.first_day() >= last.first_day():
        return None
    return _Cand(match.start(), match.end(), first, last, "interval", numeric_start=True)


def _build_year(match: re.Match[str]) -> _Cand:
    return _Cand(match.start(), match.end(), _Point(int(match.group("y"))), numeric_start=True)


def _expand_short_year(first: int, digits: str) -> int | None:
    """"1936-38" -> 1938: the two digits must move forward within the same century."""
    if len(digits) == 4:
        return int(digits)
    candidate = first // 100 * 100 + int(digits)
    return candidate if candidate > first else None


def _build_year_range(match: re.Match[str]) -> _Cand | None:
    first = int(match.group("y1"))
    last = _expand_short_year(first, match.group("y2"))
    if last is None or last <= first or last > MAX_YEAR:
        return None
    return _Cand(
        match.start(), match.end(), _Point(first), _Point(last), "interval", numeric_start=True
    )


def _build_decade(match: re.Match[str]) -> _Cand:
    year = int(match.group("y"))
    numeric = match.group(0)[0].isdigit()
    return _Cand(
        match.start(), match.end(), _Point(year), _Point(year + 9), "decade", numeric_start=numeric
    )


def _build_season(match: re.Match[str]) -> _Cand:
    year = int(match.group("y"))
    first, last = _SEASONS[match.group("s").lower()]
    return _Cand(match.start(), match.end(), _Point(year, first), _Point(year, last), "interval")


def _build_winter(match: re.Match[str]) -> _Cand | None:
    """Winter straddles New Year, so "winter of 1938" alone covers both readings.

    "Winter 1938/39" is December 1938 to February 1939; a bare "winter of 1938" may mean
    January-February 1938 or the winter starting in December 1938, so the value covers both.
    """
    year = int(match.group("y1"))
    if match.group("y2"):
        last = _expand_short_year(year, match.group("y2"))
        if last != year + 1:
            return None
        return _Cand(
            match.start(), match.end(), _Point(year, 12), _Point(last, 2), "interval"
        )
    return _Cand(match.start(), match.end(), _Point(year, 1), _Point(year + 1, 2), "interval")


_Builder = Callable[[re.Match[str]], "_Cand | None"]

_RECOGNISERS: tuple[tuple[re.Pattern[str], _Builder], ...] = (
    (_DMY, _build_day),
    (_MDY, _build_day),
    (_MY, _build_month_year),
    (_DM, _build_day),
    (_MD, _build_day),
    (_DAY_RANGE_MY, _build_day_range),
    (_MONTH_DAY_RANGE_Y, _build_day_range),
    (_MONTH_RANGE_Y, _build_month_range),
    (_ISO, _build_numeric_day),
    (_DOTTED_SPAN, _build_dotted_span),
    (_DOTTED, _build_numeric_day),
    (_YDM, _build_year_first),
    (_YMD, _build_year_first),
    (_YM, _build_year_first),
    *(((_YMD_GLUED, _build_year_first), (_YM_GLUED, _build_year_first)) if _YMD_GLUED else ()),
    (_YEAR, _build_year),
    (_YEAR_RANGE, _build_year_range),
    (_YEAR_SHORT_RANGE, _build_year_range),
    (_DECADE, _build_decade),
    (_SEASON, _build_season),
    (_WINTER, _build_winter),
)


def _longest_first(cands: list[_Cand]) -> list[_Cand]:
    """Non-overlapping selection where the longest candidate wins, returned left to right."""
    chosen: list[_Cand] = []
    for cand in sorted(cands, key=lambda c: (-c.length, c.start)):
        if all(cand.end <= c.start or cand.start >= c.end for c in chosen):
            chosen.append(cand)
    return sorted(chosen, key=lambda c: c.start)


# ---------------------------------------------------------------------------------------------
# ranges: "1900 – 19 August 1945", "from 1936 to 1938", "between 1936 and 1938"
# ---------------------------------------------------------------------------------------------

_RANGE_GAP = re.compile(r"\s*(?:[-‐‑–—]|--)\s*|\s+(?:to|until|till|through)\s+")
_AND_GAP = re.compile(r"\s+and\s+")
_BETWEEN_BEFORE = re.compile(r"(?<![A-Za-z])[Bb]etween\s+$")


def _borrow_year(first: _Point, last: _Point) -> tuple[_Point, _Point]:
    """A year-less end takes the other end's year ("19 August – 3 September 1945")."""
    if first.year is None and last.year is not None:
        year = last.year - 1 if (first.month or 0) > (last.month or 12) else last.year
        first = replace(first, year=year)
    elif last.year is None and first.year is not None:
        year = first.year + 1 if (last.month or 12) < (first.month or 0) else first.year
        last = replace(last, year=year)
    return first, last


def _join(text: str, a: _Cand, b: _Cand) -> _Cand | None:
    """One interval from two neighbouring single dates, or None when they are not a range."""
    if a.kind != "point" or b.kind != "point":
        return None
    gap = text[a.end : b.start]
    start, kind = a.start, "interval"
    approx_end = _APPROXIMATE.search(gap)  # "c. 500 – c. 565": the word qualifies the end
    if approx_end is not None and approx_end.start() > 0 and _RANGE_GAP.fullmatch(gap[: approx_end.start()]):
        gap, b = gap[: approx_end.start()], replace(b, approximate=True)
    if not _RANGE_GAP.fullmatch(gap):
        between = _BETWEEN_BEFORE.search(text[max(0, a.start - 10) : a.start])
        if not (_AND_GAP.fullmatch(gap) and between):
            return None
        start, kind = a.start - (len(between.group(0))), "between"
    first, last = _borrow_year(a.first, b.last or b.first)
    if first.year is None and last.year is not None:
        return None
    if first.first_day() > last.last_day() or first == last:
        return None
    marks = (_qualifier(a.approximate, a.uncertain), _qualifier(b.approximate, b.uncertain))
    return _Cand(
        start,
        b.end,
        first,
        last,
        kind,
        approximate=a.approximate or b.approximate,
        uncertain=a.uncertain or b.uncertain,
        numeric_start=a.numeric_start,
        marks=marks if any(marks) else None,
    )


def _ranges(text: str, atoms: list[_Cand]) -> list[_Cand]:
    """Join neighbouring atoms pairwise, left to right."""
    out: list[_Cand] = []
    i = 0
    while i < len(atoms):
        joined = _join(text, atoms[i], atoms[i + 1]) if i + 1 < len(atoms) else None
        if joined is not None:
            out.append(joined)
            i += 2
        else:
            out.append(atoms[i])
            i += 1
    return out


# ---------------------------------------------------------------------------------------------
# modifiers: words in front of a date and a "?" behind it
# ---------------------------------------------------------------------------------------------

_B = _NOT_LETTER_BEFORE
_SPACE = r"(?:\s+|(?<=\.))"  # "ca. 1900", "c.1900", "около 1900"


def _words(key: str) -> str:
    """The forms of one kind of word from every language's dates.toml, as an alternation."""
    return alternation(_LEX.words.get(key, ()))


_TIME_OF_DAY = re.compile(
    _B + r"(?i:(?:(?:the\s+)?(?:(?:early|late)\s+)?(?:morning|evening|night|afternoon|day)\s+of"
    rf"|{_words('time_of_day')})\s+)$"
)
_PART_OF = re.compile(
    _B
    + r"(?i:(?:(?:(?:at|in|by|towards?|until)\s+)?(?:the\s+)?(?:very\s+)?"
    r"(?:beginning|start|end|middle|course|(?:first|second|latter)\s+half|"
    r"(?:first|last|early|final)\s+(?:days|weeks?|months?))\s+of"
    rf"|{_words('part_of')})\s+)$"
)
_EARLY_LATE = re.compile(_B + r"(?i:(?:the\s+)?(?:early|mid|late)(?:\s*-\s*|\s+))$")
_APPROXIMATE = re.compile(_B + rf"(?i:(?:{_words('approximate')}){_SPACE}\s*)$")
_UNCERTAIN = re.compile(
    _B
    + rf"(?i:(?:{_words('uncertain')})\s+"
    r"(?:(?:in|on|at|by|around|about|en|le|im|am|в|во)\s+)?)$"
)
_QUESTION_AFTER = re.compile(r"\?(?=\s*[)\]/,;–—-]|\s+[-–—])|\s*\(\?\)")

_Modifier = tuple[re.Pattern[str], Callable[[_Cand], bool], str]


def _is_day(cand: _Cand) -> bool:
    return cand.kind == "point" and cand.first.day is not None


def _not_day(cand: _Cand) -> bool:
    return not _is_day(cand)


def _always(cand: _Cand) -> bool:
    return True


#: (pattern ending where the date starts, which dates it may qualify, flag it sets).
_PREFIXES: tuple[_Modifier, ...] = (
    (_TIME_OF_DAY, _is_day, ""),
    (_PART_OF, _not_day, ""),
    (_EARLY_LATE, _not_day, ""),
    (_APPROXIMATE, _always, "approximate"),
    (_UNCERTAIN, _always, "uncertain"),
)

_WINDOW = 48


def _extend_left(text: str, cand: _Cand) -> _Cand:
    """Absorb qualifying words in front of the date, repeatedly ("probably around the end of")."""
    changed = True
    while changed:
        changed = False
        window_start = max(0, cand.start - _WINDOW)
        window = text[window_start : cand.start]
        for pattern, applies, flag in _PREFIXES:
            found = pattern.search(window) if applies(cand) else None
            if found is None or found.start() == found.end():
                continue
            cand = replace(cand, start=window_start + found.start(), numeric_start=False)
            if flag and _precise_end(cand):  # "c. 500 – 28 June 548": a day is never "around"
                first = _qualifier(flag == "approximate" or cand.approximate, flag == "uncertain" or cand.uncertain)
                cand = replace(cand, marks=(first, (cand.marks or ("", ""))[1]), **{flag: True})
            elif flag:  # a word in front qualifies the whole expression, both ends of a range
                cand = replace(cand, marks=None, **{flag: True})
            changed = True
            break
    return cand


def _precise_end(cand: _Cand) -> bool:
    """A range whose last end names a month or day: a word in front qualifies its start alone."""
    return cand.kind == "interval" and cand.last is not None and cand.last.month is not None \
        and cand.first.month is None


def _extend_right(text: str, cand: _Cand) -> _Cand:
    """A "?" glued to a date ("1900?–1968", "1938 (?)") marks it uncertain."""
    found = _QUESTION_AFTER.match(text, cand.end)
    if found is None:
        return cand
    return replace(cand, end=found.end(), uncertain=True)


def _qualifier(approximate: bool, uncertain: bool) -> str:
    if approximate and uncertain:
        return "%"
    return "~" if approximate else "?" if uncertain else ""



def _with_context_year(cand: _Cand, context_year: int | None) -> _Cand:
    """Give a year-less date the year the surrounding document is about, when known."""
    if context_year is None:
        return cand
    first = cand.first if cand.first.year is not None else replace(cand.first, year=context_year)
    last = cand.last
    if last is not None and last.year is None:
        last = replace(last, year=context_year)
    alts = tuple(p if p.year is not None else replace(p, year=context_year) for p in cand.alts)
    return replace(cand, first=first, last=last, alts=alts)
