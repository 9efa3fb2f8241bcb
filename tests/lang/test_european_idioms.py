"""Idioms of German, Polish and Russian biographies that the language data must read, each on a
sentence written for this test about an invented person: a German life bracket that also holds
other names and a date in both calendars, a place inside a longer name, and Russian abbreviated
months that must not end a sentence."""

from __future__ import annotations

import pytest
from extract_run import extract_text

from factoid import dates, nlp_ru

pytestmark = pytest.mark.slow


def claims_of(text: str, language: str | None = None) -> set[tuple[str, str]]:
    _, claims = extract_text(text, language)
    return {(c.property, c.value) for c in claims}


def test_a_german_date_in_both_calendars_is_one_gregorian_day() -> None:
    found = dates.find_dates("† 20. Dezember jul. / 2. Januar 1760 greg. in Riga")
    assert [d.value.edtf for d in found] == ["1760-01-02"]
    assert found[0].value.julian == "1759-12-20"


def test_a_german_life_bracket_after_other_names_gives_birth_and_death() -> None:
    text = ("Konrad Albers (auch Alberts; genannt der Schmied; * um 1702 in Hamburg; "
            "† 11. März jul. / 22. März 1761 greg. vor Helgoland) war ein Kapitän.")
    got = claims_of(text, "de")
    assert ("place_of_birth", "Hamburg") in got
    assert {v for p, v in got if p == "date_of_birth"} == {"1702~"}
    assert {v for p, v in got if p == "date_of_death"} == {"1761-03-22"}


def test_a_place_inside_an_unknown_longer_name_is_not_taken_alone() -> None:
    text = "Konrad Albers (* 4. Mai 1702 in Hamburg; † 9. Juni 1761 vor Smith Island, North Carolina) war ein Kapitän."
    got = claims_of(text, "de")
    assert ("place_of_birth", "Hamburg") in got
    assert not {v for p, v in got if p == "place_of_death"}


@pytest.mark.parametrize("text", [
    "Петр Иванович Скворцов родился в 1890 году. В апр. 1915 арестован и в мае выслан в Сибирь.",
    "Петр Иванович Скворцов родился в 1890 году. 5 дек. 1915 арестован и в мае выслан в Сибирь.",
])
def test_an_abbreviated_russian_month_does_not_end_the_sentence(text: str) -> None:
    sentences = [s.text for s in nlp_ru.parse(text).sentences]
    assert len(sentences) == 2
    got = claims_of(text)
    assert {v for p, v in got if p == "arrested"} <= {"1915-04", "1915-12-05"}
    assert len({v for p, v in got if p == "arrested"}) == 1


def russian(text: str) -> set[tuple[str, str]]:
    return claims_of(text)


@pytest.mark.parametrize(("text", "place"), [
    ("Пётр Иванович Скворцов родился в 1890 году в Виленской губернии.", "Vilna Governorate"),
    ("Пётр Иванович Скворцов родился в 1890 году в Черниговской губернии.", "Chernigov Governorate"),
])
def test_a_russian_governorate_takes_the_name_it_is_known_by(text: str, place: str) -> None:
    assert ("place_of_birth", place) in russian(text)


def test_a_death_of_an_illness_is_natural_and_a_fathers_is_not_his_sons() -> None:
    got = russian("Пётр Иванович Скворцов умер 3 мая 1950 года в Москве от рака желудка.")
    assert ("manner_of_death", "natural") in got
    got = russian("Пётр Иванович Скворцов родился в Туле. Его отец, Иван Скворцов, умер от сердечного приступа, "
                  "когда Пётр был маленьким.")
    assert not {v for p, v in got if p == "manner_of_death"}


def test_a_death_elsewhere_in_the_sentence_is_not_of_an_illness() -> None:
    got = russian("Пётр Иванович Скворцов долго страдал от болезни сердца. Андрей Козлов погиб от ран.")
    assert ("manner_of_death", "natural") not in got


def test_a_russian_execution_site_keeps_the_town_it_is_near() -> None:
    got = russian("Пётр Иванович Скворцов 3 мая 1938 года расстрелян в Левашово под Ленинградом.")
    assert ("place_of_death", "Levashovo, Leningrad") in got
    assert ("manner_of_death", "execution") in got


