"""Czech lives through the rule reader (lang/cs/): a life's bracket with a mountain and a town
near it, a death in battle ("padl"), a town put back from the locative, and a wife named in the
instrumental after a subjectless verb; on sentences about an invented person written for this test."""

from __future__ import annotations

import pytest
from extract_run import extract_text

pytestmark = pytest.mark.slow

PAGE = ("Karel Novák\n\n"
        "Karel Novák (slovensky Karol Novák; 6. ledna 1801 Brno – 2. června 1850 hora Sněžka u Vrace) byl básník.\n\n"
        "Životopis\nNarodil se v Karlovu, ale dětství prožil v Kolíně, kde jeho otec Jan Novák působil jako "
        "učitel. Studoval ve Vídni. Roku 1825 se oženil s Marií Dvořákovou.\n\n"
        "Po několika bojích padl 2. června 1850 u Vrace.")


@pytest.fixture(scope="module")
def claims() -> set[tuple[str, str, str]]:
    _, found = extract_text(PAGE, "cs")
    return {(c.subject_name, c.property, c.value) for c in found if ".cs." in c.extractor}


def test_life_bracket_past_a_mountain_word(claims) -> None:
    subject = "Karel Novák"
    assert {(subject, "date_of_birth", "1801-01-06"), (subject, "date_of_death", "1850-06-02")} <= claims


def test_a_town_in_the_locative_is_put_back_to_its_nominative_in_o_and_in_a(claims) -> None:
    subject = "Karel Novák"
    assert {(subject, "place_of_birth", "Karlovo"), (subject, "place_of_death", "Vratsa")} <= claims


def test_fell_in_battle_is_a_killing(claims) -> None:
    assert ("Karel Novák", "manner_of_death", "homicide") in claims


def test_a_wife_in_the_instrumental_after_a_subjectless_verb(claims) -> None:
    assert ("Karel Novák", "spouse", "Marie Dvořáková") in claims
