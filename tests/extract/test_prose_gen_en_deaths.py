"""Deaths in English biographies: killers listed after a group ("by four knights of A: B, C,
D and E"), a court that convicted or blamed someone of the murder, a suicide told as "took
her own life", a plague as a natural death, and a place left behind ("after years of exile in
P he returned") that is no place of the death."""

from __future__ import annotations

import pytest

from tests.extract.conftest import values

pytestmark = pytest.mark.slow


def test_killers_listed_after_a_group_of_the_passive(extract):
    _, _, claims = extract("Tom Vell was a cleric. On 29 December 1170 he was murdered in the chapel by four "
                           "knights of Henry II: Reginald Fitz, Hugh de Morvel, William de Trace and Richard "
                           "le Bret.")
    assert values(claims, "killed_by", "Tom Vell") == ["Hugh de Morvel", "Reginald Fitz", "Richard le Bret",
                                                       "William de Trace"]


def test_killers_in_apposition_to_a_plural(extract):
    _, _, claims = extract("Tom Vell was a cleric. In 1170 he was shot by two officers, Karl Manz and Otto Brill.")
    assert values(claims, "killed_by", "Tom Vell") == ["Karl Manz", "Otto Brill"]


def test_a_place_left_behind_is_no_place_of_death(extract):
    _, _, claims = extract("Tom Vell was a cleric. After six years of exile in France he returned, and on "
                           "29 December 1170 he was murdered in the chapel by Karl Manz.")
    assert not values(claims, "place_of_death", "Tom Vell")
    assert values(claims, "killed_by", "Tom Vell") == ["Karl Manz"]


def test_convicted_of_the_murder_names_the_killer(extract):
    _, _, claims = extract("Jane Holt was a British zoologist. On 3 May 1980 Holt was murdered in her hut at "
                           "Kanto. In 1981 a Kenyan court convicted her American assistant Brian Stoke of the "
                           "murder in absentia.")
    assert values(claims, "killed_by", "Jane Holt") == ["Brian Stoke"]
    assert values(claims, "sentenced", "Brian Stoke") == ["1981"]


def test_blamed_for_her_murder(extract):
    _, _, claims = extract("Jane Holt was a British zoologist. She died in 1980. An inquiry later blamed Brian "
                           "Stoke for her murder.")
    assert values(claims, "killed_by", "Jane Holt") == ["Brian Stoke"]


def test_convicted_of_another_crime_names_no_killer(extract):
    _, _, claims = extract("Jane Holt was a British zoologist. She died in 1980. In 1981 a court convicted "
                           "Brian Stoke of fraud.")
    assert not [c for c in claims if c.property == "killed_by"]


def test_took_her_own_life(extract):
    _, _, claims = extract("Mira Vane was born in 1801. She took her own life in Lyon on 10 August 1830.")
    assert values(claims, "manner_of_death", "Mira Vane") == ["suicide"]
    assert values(claims, "date_of_death", "Mira Vane") == ["1830-08-10"]
    assert values(claims, "place_of_death", "Mira Vane") == ["Lyon"]


def test_only_tried_to_take_her_own_life(extract):
    _, _, claims = extract("Mira Vane was born in 1801. In 1830 she tried to take her own life in Lyon.")
    assert not [c for c in claims if c.property in {"manner_of_death", "date_of_death"}]


def test_a_plague_is_a_natural_death(extract):
    _, _, claims = extract("Mira Vane was born in 1601. She died in Genoa, possibly in the plague of 1656.")
    assert values(claims, "manner_of_death", "Mira Vane") == ["natural"]


def test_a_comments_time_stamp_is_not_the_year_the_story_tells(extract):
    _, _, claims = extract("Jane Holt was a British zoologist. Thirty years ago today, on 27 December 1985, Jane "
                           "Holt died at Kanto.\n\n**Jonas** — December 27, 2015 at 10:14 am\n\n> Small "
                           "correction: she was killed on the night of 26 December.")
    assert values(claims, "date_of_death", "Jane Holt") == ["1985-12-26", "1985-12-27"]