def test_a_russian_command_verb_a_plain_rank_number_and_a_party_field() -> None:
    got = russian("Пётр Иванович Скворцов родился в 1890 году. В 1930-1932 годах командовал войсками "
                  "Московского военного округа. Он был комиссаром государственной безопасности 3 ранга.\n\n"
                  "Партия: ВКП(б) Образование: Московский университет")
    assert ("position_held", "Commander of the Moscow Military District") in got
    assert ("military_rank", "Commissar of State Security 3rd rank") in got
    assert ("member_of_political_party", "All-Union Communist Party (Bolsheviks)") in got


def test_a_name_in_dictionary_order_that_natasha_misses_is_the_subject() -> None:
    _, claims = extract_text("Скворцов Пётр Иванович (1890-1938) – военачальник. В 1930-1932 годах командовал "
                             "войсками Московского военного округа.")
    held = [c for c in claims if c.property == "position_held"]
    assert held and held[0].subject_name.startswith("Скворцов")


def test_a_page_is_about_the_person_it_names_most() -> None:
    text = ("В 1929 г. Троцкий попытался использовать своего знакомого Я.Г. Скворцова. Этот бывший эсер "
            "служил в ВЧК. Однако миссия Скворцова была раскрыта, а Скворцов был выдан. Чекист был арестован "
            "и расстрелян.")
    _, claims = extract_text(text)
    manners = [c for c in claims if c.property == "manner_of_death"]
    assert manners and all("Скворцов" in c.subject_name for c in manners)


@pytest.mark.parametrize(("translated", "english"), [
    ("Harald le Grand", "Harald the Great"),
    ("Harald der Große", "Harald the Great"),
    ("Harald el Conquistador", "Harald the Conqueror"),
    ("Harald il Magnifico", "Harald the Magnificent"),
])
def test_a_translated_epithet_parses_as_the_english_one(translated: str, english: str) -> None:
    from factoid import resolve

    assert resolve._parse(translated) == resolve._parse(english)
    assert resolve._parse("Harald Larsen").surname == "Larsen"


@pytest.mark.parametrize(("text", "code"), [
    ("Marie Lefort est née le 3 mai 1720 à Paris. Elle meurt des suites d'un accouchement le 4 juin 1750 à Nancy.", "fr"),
    ("Anna Berger wurde am 3. Mai 1820 in Bonn geboren. Sie starb am 9. Juni 1851 in Bonn im Kindbett.", "de"),
    ("Giulia Rossi nacque a Milano nel 1820. Morì di parto a Roma nel 1851.", "it"),
    ("Lucía Ortega nació en Sevilla en 1820. Murió de neumonía en Madrid en 1851.", "es"),
])
def test_a_death_of_childbirth_or_fever_is_natural(text: str, code: str) -> None:
    assert ("manner_of_death", "natural") in claims_of(text, code)


def test_a_russian_son_of_a_name_in_the_genitive_names_a_parent() -> None:
    _, claims = extract_text("Олег Иванович Сидоров был сыном Петра Сидорова. Анна Олеговна Сидорова, дочь Марии "
                             "Ивановой, родилась в 1900 году. Старший сын Сидорова Яков погиб в плену.")
    got = {(c.subject_name.split()[0], c.property, c.value) for c in claims}
    assert ("Олег", "father", "Petr Sidorov") in got
    assert ("Анна", "mother", "Mariya Ivanova") in got or ("Анна", "mother", "Maria Ivanova") in got
    assert not any(p == "father" and s == "Яков" for s, p, _ in got)


def test_a_surname_in_the_genitive_after_initials_is_the_mans_own() -> None:
    text = ("В 1929 г. Троцкий попытался использовать работника ОГПУ Я.Г. Скворцова. Однако миссия Скворцова "
            "была раскрыта, а Скворцов был выдан. Чекист был арестован и расстрелян.")
    _, claims = extract_text(text)
    assert {c.subject_name for c in claims if c.property == "manner_of_death"} == {"Я.Г. Скворцов"}
