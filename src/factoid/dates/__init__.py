"""Find English date expressions in messy text and normalise them to EDTF.

Why hand-written recognisers instead of a general date parser: biographical claims are only as
good as their dates, and general parsers invent precision ("1900" becomes 13 June 1900, the day
the parser ran) and see dates in page counts, ages and order numbers. Here every value carries
exactly the precision the source gave, and a number is a year only when nothing says otherwise.

The scan runs in three passes over one text:

1. **atoms**: single recognisers (``19 August 1945``, ``1936-1938``, ``the 1930s``, ...) each
   propose candidates; overlapping candidates are settled longest-first;
2. **ranges**: neighbouring atoms joined by a dash, ``to`` or ``between ... and`` become one
   interval (``1900 – 19 August 1945``), a year-less start borrowing the end's year;
3. **modifiers**: words in front (``around``, ``probably``, ``the evening of``, ``early``) and a
   ``?`` behind widen the match and set the approximate/uncertain flags.

Every emitted EDTF string parses with ``edtf.parse_edtf``, which also supplies the bounds.
Values without a year (``XXXX-08-19``) cannot carry an EDTF qualifier in edtf 5.0.2, so for them
the ``approximate``/``uncertain`` flags live only on :class:`DateValue`.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace

from factoid.dates._compare import compatible, edtf_bounds, precision_rank, refines
from factoid.dates._lexicon import alternation, lexicon
from factoid.dates._recognise import READING, _Cand, _Point, _qualifier
from factoid.dates._scan import scan

__all__ = [
    "DateMatch",
    "DateValue",
    "compatible",
    "find_dates",
    "parse_date",
    "precision_rank",
    "reading",
    "refines",
    "year_of",
]


# ---------------------------------------------------------------------------------------------
# public records
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DateValue:
    """A normalised date: the EDTF string plus what downstream stages need without re-parsing."""

    edtf: str
    #: "day" | "month" | "year" | "decade" | "century" | "interval" (a span: "1936-1938"),
    #: "between" (one unknown day inside: "between 1450 and 1451") or "alternatives"
    #: ("3 or 5 March 1802": ``edtf`` is the interval holding them, ``alternatives`` each one).
    precision: str
    approximate: bool
    uncertain: bool
    lower: datetime.date
    upper: datetime.date
    #: The separate values of an "or" expression, in date order; empty for a single value.
    alternatives: tuple[str, ...] = ()
    #: The Old Style (Julian) day stated beside the Gregorian ``edtf`` ("1775-01-10" in
    #: "21 January [O.S. 10 January] 1775"): an alias of the value, never a rival of it.
    julian: str | None = None


@dataclass(frozen=True)
class DateMatch:
    """One date expression in a text; ``text == source[start:end]`` always holds."""

    start: int
    end: int
    text: str
    value: DateValue


# ---------------------------------------------------------------------------------------------
# values
# ---------------------------------------------------------------------------------------------


def _point_edtf(point: _Point) -> str:
    if point.year is None:
        text = "XXXX"
    else:  # EDTF writes years before the Common Era astronomically, four digits after "-"
        text = f"{point.year:04d}" if point.year >= 0 else f"-{-point.year:04d}"
    if point.month is not None:
        text += f"-{point.month:02d}"
    if point.day is not None:
        text += f"-{point.day:02d}"
    return text


def _cand_edtf(cand: _Cand) -> str:
    """EDTF for a candidate; year-less values stay unqualified because edtf cannot parse them."""
    points = [cand.first] if cand.last is None else [cand.first, cand.last]
    if any(p.year is None for p in points):
        return "/".join(_point_edtf(p) for p in points)
    marks = cand.marks or (_qualifier(cand.approximate, cand.uncertain),) * 2
    return "/".join(_point_edtf(p) + mark for p, mark in zip(points, marks, strict=False))


def _precision(cand: _Cand) -> str:
    if cand.kind != "point":
        return cand.kind
    if cand.first.day is not None:
        return "day"
    return "month" if cand.first.month is not None else "year"


def _value(cand: _Cand) -> DateValue:
    edtf = _cand_edtf(cand)
    bounds = edtf_bounds(edtf)
    if bounds is None:  # pragma: no cover - every builder emits parseable EDTF
        raise AssertionError(f"internal error: {edtf!r} is not valid EDTF")
    mark = _qualifier(cand.approximate, cand.uncertain)
    alternatives = tuple(
        _point_edtf(p) + ("" if p.year is None else mark) for p in cand.alts
    )
    julian = None if cand.julian is None else _point_edtf(cand.julian)
    return DateValue(
        edtf, _precision(cand), cand.approximate, cand.uncertain, *bounds, alternatives, julian
    )


# ---------------------------------------------------------------------------------------------
# public API
# ---------------------------------------------------------------------------------------------


#: Arabic-Indic and Persian digits as ASCII digits: one character for one, so every offset
#: found in the translated text is an offset of the original, and quotes stay exact.
_ASCII_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
#: An Arabic letter glued to a number ("1193م" with the Gregorian marker, "532هـ" with the
#: Hijri one): read as a space, one character for one, so the number is a word of its own.
_GLUED_ARABIC = re.compile(r"(?<=[0-9])[\u0621-\u064a]")


#: What ``_scannable`` changes: an Arabic-Indic or Persian digit, or an Arabic letter (glued
#: to a number or not). A text with none of them, nearly every English one, is returned as it
#: is: ``str.translate`` looks every character up in its table once a text is not pure ASCII.
_ARABIC = re.compile("[٠-٩۰-۹\u0621-\u064a]")


#: A month that is also an English word ("may"), written lower case between a day and a
#: year as Azerbaijani, Turkish and other languages write every month ("19 may 1930"): there
#: it can only be the month, so it is read as the capitalised form (same length, same offsets).
_WORDLIKE_LOWER = tuple(sorted({w.lower() for w in lexicon().wordlike}, key=len, reverse=True))
_WORDLIKE_BETWEEN = re.compile(
    r"(?<![\w.])(?:3[01]|[12]\d|0?[1-9])\.?\s+(?P<m>"
    + "|".join(_WORDLIKE_LOWER or ("(?!x)x",))
    + r")\s+(?=\d{3,4}(?!\d))")


def _capitalised_month(match: re.Match[str]) -> str:
    whole, start = match.group(0), match.start("m") - match.start()
    return whole[:start] + whole[start].upper() + whole[start + 1 :]


def _scannable(text: str) -> str:
    if any(w in text for w in _WORDLIKE_LOWER):
        text = _WORDLIKE_BETWEEN.sub(_capitalised_month, text)
    if _ARABIC.search(text) is None:
        return text
    return _GLUED_ARABIC.sub(" ", text.translate(_ASCII_DIGITS))


@contextmanager
def reading(code: str | None) -> Iterator[None]:
    """Read month words as language ``code`` reads them inside the block: one month word may
    name two months in two languages ("listopada": November in Polish and Czech, October in
    Croatian), and only the document's language tells which. ``None``: as every language
    reads it, the other language's reading left out (lang/<code>/dates.toml ``[own_months]``)."""
    token = READING.set(code)
    try:
        yield
    finally:
        READING.reset(token)


