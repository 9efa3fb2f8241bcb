"""English writes a day in both calendars month first: "March 10 (22), 1881", "March 10/22,
1881". The bracketed or second day is the New Style one, the value read."""

from __future__ import annotations

import pytest

from factoid import dates


@pytest.mark.parametrize("text, edtf", [
    ("He was seized on April 2 (14), 1866 at the bridge.", "1866-04-14"),
    ("The decree was signed on April 2/14, 1866 in the capital.", "1866-04-14"),
    ("The fleet sailed on June 3 [15], 1799 at dawn.", "1799-06-15"),
    ("A letter dated December 25 (6), 1850 reached him.", "1851-01-06"),
])
def test_month_first_pair_reads_the_new_style_day(text: str, edtf: str) -> None:
    assert [d.value.edtf for d in dates.find_dates(text)] == [edtf]


def test_a_bracketed_day_no_calendar_distance_away_is_no_pair() -> None:
    found = [d.value.edtf for d in dates.find_dates("The vote of May 5 (6), 1900 was close.")]
    assert "1900-05-06" not in found
