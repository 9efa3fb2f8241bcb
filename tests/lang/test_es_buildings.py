"""Spanish deaths through the rule reader (lang/es/): a building named with its noun and "de"
("murió en la prisión de X") is the place, valued "X prison", and a death of torture a killing;
on sentences about an invented person written for this test."""

from __future__ import annotations

import pytest
from extract_run import extract_text

pytestmark = pytest.mark.slow

PAGE = ("Marta Quiroga\n\n"
        "Marta Quiroga (Oviedo, 3 de mayo de 1890 – Burgos, 9 de junio de 1937) fue una sindicalista asturiana.\n\n"
        "Murió en la cárcel de Villagris el 9 de junio de 1937, a causa de las torturas que sufrió.")


@pytest.fixture(scope="module")
def claims() -> set[tuple[str, str, str]]:
    _, found = extract_text(PAGE, "es")
    return {(c.subject_name, c.property, c.value) for c in found if ".es." in c.extractor}


def test_a_building_with_its_noun_and_de_is_the_place_of_death(claims) -> None:
    assert ("Marta Quiroga", "place_of_death", "Villagris prison") in claims


def test_a_death_of_torture_is_a_killing(claims) -> None:
    assert ("Marta Quiroga", "manner_of_death", "homicide") in claims
