"""Years before 1000 and years with an era ("44 BC", "AD 548", "548 n. Chr.", "до н. э.").

Why a recogniser of its own: a bare number of three digits is far more often a count, a page or
a reference than a year, so :func:`factoid.dates._recognise._year` reads four digits only. A
short number is a year here only when something says so:

* an era word after it (``era_before_common``/``era_common``) or "AD" before it: then one to four
  digits are a year, and years before the Common Era are counted astronomically (44 BC is
  EDTF ``-0043``);
* a day and month before it ("28 June 548", "June 28, 548");
* a word before it that names a year (``short_year_before``: "in 548", "nel 548", "born 482")
  or an approximation ("c. 497", "vers 497", "около 500 года"), and no counted noun after it
  ("in 548 ships" is an amount);
* a lifespan bracket it opens or closes ("(482–565)", "(c. 500 – 28 June 548)").

Three digits at least without an era: "in 44" or "5 May 45 men" are not years. All words are
data in ``lang/<code>/dates.toml``.
"""

from __future__ import annotations

import re

from factoid.dates._lexicon import alternation
from factoid.dates._special import _CENTURY_ORDINAL, _alternatives
from factoid.dates._recognise import (
    _LEX,
    _MONTH_ALT,
    _NOT_LETTER_AFTER,
    _Builder,
    _Cand,
    _Point,
    _day,
    _day_point,
    _month,
    _month_of,
)

__all__ = ["RECOGNISERS"]


def _words(key: str) -> str:
    return alternation(_LEX.words.get(key, ()))


#: An era word after a year; "BC" and its kin make the year negative.
_ERA_AFTER = (
    rf"\s*(?:(?P<bce>{_words('era_before_common')})|(?P<ce>{_words('era_common')}))"
    r"(?![^\W\d_])"
)
#: "AD 548": the Common Era written before the year.
_ERA_LEAD = rf"(?<![^\W\d_])(?P<lead>{_words('era_common_lead')})\s*"
#: One to four digits, not glued to other digits, letters or number punctuation.
_NUMBER = r"(?<![\d,/:A-Za-z])(?<!\d\.)(?P<{0}>[1-9]\d{{0,3}})(?!\d)"

#: A year word may stand between the number and its era ("в 61 году до н. э.").
_YEAR_WORD = alternation(_LEX.words.get("year_words", ()) + _LEX.words.get("year_after", ()),
                         flexible_space=False)
_ERA_YEAR = re.compile(
    rf"(?:{_ERA_LEAD})?{_NUMBER.format('y')}(?:(?:\s*(?:{_YEAR_WORD}))?{_ERA_AFTER})?"
)
#: "100–44 BC": one era word after a range covers both ends.
_ERA_RANGE = re.compile(
    rf"{_NUMBER.format('y1')}\s*[-‐‑–—]\s*{_NUMBER.format('y2')}{_ERA_AFTER}"
)
#: "3 de gener de 106 aC": Romance languages put "de" between day, month and year, as English
#: may put "of" between day and month.
_OF = r"(?:of|de|del|di)"
_DAY_MONTH_YEAR = re.compile(
    rf"{_day('d')}\s+(?:{_OF}\s+)?{_month('m')}(?:\s*,\s*|\s+{_OF}\s+|\s+)(?:{_ERA_LEAD})?{_NUMBER.format('y')}"
    rf"(?:{_ERA_AFTER})?"
)
#: "March 565": a month makes a three-digit number after it a year.
_MONTH_YEAR = re.compile(rf"{_month('m')}\s+(?:{_OF}\s+)?{_NUMBER.format('y')}(?:{_ERA_AFTER})?")
_MONTH_DAY_YEAR = re.compile(
    rf"{_month('m', _MONTH_ALT)}\s+{_day('d')},?\s+(?:{_ERA_LEAD})?{_NUMBER.format('y')}"
    rf"(?:{_ERA_AFTER})?"
)

#: A word before a short number that makes it a year (any case: "In 548" opens sentences).
_YEAR_BEFORE = re.compile(
    rf"(?<![^\W\d_])(?i:{_words('short_year_before')}|{_words('approximate')})"
    r"(?:\s+|(?<=\.))$"
)
#: The year word after a number ("500 года", "548 г.").
_YEAR_AFTER = re.compile(
    rf"\s*(?:{_YEAR_WORD})"
    r"(?![^\W\d_])"
)
#: What may follow a bare short year: the end of a clause or a function word ("in 548 he").
#: Any other word ("548 ships", "about 500 of them", "около 500 человек") makes it an amount.
_FREE_AFTER = re.compile(
    r"\s*(?:$|[.,;:!?)\]–—-]|"
    rf"(?:{_words('era_before_common')}|{_words('era_common')})(?![^\W\d_])|"
    rf"(?i:{_words('short_year_after')})(?![^\W\d_]))"
)
_APPROXIMATE = rf"(?i:{_words('approximate')})"
#: Between "(" and the number that opens a lifespan: nothing, an approximation or "born".
_OPENING = re.compile(
    rf"\s*(?:(?:{_APPROXIMATE}|(?i:{_words('short_year_before')}))(?:\s+|(?<=\.)))?\s*"
)
_DASH = r"\s*[-‐‑–—]\s*"
#: The other end of a lifespan: a year of three or four digits or a date with a month
#: ("(482–565)", "(c. 500 – 28 June 548)"), not a score or a count ("(102–98)").
_DASH_AFTER = re.compile(
    rf"{_DASH}(?:{_APPROXIMATE}(?:\s+|(?<=\.))\s*)?(?:\d{{3,4}}(?!\d)|\d{{1,2}}\s+\w|[^\W\d_]+\.?\s+\d)"
)
#: Between "(" and the number that closes a lifespan: a date, a dash, maybe an approximation.
_CLOSING = re.compile(
    rf"{_OPENING.pattern}\d[^()]{{0,30}}?{_DASH}(?:{_APPROXIMATE}(?:\s+|(?<=\.))\s*)?"
)
_CLOSE_AFTER = re.compile(rf"(?:{_ERA_AFTER})?\s*\)")


