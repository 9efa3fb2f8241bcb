"""Romanian, read by the rule-based prose reader and the infobox reader from data alone
(lang/ro/), on a page about an invented person written for this test."""

from __future__ import annotations

import pytest
from extract_run import extract_text

from factoid import dates
from factoid.ingest.language import guess_language

pytestmark = pytest.mark.slow

PAGE = ("Ion Vlădescu\n\n"
        "Date personale\n"
        "Născut3 martie 1841\n"
        "Focșani, Moldova\n"
        "Decedat9 octombrie 1902 (61 de ani)\n"
        "Galați, România\n"
        "Frați/suroriTudor, Elena, Petru\n"
        "Ocupațiemedic, publicist\n"
        "Limbiromână\n\n"
        "Ion Vlădescu (n. 3 martie 1841, Focșani – d. 9 octombrie 1902, Galați) a fost un medic și "
        "publicist român.\n\n"
        "Ion a fost fiul lui Grigore Vlădescu și al Mariei Stoian. În 1870 a fost numit director al "
        "Spitalului Central din Galați, iar în 1880 profesor la Universitatea din Iași.\n\n"
        "A murit la 9 octombrie 1902, în sanatoriul Speranța din Galați.")


@pytest.fixture(scope="module")
def claims() -> set[tuple[str, str, str]]:
    _, found = extract_text(PAGE, "ro")
    return {(c.subject_name, c.property, c.value) for c in found}


def test_romanian_prose_is_told_from_its_neighbours() -> None:
    assert guess_language(PAGE.split("\n\n", 2)[2]) == "ro"


def test_romanian_months() -> None:
    assert [d.value.edtf for d in dates.find_dates("la 15 ianuarie 1850")] == ["1850-01-15"]
    assert [d.value.edtf for d in dates.find_dates("noiembrie 1918")] == ["1918-11"]


def test_the_life_bracket_with_born_and_died_marks(claims) -> None:
    subject = "Ion Vlădescu"
    assert {(subject, "date_of_birth", "1841-03-03"), (subject, "date_of_death", "1902-10-09")} <= claims
    assert {v for s, p, v in claims if s == subject and p == "place_of_birth"} == {"Focșani"} or \
        any("Foc" in v for s, p, v in claims if p == "place_of_birth")


def test_glued_labels_end_the_row_above(claims) -> None:
    siblings = {v for s, p, v in claims if p == "sibling"}
    assert siblings == {"Tudor", "Elena", "Petru"}


def test_parents_in_the_genitive(claims) -> None:
    assert {("Ion Vlădescu", "father", "Grigore Vlădescu"), ("Ion Vlădescu", "mother", "Maria Stoian")} <= claims


def test_offices_also_in_a_list_after_iar(claims) -> None:
    offices = {v for s, p, v in claims if p == "position_held"}
    assert any(v.startswith("director al Spitalului Central") for v in offices)
    assert any(v.startswith("profesor") for v in offices)


def test_a_sanatorium_is_a_building_in_the_town(claims) -> None:
    deaths = {v for s, p, v in claims if p == "place_of_death"}
    assert "Speranța sanatorium" in deaths
