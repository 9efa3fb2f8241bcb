"""Arabic dates from ``lang/ar/dates.toml``: Gregorian months in the Egyptian/Maghreb series
(يناير ...) and the Levantine one (كانون الثاني ...), with exact spans, and Hijri markers after
a year (the year they mark is no Gregorian one). Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from factoid import dates
from factoid.extract.prose_rules import _hijri


@pytest.mark.parametrize(("text", "quote", "edtf"), [
    ("ولد في 3 يناير 1945 في القاهرة", "3 يناير 1945", "1945-01-03"),
    ("ولد في 12 كانون الثاني 1931 في دمشق", "12 كانون الثاني 1931", "1931-01-12"),
    ("توفي في 9 تشرين الأول 1970", "9 تشرين الأول 1970", "1970-10-09"),
    ("توفي في 21 أكتوبر 1970", "21 أكتوبر 1970", "1970-10-21"),
    ("وصل في 5 أيار 1920", "5 أيار 1920", "1920-05-05"),
    ("غادر في آب 1914", "آب 1914", "1914-08"),
    ("عاد في 14 غشت 1953", "14 غشت 1953", "1953-08-14"),
    ("ولد في 30 ديسمبر 1899", "30 ديسمبر 1899", "1899-12-30"),
])
def test_both_month_series_give_the_gregorian_date_with_an_exact_span(text, quote, edtf):
    (match,) = dates.find_dates(text)
    assert text[match.start : match.end] == quote
    assert match.value.edtf == edtf


def test_both_series_name_the_same_month():
    egyptian = dates.find_dates("1 فبراير 1900")[0].value.edtf
    levantine = dates.find_dates("1 شباط 1900")[0].value.edtf
    assert egyptian == levantine == "1900-02-01"


@pytest.mark.parametrize("text", ["1882 (1299 هـ)", "1882 (1299 هجري)", "سنة 1299 للهجرة"])
def test_a_hijri_marker_after_a_year_is_recognised(text):
    years = [d for d in dates.find_dates(text) if d.value.edtf == "1299"]
    assert years and _hijri().match(text, years[0].end)


def test_a_gregorian_year_is_not_taken_for_a_hijri_one():
    text = "ولد سنة 1882 (1299 هـ)"
    gregorian = next(d for d in dates.find_dates(text) if d.value.edtf == "1882")
    assert not _hijri().match(text, gregorian.end)


def test_arabic_indic_digits():
    text = "ولد في ٣ يناير ١٩٤٥"
    (match,) = dates.find_dates(text)
    assert text[match.start : match.end] == "٣ يناير ١٩٤٥"
    assert match.value.edtf == "1945-01-03"


def test_persian_digits_and_a_whole_date():
    text = "درگذشت ۱۲ مارس ۱۹۰۲"
    (match,) = dates.find_dates(text)
    assert (text[match.start : match.end], match.value.edtf) == ("۱۲ مارس ۱۹۰۲", "1902-03-12")
    assert dates.parse_date("٣ يناير ١٩٤٥").edtf == "1945-01-03"
