"""A declined place put back in the nominative picks a city by its own name, never another
city that lists the stripped form among its alternate names or codes (prose_rules.place_value)."""

from __future__ import annotations

import pytest

from factoid import gazetteer
from factoid.extract.prose_rules import place_value


@pytest.mark.parametrize("written, code, expected", [
    ("Trnave", "sk", "Trnava"),  # Tirana, far bigger, lists "Trnava" among its names
    ("Tartus", "et", "Tartu"),  # Estonian "in Tartu"; "Tartus" is also the Syrian port
    ("Bratislave", "sk", "Bratislava"),
    ("Krakowie", "pl", "Kraków"),
    ("Praze", "cs", "Prague"),  # no city owns "Praha": the alternate name still serves
])
def test_a_declined_city_is_read_by_its_own_name(written, code, expected):
    assert place_value(written, code) == expected


def test_a_stripped_ending_never_leaves_a_code_of_another_city():
    """Slovene "Novem" (in "Novem mestu") stripped of "-em" is "Nov", a code Huambo lists."""
    assert gazetteer.is_place_name("Nov")
    assert place_value("Novem", "sl") == "Novem"


def test_a_name_known_as_written_stays_unless_a_city_owns_its_nominative():
    assert place_value("Tartus", "en") != "Tartu"  # English declines nothing
    assert place_value("Mailand", "de") == "Milan"


def test_own_name_keeps_the_letters():
    assert gazetteer.own_name("Trnava") == "Trnava"
    assert gazetteer.own_name("Tartus") is None  # Ţarţūs's own name has other letters
    assert gazetteer.respelled_name("Trnava", own_first=True) == "Trnava"
