"""One scan of a text for dates: every recogniser's atoms, then the passes that join them.

Order matters: calendar pairs ("21 January [O.S. 10 January] 1775") and alternatives ("1411
or 1412") are joined before ranges, so a dash or "between ... and" never takes half of them;
modifiers ("around", "probably", "в конце") come last and qualify the joined expression.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from re import _constants as _sre  # type: ignore[attr-defined]
from re import _parser as _sre_parse  # type: ignore[attr-defined]

from factoid.dates._recognise import (
    _LEX,
    _Builder,
    _MONTH_ALT,
    _MONTH_FIRST_ALT,
    _MONTH_LEAD,
    _NOT_LETTER_BEFORE,
    _RECOGNISERS,
    _Cand,
    _extend_left,
    _extend_right,
    _isolated,
    _longest_first,
    _ranges,
    _month,
    _month_alternatives,
    _with_context_year,
)
from factoid.dates._cjk import RECOGNISERS as CJK_RECOGNISERS
from factoid.dates._cjk import marked
from factoid.dates._eras import RECOGNISERS as ERA_RECOGNISERS
from factoid.dates._special import RECOGNISERS, join_alternatives, join_styles
from factoid.dates._styles import RECOGNISERS as STYLE_RECOGNISERS

__all__ = ["scan"]


# --- where month names start ------------------------------------------------------------------
#
# Why: half the recognisers start with a month name, a lookbehind then an alternation of every
# month form of every language, which the regex engine tries at every position of the text, once
# per recogniser. A match of such a pattern can only start where a month name starts, so the
# scan finds those places once (a cheap first-character pass, each hit confirmed by the month
# pattern itself) and tries each month-first pattern there alone: the same matches, in the same
# order, as ``finditer``.

_FORMS = tuple(dict.fromkeys(_LEX.month_forms + _LEX.month_first))
#: A month name, any form, with the same boundary checks as inside the recognisers.
_MONTH_AT = re.compile(_month("m", _month_alternatives(_FORMS)))
#: Positions where a month name could start: a form's first letter after no letter, or an
#: upper-case letter glued to a lower-case one (a superset; ``_MONTH_AT`` confirms each).
_MONTH_MAYBE = re.compile(
    rf"{_NOT_LETTER_BEFORE}[{re.escape(''.join(sorted({f[0] for f in _FORMS})))}]|(?<=[a-z])[A-Z]"
)


def _month_first(pattern: re.Pattern[str]) -> bool:
    """True when every match of ``pattern`` starts with a month name (it begins with ``_month``)."""
    lead = re.match(re.escape(_MONTH_LEAD) + r"\(\?P<(\w+)>", pattern.pattern)
    if lead is None or pattern.flags & re.IGNORECASE:
        return False
    return any(pattern.pattern.startswith(_month(lead.group(1), alt)) for alt in (_MONTH_ALT, _MONTH_FIRST_ALT))


def _month_starts(text: str) -> list[int]:
    """Every offset of ``text`` where a month name starts, in order."""
    return [m.start() for m in _MONTH_MAYBE.finditer(text) if _MONTH_AT.match(text, m.start())]


def _matches_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern that can only match at ``starts``: leftmost
    first, each search going on after the previous match."""
    end = 0
    for start in starts:
        if start >= end and (match := pattern.match(text, start)) is not None:
            yield match
            end = match.end()


# --- patterns that need a digit ----------------------------------------------------------------
#
# Why: most sentences of a biography hold no digit at all, and nearly every recogniser needs one
# (a day, a year). Whether a pattern can match without a digit is read off its parsed form: a
# sequence needs a digit when one of its items does; an item does when it is a digit class, a
# group or a repetition (at least once) of something that does, or a branch all of whose
# alternatives do. Anything else (lookarounds, negated classes, optional parts) counts as not
# needing one, so the answer errs only towards running a pattern.

