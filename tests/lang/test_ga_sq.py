"""Irish and Albanian, read by the rule-based prose reader from data alone (lang/ga/, lang/sq/),
on sentences about invented people written for this test: Irish puts the verb first ("Rugadh
X", "Fuair sé bás") and eclipses a place after "i" ("i gCorcaigh"); Albanian declines a
parent's name in the genitive ("djali i Pjetër Markut dhe i Marisë") and a spouse's in the
accusative ("u martua me Lule Gjokën")."""

from __future__ import annotations

import pytest
from extract_run import extract_text

from factoid.extract.prose_rules import LANGUAGES
from factoid.ingest.language import guess_language

pytestmark = pytest.mark.slow

IRISH = ("Seán Ó Briain\n\n"
         "Rugadh Seán Ó Briain ar an 3 Márta 1850 i gCorcaigh. Ba fheirmeoir é a athair, Pádraig Ó Briain, "
         "agus bhí a mháthair, Máire Ní Néill, ina múinteoir.\n\n"
         "Chuaigh sé go Baile Átha Cliath ina fhear óg agus bhí sé ina iriseoir ansin. Phós sé Úna Nic Gearailt "
         "sa bhliain 1880. Bhí a dheartháir Liam ina shagart. Fuair sé bás ar an 9 Meán Fómhair 1921 i nGaillimh.")

ALBANIAN = ("Gjon Marku\n\n"
            "Gjon Marku lindi më 3 mars 1850 në Shkodër. Ai ishte djali i Pjetër Markut dhe i Marisë. "
            "Babai i tij ishte tregtar i njohur në qytet.\n\n"
            "Pas studimeve në Itali u kthye në vendlindje. U martua me Lule Gjokën në vitin 1880. Vëllai i tij "
            "Ndue u bë prift. Vdiq më 9 shtator 1921 në Tiranë, pas një sëmundjeje të gjatë.")


def _claims(text: str, code: str) -> set[tuple[str, str, str]]:
    _, found = extract_text(text, code)
    return {(c.subject_name, c.property, c.value) for c in found if f".{code}." in c.extractor}


def test_both_are_rule_languages_and_are_told_apart() -> None:
    assert {"ga", "sq"} <= set(LANGUAGES)
    assert guess_language(IRISH) == "ga"
    assert guess_language(ALBANIAN) == "sq"


def test_irish_verb_first_and_eclipsed_places() -> None:
    who = "Seán Ó Briain"
    assert {(who, "date_of_birth", "1850-03-03"), (who, "place_of_birth", "Cork"),
            (who, "father", "Pádraig Ó Briain"), (who, "mother", "Máire Ní Néill"),
            (who, "spouse", "Úna Nic Gearailt"), (who, "sibling", "Liam"),
            (who, "date_of_death", "1921-09-09"), (who, "place_of_death", "Galway")} <= _claims(IRISH, "ga")


def test_albanian_declined_parents_and_spouse() -> None:
    who = "Gjon Marku"
    assert {(who, "date_of_birth", "1850-03-03"), (who, "place_of_birth", "Shkodër"),
            (who, "father", "Pjetër Marku"), (who, "mother", "Maria"),
            (who, "spouse", "Lule Gjoka"), (who, "sibling", "Ndue"),
            (who, "date_of_death", "1921-09-09"), (who, "place_of_death", "Tirana"),
            (who, "manner_of_death", "natural")} <= _claims(ALBANIAN, "sq")
