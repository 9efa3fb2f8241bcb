"""The agent of a passive killing in the Romance languages, Romanian and French (``[killer]
by`` of each lexicon), a place in the killer's apposition, and a building's name after
"château du", on sentences about invented people written for this test."""

from __future__ import annotations

import pytest
from extract_run import extract_text

pytestmark = pytest.mark.slow


def _claims(text: str, code: str) -> set[tuple[str, str, str]]:
    _, found = extract_text(text, code)
    return {(c.subject_name, c.property, c.value) for c in found}


@pytest.mark.parametrize(("code", "text", "killer"), [
    ("fr", "Louise Martin\n\nLouise Martin est née le 1er janvier 1900 à Lyon. Arrêtée en 1943, elle est "
           "abattue le 3 mars 1944 par le SS Karl Heinz Vogel.", "Karl Heinz Vogel"),
    ("es", "Pedro Ruiz\n\nPedro Ruiz nació en Sevilla en 1900. Fue ejecutado el 3 de marzo de 1940 en Toledo "
           "por el sargento Luis Gómez.", "Luis Gómez"),
    ("it", "Marco Neri\n\nMarco Neri nacque a Pisa nel 1900. Fu ucciso nel 1940 dagli uomini di Carlo Bassi "
           "nella sua villa.", "Carlo Bassi"),
    ("pt", "João Silva\n\nJoão Silva nasceu em Braga em 1900. Foi executado em 1940 pelo soldado Rui Costa.",
     "Rui Costa"),
    ("ro", "Ana Popescu\n\nAna Popescu s-a născut la Iași în 1900. A murit în 1940, ucisă din porunca "
           "fratelui ei de oamenii lui Ion Vlad, comandantul gărzii de la Cluj.", "Ion Vlad"),
])
def test_the_agent_of_a_passive_killing_is_the_killer(code: str, text: str, killer: str) -> None:
    found = _claims(text, code)
    subject = text.split("\n")[0]
    assert (subject, "killed_by", killer) in found


def test_a_place_in_the_killers_apposition_is_not_where_she_died() -> None:
    found = _claims("Ana Popescu\n\nAna Popescu s-a născut la Iași în 1900. A murit în 1940, ucisă din porunca "
                    "fratelui ei de oamenii lui Ion Vlad, comandantul gărzii de la Cluj.", "ro")
    assert not {v for s, p, v in found if p == "place_of_death"}


def test_no_name_after_the_agent_word_gives_no_killer() -> None:
    found = _claims("Louise Martin\n\nLouise Martin est née le 1er janvier 1900 à Lyon. Elle fut assassinée "
                    "en 1944 par des soldats à Lyon.", "fr")
    assert not {v for s, p, v in found if p == "killed_by"}
    assert ("Louise Martin", "manner_of_death", "homicide") in found


def test_a_castle_after_chateau_du_is_a_building_not_a_town_of_that_name() -> None:
    found = _claims("Paul Marchand\n\nPaul Marchand naît le 3 mai 1750 au château du Guérand, près de Rodez, "
                    "fils de Jean Marchand et de Marie Vidal.", "fr")
    assert ("Paul Marchand", "place_of_birth", "Guérand castle") in found


def test_the_order_of_a_marriage_and_the_copula_stand_before_the_spouse() -> None:
    italian = _claims("Livia Orsini\n\nLivia Orsini nacque a Pisa nel 1500. Sposò in prime nozze Gianni Neri, "
                      "da cui ebbe Marco.", "it")
    assert ("Livia Orsini", "spouse", "Gianni Neri") in italian
    romanian = _claims("Ana Popescu\n\nAna Popescu s-a născut la Iași în 1900. Primul ei soț a fost Ion Vlad.", "ro")
    assert ("Ana Popescu", "spouse", "Ion Vlad") in romanian


def test_a_place_after_the_preposition_opening_a_sentence_is_not_who_was_arrested() -> None:
    found = _claims("Pedro Ruiz\n\nPedro Ruiz nació en Sevilla el 3 de mayo de 1900. En Francia fue capturado "
                    "el 8 de octubre de 1940 en el monte.", "es")
    assert ("Pedro Ruiz", "arrested", "1940-10-08") in found
    assert not {s for s, p, v in found if s == "Francia"}


def test_a_life_bracket_with_the_new_style_in_brackets_inside_is_read() -> None:
    found = _claims("Іван Петренко\n\nІван Петренко (3 травня (15 травня) 1820, с. Липове Київської губернії — "
                    "9 червня (21 червня) 1881, Санкт-Петербург) — український поет.", "uk")
    assert {("Іван Петренко", "date_of_birth", "1820-05-15"), ("Іван Петренко", "date_of_death", "1881-06-21"),
            ("Іван Петренко", "place_of_death", "Saint Petersburg")} <= found
    assert not {v for s, p, v in found if v in {"1820-05-03", "1881-06-09"}}


def test_a_ukrainian_locative_in_zi_is_put_back_to_g() -> None:
    from factoid.extract.prose_rules import place_value
    assert place_value("Гамбурзі", "uk") == "Hamburg"
    assert place_value("Празі", "uk") == "Prague"
