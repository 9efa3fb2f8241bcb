"""A birthplace given as "the village of A near B, in C" is A, the village, not C."""

from __future__ import annotations


def places(claims):
    return [c.value for c in claims if c.property == "place_of_birth"]


def test_village_of_a_near_b_in_c(extract):
    _, _, claims = extract("John Stanley was born in 1640 in the village of Kettle Ford near Ashby, "
                           "in Leicestershire, England.")
    assert places(claims) == ["Kettle Ford"]


def test_plain_town_still_read(extract):
    _, _, claims = extract("John Stanley was born in 1640 in Prague and later moved to the town of Tabor.")
    assert places(claims) == ["Prague"]


def test_city_the_tagger_took_for_an_organisation_is_still_a_birthplace(extract):
    _, _, claims = extract("Happy Painters Day! Today's painter is Anna Visser, born on 3 May 1630 in Wuppertal, "
                           "the third child of a baker whose shop was called \"the Golden Loaf\".")
    assert places(claims) == ["Wuppertal"]
