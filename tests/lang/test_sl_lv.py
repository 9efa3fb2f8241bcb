"""Slovene and Latvian, read by the rule-based prose reader from data alone (lang/sl/, lang/lv/),
on sentences about invented people written for this test: dates with the month in the case
each language declines it into, places put back from the locative, relatives in the nominative."""

from __future__ import annotations

import pytest
from extract_run import extract_text

from factoid import dates
from factoid.extract.prose_rules import LANGUAGES, nominative
from factoid.ingest.language import guess_language

pytestmark = pytest.mark.slow

SLOVENE = ("Janez Podgornik\n\n"
           "Janez Podgornik (14. marec 1802, Ljubljana – 3. avgusta 1861, Dunaj) je bil slovenski duhovnik "
           "in od leta 1850 do smrti škof Trsta.\n\n"
           "Rodil se je v Ljubljani v družini trgovca Andreja Podgornika in njegove žene Marjete. "
           "Leta 1830 se je poročil z Ano Kralj.\n\n"
           "Trije razbojniki so ga 3. avgusta 1861 ubili na Dunaju.")

LATVIAN = ("Kārlis Ozols\n\n"
           "Kārlis Ozols ir latviešu gleznotājs. Viņš dzimis 1871. gada 9. martā Rīgā amatnieka ģimenē.\n\n"
           "Viņa sieva Anna Ozola ar dēlu Pēteri dzīvoja Berlīnē.\n\n"
           "1919. gada aprīlī Ozolu arestēja. Viņš tika nošauts Rīgā 1919. gada 22. maijā.")


def _claims(text: str, code: str) -> set[tuple[str, str, str]]:
    _, found = extract_text(text, code)
    return {(c.subject_name, c.property, c.value) for c in found if f".{code}." in c.extractor}


@pytest.fixture(scope="module")
def slovene() -> set[tuple[str, str, str]]:
    return _claims(SLOVENE, "sl")


@pytest.fixture(scope="module")
def latvian() -> set[tuple[str, str, str]]:
    return _claims(LATVIAN, "lv")


def test_both_are_rule_languages_and_are_told_from_their_neighbours() -> None:
    assert {"sl", "lv"} <= set(LANGUAGES)
    assert guess_language("Rodil se je v Ljubljani, kjer je bil tudi pozneje kaplan, ki ga je škof imenoval.") == "sl"
    assert guess_language("Viņš dzimis Rīgā, kur viņa tēvs bija amatnieks, un vēlāk arī dzīvoja tur.") == "lv"


def test_slovene_dates_in_the_nominative_and_the_genitive() -> None:
    assert [d.value.edtf for d in dates.find_dates("14. marec 1802 in 3. avgusta 1861")] == ["1802-03-14", "1861-08-03"]


def test_latvian_dates_write_the_year_first() -> None:
    assert [d.value.edtf for d in dates.find_dates("dzimis 1871. gada 9. martā")] == ["1871-03-09"]
    assert [d.value.edtf for d in dates.find_dates("1919. gada aprīlī")] == ["1919-04"]
    assert [d.value.edtf for d in dates.find_dates("He left in 1919. April came.")] == ["1919"]


def test_slovene_birth_death_and_parents(slovene) -> None:
    subject = "Janez Podgornik"
    assert {(subject, "place_of_birth", "Ljubljana"), (subject, "date_of_death", "1861-08-03"),
            (subject, "manner_of_death", "homicide"), (subject, "father", "Andrej Podgornik"),
            (subject, "mother", "Marjeta")} <= slovene


def test_slovene_spouse_put_back_in_the_nominative() -> None:
    assert nominative("Ano Kralj", "sl") == "Ana Kralj"
    assert nominative("Marijo", "sl") == "Marija"


def test_latvian_birth_and_execution_with_places_in_the_locative(latvian) -> None:
    subject = "Kārlis Ozols"
    assert {(subject, "date_of_birth", "1871-03-09"), (subject, "place_of_birth", "Riga"),
            (subject, "date_of_death", "1919-05-22"), (subject, "manner_of_death", "execution")} <= latvian


def test_latvian_relatives_in_the_nominative(latvian) -> None:
    subject = "Kārlis Ozols"
    assert (subject, "spouse", "Anna Ozola") in latvian
    assert nominative("Lūciju", "lv") == "Lūcija"
