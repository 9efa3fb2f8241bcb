"""Two years of one era written as alternatives ("183/181 BC", "183 or 181 BC"): the era word
after the second covers the first too, as it covers a range's first end."""

from __future__ import annotations

import pytest

from factoid.dates import find_dates


@pytest.mark.parametrize(("text", "edtf", "alternatives"), [
    ("died 212/210 BC", "-0211/-0209", ("-0211", "-0209")),
    ("stierf in 212/210 v.Chr.", "-0211/-0209", ("-0211", "-0209")),
    ("died in 212 or 210 BC", "-0211/-0209", ("-0211", "-0209")),
    ("overleed 212 of 210 v.Chr.", "-0211/-0209", ("-0211", "-0209")),
    ("murió en 212 o 210 a. C.", "-0211/-0209", ("-0211", "-0209")),
])
def test_the_era_word_covers_both_years(text: str, edtf: str, alternatives: tuple[str, ...]) -> None:
    found = find_dates(text)
    assert [d.value.edtf for d in found] == [edtf]
    assert found[0].value.alternatives == alternatives


def test_a_range_and_common_era_alternatives_are_unchanged() -> None:
    assert [d.value.edtf for d in find_dates("(300 – 212 v.Chr.)")] == ["-0299/-0211"]
    assert [d.value.edtf for d in find_dates("in 1411 or 1412")] == ["1411/1412"]
    assert [d.value.edtf for d in find_dates("in 212 v.Chr.")] == ["-0211"]
