"""One scan of a text for dates: every recogniser's atoms, then the passes that join them.

Order matters: calendar pairs ("21 January [O.S. 10 January] 1775") and alternatives ("1411
or 1412") are joined before ranges, so a dash or "between ... and" never takes half of them;
modifiers ("around", "probably", "в конце") come last and qualify the joined expression.
"""

from __future__ import annotations

from collections.abc import Iterator

from factoid.dates._recognise import (
    _RECOGNISERS,
    _Cand,
    _extend_left,
    _extend_right,
    _isolated,
    _longest_first,
    _ranges,
    _with_context_year,
)
from factoid.dates._cjk import RECOGNISERS as CJK_RECOGNISERS
from factoid.dates._special import RECOGNISERS, join_alternatives, join_styles
from factoid.dates._styles import RECOGNISERS as STYLE_RECOGNISERS

__all__ = ["scan"]


def _atoms(text: str) -> Iterator[_Cand]:
    """Every candidate of every recogniser that survives the context checks (overlaps kept)."""
    for pattern, build in _RECOGNISERS + RECOGNISERS + STYLE_RECOGNISERS + CJK_RECOGNISERS:
        for match in pattern.finditer(text):
            cand = build(match)
            if cand is not None and _isolated(text, cand):
                yield cand


def scan(text: str, context_year: int | None) -> list[_Cand]:
    """Date candidates of ``text``, left to right, non-overlapping."""
    atoms = [_extend_right(text, c) for c in _longest_first(list(_atoms(text)))]
    atoms = join_alternatives(text, join_styles(text, atoms))
    cands = [_extend_left(text, c) for c in _ranges(text, atoms)]
    return [_with_context_year(c, context_year) for c in cands]
