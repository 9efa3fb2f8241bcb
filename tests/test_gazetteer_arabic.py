"""Arabic-script place names in the gazetteer: looked up in Arabic (GeoNames' alternate
names), never through their romanisation, and given in English for a claim's value."""

from __future__ import annotations

import pytest

from factoid import gazetteer


@pytest.mark.parametrize(("arabic", "english"), [
    ("القاهرة", "Cairo"), ("بيروت", "Beirut"), ("دمشق", "Damascus"), ("حلب", "Aleppo"),
    ("القاهره", "Cairo"),  # ta marbuta written as ha
])
def test_an_arabic_city_name_gives_the_english_one(arabic, english):
    assert gazetteer.is_place_name(arabic)
    assert gazetteer.english_name(arabic) == english
    assert gazetteer.place_key(arabic) == gazetteer.place_key(english)


def test_a_romanised_arabic_name_is_no_key_of_a_latin_city():
    # "روما" (Rome) romanised letter by letter is a Serbian town's name: the keys stay apart
    assert gazetteer.place_key("روما") == gazetteer.place_key("Rome")
    assert gazetteer.place_key("Ruma") != gazetteer.place_key("Rome")


def test_latin_and_unknown_names_are_returned_as_written():
    assert gazetteer.english_name("Tikrit") == "Tikrit"
    assert gazetteer.english_name("قرية لا يعرفها أحد") == "قرية لا يعرفها أحد"
