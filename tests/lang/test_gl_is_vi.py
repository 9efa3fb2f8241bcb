"""Galician, Icelandic and Vietnamese, read by the rule-based prose reader from data alone
(lang/gl/, lang/is/, lang/vi/), on sentences about invented people written for this test."""

from __future__ import annotations

import pytest
from extract_run import extract_text

from factoid import dates, nlp
from factoid.extract.prose_rules import LANGUAGES
from factoid.ingest.language import guess_language

pytestmark = pytest.mark.slow

GALICIAN = ("Xoán Barreiro\n\n"
            "Xoán Barreiro (Lugo, 4 de xaneiro de 1802 – Ourense, 9 de outubro de 1861) foi un mestre e escritor galego.\n\n"
            "Casou en 1830 con Rosa Pombo. O matrimonio tivo tres fillos: Andrés, Lois e Carme.\n\n"
            "En 1840 os veciños prenderon o alcalde Bieito Souto, que foi aforcado na praza. "
            "Foi executado en Ourense o 9 de outubro de 1861.")

ICELANDIC = ("Sigríður Jónsdóttir\n\n"
             "Sigríður Jónsdóttir (3. mars 1850 – 12. nóvember 1921) var íslensk skáldkona.\n\n"
             "Hún fæddist árið 1850 í Reykjavík og var elst fimm systkina. "
             "Foreldrar hennar voru Jón Pétursson og Guðrún kona hans. "
             "Hún lést í Kaupmannahöfn 12. nóvember 1921.")

VIETNAMESE = ("Trần Văn Minh\n\n"
              "Trần Văn Minh (3 tháng 12 năm 1890 – 5 tháng 6 năm 1950) là một nhà thơ Việt Nam.\n\n"
              "Ông sinh ngày 3 tháng 12 năm 1890 tại Huế, trong một gia đình nhà nho.\n\n"
              "Sau khi Lê Văn Tâm bị ám sát vào năm 1930, ông rời quê. Ông bị bắt vào năm 1940. "
              "Theo một nhà sử học, ông qua đời năm 1950 gần thành phố Vinh vì bệnh lao.")


def _claims(text: str, code: str) -> set[tuple[str, str, str]]:
    _, found = extract_text(text, code)
    return {(c.subject_name, c.property, c.value) for c in found if f".{code}." in c.extractor}


def test_the_three_are_rule_languages_and_are_told_from_their_neighbours() -> None:
    assert {"gl", "is", "vi"} <= set(LANGUAGES)
    assert guess_language("Naceu nunha pequena aldea e despois foi vivir coa súa familia a Vigo, onde tamén estudou.") == "gl"
    assert guess_language("Nasceu numa pequena aldeia e depois foi viver com a sua família para o Porto, onde também estudou.") == "pt"
    assert guess_language("Nació en una pequeña aldea y después se fue a vivir con su familia a Vigo, donde también estudió.") == "es"
    assert guess_language("Hún fæddist í litlu þorpi og flutti síðar með fjölskyldu sinni til Reykjavíkur, þar sem hún lærði.") == "is"
    assert guess_language("Hon föddes i en liten by och flyttade senare med sin familj till Stockholm, där hon studerade.") == "sv"
    assert guess_language("Ông sinh ra trong một gia đình nông dân ở Huế và sau đó cùng gia đình chuyển ra Hà Nội.") == "vi"


def test_languages_spacy_cannot_tokenise_get_the_multi_language_tokenizer() -> None:
    for code in ("gl", "vi"):
        words = [t.text for t in nlp.load_language(code)("Foi executado o 12 de xuño de 1794.")]
        assert words[:3] == ["Foi", "executado", "o"]


@pytest.mark.parametrize(("text", "edtf"), [
    ("o 4 de xaneiro de 1802", "1802-01-04"),
    ("o 9 de xullo de 1861", "1861-07-09"),
    ("12. nóvember 1921", "1921-11-12"),
    ("3. ágúst 1850", "1850-08-03"),
    ("ngày 3 tháng 12 năm 1890", "1890-12-03"),
    ("vào tháng 10 năm 1945", "1945-10"),
    ("ngày 21 tháng Giêng năm 1900", "1900-01-21"),
])
def test_dates(text: str, edtf: str) -> None:
    assert [d.value.edtf for d in dates.find_dates(text)] == [edtf]


def test_vietnamese_short_year_after_nam() -> None:
    assert [d.value.edtf for d in dates.find_dates("ông qua đời năm 318 trên đường")] == ["0318"]


def test_galician_life_marriage_children_and_a_relative_clause_of_another_man() -> None:
    found = _claims(GALICIAN, "gl")
    subject = "Xoán Barreiro"
    assert {(subject, "date_of_birth", "1802-01-04"), (subject, "date_of_death", "1861-10-09"),
            (subject, "spouse", "Rosa Pombo"), (subject, "child", "Andrés"), (subject, "child", "Lois"),
            (subject, "child", "Carme"), (subject, "manner_of_death", "execution")} <= found
    assert (subject, "date_of_death", "1840") not in found


def test_icelandic_birth_parents_and_death_place() -> None:
    found = _claims(ICELANDIC, "is")
    subject = "Sigríður Jónsdóttir"
    assert {(subject, "date_of_birth", "1850-03-03"), (subject, "place_of_birth", "Reykjavík"),
            (subject, "father", "Jón Pétursson"), (subject, "mother", "Guðrún"),
            (subject, "date_of_death", "1921-11-12")} <= found


def test_vietnamese_birth_arrest_death_and_another_mans_killing() -> None:
    found = _claims(VIETNAMESE, "vi")
    subject = "Trần Văn Minh"
    assert {(subject, "date_of_birth", "1890-12-03"), (subject, "place_of_birth", "Huế"),
            (subject, "arrested", "1940"), (subject, "date_of_death", "1950-06-05"),
            (subject, "place_of_death", "Vinh"), (subject, "manner_of_death", "natural")} <= found
    assert (subject, "manner_of_death", "homicide") not in found
    assert (subject, "date_of_death", "1930") not in found
