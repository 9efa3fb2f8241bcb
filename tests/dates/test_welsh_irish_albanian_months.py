"""Month names of languages that have dates but no prose reader yet (lang/cy, lang/ga, lang/sq):
a life bracket in those languages is read by whichever reader its passage goes to."""

from __future__ import annotations

import pytest

from factoid import dates


@pytest.mark.parametrize(("text", "edtf"), [
    ("(3 Mehefin 1850 – 4 Rhagfyr 1910)", "1850-06-03/1910-12-04"),
    ("ganwyd ar 9 Gorffennaf 1822", "1822-07-09"),
    ("rugadh é ar 3 Bealtaine 1850", "1850-05-03"),
    ("ar 12 Meán Fómhair 1901", "1901-09-12"),
    ("lindi më 3 qershor 1850 në Shkodër", "1850-06-03"),
    ("vdiq më 21 nëntor 1912", "1912-11-21"),
])
def test_month_names(text: str, edtf: str) -> None:
    assert [d.value.edtf for d in dates.find_dates(text)] == [edtf]


def test_a_given_name_alone_is_no_month() -> None:
    assert dates.find_dates("Márta Kovács wrote to her") == []
