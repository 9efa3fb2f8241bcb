"""An obituary's survivors: every kinship noun that "leave" or "be survived by" lists is its
subject's relative ("he leaves his widow, two daughters, A and B, and a sister, C"); one
kinship noun's list ends where the next kinship noun begins."""

from __future__ import annotations

import pytest

from tests.extract.conftest import values

pytestmark = pytest.mark.slow

LEAD = "Tomas Reyes (1801–1860) was a Chilean poet.\n\n"


def test_survived_by_daughters_and_a_sister(extract):
    _, _, claims = extract(LEAD + "He is survived by two daughters, Ana Soto and Clara Diaz, and a sister, Rosa Vial.")
    assert values(claims, "child", "Tomas Reyes") == ["Ana Soto", "Clara Diaz"]
    assert values(claims, "sibling", "Tomas Reyes") == ["Rosa Vial"]


def test_a_widow_without_a_name_takes_none_of_the_daughters_names(extract):
    _, _, claims = extract(LEAD + "He leaves his widow, two daughters, Ana Soto and Clara Diaz, and a sister, Rosa Vial of Talca.")
    assert values(claims, "spouse", "Tomas Reyes") == []
    assert values(claims, "child", "Tomas Reyes") == ["Ana Soto", "Clara Diaz"]
    assert values(claims, "sibling", "Tomas Reyes") == ["Rosa Vial"]


def test_a_named_widow_and_sons(extract):
    _, _, claims = extract(LEAD + "He left a widow, Ines Mora, and three sons, Pedro, Juan and Luis.")
    assert values(claims, "spouse", "Tomas Reyes") == ["Ines Mora"]
    assert values(claims, "child", "Tomas Reyes") == ["Juan", "Luis", "Pedro"]


@pytest.mark.xfail(strict=True, reason="a married woman's title before the sister's name hides her from the kinship noun")
def test_married_titles_in_the_list(extract):
    _, _, claims = extract(LEAD + "He leaves two daughters, Mrs. Ana Soto and Mrs. Clara Diaz, and a sister, Mrs. Rosa Vial.")
    assert values(claims, "sibling", "Tomas Reyes") == ["Rosa Vial"]


def test_a_second_kinship_noun_after_a_list_starts_its_own(extract):
    _, _, claims = extract("Ana Soto (1801–1860) was a Chilean poet.\n\nShe had three brothers, Luis Soto, Juan Soto "
                           "and Pedro Soto, and two younger sisters, Julia Soto and Clara Soto.")
    assert values(claims, "sibling", "Ana Soto") == ["Clara Soto", "Juan Soto", "Julia Soto", "Luis Soto", "Pedro Soto"]


def test_sons_and_daughters_share_the_list_after_them(extract):
    _, _, claims = extract("Ana Soto (1801–1860) was a Chilean poet.\n\nShe had two sons and a daughter, namely Luis, "
                           "Juan and Rosa.")
    assert values(claims, "child", "Ana Soto") == ["Juan", "Luis", "Rosa"]
