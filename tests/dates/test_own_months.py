"""A month word read in the document's language: Croatian "listopad" is October where Polish
and Czech read November, and Ukrainian "липня" stays July though Croatian "lipanj" is June."""

from __future__ import annotations

import pytest

from factoid import dates


def _edtf(text: str, code: str | None) -> list[str]:
    with dates.reading(code):
        return [d.value.edtf for d in dates.find_dates(text)]


@pytest.mark.parametrize(("text", "code", "edtf"), [
    ("rođen je 5. listopada 1891. u Zagrebu", "hr", "1891-10-05"),
    ("umro je u listopadu 1920.", "hr", "1920-10"),
    ("urodził się 5 listopada 1891 w Krakowie", "pl", "1891-11-05"),
    ("narodil se 5. listopadu 1891 v Brně", "cs", "1891-11-05"),
    ("rodil se je 5. novembra 1891 v Ljubljani", "sl", "1891-11-05"),
    ("народився 5 листопада 1891 року", "uk", "1891-11-05"),
    ("народився 12 липня 1891 року", "uk", "1891-07-12"),
    ("rođen je 12. lipnja 1891.", "hr", "1891-06-12"),
    ("rođen je 12. srpnja 1891.", "hr", "1891-07-12"),
    ("narodil se 12. srpna 1891", "cs", "1891-08-12"),
])
def test_month_in_the_document_language(text: str, code: str, edtf: str) -> None:
    assert _edtf(text, code) == [edtf]


def test_without_a_language_the_shared_reading_holds_and_the_block_ends() -> None:
    assert _edtf("5. listopada 1891", None) == ["1891-11-05"]
    with dates.reading("hr"):
        assert [d.value.edtf for d in dates.find_dates("5. listopada 1891")] == ["1891-10-05"]
    assert [d.value.edtf for d in dates.find_dates("5. listopada 1891")] == ["1891-11-05"]


def test_a_croatian_document_reads_its_own_month() -> None:
    from extract_run import extract_text

    _, claims = extract_text("Ivan Horvat bio je hrvatski slikar. Rođen je 5. listopada 1891. u Zagrebu.", "hr")
    born = {c.value for c in claims if c.property == "date_of_birth"}
    assert born == {"1891-10-05"}
