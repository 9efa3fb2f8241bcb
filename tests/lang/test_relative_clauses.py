"""A relative clause after a comma is about the name right before the comma, in every rule
language that lists its relative pronouns (``[reader] relative``): "..., Y, die in 1850
overleed" is Y's death, not the page subject's. Sentences invented for this test."""

from __future__ import annotations

import pytest
from extract_run import extract_text

pytestmark = pytest.mark.slow

CASES = {
    "nl": "Pieter Boom\n\nPieter Boom was een Nederlandse schilder. Hij was de zoon van Jan Boom en Maria Jansen, die in 1850 overleed.",
    "de": "Karl Berger\n\nKarl Berger war ein deutscher Maler. Er war der Sohn von Hans Berger und Anna Roth, die 1850 starb.",
    "sv": "Karl Berg\n\nKarl Berg var en svensk målare. Han var son till Hans Berg och Anna Roth, som dog 1850.",
    "fr": "Pierre Dubois\n\nPierre Dubois était un peintre français. Il était le fils de Jean Dubois et de Marie Petit, qui mourut en 1850.",
}


@pytest.mark.parametrize("code", sorted(CASES))
def test_the_relative_clause_belongs_to_the_name_before_its_comma(code: str) -> None:
    _, found = extract_text(CASES[code], code)
    subject = CASES[code].split("\n")[0]
    mine = {(c.subject_name, c.property, c.value) for c in found if f".{code}." in c.extractor}
    assert (subject, "date_of_death", "1850") not in mine
    assert any(p == "date_of_death" and v == "1850" and s != subject for s, p, v in mine)


#: One sentence per language and the claim it must give: (language, text, (subject, property, value)).
FOUND = [
    pytest.param("fr", "Pierre Dubois\n\nPierre Dubois, qui mourut à Lyon en 1870, était un peintre français.",
                 ("Pierre Dubois", "date_of_death", "1870"), id="relative-clause-after-the-subject-stays-the-subjects"),
    pytest.param("pl", "Jan Kowal\n\nJan Kowal był polskim malarzem. Zmarł w 1920 roku w okolicach Krakowa.",
                 ("Jan Kowal", "place_of_death", "Kraków"), id="polish-place-in-the-surroundings-of-a-town"),
    pytest.param("nl", "Greet Smit\n\nGreet Smit was een Nederlandse zangeres. Op 3 mei 1920 veroordeelde de rechtbank haar.",
                 ("Greet Smit", "sentenced", "1920-05-03"), id="dutch-past-tense-with-the-court-as-subject"),
    pytest.param("ca", "Pau Tul·là\n\nPau Tul·là (Girona, 3 de gener de 1806 – Lleida, 7 de desembre de 1843) fou un polític.",
                 ("Pau Tul·là", "date_of_birth", "1806-01-03"), id="catalan-name-keeps-its-middle-dot"),
    pytest.param("ca", "Pere Riba\n\nPere Riba fou un pintor.\n\nEs va casar amb Anna Puig l'any 1880.",
                 ("Pere Riba", "spouse", "Anna Puig"), id="catalan-marriage-with-the-auxiliary-before-the-verb"),
    pytest.param("nl", "Karin Lund\n\nKarin Lund was een Nederlandse schrijfster. Haar moeder heette Greta Holm.",
                 ("Karin Lund", "mother", "Greta Holm"), id="parent-named-after-a-verb-of-naming"),
]


@pytest.mark.parametrize(("code", "text", "claim"), FOUND)
def test_the_sentence_gives_its_claim(code: str, text: str, claim: tuple[str, str, str]) -> None:
    _, found = extract_text(text, code)
    assert claim in {(c.subject_name, c.property, c.value) for c in found}


def test_spanish_bracket_near_a_town_and_marriage_without_a_named_subject() -> None:
    text = ("Luis Vega\n\nLuis Vega (cerca de Toledo, 2 de mayo de 1850 – Sevilla, 4 de junio de 1910) fue un pintor. "
            "Se casó dos veces: con Ana Ruiz en 1875 y con Elena Sanz en 1890.")
    _, found = extract_text(text, "es")
    got = {(c.subject_name, c.property, c.value) for c in found}
    assert {("Luis Vega", "date_of_birth", "1850-05-02"), ("Luis Vega", "place_of_birth", "Toledo"),
            ("Luis Vega", "spouse", "Ana Ruiz")} <= got
