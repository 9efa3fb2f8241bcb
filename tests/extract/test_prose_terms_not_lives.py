"""Years in a bracket that are not the subject's life: a reign's or a term's years ("the
Reign of Tsar A (1331–1355)", "A (r. 1331–1371)") and the life of a relative named in the
sentence that tells the subject's birth."""

from __future__ import annotations

import pytest

from tests.extract.conftest import values

pytestmark = pytest.mark.slow


def test_a_book_on_the_reign_of_the_subject_gives_no_life(extract):
    _, _, claims = extract("Anton Velimir was a king. Further reading: Jones, The Serbs during the Reign of "
                           "King Anton Velimir (1331–1355).")
    assert not values(claims, "date_of_birth", "Anton Velimir")
    assert not values(claims, "date_of_death", "Anton Velimir")


def test_a_bracket_of_regnal_years_is_no_life(extract):
    _, _, claims = extract("Anton Velimir was a king. His rival Ivan Petrov (r. 1331–1371) married his sister.")
    assert not values(claims, "date_of_birth", "Ivan Petrov")


def test_a_bracket_of_life_years_still_is_one(extract):
    _, _, claims = extract("Anton Velimir was a king. His rival Ivan Petrov (1311–1371) married his sister.")
    assert values(claims, "date_of_birth", "Ivan Petrov") == ["1311"]
    assert values(claims, "date_of_death", "Ivan Petrov") == ["1371"]


def test_a_parents_life_in_the_birth_sentence_is_not_the_birth(extract):
    _, _, claims = extract("Ravi Sen was an Indian lawyer. Sen was born into a wealthy family in Patna, the third "
                           "of nine children of the judge Kamal Sen (1850–1921).")
    assert not values(claims, "date_of_birth", "Ravi Sen")
    assert not values(claims, "date_of_death", "Ravi Sen")
    assert values(claims, "place_of_birth", "Ravi Sen") == ["Patna"]
    assert values(claims, "date_of_birth", "Kamal Sen") == ["1850"]


def test_a_birth_date_after_the_verb_still_counts(extract):
    _, _, claims = extract("Ravi Sen was an Indian lawyer. Sen was born in Patna on 4 May 1881, the son of Kamal Sen.")
    assert values(claims, "date_of_birth", "Ravi Sen") == ["1881-05-04"]
