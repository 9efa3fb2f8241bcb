"""Rival years of one death in one sentence, each after a verb of asserting: every year is a
version of the death date; a year said in passing ("said in 1910") is none."""

from __future__ import annotations

import pytest

from factoid import dates
from factoid.extract.rival_years import rival_years
from tests.extract.conftest import values


def _years(text: str) -> list[str]:
    return [d.value.edtf for d in rival_years(text, 0, dates.find_dates(text))]


def test_accept_and_give_after_the_year_of_his_death():
    assert _years("The year of his death is disputed: most scholars accept 250 BC, but some give 248 BC.") == [
        "-0249", "-0247"]


def test_put_prefer_and_argue_for():
    assert _years("Chroniclers put her death in 1204; later annalists prefer 1205, and one argues for 1207.") == [
        "1204", "1205", "1207"]


def test_a_single_year_is_left_to_the_frames():
    assert _years("The year of his death is uncertain, but most accept 1310.") == []


def test_years_said_in_passing_are_no_versions():
    assert _years("His death was mourned; his son said in 1910 that the estate gave 1870 as a start.") == []


def test_one_day_argued_for_against_the_usual_one():
    assert _years("The usual date given for her death is 5 February 1945, but a French researcher argues "
                  "for 27 January 1945.") == ["1945-01-27"]


def test_a_day_given_without_contrast_is_no_version():
    assert _years("After her death on 5 February 1945 the archive gave 27 January 1945 as the date of a letter.") == []


def test_no_death_named_no_years():
    assert _years("Most historians accept 1502, but some give 1504 for the voyage.") == []


@pytest.mark.slow
def test_each_version_is_a_death_date_of_the_possessor(extract):
    _, _, claims = extract("Tor Kell (310 – 250 BC) was a general. The year of his death is uncertain: most "
                           "historians accept 250 BC, others prefer 249 BC, and a few give 248 BC.")
    assert values(claims, "date_of_death", "Tor Kell") == ["-0247", "-0248", "-0249"]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "expected"), [
    ("His birth certificate, however, gives 21 October 1940.", ["1940-10-21", "1940-10-23"]),
    ("The birth register records his baptism on 25 October 1940.", ["1940-10-23"]),
    ("His son's birth certificate gives 21 October 1970.", ["1940-10-23"]),
])
def test_a_birth_certificates_day_is_a_version_of_the_birth(extract, sentence, expected):
    _, _, claims = extract(f"Paul Marin was a footballer. He was born on 23 October 1940 in Lyon. {sentence}")
    assert values(claims, "date_of_birth", "Paul Marin") == expected
