"""Welsh and Basque, read by the rule-based prose reader from data alone (lang/cy/, lang/eu/),
on sentences about invented people written for this test; Basque dates glue case endings to
the numbers ("1852ko martxoaren 4a", "1910ean")."""

from __future__ import annotations

import pytest
from extract_run import extract_text

from factoid import dates
from factoid.extract.prose_rules import LANGUAGES
from factoid.ingest.language import guess_language

pytestmark = pytest.mark.slow

WELSH = ("Elin ferch Owain\n\n"
         "Roedd Elin ferch Owain (tua 1340 – 3 Mawrth 1402) yn fardd o Gymru. "
         "Fe'i ganwyd yn Harlech neu yn Llanbedr.\n"
         "Ei thad oedd Owain ap Dafydd, a'i mam oedd Gwenllian ferch Rhys. "
         "Roedd ganddi chwaer iau, Nest, a brawd, Iolo, a fu farw'n blentyn.\n"
         "Priododd Hywel ap Ieuan ym 1360. Ymhlith ei phlant yr oedd Morfudd a Siôn. "
         "Bu'n athrawes yn y dref o 1370 hyd 1380.\n"
         "Bu farw yn Abaty Ystrad Fflur, a chladdwyd hi yno.")

BASQUE = ("Mikel Arozena\n\n"
          "Mikel Arozena, Lizarrako markesa (Pau ondoan, 1752ko martxoaren 4a – Brest, 1810) "
          "itsas armadako ofiziala izan zen.\n"
          "1780an Parisera joan zen. 1810ean gaixotasun baten ondorioz hil zen.\n"
          "Bere emaztea Ane Dupuy izan zen.")


def _claims(text: str, code: str) -> set[tuple[str, str, str]]:
    _, found = extract_text(text, code)
    return {(c.subject_name, c.property, c.value) for c in found if f".{code}." in c.extractor}


def test_welsh_and_basque_are_rule_languages_told_from_their_neighbours() -> None:
    assert {"cy", "eu"} <= set(LANGUAGES)
    assert guess_language("Ganwyd hi ym Mangor ac roedd ei thad yn weinidog gyda'r Methodistiaid.") == "cy"
    assert guess_language("Baionan jaio zen eta gero Parisera joan zen bere familiarekin.") == "eu"
    assert guess_language("Nació en una pequeña aldea y después se fue a vivir con su familia a Vigo.") == "es"
    assert guess_language("Nacque in un piccolo villaggio della provincia e poi si trasferì con la sua famiglia "
                          "a Roma, dove studiò per molti anni.") == "it"
    assert guess_language("Nasceu numa pequena aldeia e depois foi viver com a sua família para o Porto.") == "pt"
    assert guess_language("Hon föddes i en liten by och flyttade senare med sin familj till Stockholm.") == "sv"


@pytest.mark.parametrize(("text", "edtf"), [
    ("1 Ebrill 1536", "1536-04-01"),
    ("ym mis Fawrth 1850", "1850-03"),
    ("9 Dachwedd 1901", "1901-11-09"),
    ("1841eko abuztuaren 12a", "1841-08-12"),
    ("1902ko martxoaren 5ean hil zen", "1902-03-05"),
    ("1850eko urrian", "1850-10"),
    ("1688an bi ontziak", "1688"),
])
def test_dates(text: str, edtf: str) -> None:
    assert [d.value.edtf for d in dates.find_dates(text)] == [edtf]


def test_a_number_with_a_letter_glued_on_is_still_no_year_in_other_words() -> None:
    assert [d.value.edtf for d in dates.find_dates("Psalm 1688b is short")] == []


def test_welsh_life_birthplaces_parents_siblings_marriage_children_and_death_place() -> None:
    found = _claims(WELSH, "cy")
    subject = "Elin ferch Owain"
    assert {(subject, "date_of_birth", "1340~"), (subject, "date_of_death", "1402-03-03"),
            (subject, "place_of_birth", "Harlech"), (subject, "place_of_birth", "Llanbedr"),
            (subject, "father", "Owain ap Dafydd"), (subject, "mother", "Gwenllian ferch Rhys"),
            (subject, "sibling", "Nest"), (subject, "sibling", "Iolo"), (subject, "spouse", "Hywel ap Ieuan"),
            (subject, "child", "Morfudd"), (subject, "child", "Siôn")} <= found
    # "a fu farw'n blentyn" is the brother's death; "bu'n athrawes" (she was a teacher) is none
    assert not {v for s, p, v in found if p == "date_of_death"} - {"1402-03-03"}


def test_basque_life_after_a_title_and_a_spouse() -> None:
    found = _claims(BASQUE, "eu")
    subject = "Mikel Arozena"
    assert {(subject, "date_of_birth", "1752-03-04"), (subject, "date_of_death", "1810"),
            (subject, "place_of_birth", "Pau"), (subject, "manner_of_death", "natural"),
            (subject, "spouse", "Ane Dupuy")} <= found
    assert (subject, "date_of_death", "1780") not in found
