"""Bounds of dates before the Common Era (``dates/_historic.py``), a bracketed Old Style day
whose year follows the bracket after the Spanish connector "de" (``dates/_special.py``), and
Japanese era years (``lang/ja/dates.toml`` through ``dates/_cjk.py``)."""

from __future__ import annotations

import datetime

import pytest

from factoid import dates
from factoid.dates._historic import HistoricDate, from_ordinal, shift_years


def test_a_year_before_the_common_era_keeps_its_own_bounds():
    lower, upper = dates.edtf_bounds("-0220")
    assert (lower.year, lower.month, lower.day) == (-220, 1, 1)
    assert (upper.year, upper.month, upper.day) == (-220, 12, 31)
    assert upper < datetime.date(1, 1, 1) and datetime.date(1, 1, 1) > upper


def test_two_years_before_the_common_era_are_told_apart():
    assert not dates.compatible("-0220", "-0221")
    assert not dates.compatible("-0220", "0001")
    assert dates.compatible("-0220", "-0220-05-03")
    assert dates.refines("-0043-03-15", "-0043")
    assert dates.compatible("-0220~", "-0221")  # "around 221 BCE" allows a year either side


def test_a_han_date_before_the_common_era_has_right_bounds():
    found = dates.find_dates("公元前221年")
    assert [d.value.edtf for d in found] == ["-0220"]
    assert found[0].value.lower.year == -220 and found[0].value.upper.year == -220


def test_days_before_the_common_era_count_like_dates():
    ides = HistoricDate(-43, 3, 15)
    assert ides + datetime.timedelta(days=17) == HistoricDate(-43, 4, 1)
    assert (datetime.date(1, 1, 1) - HistoricDate(0, 12, 31)).days == 1
    assert from_ordinal(HistoricDate(-1200, 2, 29).toordinal()) == HistoricDate(-1200, 2, 29)
    assert shift_years(HistoricDate(-4, 2, 29), 1) == HistoricDate(-3, 2, 28)
    assert shift_years(HistoricDate(-1, 6, 1), 3) == datetime.date(2, 6, 1)
    assert sorted([datetime.date(5, 1, 1), ides, HistoricDate(-100, 1, 1)])[0] == HistoricDate(-100, 1, 1)


def test_the_year_after_a_bracketed_julian_day_and_de_is_taken():
    text = "Nació el 14 de marzo (2 de marzo según el calendario juliano) de 1881 en Moscú."
    found = dates.find_dates(text)
    assert [(d.text, d.value.edtf, d.value.julian) for d in found] == [
        ("14 de marzo (2 de marzo según el calendario juliano) de 1881", "1881-03-14", "1881-03-02")]


def test_a_spanish_lone_old_style_marker_takes_the_year_after_de():
    found = dates.find_dates("el 30 de mayo (estilo antiguo) de 1682")
    assert [(d.value.edtf, d.value.julian) for d in found] == [("1682-06-09", "1682-05-30")]


@pytest.mark.parametrize(("text", "edtf"), [
    ("明治20年に生まれた", "1887"), ("昭和元年", "1926"), ("昭和20年8月15日に死去", "1945-08-15"),
    ("平成3年5月", "1991-05"), ("明治二十年", "1887"), ("大正15年12月25日", "1926-12-25"),
])
def test_japanese_era_years(text, edtf):
    assert [d.value.edtf for d in dates.find_dates(text)] == [edtf]


def test_an_era_year_zero_or_a_thirteenth_month_is_no_date():
    assert dates.find_dates("昭和0年") == [] and dates.find_dates("昭和3年13月") == []
