"""Unit tests of extract.datelines: the weekday before a day, a document's datelines, and the
year a weekday-named yearless day takes from its item's date."""

from __future__ import annotations

import datetime
import hashlib

from factoid import dates
from factoid.extract import datelines
from factoid.model import Document


def _doc(text: str, published: str | None = None) -> Document:
    return Document("d.txt", text, hashlib.sha256(text.encode()).hexdigest(), len(text), "txt", published=published)


def _day(text: str, context_year: int | None = None) -> dates.DateMatch:
    return next(d for d in dates.find_dates(text, context_year=context_year) if d.value.precision == "day")


def test_weekday_names_are_matched_as_written():
    assert datelines.weekday_of("She died Saturday, March 7", 19) == 5
    assert datelines.weekday_of("on MON. March 2", 8) == 0
    assert datelines.weekday_of("they wed June 12", 9) is None  # "wed" is a verb


def test_datelines_are_short_lines_with_a_weekday_and_a_year():
    doc = _doc("THE GAZETTE — Monday, March 9, 1987 — Page 4\n\nOn Monday, March 9, 1987 the council met "
               "in the old town hall to discuss the new bridge over the river and the costs of its repair.")
    assert [day for _, day in datelines.datelines(doc)] == [datetime.date(1987, 3, 9)]


def test_the_item_date_falls_back_to_the_published_day():
    assert datelines.item_date(_doc("No dateline here.", "1980-12-06"), [], 5) == datetime.date(1980, 12, 6)


def test_a_weekday_day_takes_the_year_at_or_before_the_item_date():
    text = "He died Tuesday, December 30, at home."
    d = _day(text, context_year=1950)
    fitted = datelines.fit_year(text, d, d.start, datetime.date(1976, 1, 2))
    assert fitted is not None and fitted.value.edtf == "1975-12-30"


def test_a_day_with_its_own_year_or_no_weekday_is_kept():
    text = "He died Saturday, March 7, 1987, at home."
    d = _day(text)
    assert datelines.fit_year(text, d, d.start, datetime.date(1999, 1, 1)) == d
    plain = "He died on March 7 at home."
    d = _day(plain, context_year=1962)
    assert datelines.fit_year(plain, d, d.start, datetime.date(1987, 3, 9)) == d
