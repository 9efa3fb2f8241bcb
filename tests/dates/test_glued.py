"""Dates glued to the next word by scraping: found, with the span on the date alone."""

from __future__ import annotations

import pytest

from factoid.dates import find_dates


def found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.value.edtf) for m in find_dates(text)]


@pytest.mark.parametrize(
    ("text", "quote", "edtf"),
    [
        ("C'est le 30 mai 1431que tout finit.", "30 mai 1431", "1431-05-30"),
        ("urodzony w 1887r. w Krakowie", "1887", "1887"),
        ("urodzony 5 maja 1887r.", "5 maja 1887", "1887-05-05"),
        ("вернулся в 1945г в Москву", "1945", "1945"),
        ("С 1931г. на партийной работе", "1931", "1931"),
        ("в 1925-1931гг. - начальник", "1925-1931", "1925/1931"),
        ("с 3 февраля 1941г. по", "3 февраля 1941", "1941-02-03"),
        ("народився у 1920р. в Києві", "1920", "1920"),
        ("Родился 25 октября (7 ноября) 1895г. в Баку", "25 октября (7 ноября) 1895", "1895-11-07"),
        ("Am 2.Mai 1945 kapitulierte", "2.Mai 1945", "1945-05-02"),
        ("seit dem 14.Juli", "14.Juli", "XXXX-07-14"),
        ("в мае1946 года", "мае1946", "1946-05"),
        ("30 августа [11 сентября1877 г.", "30 августа [11 сентября1877", "1877-09-11"),
    ],
)
def test_glued_date_is_found_and_span_is_exact(text: str, quote: str, edtf: str) -> None:
    assert found(text) == [(quote, edtf)]
    for m in find_dates(text):
        assert text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    "text",
    ["1500men were there", "see item 1945a", "code 1945AB", "model 1937XL", "x1945"],
)
def test_a_number_glued_to_other_letters_is_not_a_year(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text", [
    "Born 3 March 1902 – died in 1960, “quoted”.",
    "ولد ١٩٠٢ وتوفي 1193م",
    "۱۳۲۰ and 532هـ",
    "",
])
def test_scannable_text_is_the_translated_one_or_the_text_itself(text: str) -> None:
    """The shortcut for text without Arabic digits or letters changes nothing: the scanned
    text is exactly the translated one, same length, so every offset still holds."""
    from factoid import dates

    full = dates._GLUED_ARABIC.sub(" ", text.translate(dates._ASCII_DIGITS))
    assert dates._scannable(text) == full
    assert len(full) == len(text)
