"""Fixes of non-English prose readers (data of lang/<code>/ and the list reader), each on
sentences about invented people written for this test: a later finding about a body is
not the death; lists of relatives with descriptions between the names; rival birthplaces;
killings, causes of death and spouses the readers used to miss."""

from __future__ import annotations

import pytest
from extract_run import extract_text

from factoid import dates

pytestmark = pytest.mark.slow


def _claims(text: str, code: str) -> set[tuple[str, str, str]]:
    _, found = extract_text(text, code)
    return {(c.subject_name, c.property, c.value) for c in found if f".{code}." in c.extractor}


DUTCH = ("Pieter Vos\n\n"
         "Pieter Vos (Leiden, 3 mei 1801 – Delft, 9 juni 1860) was een Nederlandse arts.\n\n"
         "In 1830 trouwde hij met Anna Smit. Het echtpaar kreeg drie kinderen, onder wie de zoon Klaas en de dochter Mies.\n\n"
         "Volgens de artsen stierf hij aan bloedvergiftiging. Bij een onderzoek van zijn graf in 1950 bleek echter: "
         "hij werd doodgeslagen.")


def test_dutch_a_later_finding_about_the_body_is_not_the_death() -> None:
    found = _claims(DUTCH, "nl")
    subject = "Pieter Vos"
    assert (subject, "date_of_death", "1950") not in found
    assert {(subject, "manner_of_death", "natural"), (subject, "manner_of_death", "homicide")} <= found


def test_dutch_spouse_after_the_pronoun_and_children_among_others() -> None:
    found = _claims(DUTCH, "nl")
    subject = "Pieter Vos"
    assert {(subject, "spouse", "Anna Smit"), (subject, "child", "Klaas"), (subject, "child", "Mies")} <= found


@pytest.mark.parametrize(("code", "text", "year"), [
    ("de", "Karl Brandt\n\nKarl Brandt (* 3. Mai 1850 in Köln; † 4. Juni 1900 in Bonn) war ein Maler.\n\n"
           "Eine Untersuchung seines Grabes ergab 1960, dass er ermordet worden war.", "1960"),
    ("fr", "Jean Marty\n\nJean Marty (3 mai 1850 – 4 juin 1900) était un peintre.\n\n"
           "L'examen de sa tombe en 1960 montra qu'il avait été empoisonné.", "1960"),
    ("sv", "Lars Berg\n\nLars Berg (född 3 maj 1850 i Uppsala, död 4 juni 1900 i Lund) var en målare.\n\n"
           "En undersökning av graven visade 1960 att han blivit mördad.", "1960"),
])
def test_that_before_a_pronoun_ends_the_clause_of_the_finding(code: str, text: str, year: str) -> None:
    found = _claims(text, code)
    assert not any(prop == "date_of_death" and value == year for _, prop, value in found)


GERMAN = ("Anna Weber\n\n"
          "Anna Weber (* 1120 in Niederdorf vor der Höhe oder in Oberdorf; † 3. Mai 1181 im Kloster Lindenberg "
          "bei Koblenz am Rhein) war eine Nonne.\n\n"
          "Von ihren Geschwistern sind unter anderem Paul, später Pfarrer in Trier, Ludwig, Arzt in Bonn, und Greta, "
          "die ihr nach Bonn folgte, bekannt.\n\n"
          "Im Alter von acht Jahren kam sie zu ihrer Tante.")


def test_german_life_bracket_with_articles_in_a_place_name_and_a_convent() -> None:
    found = _claims(GERMAN, "de")
    subject = "Anna Weber"
    assert {(subject, "date_of_birth", "1120"), (subject, "date_of_death", "1181-05-03"),
            (subject, "place_of_death", "Kloster Lindenberg")} <= found
    assert not any(prop.startswith("place") and value == "Alter" for _, prop, value in found)


def test_german_siblings_listed_with_what_became_of_each() -> None:
    found = _claims(GERMAN, "de")
    assert {("Anna Weber", "sibling", name) for name in ("Paul", "Ludwig", "Greta")} <= found
    assert not any(prop == "sibling" and value in {"Trier", "Arzt", "Bonn"} for _, prop, value in found)


POLISH = ("Zofia Lisowska\n\n"
          "Zofia Lisowska (ur. 5 maja 1913 w Krakowie, zm. 9 listopada 1979 w Detroit) – polska lekkoatletka.\n\n"
          "Była córką Jana i Marii Lisowskich. W 1950 wyszła za mąż za Adama Nowaka. "
          "W dawnych słownikach jako miejsce urodzenia Lisowskiej podaje się Tarnów.\n\n"
          "Zginęła w Detroit, postrzelona przez złodzieja.")


