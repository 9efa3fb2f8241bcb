"""One person's name across languages: given-name renderings, a woman's marked surname
beside her own given name, titles before a name."""

from __future__ import annotations

from factoid.names import given_names_equivalent, name_compatibility, parse_name


def test_slovene_and_portuguese_renderings_are_one_given_name():
    assert given_names_equivalent("Tomaž", "Thomas")
    assert given_names_equivalent("Fernão", "Ferdinand")
    assert given_names_equivalent("Fernando", "Hernando")
    assert not given_names_equivalent("Fernando", "Thomas")


def test_a_marked_surname_joins_the_unmarked_one_when_the_given_name_is_hers():
    # a Czech page marks an invented scientist's surname; the English one writes it plain
    assert name_compatibility(parse_name("Merel Brandonová"), parse_name("Merel Brandon")) >= 0.75


def test_a_marked_surname_stays_apart_from_another_given_name():
    # her father, unmarked and with a man's name the gender guess cannot read either
    assert name_compatibility(parse_name("Merel Brandonová"), parse_name("Jorn Brandon")) == 0.0


def test_a_queens_title_is_not_her_given_name():
    parts = parse_name("Rani Sunandabai")
    assert parts.given is None and parts.surname == "Sunandabai"


def test_a_hyphenated_two_syllable_given_name_follows_the_family_name():
    parts = parse_name("Pak Sun-hee")
    assert (parts.surname, parts.given, parts.surname_first) == ("Pak", "Sun-hee", True)
    assert parse_name("Anne-Marie Pak").surname == "Pak"  # Western: both halves capitalised


def test_siblings_of_one_family_name_are_not_one_person():
    assert name_compatibility(parse_name("Pak Sun-hee"), parse_name("Pak Sun-ok")) == 0.0


def test_the_display_keeps_the_family_name_first():
    from factoid.names import display_name

    assert display_name([("Pak Sun-hee", 3), ("Sun-hee", 1)]) == "Pak Sun-hee"


def test_a_capitalised_second_syllable_after_a_family_name():
    assert parse_name("Pak Sun-Hee").surname == "Pak"
    assert parse_name("Anna Smith-Jones").surname == "Smith-Jones"


def test_one_inner_vowel_apart_is_one_romanised_given_name():
    assert name_compatibility(parse_name("Tokollu Mehmed Pasha"), parse_name("Tokullu Mehmed Paşa")) >= 0.75


def test_a_first_or_last_vowel_apart_is_another_name():
    assert name_compatibility(parse_name("Daniela Brandon"), parse_name("Daniele Brandon")) == 0.0
    assert name_compatibility(parse_name("Osmanek Brandon"), parse_name("Usmanek Brandon")) == 0.0


def test_a_slovak_marked_surname_joins_her_translated_given_name():
    # an invented countess: "Alžbeta" is how Slovak writes Elizabeth, and -ová marks her
    english = parse_name("Elizabeth Korvath")
    assert name_compatibility(parse_name("Alžbeta Korvathová"), english) >= 0.75
    assert name_compatibility(parse_name("Alžbeta Korvathová"), parse_name("Stephen Korvath")) == 0.0



def test_catherine_in_the_languages_of_eastern_europe_is_one_given_name():
    for form in ("Katariina", "Katarzyna", "Kateryna", "Ekaterina", "Katalin"):
        assert given_names_equivalent(form, "Catherine"), form
    assert not given_names_equivalent("Katarzyna", "Karolina")
