"""Life spans in full dates read by the rule-based prose reader, on invented people: a bracket
after the name in each language's own layout, and a span of dates opening a dictionary entry."""

from __future__ import annotations

import pytest
from extract_run import extract_text

from factoid.extract.prose_rules import dated_life, rules

pytestmark = pytest.mark.slow


def lives(text: str, language: str, props=("date_of_birth", "date_of_death")) -> dict[str, list[tuple[str, str]]]:
    """{person: sorted (property, value)} of the birth and death dates (or ``props``) extracted."""
    _, claims = extract_text(text, language)
    out: dict[str, set[tuple[str, str]]] = {}
    for c in claims:
        if c.property in props:
            out.setdefault(c.subject_name, set()).add((c.property, c.value))
    return {k: sorted(v) for k, v in out.items()}


LIFE = [("date_of_birth", "1820-05-03"), ("date_of_death", "1881-06-09")]


@pytest.mark.parametrize(("language", "text"), [
    ("de", "Karl Wendler\n\nKarl Wendler (* 3. Mai 1820 in Köln; † 9. Juni 1881 in Bonn) war ein Maler. "
           "Er lebte in Bonn."),
    ("pl", "Jan Zawadzki\n\nJan Zawadzki (ur. 3 maja 1820 w Krakowie, zm. 9 czerwca 1881 w Warszawie) – "
           "malarz. Mieszkał w Krakowie."),
    ("it", "Marco Bellini\n\nMarco Bellini (Milano, 3 maggio 1820 – Roma, 9 giugno 1881) è stato un pittore."),
    ("cs", "Jan Hruška\n\nJan Hruška (3. května 1820 Praha – 9. června 1881 Brno) byl malíř."),
    ("uk", "Іван Мирошник\n\nІван Мирошник (3 травня 1820 — 9 червня 1881) — український художник. "
           "Він жив у Львові."),
])
def test_bracket_of_full_dates_after_the_name(language, text):
    found = lives(text, language)
    assert list(found.values()) == [LIFE], found  # one person, whatever name the page shows


@pytest.mark.parametrize(("language", "text", "places"), [
    ("de", "Karl Wendler\n\nKarl Wendler (* 3. Mai 1820 in Köln; † 9. Juni 1881 in Bonn) war ein Maler.",
     [("place_of_birth", "Köln"), ("place_of_death", "Bonn")]),
    ("pl", "Jan Zawadzki\n\nJan Zawadzki (ur. 3 maja 1820 w Krakowie, zm. 9 czerwca 1881 w Warszawie) – malarz.",
     [("place_of_birth", "Kraków"), ("place_of_death", "Warsaw")]),
    ("it", "Marco Bellini\n\nMarco Bellini (Milano, 3 maggio 1820 – Roma, 9 giugno 1881) è stato un pittore.",
     [("place_of_birth", "Milan"), ("place_of_death", "Rome")]),
    ("fr", "Jean Morvan\n\nJean Morvan (3 mai 1820 à Lyon - 9 juin 1881 à Paris) est un peintre.",
     [("place_of_birth", "Lyon"), ("place_of_death", "Paris")]),
])
def test_places_of_each_half_of_the_bracket(language, text, places):
    found = lives(text, language, ("place_of_birth", "place_of_death"))
    assert list(found.values()) == [places], found


def test_span_of_dates_opening_a_dictionary_entry_is_the_subjects():
    text = ("Мирошник коротка біографія\n\n"
            "Іван Мирошник (1820—1881) жив у Львові. Іван Мирошник (укр. Іван Мирошник). "
            "3 травня 1820 — 9 червня 1881 р. — український художник, гравер.")
    found = list(lives(text, "uk").values())
    assert len(found) == 1 and set(LIFE) <= set(found[0]), found


def test_a_relatives_bracket_is_not_the_subjects():
    text = ("Karl Wendler\n\nKarl Wendler (* 3. Mai 1820 in Köln; † 9. Juni 1881 in Bonn) war ein Maler. "
            "Sein Vater Hans Wendler (* 5. Mai 1790; † 7. Juni 1850) war Bäcker.")
    assert lives(text, "de").get("Karl Wendler") == LIFE


