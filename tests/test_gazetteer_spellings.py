"""One place in two languages' spellings is one place, even where the gazetteer lists a town of
each spelling; a place of another name stays a rival."""

from __future__ import annotations

from factoid.gazetteer import places_compatible


def test_two_spellings_of_one_name_are_one_place():
    # an English and a German source on one ancient city
    assert places_compatible("Nicomedia", "Nikomedia")
    assert places_compatible("Tyana Vetus", "Tiana Vetus")  # invented, word by word


def test_another_name_is_another_place():
    assert not places_compatible("Nicomedia", "Chalcedon")
    assert not places_compatible("Tyana Vetus", "Tiana Nova")  # every word must be a spelling of its own


def test_a_short_name_is_too_little_to_tell_spellings_by():
    assert not places_compatible("Ayr", "Air")
