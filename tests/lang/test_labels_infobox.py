"""Infobox labels of Spanish, Italian, Polish, Czech and Arabic (``lang/<code>/labels.toml``)
through the whole extraction stage: label/value rows of invented people, written for these
tests, give the birth and death dates and places; Arabic dates in both month series."""

from __future__ import annotations

import pytest
from extract_run import extract_text

from factoid.extract.infobox import labels

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def extract():
    """(subject, property, value) of every claim of a text; quotes checked against the text."""

    def run(text: str, language: str) -> set[tuple[str, str, str]]:
        _, claims = extract_text(text, language)
        return {(c.subject_name, c.property, c.value) for c in claims}

    return run


CASES = {
    "es": ("Rodrigo Valdés Ortega\n\nNacimiento: 14 de marzo de 1872, Toledo\n"
           "Fallecimiento: 2 de junio de 1931, Valencia\nCónyuge: Elena Prieto\n\n"
           "Rodrigo Valdés Ortega fue un ingeniero de caminos.",
           "Rodrigo Valdés Ortega", "1872-03-14", "Toledo", "1931-06-02", "Valencia", "Elena Prieto"),
    "it": ("Carlo Benvenuti\n\nNascita: 9 aprile 1868, Bergamo\nMorte: 21 novembre 1940, Genova\n"
           "Coniuge: Lucia Ferri\n\nCarlo Benvenuti fu un ingegnere ferroviario.",
           "Carlo Benvenuti", "1868-04-09", "Bergamo", "1940-11-21", "Genova", "Lucia Ferri"),
    "pl": ("Marek Zieliński\n\nData urodzenia: 5 maja 1881\nMiejsce urodzenia: Lublin\n"
           "Data śmierci: 17 października 1939\nMiejsce śmierci: Poznań\nŻona: Anna Zielińska\n\n"
           "Marek Zieliński był inżynierem.",
           "Marek Zieliński", "1881-05-05", "Lublin", "1939-10-17", "Poznań", "Anna Zielińska"),
    "cs": ("Karel Dvořák\n\nDatum narození: 11. února 1877\nMísto narození: Plzeň\n"
           "Datum úmrtí: 3. srpna 1944\nMísto úmrtí: Olomouc\nManželka: Marie Dvořáková\n\n"
           "Karel Dvořák byl inženýr.",
           "Karel Dvořák", "1877-02-11", "Plzeň", "1944-08-03", "Olomouc", "Marie Dvořáková"),
    # The subject is found by the (Latin-script) name finder; the rows are Arabic. Birth in the
    # Levantine month series, death in the Egyptian one.
    "ar": ("Salim Haddad\n\nتاريخ الولادة: 12 كانون الثاني 1901\nمكان الولادة: بيروت\n"
           "تاريخ الوفاة: 3 مايو 1966\nمكان الوفاة: القاهرة\nالزوجة: ليلى حداد\n\n"
           "Salim Haddad was an engineer.",
           "Salim Haddad", "1901-01-12", "Beirut", "1966-05-03", "Cairo", "ليلى حداد"),
}


@pytest.mark.parametrize("code", sorted(CASES))
def test_separate_date_and_place_rows(extract, code):
    text, who, born, birthplace, died, deathplace, spouse = CASES[code]
    got = extract(text, code)
    assert {(who, "date_of_birth", born), (who, "place_of_birth", birthplace),
            (who, "date_of_death", died), (who, "place_of_death", deathplace),
            (who, "spouse", spouse)} <= got


@pytest.mark.parametrize(("code", "text", "who", "expected"), [
    ("ar", "Salim Haddad\n\nولد: 12 كانون الثاني 1901، بيروت\nتوفي: 3 مايو 1966، القاهرة\n\n"
           "Salim Haddad was an engineer.",
     "Salim Haddad", {("date_of_birth", "1901-01-12"), ("place_of_birth", "Beirut"),
                      ("date_of_death", "1966-05-03"), ("place_of_death", "Cairo")}),
    ("pl", "Marek Zieliński\n\nUrodzony: 2 lutego 1890, Radom\nZmarły: 30 marca 1962, Gdańsk\n\nMarek Zieliński był lekarzem.",
     "Marek Zieliński", {("date_of_birth", "1890-02-02"), ("place_of_birth", "Radom"),
                     ("date_of_death", "1962-03-30"), ("place_of_death", "Gdańsk")}),
])
def test_one_row_holds_date_and_place(extract, code, text, who, expected):
    got = extract(text, code)
    assert {(who, p, v) for p, v in expected} <= got


@pytest.mark.parametrize(("label", "kind"), [
    ("Fecha de nacimiento", "date_of_birth"), ("Lugar de fallecimiento", "place_of_death"),
    ("Luogo di nascita", "place_of_birth"), ("Onorificenze", "award"), ("Partito politico", "party"),
    ("Miejsce urodzenia", "place_of_birth"), ("Odznaczenia", "award"), ("Rodzeństwo", "sibling"),
    ("Místo úmrtí", "place_of_death"), ("Hodnost", "rank"), ("Předchůdce", "replaces"),
    ("مكان الولادة", "place_of_birth"), ("الأوسمة", "award"), ("خلفه", "replaced_by"),
])
def test_labels_of_each_language_name_their_kind(label, kind):
    assert labels.kind_of(label)[0] == kind
