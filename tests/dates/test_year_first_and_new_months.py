"""Dates written year first (Hungarian, Latvian, Lithuanian) and the month names of languages
added as data (Slovene, Latvian, Lithuanian, Estonian, Catalan, Indonesian, Greek), on date
expressions written for this test."""

from __future__ import annotations

import pytest

from factoid import dates


def _edtf(text: str) -> list[str]:
    return [d.value.edtf for d in dates.find_dates(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("született 1802. március 14-én", ["1802-03-14"]),
    ("dzimis 1802. gada 14. martā", ["1802-03-14"]),
    ("miris 1861. gada 3. augusta vakarā", ["1861-08-03"]),
    ("1861. gada augustā", ["1861-08"]),
    ("gimė 1802 m. kovo 14 d. kaime", ["1802-03-14"]),
    ("1861 m. rugpjūčio mėnesį", ["1861-08"]),
])
def test_a_year_with_its_mark_then_the_day_and_month(text: str, expected: list[str]) -> None:
    assert _edtf(text) == expected


@pytest.mark.parametrize("text", ["He left in 1861. August was hot.", "Seit 1861. März kam"])
def test_a_sentence_ending_in_a_year_before_a_capitalised_month_is_no_year_first_date(text: str) -> None:
    assert _edtf(text)[0] == "1861"


@pytest.mark.parametrize(("text", "expected"), [
    ("3. avgusta 1861", "1861-08-03"),
    ("14. marec 1802", "1802-03-14"),
    ("14. märtsil 1802", "1802-03-14"),
    ("14 de març de 1802", "1802-03-14"),
    ("3 d'agost de 1861", "1861-08-03"),
    ("14 Maret 1802", "1802-03-14"),
    ("3 Αυγούστου 1861", "1861-08-03"),
    ("14 Μαρτίου 44 π.Χ.", "-0043-03-14"),
])
def test_month_names_in_their_cases(text: str, expected: str) -> None:
    assert _edtf(text) == [expected]
