"""Chinese and Japanese dates (``lang/zh/dates.toml``): marks after numbers, no spaces."""

from __future__ import annotations

import datetime

import pytest

from factoid.dates import find_dates, parse_date
from factoid.dates._cjk import number


def found(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.value.edtf, m.value.precision) for m in find_dates(text)]


@pytest.mark.parametrize(
    ("text", "quote", "edtf", "precision"),
    [
        ("他生于1887年10月31日，卒于上海。", "1887年10月31日", "1887-10-31", "day"),
        ("1887年10月31日生まれ", "1887年10月31日", "1887-10-31", "day"),
        ("１９０５年３月生", "１９０５年３月", "1905-03", "month"),
        ("他于1887年出生", "1887年", "1887", "year"),
        ("一八八七年十月三十一日", "一八八七年十月三十一日", "1887-10-31", "day"),
        ("公元前221年，秦统一六国", "公元前221年", "-0220", "year"),
        ("公元618年建立", "公元618年", "0618", "year"),
        ("19世纪末", "19世纪", "1801/1900", "century"),
        ("十九世紀の作家", "十九世紀", "1801/1900", "century"),
        ("公元前3世纪", "公元前3世纪", "-0299/-0200", "century"),
        ("二十世纪三十年代", "二十世纪三十年代", "1930/1939", "decade"),
        ("1930年代に", "1930年代", "1930/1939", "decade"),
        ("1937年至1945年", "1937年至1945年", "1937/1945", "interval"),
        ("1937年7月7日－1945年9月2日", "1937年7月7日－1945年9月2日", "1937-07-07/1945-09-02", "interval"),
        ("十月一日", "十月一日", "XXXX-10-01", "day"),
    ],
)
def test_forms(text: str, quote: str, edtf: str, precision: str) -> None:
    assert found(text) == [(quote, edtf, precision)]


def test_approximate() -> None:
    (match,) = find_dates("约1900年")
    assert (match.value.edtf, match.value.approximate) == ("1900~", True)


def test_durations_and_bad_parts_are_not_dates() -> None:
    assert found("他在监狱里待了3年") == []  # three years, a duration
    assert found("十年") == []
    assert found("1887年13月2日") == []  # no 13th month: nothing invented
    assert found("5月32日") == []


def test_whole_value_parses_and_bce_bounds_stay_before_the_common_era() -> None:
    assert parse_date("1887年10月31日").edtf == "1887-10-31"
    value = parse_date("公元前221年")
    assert value is not None and value.lower.year == -220 and value.lower < datetime.date(1, 1, 1)


def test_numerals() -> None:
    assert [number(t) for t in ("十", "十九", "二十", "三十一", "一九三七", "1887", "十十")] == [
        10, 19, 20, 31, 1937, 1887, None]
