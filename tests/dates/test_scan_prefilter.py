"""The date scan's shortcuts (month-first patterns tried only where a month name starts; the
Chinese and Japanese recognisers only on text with their marks) find exactly what running
every pattern over the whole text finds."""

from __future__ import annotations

import random

import pytest

from factoid.dates import _scan
from factoid.dates._cjk import RECOGNISERS as CJK_RECOGNISERS
from factoid.dates._cjk import marked
from factoid.dates._recognise import _LEX

SENTENCES = [
    "She was born on 3 March 1902 in a village and died DiedAugust 19, 1945 in the city.",
    "From June 13–14, 1938 to September 1939 he served; in May he left, on May 3 he came back.",
    "Sept. 3, 1900 or 5 or 6 January 1412; April 6 or 8, 1874, and 2/14 March 1881.",
    "Il est né le 1er mai 1820 à Lyon, mort en juillet 1858; 2.Mai 1945 und 30 mai 1431que.",
    "Родился 11 апреля (24-го по новому стилю) 1908 года, в мае1946 уехал, XV век.",
    "He wrote in March–April of 1921 and again in the winter of 1938/39 and spring 1940.",
    "1887年10月31日出生，20世纪30年代迁居，公元前221年，约1900年代。",
    "MARCH 1900, march 1900, Mar 1900, mar. 1900, JanuaryFebruary 1900, aMay 1900",
    "ISBN 5-7838-0838-5, No. 1945, 1500 men in 1938, the 1930s and 1936-38.",
]


def _naive(text: str) -> list[tuple[int, int, int]]:
    """(recogniser, start, end) of every match, each pattern over the whole text."""
    plan = [p for p, _, _ in _scan._PLAN] + [p for p, _ in CJK_RECOGNISERS]
    return [(i, m.start(), m.end()) for i, p in enumerate(plan) for m in p.finditer(text)]


def _fast(text: str) -> list[tuple[int, int, int]]:
    plan = [p for p, _, _ in _scan._PLAN] + [p for p, _ in CJK_RECOGNISERS]
    index = {id(p): i for i, p in enumerate(plan)}
    return [(index[id(m.re)], m.start(), m.end()) for m, _ in _scan._matches(text)]


def _random_texts(n: int, seed: int = 7) -> list[str]:
    """Texts glued together from month forms, numbers, letters and punctuation."""
    rng = random.Random(seed)
    forms = list(_LEX.month_forms)
    pieces = ["1", "12", "1900", "31", " ", "  ", ", ", ".", "-", "–", "(", ")", "a", "Z", "of", "the",
              "年", "月", "日", "世纪", "十九", "x", "é", "Б", "\n"]
    out = []
    for _ in range(n):
        parts = [rng.choice(forms) if rng.random() < 0.3 else rng.choice(pieces) for _ in range(rng.randint(1, 25))]
        out.append("".join(p + (" " if rng.random() < 0.5 else "") for p in parts))
    return out


def test_some_patterns_are_month_first() -> None:
    assert sum(month_first for _, _, month_first in _scan._PLAN) >= 5


@pytest.mark.parametrize("text", SENTENCES)
def test_same_matches_as_every_pattern_everywhere(text: str) -> None:
    assert _fast(text) == _naive(text)
    assert _fast(text)  # each sentence has dates


def test_same_matches_on_random_text() -> None:
    for text in _random_texts(3000):
        assert _fast(text) == _naive(text), text


def test_same_matches_on_random_text_without_digits() -> None:
    """Texts with no digit run only the recognisers that can match one: still every match."""
    for text in _random_texts(3000, seed=11):
        text = "".join(ch for ch in text if not ch.isdigit()) + " XIX century, the nineteenth century"
        assert _fast(text) == _naive(text), text


@pytest.mark.parametrize(("pattern", "needs"), [
    (r"(?P<y>1\d{3}|20\d{2})(?!\d)", True),
    (r"(?i:spring)\s+(?P<y>[12][0-9]{3})", True),
    (r"[0-9]+", True),
    (r"[0-9]*x", False),
    (r"(?:1900|the year)", False),
    (r"[^0-9]x", False),
    (r"(?<=\d)x", False),
    (r"(?P<r>X{0,2}(?:IX|IV|V?I{0,3}))\s*century", False),
])
def test_needs_digit(pattern: str, needs: bool) -> None:
    import re

    assert _scan.needs_digit(re.compile(pattern)) is needs


def test_most_recognisers_need_a_digit() -> None:
    assert 0 < len(_scan._PLAN_NO_DIGIT) < len(_scan._PLAN) // 2


def test_cjk_marks() -> None:
    assert marked("1887年10月31日")
    assert marked("19世纪")
    assert not marked("born 31 October 1887 in Paris")
