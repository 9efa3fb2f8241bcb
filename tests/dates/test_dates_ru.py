"""The Russian reader's view of dates (``factoid.dates.ru``, an adapter over the registry)."""

from __future__ import annotations

import pytest

from factoid.dates.ru import find_dates, julian_to_gregorian


def values(text: str) -> list[str]:
    return [d.edtf for d in find_dates(text)]


@pytest.mark.parametrize(
    ("text", "edtf"),
    [
        ("Ежов родился 1 (13) мая 1895 г. в Петербурге.", "1895-05-13"),
        ("родился 22 февраля (6 марта) 1899 года", "1899-03-06"),
        ("родилась 31 (12) декабря 1899", "1900-01-12"),  # the New Style day rolls into January
        ("дата рождения 17.03(29.03).1899", "1899-03-29"),
        ("дата рождения 9(21).11.1888", "1888-11-21"),
        ("родился 7 марта (19-го по новому стилю) 1900 года", "1900-03-19"),
        ("арестован 4 апреля 1939 года", "1939-04-04"),
        ("арестован 04.04.1939", "1939-04-04"),
        ("в апреле 1939 года", "1939-04"),
        ("расстрелян в 1940 году", "1940"),
        ("1899-03-29", "1899-03-29"),
    ],
)
def test_one_date(text: str, edtf: str) -> None:
    assert values(text) == [edtf]


def test_old_style_marker_converts_to_gregorian() -> None:
    assert values("родился 5 марта 1890 г. (ст. ст.)") == ["1890-03-17"]
    assert values("родился 5 марта 1890 года по старому стилю") == ["1890-03-17"]


def test_new_style_marker_keeps_the_date() -> None:
    assert values("родился 17 марта 1890 г. (н. ст.)") == ["1890-03-17"]


def test_a_single_date_is_taken_as_written() -> None:
    # a page giving only the Old Style day states that day; reconciliation sees the conflict
    assert values("родился 5 марта 1890 года") == ["1890-03-05"]


def test_day_without_year_is_left_for_the_caller() -> None:
    assert values("В ночь на 4 сентября его увезли") == ["XXXX-09-04"]


def test_range_and_decade() -> None:
    found = find_dates("Николай Ежов (1895—1940) служил в конце 1930-х годов.")
    assert [(d.edtf, d.kind) for d in found] == [("1895/1940", "interval"), ("1930/1939", "decade")]


def test_offsets_are_exact() -> None:
    text = "Он родился 1 (13) мая 1895 г. в Петербурге."
    for d in find_dates(text):
        assert text[d.start : d.end] == d.text


def test_numbers_that_are_not_years() -> None:
    assert values("Дело № 12345, лист 17, 250 человек") == []


def test_julian_to_gregorian() -> None:
    assert str(julian_to_gregorian(1877, 8, 30)) == "1877-09-11"
    assert str(julian_to_gregorian(1917, 10, 25)) == "1917-11-07"
    assert str(julian_to_gregorian(1900, 2, 28)) == "1900-03-12"


def test_the_reader_span_covers_the_year_word() -> None:
    # the Russian reader looks for the place right after a date, so "г."/"году" belong to it
    text = "расстрелян в 1937 году в Москве; с 1938г. - нарком"
    assert [d.text for d in find_dates(text)] == ["1937 году", "1938г."]
    for d in find_dates(text):
        assert text[d.start : d.end] == d.text


def test_kinds_and_days() -> None:
    found = find_dates("в XIX веке; 1 (13) января 1900 г.; в 1920-е годы; 1411 или 1412")
    assert [(d.kind, d.edtf) for d in found] == [
        ("century", "1801/1900"), ("point", "1900-01-13"), ("decade", "1920/1929"),
        ("alternatives", "1411/1412"),
    ]
    assert found[1].has_day and not found[0].has_day
