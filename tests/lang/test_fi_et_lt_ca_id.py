"""Finnish, Estonian, Lithuanian, Catalan and Indonesian, read by the rule-based prose reader
from data alone (lang/<code>/), on short biographies of invented people written for this test:
birth and death with date and place (a place in the inessive or locative without a
preposition, put back when the gazetteer knows it), the manner of death and a spouse."""

from __future__ import annotations

import pytest
from extract_run import extract_text

from factoid import dates
from factoid.extract.prose_rules import LANGUAGES
from factoid.ingest.language import guess_language

pytestmark = pytest.mark.slow

PAGES = {
    "fi": ("Aarne Virtala\n\nAarne Virtala oli suomalainen kirjailija. Hän syntyi 4. maaliskuuta 1880 Tampereella. "
           "Hän kuoli 2. lokakuuta 1931 Helsingissä sydänkohtaukseen."),
    "et": ("Jaan Kuusk\n\nJaan Kuusk oli eesti luuletaja. Ta sündis 4. märtsil 1880 Pärnus ning suri "
           "2. oktoobril 1931 Tallinnas tuberkuloosi tõttu."),
    "lt": ("Jonas Beržinis\n\nJonas Beržinis buvo lietuvių poetas. Jis gimė 1880 m. kovo 4 d. Kaune. "
           "Jis mirė 1931 m. spalio 2 d. Vilniuje nuo tuberkuliozės."),
    "ca": ("Jordi Puigvert\n\nJordi Puigvert fou un poeta català. Va néixer el 4 de març de 1880 a Girona. "
           "Els seus pares també van viure amb ell a Vic, però després es van traslladar. "
           "Va morir el 2 d'octubre de 1931 a Barcelona a causa d'una malaltia del cor."),
    "id": ("Budi Santoso\n\nBudi Santoso adalah seorang penyair. Ia lahir pada 4 Maret 1880 di Bandung. "
           "Ia meninggal pada 2 Oktober 1931 di Surabaya karena penyakit jantung."),
}
PLACES = {"fi": ("Tampere", "Helsinki"), "et": ("Pärnu", "Tallinn"), "lt": ("Kaunas", "Vilnius"),
          "ca": ("Girona", "Barcelona"), "id": ("Bandung", "Surabaya")}


@pytest.mark.parametrize("code", sorted(PAGES))
def test_a_rule_language_told_by_its_function_words(code: str) -> None:
    assert code in LANGUAGES
    assert guess_language(PAGES[code].split("\n\n", 1)[1]) == code


@pytest.mark.parametrize("code", sorted(PAGES))
def test_birth_and_death_with_dates_places_and_an_illness(code: str) -> None:
    _, found = extract_text(PAGES[code], code)
    subject = PAGES[code].split("\n", 1)[0]
    claims = {(c.subject_name, c.property, c.value) for c in found if f".{code}." in c.extractor}
    born, died = PLACES[code]
    assert {(subject, "date_of_birth", "1880-03-04"), (subject, "place_of_birth", born),
            (subject, "date_of_death", "1931-10-02"), (subject, "place_of_death", died),
            (subject, "manner_of_death", "natural")} <= claims


def test_lithuanian_year_first_dates_and_the_year_word_is_no_death() -> None:
    assert [d.value.edtf for d in dates.find_dates("1880 m. kovo 4 d.")] == ["1880-03-04"]
    assert [d.value.edtf for d in dates.find_dates("1880 m. kovo mėn.")] == ["1880-03"]


@pytest.mark.parametrize(("text", "code", "subject"), [
    ("Hannes Kask\n\nHannes Kask oli eesti luuletaja. Hannes sündis 4. märtsil 1880. Ta suri 2. oktoobril 1931 "
     "Tallinnas.", "et", "Hannes Kask"),
    ("Camilla Lind\n\nCamilla Lind oli suomalainen kirjailija. Camilla syntyi 4. maaliskuuta 1880. Hän kuoli "
     "2. lokakuuta 1931 Helsingissä.", "fi", "Camilla Lind"),
])
def test_a_given_name_ending_like_a_place_before_its_verb_is_no_place(text: str, code: str, subject: str) -> None:
    _, found = extract_text(text, code)
    claims = {(c.subject_name, c.property, c.value) for c in found if f".{code}." in c.extractor}
    assert not {v for s, p, v in claims if p == "place_of_birth"}
    assert (subject, "date_of_birth", "1880-03-04") in claims


def test_catalan_told_from_spanish_by_its_own_words_and_its_bc_dates() -> None:
    """A Catalan page shares most short words with Spanish and French: the words only Catalan
    writes tell it; "3 de gener de 106 aC" is a date before the Common Era."""
    text = ("Polític i escriptor. Va ser fill d'una família de pagesos i germà de la poeta. Es va casar amb "
            "la filla d'un metge, amb qui va tenir dos fills, i més tard va viure a la seva vil·la.")
    assert guess_language(text) == "ca"
    assert [d.value.edtf for d in dates.find_dates("3 de gener de 106 aC")] == ["-0105-01-03"]
    assert [d.value.edtf for d in dates.find_dates("7 de diciembre de 43 a. C.")] == ["-0042-12-07"]
