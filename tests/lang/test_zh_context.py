"""Chinese dates read from their context (``extract/prose_han``): a month and day written
without a year take the year the passage last wrote, and a date opening the sentence dates
the event of a later clause. Texts are short invented biographies written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_a_day_without_a_year_takes_the_passages_last_year(extract_zh):
    got = extract_zh("王建国(Wang Jianguo)，1901年3月2日生于江苏省苏州市。"
                     "1975年他在病中写下遗嘱，3月29日口述遗言。4月5日深夜，王建国在上海市逝世。")
    assert ("Wang Jianguo", "date_of_death", "1975-04-05") in got
    assert ("Wang Jianguo", "date_of_birth", "1901-03-02") in got


def test_a_day_without_any_year_written_before_is_no_date(extract_zh):
    got = extract_zh("王建国(Wang Jianguo)，生于苏州。4月5日深夜，王建国在上海市逝世。")
    assert ("Wang Jianguo", "place_of_death", "Shanghai") in got
    assert not any(p == "date_of_death" for _, p, _ in got)


def test_a_date_inside_another_clause_is_not_taken(extract_zh):
    got = extract_zh("王建国(Wang Jianguo)，生于苏州。他在1950年离开北京，王建国在上海市逝世。")
    assert not any(p == "date_of_death" for _, p, _ in got)


def test_a_birth_inside_quotation_marks_is_no_event(extract_zh):
    got = extract_zh("王建国(Wang Jianguo)，生于苏州。1975年他手书「置个人死生于度外」。")
    assert not any(p == "date_of_birth" for _, p, _ in got)