def test_polish_rival_birthplace_spouse_and_a_shooting() -> None:
    found = _claims(POLISH, "pl")
    subject = "Zofia Lisowska"
    assert {(subject, "place_of_birth", "Kraków"), (subject, "place_of_birth", "Tarnów"),
            (subject, "spouse", "Adama Nowaka"), (subject, "manner_of_death", "homicide")} <= found


def test_polish_family_named_in_the_plural_genitive() -> None:
    from factoid.extract.prose_rules import nominative

    assert nominative("Marii Lisowskich", "pl", "genitive_female") != "Marii Lisowskich"
    assert nominative("Weroniki Nowaków", "pl", "genitive_female") == "Weronika Nowak"


def test_swedish_shot_dead() -> None:
    text = ("Lars Berg\n\nLars Berg (född 3 maj 1850 i Uppsala, död 4 juni 1900 i Lund) var en målare.\n\n"
            "Berg sköts ihjäl under ett rånförsök i Lund.")
    found = _claims(text, "sv")
    assert {("Lars Berg", "place_of_death", "Lund"), ("Lars Berg", "manner_of_death", "homicide")} <= found


def test_italian_death_after_a_year_in_a_villa() -> None:
    assert [d.value.edtf for d in dates.find_dates("morì dopo il 331, forse")] == ["0331"]
    text = ("Giulia Rossi\n\nGiulia Rossi nacque a Verona nel 1850 e morì dopo il 1921, forse nella sua villa di Como.\n\n"
            "Secondo Tacito, invece, fu avvelenata.")
    found = _claims(text, "it")
    assert {("Giulia Rossi", "date_of_death", "1921"), ("Giulia Rossi", "place_of_death", "Como")} <= found
    assert not any(name.startswith("Secondo") for name, _, _ in found)


def test_french_marie_is_a_mother_and_the_town_of_a_wedding_no_spouse() -> None:
    text = ("Jeanne Roux\n\nJeanne Roux est née le 14 avril 1907 à Lyon. Elle était la fille de Paul Roux, "
            "peintre, et de Marie Louise Blanc, chanteuse.\n\n"
            "En 1938, elle épouse à Lyon son cousin Victor Blanc, médecin.\n\n"
            "En 1950, elle se marie avec Jean Dufour.")
    found = _claims(text, "fr")
    spouses = {value for name, prop, value in found if prop == "spouse" and name == "Jeanne Roux"}
    assert spouses == {"Victor Blanc", "Jean Dufour"}


def test_spanish_marriage_contracted_and_children_had_with_the_spouse() -> None:
    text = ("José Pérez\n\nJosé Pérez (Lima, 2 de abril de 1741 – Arequipa, 6 de junio de 1790) fue un cacique.\n\n"
            "Fue hijo de Miguel Pérez. En 1765 contrajo matrimonio con Ana Ruiz, con quien tuvo tres hijos: "
            "Juan, Pedro y Luis.")
    found = _claims(text, "es")
    subject = "José Pérez"
    assert {(subject, "spouse", "Ana Ruiz"), (subject, "child", "Juan"), (subject, "child", "Pedro"),
            (subject, "child", "Luis")} <= found
    assert not any(name == "Ana Ruiz" and prop == "child" for name, prop, _ in found)


def test_romanian_sentences_opening_with_the_auxiliary() -> None:
    text = ("Ion Popescu\n\nIon Popescu (n. 3 mai 1850, Iași – d. 4 iunie 1910, București) a fost un scriitor român.\n\n"
            "A fost fiul lui Gheorghe Popescu și al Mariei Popescu. În 1880 s-a căsătorit cu Ana Ionescu.\n\n"
            "A murit la București, la 4 iunie 1910, de tuberculoză.")
    found = _claims(text, "ro")
    subject = "Ion Popescu"
    assert {(subject, "father", "Gheorghe Popescu"), (subject, "mother", "Maria Popescu"),
            (subject, "spouse", "Ana Ionescu"), (subject, "manner_of_death", "natural")} <= found


def test_turkish_copula_glued_to_a_parents_name() -> None:
    from factoid.extract.prose_rules import nominative

    assert nominative("Ayten Hanım'dır", "tr") == "Ayten Hanım"
    assert nominative("Kemal Bey’dir", "tr") == "Kemal Bey"
    assert nominative("Kemal Bey", "tr") == "Kemal Bey"


def test_a_list_closed_by_and_is_no_description() -> None:
    text = ("Marco Bianchi\n\nMarco Bianchi (Genova, 3 maggio 1850 – Roma, 4 giugno 1910) fu un marinaio.\n\n"
            "Ebbe tre fratelli: Luca, Paolo e Pietro, tutti marinai.")
    found = _claims(text, "it")
    assert {("Marco Bianchi", "sibling", name) for name in ("Luca", "Paolo", "Pietro")} <= found
