"""Ukrainian life brackets with a hamlet near a region, and a parent's life beside a birth, on
sentences about an invented person written for this test."""

from __future__ import annotations

import pytest
from extract_run import extract_text

pytestmark = pytest.mark.slow

PAGE = ("Марія Коваль\n\n"
        "Марія Коваль (3 травня 1820, Київ — 9 червня 1881, поблизу хутора Вишневе, Полтавська область) — "
        "українська художниця.\n\n"
        "Народилася в Києві в родині вчителя Петра Коваля (1790—1850).")


@pytest.fixture(scope="module")
def claims() -> set[tuple[str, str]]:
    _, found = extract_text(PAGE, "uk")
    return {(c.property, c.value) for c in found if ".uk." in c.extractor and c.subject_name.startswith("Мар")}


def test_a_death_near_a_hamlet_in_a_region(claims):
    assert {("date_of_birth", "1820-05-03"), ("date_of_death", "1881-06-09"), ("place_of_death", "Vyshneve")} <= claims


def test_a_parents_life_is_not_the_date_of_the_birth(claims):
    assert ("date_of_birth", "1790/1850") not in claims
    assert not any(p == "date_of_birth" and v.startswith("1790") for p, v in claims)
