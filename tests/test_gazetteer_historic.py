"""A place keeps the name its source gives (``gazetteer.respelled_name``), and a name's first
word alone is no match for the whole name (``gazetteer.place_key``)."""

from __future__ import annotations

import pytest

from factoid import gazetteer
from factoid.extract.prose_rules import place_value


@pytest.mark.parametrize("name", ["Constantinople", "Leningrad", "Königsberg", "Bombay"])
def test_a_former_name_stays_as_written(name):
    assert gazetteer.respelled_name(name) == name
    assert gazetteer.place_key(name).startswith("geonames:")  # still one place with its later name


@pytest.mark.parametrize(("name", "city"), [("Buda", "Budapest"), ("Altona", "Hamburg"), ("Spandau", "Berlin")])
def test_a_former_town_inside_a_city_stays_as_written(name, city):
    """Born in Buda is not born in "Budapest", a city founded in 1873; the key still joins them."""
    assert gazetteer.respelled_name(name) == name
    assert gazetteer.place_key(name) == gazetteer.place_key(city)


@pytest.mark.parametrize("name", ["Costantinopoli", "Konstantinopel"])
def test_a_translated_former_name_takes_its_english_form(name):
    assert gazetteer.respelled_name(name) == "Constantinople"
    assert gazetteer.place_key(name) == gazetteer.place_key("Istanbul")


@pytest.mark.parametrize(("name", "english"), [("Lisbonne", "Lisbon"), ("Berlino", "Berlin"), ("Moskau", "Moscow"),
                                               ("Varsovie", "Warsaw"), ("Mailand", "Milan")])
def test_an_exonym_takes_the_gazetteer_name(name, english):
    """However little the two names share: "Varsovie" and "Warsaw" are one name in two languages."""
    assert gazetteer.respelled_name(name) == english


def test_a_first_word_alone_is_another_place():
    assert gazetteer.place_key("Porto Ercole") == "name:porto ercole"
    assert gazetteer.canonical_name("Porto Ercole") == "Porto Ercole"
    assert place_value("Porto Ercole", "it") == "Porto Ercole"


def test_a_kind_of_place_after_a_town_still_names_the_town():
    assert gazetteer.place_key("Moscow Oblast") == gazetteer.place_key("Moscow")


def test_the_rule_reader_keeps_a_former_name():
    assert place_value("Constantinople", "fr") == "Constantinople"


def test_a_citys_own_name_beats_a_slightly_bigger_citys_other_name():
    """GeoNames lists "Porto" among Bordeaux's names, and Bordeaux is a little bigger: the
    city whose own name it is wins unless the other is at least twice its size."""
    assert gazetteer.canonical_name("Porto") == "Porto"
    assert gazetteer.canonical_name("Bordeaux") == "Bordeaux"
    assert gazetteer.canonical_name("Canton") == "Guangzhou"


@pytest.mark.parametrize("name", ["Thebes", "Tebas", "Theben", "Фивы"])
def test_an_ancient_name_two_cities_share_stays_in_english_not_the_greek_town(name):
    """GeoNames files "Thebes" under Thívai in Greece; Egypt's Thebes is the same word."""
    assert gazetteer.respelled_name(name) == "Thebes"
    assert place_value(name, "pt") == "Thebes"


def test_a_small_towns_other_name_is_kept_as_the_source_wrote_it():
    """GeoNames lists old German names among the alternate names of small towns of the
    Kaliningrad region: a source that says Tilsit means the Prussian town, and its value
    stays Tilsit, while its place key is still the town's, so agreement is unchanged."""
    assert gazetteer.canonical_name("Tilsit") == "Tilsit"
    assert gazetteer.canonical_name("Insterburg") == "Insterburg"
    assert gazetteer.place_key("Tilsit") == gazetteer.place_key("Sovetsk")


def test_spellings_and_big_cities_exonyms_still_give_the_gazetteers_name():
    assert gazetteer.canonical_name("Sambor") == "Sambir"  # a spelling of the town's own name
    assert gazetteer.canonical_name("Lemberg") == "Lviv"  # a city of 700,000 and its exonym
    assert gazetteer.canonical_name("Mailand") == "Milan"
