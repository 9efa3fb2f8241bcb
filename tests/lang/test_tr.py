"""Turkish, read by the rule-based prose reader from data alone (lang/tr/), on sentences about
invented people written for this test: a life's bracket, verbs last, kin nouns with a
possessive ending, and names with a case ending after an apostrophe."""

from __future__ import annotations

import pytest
from extract_run import extract_text

from factoid.extract.prose_rules import LANGUAGES

pytestmark = pytest.mark.slow

PAGE = ("Kara Yusuf Ağa\n\n"
        "Kara Yusuf Ağa (1712, Edirne – 3 Mart 1771, İzmir), Osmanlı devlet adamıdır.\n\n"
        "Konya'nın Ilgın kasabasında doğdu. 1740'ta Sancakbeyi, 1750'de Anadolu Beylerbeyi oldu. "
        "1760'ta Halil Paşa'nın ölümü üzerine sadrazam oldu.\n\n"
        "1745'te Mustafa'nın kızı Fatma Hatun ile evlendi. Oğlu Selim Bey daha sonra vali oldu.\n\n"
        "3 Mart 1771'de bir kişi tarafından bıçaklanarak öldürüldü.")


@pytest.fixture(scope="module")
def claims() -> set[tuple[str, str, str]]:
    _, found = extract_text(PAGE, "tr")
    return {(c.subject_name, c.property, c.value) for c in found if ".tr." in c.extractor}


def test_turkish_is_a_rule_language() -> None:
    assert "tr" in LANGUAGES


def test_life_bracket_and_a_killing_with_the_verb_last(claims) -> None:
    subject = "Kara Yusuf Ağa"
    assert {(subject, "date_of_birth", "1712"), (subject, "date_of_death", "1771-03-03"),
            (subject, "place_of_birth", "Edirne"), (subject, "manner_of_death", "homicide")} <= claims


def test_offices_before_the_verb_of_becoming(claims) -> None:
    offices = {v for s, p, v in claims if s == "Kara Yusuf Ağa" and p == "position_held"}
    assert {"Sancakbeyi", "Anadolu Beylerbeyi", "sadrazam"} <= offices


def test_a_name_with_a_case_ending_is_nobody_s_subject_and_owns_its_kin(claims) -> None:
    subject = "Kara Yusuf Ağa"
    assert (subject, "child", "Selim Bey") in claims
    assert (subject, "child", "Fatma Hatun") not in claims  # Mustafa's daughter
    assert not {s for s, p, v in claims if s != subject and p in {"date_of_death", "position_held"}}
