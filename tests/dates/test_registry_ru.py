"""Russian dates through the one date registry (``factoid.dates`` + ``lang/ru/dates.toml``)."""

from __future__ import annotations

import pytest

from factoid.dates import find_dates, parse_date


def found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.value.edtf) for m in find_dates(text)]


@pytest.mark.parametrize(
    ("text", "quote", "edtf", "julian"),
    [
        # a day in both calendars: the bracketed New Style day is the value
        ("Он родился 1 (13) января 1900 г. в Киеве.", "1 (13) января 1900", "1900-01-13", "1900-01-01"),
        ("родилась 31 (12) декабря 1899 года", "31 (12) декабря 1899", "1900-01-12", "1899-12-31"),
        ("родился 22 февраля (6 марта) 1899 года", "22 февраля (6 марта) 1899", "1899-03-06", "1899-02-22"),
        # one day off the exact gap (12 days in 1895): still the two calendars
        ("родился 25 октября (7 ноября) 1895 г.", "25 октября (7 ноября) 1895", "1895-11-07", "1895-10-25"),
        ("[17.03(29.03).1899, Тифлис]", "17.03(29.03).1899", "1899-03-29", "1899-03-17"),
        ("дата рождения 9(21).11.1888", "9(21).11.1888", "1888-11-21", "1888-11-09"),
        ("31.12(12.01).1899", "31.12(12.01).1899", "1900-01-12", "1899-12-31"),
        ("родился 7 марта (19-го по новому стилю) 1900 года", "7 марта (19-го по новому стилю) 1900",
         "1900-03-19", "1900-03-07"),
        ("родился 10 января (28-го по старому стилю) 1900 года", "10 января (28-го по старому стилю) 1900",
         "1900-01-10", "1899-12-28"),
        ("родился 20 марта (7-го по старому стилю) 1900 года", "20 марта (7-го по старому стилю) 1900",
         "1900-03-20", "1900-03-07"),
    ],
)
def test_two_calendars(text: str, quote: str, edtf: str, julian: str) -> None:
    (match,) = find_dates(text)
    assert (match.text, match.value.edtf, match.value.julian) == (quote, edtf, julian)
    assert text[match.start : match.end] == match.text


def test_brackets_that_are_not_a_calendar_pair() -> None:
    # 1 and 5 are not the calendars' 10-13 days apart: no pair, no invented Gregorian day
    assert ("1 (5) января 1900", "1900-01-05") not in found("1 (5) января 1900")
    assert find_dates("12.03(14.03).1899") == [] or all(
        m.value.julian is None for m in find_dates("12.03(14.03).1899"))


def test_old_style_marker_converts_new_style_keeps() -> None:
    assert [v for _, v in found("родился 5 марта 1890 г. (ст. ст.)")] == ["1890-03-17"]
    assert [v for _, v in found("родился 5 марта 1890 года по старому стилю")] == ["1890-03-17"]
    assert [v for _, v in found("родился 17 марта 1890 г. (н. ст.)")] == ["1890-03-17"]
    # a lone unmarked day is taken as written: reconciliation must see an Old Style page differ
    assert found("родился 5 марта 1890 года") == [("5 марта 1890", "1890-03-05")]


@pytest.mark.parametrize(
    ("text", "quote", "edtf"),
    [
        ("расстрелян в 1937 году", "1937", "1937"),
        ("в апреле 1939 года", "апреле 1939", "1939-04"),
        ("в янв. 1919 г. назначен", "янв. 1919", "1919-01"),
        ("с февр. 1920", "февр. 1920", "1920-02"),
        ("в 1925–1931 гг. служил", "1925–1931", "1925/1931"),
        ("арестован 04.04.1939", "04.04.1939", "1939-04-04"),
        ("в XIX веке", "XIX веке", "1801/1900"),
        ("до середины XVII века", "XVII века", "1601/1700"),
        ("писатель XIX века", "XIX века", "1801/1900"),
        ("в конце 1930-х он служил", "в конце 1930-х", "1930/1939"),
        ("в конце 1930-х годов", "в конце 1930-х годов", "1930/1939"),
        ("в 1920-е годы", "1920-е годы", "1920/1929"),
        ("около 1900 г.", "около 1900", "1900~"),
    ],
)
def test_russian_forms(text: str, quote: str, edtf: str) -> None:
    assert found(text) == [(quote, edtf)]


def test_time_of_day_stays_a_day() -> None:
    (match,) = find_dates("В ночь на 4 сентября его увезли")
    assert match.text == "В ночь на 4 сентября"
    assert (match.value.edtf, match.value.precision) == ("XXXX-09-04", "day")
    assert parse_date("в ночь на 4 сентября 1938 г.").edtf == "1938-09-04"


def test_a_prepositional_month_before_a_number_is_not_a_day() -> None:
    # "в мае 19" is a year cut short; Russian never writes the month before the day
    assert found("В мае 19") == []


def test_numbers_that_are_not_dates() -> None:
    assert found("Дело № 12345, лист 17, 250 человек") == []
