"""Two readings every rule-read language shares. A spouse's name may follow one lower-case
noun of what the spouse did ("casou-se com o escultor X", "gift med maleren X"). And a place
that stands after a birth trigger is the birth's: a death trigger later in the same clause with
no place of its own does not take it ("født ... i Odense, død 4. juni 1960"). Sentences about
invented people."""

from __future__ import annotations

import pytest
from extract_run import extract_text

pytestmark = pytest.mark.slow

SPOUSE_AFTER_A_NOUN = [
    ("pt", "Rosa Lima (1901–1960) foi uma pintora brasileira. Casou-se com o escultor Paulo Reis em 1930.",
     "Rosa Lima", "Paulo Reis"),
    ("es", "Ana Ruiz (1901–1960) fue una pintora española. Se casó con el escultor Pablo Gil en 1930.",
     "Ana Ruiz", "Pablo Gil"),
    ("it", "Lia Neri (1901–1960) è stata una pittrice italiana. Sposò lo scultore Paolo Bini nel 1930.",
     "Lia Neri", "Paolo Bini"),
    ("fr", "Léa Roux (1901–1960) est une peintre française. Elle épousa le sculpteur Paul Ravel en 1930.",
     "Léa Roux", "Paul Ravel"),
    ("da", "Kirsten Holm, født 3. maj 1901 i Odense, død 4. juni 1960, dansk maler. "
           "Gift med billedhuggeren Poul Dam 1930.", "Kirsten Holm", "Poul Dam"),
    ("sv", "Karin Berg, född 3 maj 1901 i Uppsala, död 4 juni 1960, var en svensk målare. "
           "Hon gifte sig med skulptören Per Lind 1930.", "Karin Berg", "Per Lind"),
]


@pytest.mark.parametrize(("code", "text", "who", "spouse"), SPOUSE_AFTER_A_NOUN)
def test_spouse_after_one_noun_of_trade(code: str, text: str, who: str, spouse: str) -> None:
    _, found = extract_text(text, code)
    assert {c.value for c in found if c.property == "spouse" and c.subject_name == who} == {spouse}


def test_two_nouns_are_not_stepped_over() -> None:
    """"married a cousin of the king X": X is the cousin's kin, not the spouse."""
    _, found = extract_text("Rosa Lima (1901–1960) foi uma pintora brasileira. "
                            "Casou-se com uma prima do rei Manuel Tovar em 1930.", "pt")
    assert not [c for c in found if c.property == "spouse"]


BIRTH_PLACE_THEN_DEATH = [
    ("da", "Kirsten Holm, født 3. maj 1901 i Odense, død 4. juni 1960, dansk maler.", "Kirsten Holm", "Odense"),
    ("sv", "Karin Berg, född 3 maj 1901 i Uppsala, död 4 juni 1960, var en svensk målare.", "Karin Berg", "Uppsala"),
    ("de", "Karla Berg, geboren am 3. Mai 1901 in Bonn, gestorben am 4. Juni 1960, war eine deutsche Malerin.",
     "Karla Berg", "Bonn"),
]


@pytest.mark.parametrize(("code", "text", "who", "birthplace"), BIRTH_PLACE_THEN_DEATH)
def test_the_birth_place_is_not_the_death_place(code: str, text: str, who: str, birthplace: str) -> None:
    _, found = extract_text(text, code)
    mine = [c for c in found if c.subject_name == who]
    assert {c.value for c in mine if c.property == "place_of_birth"} == {birthplace}
    assert not [c for c in mine if c.property == "place_of_death"]
    assert {c.value for c in mine if c.property == "date_of_death"} == {"1960-06-04"}


def test_a_death_place_of_its_own_is_still_read() -> None:
    _, found = extract_text("Kirsten Holm, født 3. maj 1901 i Odense, død 4. juni 1960 i København, dansk maler.", "da")
    mine = [c for c in found if c.subject_name == "Kirsten Holm"]
    assert {c.value for c in mine if c.property == "place_of_death"} == {"Copenhagen"}


def test_a_russian_wife_married_to() -> None:
    """"была замужем за X" (she was married to X), the instrumental name in the nominative."""
    _, found = extract_text("Анна Петрова (1901–1960) — советская художница. Была замужем за Петром Ивановым.", "ru")
    assert {c.value for c in found if c.property == "spouse"} == {"Petr Ivanov"}
