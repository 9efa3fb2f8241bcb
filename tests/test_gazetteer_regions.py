"""Historical states, regions and former towns in the gazetteer (data in lang/*/places.toml)."""

from __future__ import annotations

import pytest

from factoid.gazetteer import is_country, is_place_name, place_key, places_compatible


@pytest.mark.parametrize(
    ("town", "region"),
    [
        ("Mosul", "Iraq"),  # a country's name is not shadowed by a city's alternate name
        ("Kharkiv", "Russian Empire"),
        ("Harbin", "Manchukuo"),
        ("Aleppo", "Ottoman Empire"),
        ("Königsberg", "Prussia"),
        ("Bukhara", "Khwarezm"),
        ("Minsk", "Soviet Union"),
        ("Green Bay", "Wisconsin"),
        ("Buda", "Budapest"),
    ],
)
def test_a_town_agrees_with_the_state_or_city_that_holds_it(town: str, region: str) -> None:
    assert places_compatible(town, region)
    assert places_compatible(region, town)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Mosul", "Syria"),
        ("Lyon", "Russian Empire"),
        ("Green Bay", "Ohio"),
        ("Ohio", "Texas"),
        ("Harbin", "Ottoman Empire"),
    ],
)
def test_places_outside_a_region_still_conflict(a: str, b: str) -> None:
    assert not places_compatible(a, b)


def test_historical_states_are_vague_places_and_known_names() -> None:
    assert is_country("Ottoman Empire") and is_country("Iraq")
    assert not is_country("Mosul")
    assert is_place_name("Manchukuo") and is_place_name("Holy Roman Empire")
    assert place_key("Ottoman Empire, Anatolia") == place_key("Ottoman Empire")
    assert places_compatible("Russian Empire", "Soviet Union")  # they share land


def test_georgia_the_country_keeps_its_name() -> None:
    assert places_compatible("Tbilisi", "Georgia")


@pytest.mark.parametrize(
    ("name", "head", "outer"),
    [
        ("Lipki, a village near Tula", "Lipki", ["Tula"]),
        ("the village of Ostrov near Pskov", "Ostrov", ["Pskov"]),
        ("Headingley, a suburb of Leeds", "Headingley", ["Leeds"]),
        ("Gorton, Manchester, England", "Gorton", ["Manchester", "England"]),
        ("Sao Bento in the district of Braga", "Sao Bento", ["Braga"]),
        ("the province of Sichuan", "Sichuan", []),
        ("Isle of Wight", "Isle of Wight", []),
    ],
)
def test_the_text_locates_a_place(name: str, head: str, outer: list[str]) -> None:
    from factoid.gazetteer import located

    assert located(name) == (head, outer)


def test_a_village_the_gazetteer_lacks_is_inside_what_the_text_says() -> None:
    assert places_compatible("Lipki, a village near Tula", "Tula")
    assert places_compatible("Headingley, a suburb of Leeds", "Headingley")
    assert places_compatible("Headingley, a suburb of Leeds", "United Kingdom")
    assert not places_compatible("Headingley, a suburb of Leeds", "Bristol")
    assert not places_compatible("Lipki, a village near Tula", "Kazan")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Weimar, Grand Duchy of Saxony, German Empire", "Leipzig"),  # two towns of one state
        ("Ambala, Punjab, British India", "Lucknow"),
        ("Headingley, a suburb of Leeds", "Bristol"),
        ("Ostrov, near Pskov", "Kotelnikovsky District, Volgograd Oblast"),  # the text puts it elsewhere
        ("Krasnoye, Hungary", "Volgograd Oblast"),
    ],
)
def test_a_state_or_region_the_text_names_does_not_join_two_towns(a: str, b: str) -> None:
    assert not places_compatible(a, b)
    assert not places_compatible(b, a)


@pytest.mark.parametrize(
    ("area", "village"),
    [
        ("Kotelnikovsky District, Volgograd Oblast", "Verkhnyaya Zaimka"),  # a village no gazetteer row names
        ("Russian Empire", "Verkhnyaya Zaimka"),
        ("Darke County", "Little Brookfield"),
        ("Kotelnikovsky District, Volgograd Oblast", "Verkhnyaya Zaimka, Russia"),
    ],
)
def test_an_area_may_hold_a_village_nothing_places_elsewhere(area: str, village: str) -> None:
    from factoid.gazetteer import places_may_agree

    assert places_may_agree(area, village) and places_may_agree(village, area)
    assert not places_compatible(area, village)  # not known to be one place: two values, no dispute


def test_an_area_the_text_locates_may_hold_the_towns_of_its_region() -> None:
    from factoid.gazetteer import places_may_agree

    assert places_may_agree("Kotelnikovsky District, Volgograd Oblast", "Kotelnikovo")
    assert not places_compatible("Kotelnikovsky District, Volgograd Oblast", "Kotelnikovo")
    assert places_compatible("Kotelnikovsky District, Volgograd Oblast", "Russia")


@pytest.mark.parametrize(
    ("county", "place", "same", "may"),
    [
        ("Darke County", "Ohio", True, True),  # a county is inside its state
        ("Clay County", "Missouri", True, True),  # one of the states with a Clay County
        ("Darke County", "United States", True, True),
        ("Darke County", "Texas", False, False),
        ("Darke County", "Columbus", False, True),  # a town of its state may lie in it
        ("Darke County", "Dallas", False, False),  # a town of another state does not
        ("Darke County", "Little Brookfield", False, True),  # a village nothing places
        ("Clay County, Missouri", "Nevada", False, False),
    ],
)
def test_us_counties_come_from_the_gazetteer(county: str, place: str, same: bool, may: bool) -> None:
    from factoid.gazetteer import places_may_agree

    assert places_compatible(county, place) is same and places_compatible(place, county) is same
    assert places_may_agree(county, place) is may and places_may_agree(place, county) is may


def test_two_villages_the_gazetteer_lacks_still_conflict() -> None:
    from factoid.gazetteer import places_may_agree

    assert not places_may_agree("Verkhnyaya Zaimka", "Nizhnyaya Zaimka Vtoraya")
    assert not places_may_agree("Kotelnikovsky District", "Moscow")  # a known town far from it
    assert not places_may_agree("Ostrov, near Pskov", "Kotelnikovsky District, Volgograd Oblast")


def test_breadth_tells_countries_areas_and_towns_apart() -> None:
    from factoid.gazetteer import breadth

    assert breadth("Iraq") == 0 and breadth("Ottoman Empire") == 0
    assert breadth("Darke County, Ohio") == 1 and breadth("Minsk Oblast") == 1
    assert breadth("Tikrit") == 2 and breadth("Verkhnyaya Zaimka") == 2
