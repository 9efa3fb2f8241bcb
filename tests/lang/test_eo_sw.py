"""Esperanto and Swahili, read by the rule-based prose reader from data alone (lang/eo/,
lang/sw/), on sentences about invented people written for this test: Esperanto's ordinal
days ("la 3-an de aprilo") and active participles in an apposition ("naskiĝinta ... kaj
mortinta ..."); Swahili's verbs with their prefixes and possessives after the kin noun
("baba yake", his father; "baba wa X", X's father, is nobody's here)."""

from __future__ import annotations

import pytest
from extract_run import extract_text

from factoid import dates
from factoid.extract.prose_rules import LANGUAGES
from factoid.ingest.language import guess_language

pytestmark = pytest.mark.slow

ESPERANTO = ("Jozefo Marko estis pola kemiisto, naskiĝinta la 3-an de aprilo 1820 en Krakovo kaj mortinta "
             "la 9-an de septembro 1881 en Vieno. Li estis filo de Petro Marko kaj Ana Kowalska.\n\n"
             "Li edziĝis al Maria Nowak en 1850. Lia frato Adamo estis pentristo.\n\n"
             "En 1848 li estis arestita kaj kondamnita al du jaroj da malliberejo.")

SWAHILI = ("Juma Hamisi alizaliwa tarehe 5 Machi 1890 katika mji wa Mombasa. Baba yake aliitwa Hamisi Salim "
           "na mama yake aliitwa Fatuma Ali.\n\n"
           "Alimuoa Mwanaisha Omari mwaka 1915. Kaka yake Rashidi alikuwa mfanyabiashara. "
           "Baba wa Mwanaisha alikuwa Omari Said.\n\n"
           "Alifariki mjini Dar es Salaam mwaka 1950.")


def _claims(text: str, code: str) -> set[tuple[str, str, str]]:
    _, found = extract_text(text, code)
    return {(c.subject_name, c.property, c.value) for c in found if f".{code}." in c.extractor}


def test_both_are_rule_languages_and_are_told_apart() -> None:
    assert {"eo", "sw"} <= set(LANGUAGES)
    assert guess_language("Li naskiĝis en malgranda vilaĝo kaj poste translokiĝis kun sia familio al la ĉefurbo.") == "eo"
    assert guess_language("Alizaliwa katika kijiji kidogo na baadaye alihamia mjini pamoja na familia yake.") == "sw"
    assert guess_language("Nació en una pequeña aldea y después se fue a vivir con su familia a la capital.") == "es"


@pytest.mark.parametrize(("text", "edtf"), [
    ("la 3-an de aprilo 1820", "1820-04-03"),
    ("la 1-a de aŭgusto 1901", "1901-08-01"),
    ("tarehe 5 Machi 1890", "1890-03-05"),
    ("tarehe 12 Julai 1955", "1955-07-12"),
])
def test_dates(text: str, edtf: str) -> None:
    assert [d.value.edtf for d in dates.find_dates(text)] == [edtf]


def test_esperanto_life_parents_spouse_sibling_and_events() -> None:
    got = _claims(ESPERANTO, "eo")
    who = "Jozefo Marko"
    assert {(who, "date_of_birth", "1820-04-03"), (who, "place_of_birth", "Kraków"),
            (who, "date_of_death", "1881-09-09"), (who, "place_of_death", "Vienna"),
            (who, "father", "Petro Marko"), (who, "mother", "Ana Kowalska"),
            (who, "spouse", "Maria Nowak"), (who, "sibling", "Adamo"),
            (who, "arrested", "1848"), (who, "sentenced", "1848")} <= got


def test_swahili_life_parents_spouse_and_sibling() -> None:
    got = _claims(SWAHILI, "sw")
    who = "Juma Hamisi"
    assert {(who, "date_of_birth", "1890-03-05"), (who, "place_of_birth", "Mombasa"),
            (who, "father", "Hamisi Salim"), (who, "mother", "Fatuma Ali"),
            (who, "spouse", "Mwanaisha Omari"), (who, "sibling", "Rashidi"),
            (who, "date_of_death", "1950"), (who, "place_of_death", "Dar es Salaam")} <= got
    # "baba wa Mwanaisha": the wife's father, not his
    assert (who, "father", "Omari Said") not in got
