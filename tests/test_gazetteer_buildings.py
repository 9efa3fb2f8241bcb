"""Buildings as places: a palace, prison or garden is inside some town the gazetteer cannot
tell, so it is a value beside that town, not a rival of it."""

from __future__ import annotations

import pytest

from factoid.gazetteer import is_building, places_may_agree


@pytest.mark.parametrize("name", ["Winter Palace", "Reading Gaol", "Kew Gardens", "Tower of London",
                                  "Sugar House prison", "Winter Palace, Saint Petersburg"])
def test_named_buildings(name):
    assert is_building(name)


@pytest.mark.parametrize("name", ["Temple", "Palace", "Castlebar", "Bristol", "Newcastle upon Tyne", "Garden City"])
def test_towns_and_bare_words_are_not_buildings(name):
    assert not is_building(name)


def test_a_building_and_a_town_are_not_a_dispute():
    assert places_may_agree("Reading Gaol", "Leeds")
    assert places_may_agree("Kew Gardens", "Reading Gaol")


def test_a_building_the_text_puts_in_another_town_conflicts():
    assert not places_may_agree("Winter Palace, Saint Petersburg", "Moscow")
    assert places_may_agree("Winter Palace, Saint Petersburg", "Saint Petersburg")
    assert not places_may_agree("Tower of London", "Paris")


def test_two_towns_still_conflict():
    assert not places_may_agree("Bristol", "Leeds")
