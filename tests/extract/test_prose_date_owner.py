"""Whose date a number is: a bracket of dates after another person's name, a cited work's year
and a day told relative to another are never the date of the event the sentence tells; early
lives read from their brackets. Invented people and sentences."""

from __future__ import annotations

import pytest
from extract_run import extract_text

pytestmark = pytest.mark.slow


def claims_of(text: str, prop: str) -> list[tuple[str, str]]:
    _, claims = extract_text(text)
    return sorted((c.subject_name, c.value) for c in claims if c.property == prop)


def test_another_persons_life_is_no_arrest_date():
    text = ("Tomas Verlaine\n\nTomas Verlaine was a printer. He was arrested after being accused by "
            "Anselm Kroll (1566–1643) of sedition.")
    assert claims_of(text, "arrested") == []
    assert ("Anselm Kroll", "1566") in claims_of(text, "date_of_birth")


def test_a_cited_year_is_no_death_date():
    text = "Tomas Verlaine\n\nTomas Verlaine was a printer. As Marsh (1998) notes, he died in Leiden."
    assert claims_of(text, "date_of_death") == []


def test_killed_the_day_before_is_the_day_before():
    text = ("Tomas Verlaine\n\nTomas Verlaine was a printer. On 13 February 1633 the guild announced "
            "that he had been killed the day before.")
    assert claims_of(text, "date_of_death") == [("Tomas Verlaine", "1633-02-12")]


def test_an_early_life_in_its_bracket():
    text = ("John Harwood\n\nJohn Harwood (c. 497 – 28 June 548) was a steward of the court. "
            "He died on 28 June 548 in Ravenna.")
    assert set(claims_of(text, "date_of_birth")) == {("John Harwood", "0497~")}
    assert set(claims_of(text, "date_of_death")) == {("John Harwood", "0548-06-28")}


def test_a_life_before_the_common_era_in_its_bracket():
    text = "John Harwood\n\nJohn Harwood (12 July 100 BC – 15 March 44 BC) was a steward of the court."
    assert claims_of(text, "date_of_birth") == [("John Harwood", "-0099-07-12")]
    assert claims_of(text, "date_of_death") == [("John Harwood", "-0043-03-15")]


def test_a_regnal_number_between_a_name_and_its_life():
    """"Ingvar III (c. 1101 – 12 May 1150) was king": the bracket is Ingvar's life."""
    text = ("URL: https://example.org/wiki/Ingvar_III_of_Gotland\n\nIngvar III of Gotland\n\n"
            "Ingvar III (c. 1101 – 12 May 1150) was King of Gotland from 1120 to 1150. Ingvar's sword hangs in a church.")
    assert claims_of(text, "date_of_birth") == [("Ingvar", "1101~")]
    assert claims_of(text, "date_of_death") == [("Ingvar", "1150-05-12")]


def test_a_death_in_a_bracket_after_a_name_is_that_persons():
    """"studied with A (died 1901) in Paris": A's death, not the subject's; a wiki-linked name
    the tagger misses ("[[A B C]] (died 526)") is still not the subject."""
    text = "Anna Brel was a painter. She studied with Peter Holm (died 1901) in Paris. She died in Lyon in 1930."
    assert claims_of(text, "date_of_death") == [("Anna Brel", "1930"), ("Peter Holm", "1901")]
    assert claims_of(text, "place_of_death") == [("Anna Brel", "Lyon")]
    text = ("Tomas Karvel was born in Rome. He was then brought up in the house of "
            "[[Quintus Aurelius Memmius Symmachus]] (died 526), and later married his daughter.")
    assert claims_of(text, "date_of_death") == []
