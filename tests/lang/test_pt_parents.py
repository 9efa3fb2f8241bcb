"""Portuguese spouse and child through the rule reader (lang/pt/): a verb with a joined pronoun
that is no name, a kin noun before the spouse's name, a place and an era's letters that are no
holder; on sentences about invented people written for this test."""

from __future__ import annotations

import pytest
from extract_run import extract_text

pytestmark = pytest.mark.slow

PAGE = ("URL: https://escola.example.com.br/nefertari-sekhem.htm\n\n"
        "Nefertari Sekhem\n\n"
        "Nefertari Sekhem (ou Nefertari) foi uma rainha egípcia da XIX dinastia.\n\n"
        "Biografia\n\n"
        "Nasceu em Abidos, por volta de 1290 a.C. Era filha de Seti II e da rainha Tiaa. "
        "Casou-se com o primo Amenmés e com ele teve a filha Meritamon.\n\n"
        "Nefertari Sekhem morreu em 1250 a.C., em Abidos.")


@pytest.fixture(scope="module")
def claims() -> set[tuple[str, str, str]]:
    _, found = extract_text(PAGE, "pt")
    return {(c.subject_name, c.property, c.value) for c in found if ".pt." in c.extractor}


def test_a_spouse_after_a_kin_noun_and_a_child_of_a_subjectless_verb(claims) -> None:
    subject = "Nefertari Sekhem"
    assert {(subject, "spouse", "Amenmés"), (subject, "child", "Meritamon")} <= claims


def test_no_era_letters_or_clitic_verb_become_a_person(claims) -> None:
    assert {s for s, _, _ in claims} == {"Nefertari Sekhem"}
