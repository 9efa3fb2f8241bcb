"""Slovak and Afrikaans, read by the rule-based prose reader from data alone (lang/sk/, lang/af/),
on sentences about invented people written for this test."""

from __future__ import annotations

import pytest
from extract_run import extract_text

from factoid import dates
from factoid.extract.prose_rules import LANGUAGES
from factoid.ingest.language import guess_language

pytestmark = pytest.mark.slow

SLOVAK = ("Ján Hrdina\n\n"
          "Ján Hrdina (4. marca 1802 – 9. októbra 1861) bol slovenský kňaz a spisovateľ.\n\n"
          "Jeho otcom bol Peter Hrdina a matkou Mária Hrdinová. Zomrel v Bratislave 9. októbra 1861.")

AFRIKAANS = ("Pieter Botha\n\n"
             "Pieter Botha (3 Maart 1880 – 5 Oktober 1931) was 'n Suid-Afrikaanse boer en skrywer.\n\n"
             "Hy was die seun van Jan Botha en Anna Botha, en het saam met sy broer Gert op die plaas grootgeword. "
             "Hy is op 2 Mei 1915 in Kaapstad in hegtenis geneem. Hy is op 5 Oktober 1931 in Durban oorlede.")


def _claims(text: str, code: str) -> set[tuple[str, str, str]]:
    _, found = extract_text(text, code)
    return {(c.subject_name, c.property, c.value) for c in found if f".{code}." in c.extractor}


def test_both_are_rule_languages_and_are_told_from_their_neighbours() -> None:
    assert {"sk", "af"} <= set(LANGUAGES)
    assert guess_language("Narodila sa v malej dedine, kde jej otec bol učiteľom, a neskôr sa presťahovala do mesta.") == "sk"
    assert guess_language("Narodila se v malé vesnici, kde její otec byl učitelem, a později se přestěhovala do města.") == "cs"
    assert guess_language("Hy is in die dorp gebore en het nie daar gebly nie, maar is saam met sy ouers weg.") == "af"
    assert guess_language("Hij werd in het dorp geboren en is daar niet gebleven, maar vertrok met zijn ouders.") == "nl"


def test_slovak_and_afrikaans_dates() -> None:
    assert [d.value.edtf for d in dates.find_dates("9. októbra 1861 a v auguste 1560")] == ["1861-10-09", "1560-08"]
    assert [d.value.edtf for d in dates.find_dates("op 18 Desember 1946")] == ["1946-12-18"]


def test_slovak_life_parents_and_place_in_the_locative() -> None:
    found = _claims(SLOVAK, "sk")
    subject = "Ján Hrdina"
    assert {(subject, "date_of_birth", "1802-03-04"), (subject, "date_of_death", "1861-10-09"),
            (subject, "father", "Peter Hrdina"), (subject, "mother", "Mária Hrdinová"),
            (subject, "place_of_death", "Bratislava")} <= found


def test_afrikaans_life_parents_sibling_arrest_and_death_place() -> None:
    found = _claims(AFRIKAANS, "af")
    subject = "Pieter Botha"
    assert {(subject, "date_of_birth", "1880-03-03"), (subject, "father", "Jan Botha"),
            (subject, "mother", "Anna Botha"), (subject, "sibling", "Gert"),
            (subject, "arrested", "1915-05-02"), (subject, "place_of_death", "Durban")} <= found
