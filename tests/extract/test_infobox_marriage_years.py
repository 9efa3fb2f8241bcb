"""A spouse cell whose marriage brackets carry early years ("(m. 38)", "(m. c. 41)") gives each
spouse's name whole: the brackets go before the trailing-age rule could take "38)" and leave
"(m" on the name."""

from __future__ import annotations

import pytest

from factoid.extract.infobox import values as infobox_values
from tests.extract.conftest import values


def test_early_marriage_years_are_dropped_whole():
    assert infobox_values.names("Decimus Rufo (m. 38); Aulus Pollio (m. c. 41); Marcus Tullo (m. 49)") == [
        "Decimus Rufo", "Aulus Pollio", "Marcus Tullo"]


def test_glued_marriages_still_split():
    assert infobox_values.names("Anna Ivanova (m. 1901; div. 1910)Olga Petrova (m. 1912)") == [
        "Anna Ivanova", "Olga Petrova"]


@pytest.mark.slow
def test_plain_box_spouses_with_early_years(extract):
    _, _, claims = extract("Livia Marsa\nBorn: 6 May AD 20, Ostia\nSpouses: Decimus Rufo (m. 38); Aulus Pollio "
                           "(m. 49)\n\nLivia Marsa was a Roman noblewoman.")
    assert values(claims, "spouse", "Livia Marsa") == ["Aulus Pollio", "Decimus Rufo"]