def find_dates(text: str, *, context_year: int | None = None) -> list[DateMatch]:
    """All date expressions in ``text``, left to right, non-overlapping, longest match first.

    Leading prepositions ("in", "on", "since") are not part of a match; qualifying words are
    ("around 1930", "the evening of 19 August 1945", "the early 1930s").
    """
    return [
        DateMatch(c.start, c.end, text[c.start : c.end], _value(c))
        for c in scan(_scannable(text), context_year)
    ]


_YEAR_HEAD = re.compile(r"-?\d{4}")


def year_of(edtf: str) -> int | None:
    """The astronomical year an EDTF value starts with ("-0043-03-15" -> -43), else None.

    Why not ``int(edtf[:4])``: a year before the Common Era starts with "-", and a test of
    four digits alone drops every life lived before year 1.
    """
    found = _YEAR_HEAD.match(edtf)
    return int(found.group(0)) if found else None


_LEADING = re.compile(r"^(?i:(?:in|on|at|since|by|during|from|of)\s+)")
_WRAPPERS = re.compile(r"^\s*[(\[]\s*(.*?)\s*[)\]]\s*[.,;:]*\s*$", re.DOTALL)
_TRAILING = re.compile(r"[\s.,;:!]+$")
#: A year word closing a lone date ("1938 г.", "1887r.", "в 1937 году"), after its digits.
_YEAR_WORD_TAIL = re.compile(
    r"(?<=\d)\s*(?:"
    + alternation(lexicon().words.get("year_after", ()) + lexicon().words.get("year_words", ()),
                  flexible_space=False)
    + r")$"
)


def _core(text: str) -> tuple[str, bool]:
    """Strip what may surround a lone date; a trailing "?" is kept as uncertainty."""
    core = text.strip()
    wrapped = _WRAPPERS.match(core)
    if wrapped:
        core = wrapped.group(1)
    core = _LEADING.sub("", _TRAILING.sub("", _YEAR_WORD_TAIL.sub("", core)))
    uncertain = core.endswith("?")
    return (core[:-1].rstrip() if uncertain else core), uncertain


def parse_date(text: str, *, context_year: int | None = None) -> DateValue | None:
    """The value of ``text`` when the whole string is one date expression, else None."""
    core, question = _core(text.translate(_ASCII_DIGITS))
    if not core:
        return None
    cands = scan(core, context_year)
    if len(cands) != 1 or cands[0].start != 0:
        return None
    cand = cands[0]
    if cand.end != len(core):
        return None
    return _value(replace(cand, uncertain=cand.uncertain or question))
