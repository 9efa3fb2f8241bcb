"""Hungarian, read by the rule-based prose reader from data alone (lang/hu/): kin words that
carry their possessor ("apja", his father) and surname-first names, on sentences about
invented people written for this test."""

from __future__ import annotations

import pytest
from extract_run import extract_text

from factoid.ingest.language import guess_language

pytestmark = pytest.mark.slow

TEXT = ("Kovács János\n\nKovács János magyar költő és író volt.\n\n"
        "Apja Kovács Péter molnár, anyja Szabó Anna volt. Öccse, Kovács Pál (1825–1880) szintén verseket írt. "
        "Egyetlen fiuk, Kovács Béla 1848-ban született.")


def test_hungarian_prose_is_told_from_its_neighbours() -> None:
    assert guess_language(TEXT) == "hu"


def test_hungarian_kin_words_name_the_subjects_relatives() -> None:
    _, claims = extract_text(TEXT, "hu")
    mine = {(c.property, c.value) for c in claims if c.subject_name == "Kovács János"}
    assert {("father", "Kovács Péter"), ("mother", "Szabó Anna"), ("sibling", "Kovács Pál"),
            ("child", "Kovács Béla")} <= mine
    # the son's birth and the brother's life bracket are theirs, not the subject's
    assert not {p for p, _ in mine} & {"date_of_birth", "date_of_death"}
