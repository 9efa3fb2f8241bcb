"""Norwegian (Bokmål), read by the rule-based prose reader from data alone (lang/nb/), on
sentences about invented people written for this test."""

from __future__ import annotations

import pytest
from extract_run import extract_text

from factoid import dates
from factoid.extract.prose_rules import LANGUAGES

pytestmark = pytest.mark.slow

PAGE = ("Torgeir Vangen\n\n"
        "Torgeir Vangen (norrønt Þorgeirr, i kvedene kalt Geirr) var norsk jarl fra 1101 til 1130. "
        "Han ble født i 1070 i Sogn, sønn av høvding Ketil mac Aodh av Vestland.\n\n"
        "Torgeir ble konge av Sogn i 1101, etter at broren Halvard var blitt drept.\n\n"
        "Blant hans hustruer var Ragnhild, som tidligere hadde vært gift med Eirik Stein. "
        "Sønnen Ottar ble senere biskop.\n\n"
        "Torgeir falt 9. mai 1130 i slaget ved Lyngør.")


@pytest.fixture(scope="module")
def claims() -> set[tuple[str, str, str]]:
    _, found = extract_text(PAGE, "nb")
    return {(c.subject_name, c.property, c.value) for c in found if ".nb." in c.extractor}


def test_norwegian_is_a_rule_language_and_reads_a_three_digit_year_after_i() -> None:
    assert "nb" in LANGUAGES
    assert [d.value.edtf for d in dates.find_dates("Hun ble født i 912 på Hamar")] == ["0912"]
    assert [d.value.edtf for d in dates.find_dates("Han kjøpte 912 sauer")] == []


def test_birth_with_a_lone_father_after_a_title_and_a_gaelic_patronymic(claims) -> None:
    subject = "Torgeir Vangen"
    assert {(subject, "date_of_birth", "1070"), (subject, "place_of_birth", "Sogn"),
            (subject, "father", "Ketil mac Aodh")} <= claims


def test_offices_with_an_adjective_and_a_realm(claims) -> None:
    offices = {v for s, p, v in claims if s == "Torgeir Vangen" and p == "position_held"}
    assert {"norsk jarl", "konge av Sogn"} <= offices


def test_relatives_in_the_definite_form_and_a_wife_among_several(claims) -> None:
    subject = "Torgeir Vangen"
    assert {(subject, "sibling", "Halvard"), (subject, "child", "Ottar"), (subject, "spouse", "Ragnhild")} <= claims
    assert (subject, "spouse", "Eirik Stein") not in claims


def test_death_in_battle_is_a_killing_not_an_illness(claims) -> None:
    subject = "Torgeir Vangen"
    assert {(subject, "date_of_death", "1130-05-09"), (subject, "place_of_death", "Lyngør"),
            (subject, "manner_of_death", "homicide")} <= claims
    assert (subject, "manner_of_death", "natural") not in claims
