"""Swedish, read by the rule-based prose reader from data alone (lang/sv/), on sentences about
invented people written for this test."""

from __future__ import annotations

import pytest
from extract_run import extract_text

from factoid import dates
from factoid.ingest.language import guess_language

pytestmark = pytest.mark.slow

LEAD = ("Erik Holmberg\n\nErik Holmberg, född 3 mars 1801 i Uppsala, död 9 maj 1860 vid Lund, "
        "var en svensk präst och författare.\n\nHan var son till en skomakare och avled av lunginflammation.")


def claims_of(text: str) -> set[tuple[str, str]]:
    _, claims = extract_text(text, "sv")
    return {(c.property, c.value) for c in claims}


def test_swedish_prose_is_told_from_its_neighbours() -> None:
    assert guess_language(LEAD) == "sv"


def test_swedish_months() -> None:
    assert [d.value.edtf for d in dates.find_dates("den 24 augusti 1790")] == ["1790-08-24"]


def test_swedish_lead_line_gives_birth_and_death_with_places_and_cause() -> None:
    got = claims_of(LEAD)
    assert {("date_of_birth", "1801-03-03"), ("place_of_birth", "Uppsala"), ("date_of_death", "1860-05-09"),
            ("place_of_death", "Lund"), ("manner_of_death", "natural")} <= got
    assert not {p for p, _ in got} & {"father", "spouse"}  # "son till en skomakare" names nobody


def test_swedish_death_in_battle() -> None:
    text = ("Nils Ek\n\nNils Ek, född 1 juni 1650 i Kalmar, var en svensk amiral. "
            "Han stupade den 4 juli 1690 i ett sjöslag.")
    got = claims_of(text)
    assert ("date_of_death", "1690-07-04") in got
    assert ("manner_of_death", "homicide") in got
