"""Chinese frames with Chinese date forms ("1887年10月31日"). The date registry
(``factoid.dates``) learns these forms in the `dates` branch; until it has, these tests are
skipped, so that the merge shows them running. Invented people, written for these tests."""

from __future__ import annotations

import pytest

from factoid import dates

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not any(d.value.edtf == "1887-10-31" for d in dates.find_dates("生于1887年10月31日")),
                       reason="the date registry does not read Chinese dates yet"),
]


def test_birth_and_death_dates_and_places(extract_zh):
    got = extract_zh("王明义，1890年3月1日生于上海。王明义于1960年4月15日病逝台湾。")
    assert {("王明义", "date_of_birth", "1890-03-01"), ("王明义", "place_of_birth", "Shanghai"),
            ("王明义", "date_of_death", "1960-04-15"), ("王明义", "place_of_death", "Taiwan"),
            ("王明义", "manner_of_death", "natural")} <= got


def test_place_after_a_date_and_a_bracket(extract_zh):
    got = extract_zh("王明义生於1890年3月1日(某年某月),寧波府奉化縣某鎮。")
    assert {("王明义", "date_of_birth", "1890-03-01"), ("王明义", "place_of_birth", "Fenghua")} <= got