_DIGIT_CHARS = frozenset(map(ord, "0123456789"))
_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", _sre.MAX_REPEAT))


def _digit_class(items: list[tuple[object, object]]) -> bool:
    """A character class every member of which is a digit (``\\d``, ``0-9``, ``[12]``)."""
    for op, av in items:
        if op is _sre.LITERAL and av in _DIGIT_CHARS:
            continue
        if op is _sre.RANGE and av[0] >= ord("0") and av[1] <= ord("9"):  # type: ignore[index]
            continue
        if op is _sre.CATEGORY and av is _sre.CATEGORY_DIGIT:
            continue
        return False
    return True


def _needs_digit(seq) -> bool:  # type: ignore[no-untyped-def]
    """True when every match of the parsed sequence ``seq`` holds a digit."""
    for op, av in seq:
        if op is _sre.IN and _digit_class(av):
            return True
        if (op is _sre.LITERAL and av in _DIGIT_CHARS) or (op is _sre.CATEGORY and av is _sre.CATEGORY_DIGIT):
            return True
        if op in _REPEATS and av[0] >= 1 and _needs_digit(av[2]):
            return True
        if op is _sre.SUBPATTERN and _needs_digit(av[-1]):
            return True
        if op is getattr(_sre, "ATOMIC_GROUP", None) and _needs_digit(av):
            return True
        if op is _sre.BRANCH and all(_needs_digit(b) for b in av[1]):
            return True
    return False


def needs_digit(pattern: re.Pattern[str]) -> bool:
    """True when no match of ``pattern`` can be free of digits (``\\d``: any script's)."""
    return _needs_digit(_sre_parse.parse(pattern.pattern, pattern.flags))


#: Any digit of any script: what a pattern's ``\\d`` matches too.
_DIGIT = re.compile(r"\d")

_ALL = _RECOGNISERS + RECOGNISERS + STYLE_RECOGNISERS + ERA_RECOGNISERS
_PLAN = tuple((pattern, build, _month_first(pattern)) for pattern, build in _ALL)
#: The recognisers worth trying on a text without a digit (a century in Roman numerals...).
_PLAN_NO_DIGIT = tuple(step for step in _PLAN if not needs_digit(step[0]))
_CJK_NO_DIGIT = tuple(step for step in CJK_RECOGNISERS if not needs_digit(step[0]))


def _matches(text: str) -> Iterator[tuple[re.Match[str], _Builder]]:
    """Every recogniser's matches, recogniser by recogniser, in their order; the Chinese and
    Japanese ones only when the text holds one of their marks (年, 月, 世纪, 年代); on a text
    without a digit, only the recognisers that can match one."""
    starts: list[int] | None = None
    digits = _DIGIT.search(text) is not None
    for pattern, build, month_first in _PLAN if digits else _PLAN_NO_DIGIT:
        if month_first:
            starts = _month_starts(text) if starts is None else starts
            found: Iterator[re.Match[str]] = _matches_at(pattern, text, starts)
        else:
            found = pattern.finditer(text)
        for match in found:
            yield match, build
    if CJK_RECOGNISERS and marked(text):
        for pattern, build in CJK_RECOGNISERS if digits else _CJK_NO_DIGIT:
            for match in pattern.finditer(text):
                yield match, build


def _atoms(text: str) -> Iterator[_Cand]:
    """Every candidate of every recogniser that survives the context checks (overlaps kept)."""
    for match, build in _matches(text):
        cand = build(match)
        if cand is not None and _isolated(text, cand):
            yield cand


def scan(text: str, context_year: int | None) -> list[_Cand]:
    """Date candidates of ``text``, left to right, non-overlapping."""
    atoms = [_extend_right(text, c) for c in _longest_first(list(_atoms(text)))]
    atoms = join_alternatives(text, join_styles(text, atoms))
    cands = [_extend_left(text, c) for c in _ranges(text, atoms)]
    return [_with_context_year(c, context_year) for c in cands]
