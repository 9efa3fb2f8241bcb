"""Names and time stamps as a page writes them (factoid.extract.written): pure checks."""

from __future__ import annotations

from factoid.extract import written


def test_a_namesake_relative_shares_the_surname_after_another_given_name():
    assert written.relative_of("Orazio Lomi", "Anna Lomi")
    assert written.relative_of("George Edward Quill III", "Dora Quill")


def test_the_same_person_or_a_lone_surname_is_no_namesake():
    assert not written.relative_of("Anna Lomi", "Anna Lomi")
    assert not written.relative_of("Lomi", "Anna Lomi")
    assert not written.relative_of("Kitty Kidd", "Kathryn Kidd")  # a nickname keeps its initial
    assert not written.relative_of("Orazio Brun", "Anna Lomi")


def test_a_clock_time_after_a_date_marks_a_time_stamp():
    text = "December 27, 2015 at 10:14 am"
    assert written.CLOCK_AFTER.match(text, len("December 27, 2015"))
    assert not written.CLOCK_AFTER.match("27 December 1985, Jane died", len("27 December 1985"))