def _year(match: re.Match[str], group: str) -> int:
    """The astronomical year: 1 BC is year 0, 44 BC is -43."""
    value = int(match.group(group))
    return 1 - value if match.groupdict().get("bce") else value


def _has_era(match: re.Match[str]) -> bool:
    groups = match.groupdict()
    return bool(groups.get("bce") or groups.get("ce") or groups.get("lead"))


def _free_after(text: str, end: int) -> bool:
    return _FREE_AFTER.match(text, end) is not None


def _in_lifespan(text: str, start: int, end: int) -> bool:
    """The number opens "(482–" or closes "–565)" of a bracket of dates."""
    head = text[max(0, start - 48) : start]
    bracket = head.rfind("(")
    if bracket < 0 or ")" in head[bracket:]:
        return False
    inside = head[bracket + 1 :]
    if _OPENING.fullmatch(inside) and _DASH_AFTER.match(text, end):
        return True
    return _CLOSING.fullmatch(inside) is not None and _CLOSE_AFTER.match(text, end) is not None


def _short_year_context(text: str, start: int, end: int) -> bool:
    """Whether a bare number below 1000 (no era) is a year by the words around it."""
    if _YEAR_AFTER.match(text, end):
        return True
    if not _free_after(text, end):
        return False
    if _YEAR_BEFORE.search(text[max(0, start - 24) : start]):
        return True
    return _in_lifespan(text, start, end)


def _build_era_year(match: re.Match[str]) -> _Cand | None:
    """A year with an era (any length), or a bare three-digit year in a year context."""
    start, end = match.start(), match.end()
    if not _has_era(match):
        if int(match.group("y")) >= 1000 or len(match.group("y")) < 3:
            return None  # four digits are the ordinary recognisers' job; two are never alone
        if not _short_year_context(match.string, start, end):
            return None
    return _Cand(start, end, _Point(_year(match, "y")), numeric_start=match.group(0)[0].isdigit())


def _build_era_range(match: re.Match[str]) -> _Cand | None:
    """"100–44 BC": both ends in the era; before the Common Era the first number is larger."""
    first, last = _year(match, "y1"), _year(match, "y2")
    if first >= last:
        return None
    return _Cand(match.start(), match.end(), _Point(first), _Point(last), "interval",
                 numeric_start=True)


def _build_day_year(match: re.Match[str]) -> _Cand | None:
    """"28 June 548", "June 28, 548", "March 565", "15 March 44 BC": a month makes it a year."""
    digits = match.group("y")
    if not _has_era(match):
        if len(digits) != 3 or not _free_after(match.string, match.end()):
            return None
    if "d" not in match.re.groupindex:
        return _Cand(match.start(), match.end(), _Point(_year(match, "y"), _month_of(match, "m")))
    point = _day_point(_year(match, "y"), _month_of(match, "m"), int(match.group("d")))
    if point is None:
        return None
    return _Cand(match.start(), match.end(), point, numeric_start=match.group(0)[0].isdigit())


#: "the 6th century BC": an ordinal century with an era word after it.
_CENTURY_ERA = re.compile(rf"{_CENTURY_ORDINAL.pattern}{_ERA_AFTER}")


def _build_century_era(match: re.Match[str]) -> _Cand | None:
    """The n-th century BC runs from n*100 BC to (n-1)*100+1 BC: astronomically 1-n*100 on."""
    number = int(match.group("n"))
    if not match.group("bce"):
        return _Cand(match.start(), match.end(), _Point((number - 1) * 100 + 1),
                     _Point(number * 100), "century")
    return _Cand(match.start(), match.end(), _Point(1 - number * 100),
                 _Point(-(number - 1) * 100), "century")


#: "212/210 v.Chr.", "212 or 210 BC": two years, one era word after the second, which covers
#: both (as a range's does); the bare first number would otherwise be read in the Common Era.
_ERA_ALTERNATIVES = re.compile(
    rf"{_NUMBER.format('y1')}\s*(?:/|\s(?:{_words('alternative')})\s)\s*(?P<y2>[1-9]\d{{0,3}})(?!\d){_ERA_AFTER}"
)


def _build_era_alternatives(match: re.Match[str]) -> _Cand | None:
    """Either of two years of one era: the interval over both, each kept as an alternative."""
    points = [_Point(_year(match, "y1")), _Point(_year(match, "y2"))]
    return _alternatives(match.start(), match.end(), points, True)


RECOGNISERS: tuple[tuple[re.Pattern[str], _Builder], ...] = (
    (_ERA_YEAR, _build_era_year),
    (_ERA_RANGE, _build_era_range),
    (_ERA_ALTERNATIVES, _build_era_alternatives),
    (_DAY_MONTH_YEAR, _build_day_year),
    (_MONTH_DAY_YEAR, _build_day_year),
    (_MONTH_YEAR, _build_day_year),
    (_CENTURY_ERA, _build_century_era),
)