@pytest.mark.parametrize("content", [
    "verheiratet 3. Mai 1850, verwitwet 9. Juni 1880",  # other words: no life
    "1820–1881",  # bare years: the places-and-years reader's
    "3. Mai 1820 – 9. Juni 1821",  # one year apart: no life
    "3. Mai 1820",  # one date
    "3. Mai 1820 – 9. Juni 1881, 2 Kinder",  # more than a life
])
def test_what_is_no_life_in_full_dates(content):
    assert dated_life(content, rules("de")) is None


def test_a_life_after_another_matter_in_the_bracket():
    life = dated_life("russisch Карл Вендлер; * 3. Mai 1820 in Köln; † 9. Juni 1881", rules("de"))
    assert life is not None and (life.born, life.died, life.birth_place, life.death_place) == (
        "1820-05-03", "1881-06-09", ("Köln", "Köln"), None)


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("it", "Gaio Venturi\n\nGaio Venturi (Ravenna, 610 circa – Ancona, 668) fu un vescovo.",
     [("date_of_birth", "0610~"), ("date_of_death", "0668")]),
    ("es", "Pedro Lanza\n\nPedro Lanza (Toledo, c. 1402 – Burgos, 1466) fue un cronista.",
     [("date_of_birth", "1402~"), ("date_of_death", "1466")]),
    ("de", "Ulf Ragnarsson\n\nUlf Ragnarsson (Lund, um 940 – Sigtuna, 1002) war ein Jarl.",
     [("date_of_birth", "0940~"), ("date_of_death", "1002")]),
])
def test_a_year_marked_approximate_in_a_bracket_of_years(language, text, expected):
    """An approximate word before or after a year ("610 circa", "c. 1402", "um 940") keeps
    the bracket a life, and marks that end approximate."""
    assert list(lives(text, language).values()) == [expected]


def test_the_place_of_a_bracket_of_years_never_opens_with_the_approximate_word():
    text = "Gaio Venturi\n\nGaio Venturi (Ravenna, 610 circa – Ancona, 668) fu un vescovo."
    found = lives(text, "it", ("place_of_birth", "place_of_death"))
    assert list(found.values()) == [[("place_of_birth", "Ravenna"), ("place_of_death", "Ancona")]]


def test_a_bare_year_beside_a_full_date_is_the_other_end_of_the_life():
    life = dated_life("schwedisch Ulf den gamle; * 940 in Uppsala; † 3. Mai 1002 bei Sigtuna", rules("de"))
    assert life is not None and (life.born, life.died, life.birth_place, life.death_place) == (
        "0940", "1002-05-03", ("Uppsala", "Uppsala"), ("Sigtuna", "Sigtuna"))


@pytest.mark.parametrize("content", [
    "* 40 in Uppsala; † 3. Mai 1002",  # no year: a count
    "Band 2, 345; 3. Mai 1820",  # not a life apart
    "* 940, 950; † 3. Mai 1002",  # two bare years: which one?
])
def test_what_is_no_life_with_a_bare_year(content):
    assert dated_life(content, rules("de")) is None


def test_a_capital_initial_is_no_abbreviated_trigger():
    """Spanish "n." (nacido) is a birth word; "West, N. (1985)" is an author's initial."""
    text = ("Pedro Lanza\n\nPedro Lanza fue un cronista castellano.\n\n"
            "Bibliografía: Lanza, P.; Ortiz, N. (1985).")
    assert lives(text, "es") == {}


def test_a_rulers_bracket_further_on_in_the_subjects_sentence_is_not_the_subjects():
    # "keizer Maximiliaan II (1527-1576)": a regnal number ends the ruler's name, and the
    # subject's name stands far before it, so the life is the ruler's, not the subject's
    text = ("Pieter Verhulst\n\nDe schilder Pieter Verhulst werd op 2 maart 1540 geboren in Leiden en stierf in "
            "Wenen, waar hij als hofschilder van keizer Maximiliaan II (1527-1576) werkte.")
    found = lives(text, "nl")
    assert ("date_of_birth", "1527") not in found.get("Pieter Verhulst", [])
    assert ("date_of_birth", "1540-03-02") in found.get("Pieter Verhulst", [])
