"""Regnal numbers, titles after a name and a catalogue's trailing particles (names.parse,
names.match): forms of one ruler parse alike, and two rulers of one name stay two."""

from __future__ import annotations

from factoid.names import name_compatibility, parse_name


def test_a_french_ordinal_is_a_regnal_number_not_a_surname():
    fr = parse_name("Menelas Gabrou Ier")
    assert (fr.given, fr.surname, fr.number) == ("Menelas", "Gabrou", "I")
    assert name_compatibility(fr, parse_name("Menelas Gabrou I")) >= 0.75
    assert name_compatibility(fr, parse_name("Menelas Gabrou")) >= 0.75


def test_a_german_dotted_numeral_inside_the_name_is_its_number():
    p = parse_name("Harald III. Sigurdsson")
    assert (p.given, p.surname, p.number) == ("Harald", "Sigurdsson", "III")
    assert parse_name("King Harald III").number == "III"


def test_two_numbers_are_two_rulers():
    assert name_compatibility(parse_name("Harald III. Sigurdsson"), parse_name("Harald I Sigurdsson")) == 0.0
    assert name_compatibility(parse_name("Ervin II"), parse_name("Ervin IV")) == 0.0


def test_a_dotted_single_letter_stays_an_initial():
    p = parse_name("Petrenko I. V.")
    assert (p.surname, p.initials, p.number) == ("Petrenko", ("I", "V"), None)
    assert parse_name("I. Petrenko").initials == ("I",)


def test_a_title_after_the_name_is_dropped():
    p = parse_name("Rusudan Mepe")
    assert p.surname == "Rusudan" and p.given is None
    assert parse_name("Mepe").surname == "Mepe"  # alone it is the only word there is


def test_a_catalogues_trailing_particle_belongs_to_the_surname():
    p = parse_name("Berg, Cornelis Janszoon van den")
    assert (p.given, p.surname) == ("Cornelis", "van den Berg")
    assert name_compatibility(p, parse_name("Cornelis van den Berg")) >= 0.75
    assert parse_name("Berg, Cornelis").surname == "Berg"


def test_a_dictionary_head_in_capitals_with_bracketed_given_names():
    p = parse_name("MORANDI (Anna Lucia)")
    assert (p.given, p.middle, p.surname) == ("Anna", ("Lucia",), "Morandi")
    assert name_compatibility(p, parse_name("Anna Morandi")) >= 0.75
    assert parse_name("Morandi (née Rossi)").surname == "Morandi"  # an aside, as before


def test_a_one_word_name_with_a_number_is_a_given_name():
    # rulers are numbered by their given name, known to the tables or not
    parts = parse_name("Margareeta III")
    assert (parts.given, parts.surname, parts.number) == ("Margareeta", None, "III")


def test_a_title_after_a_comma_is_not_a_given_name():
    parts = parse_name("Elisabeth IV, Empress of Lusatia")
    assert (parts.given, parts.surname, parts.number) == ("Elisabeth", None, "IV")
    assert parse_name("Pedro V, Emperor").given == "Pedro"
    # a catalogue's "Surname, Given" stays a surname and a given name
    assert (parse_name("Brenner, Olof").surname, parse_name("Brenner, Olof").given) == ("Brenner", "Olof")
