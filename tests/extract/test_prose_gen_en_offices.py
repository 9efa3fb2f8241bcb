"""Offices of English biographies: a ruler's title set between commas after the subject's
name ("A, the Rani of X, was ..."), the title of a spouse one married, "succeeded A as
Archbishop of X" (the successor's), a bare title after "and" ("became Archdeacon of X in
1154 and Lord Chancellor in 1155"), and a lifespan after a wiki link to a namesake father."""

from __future__ import annotations

import pytest

from tests.extract.conftest import values

pytestmark = pytest.mark.slow


def test_a_title_in_apposition_after_the_opening_name(extract):
    _, _, claims = extract("Lakshmi Vell, the Rani of Kandpur, was one of the leaders of the rising of 1857.")
    assert values(claims, "position_held", "Lakshmi Vell") == ["Rani of Kandpur"]


def test_the_title_of_the_one_she_married_is_not_hers(extract):
    _, _, claims = extract("Lakshmi Vell was born in 1828 in Pune. In 1842 she was married with the Maharaja of "
                           "Kandpur, Gopal Rao.")
    assert not values(claims, "position_held", "Lakshmi Vell")


def test_succeeded_as_is_the_successors_office(extract):
    _, _, claims = extract("Tom Vell was born in York in 1118. In 1162 he succeeded Bishop Aldo Brun as "
                           "Archbishop of Wessex, an office he held until his death.")
    assert values(claims, "position_held", "Tom Vell") == ["Archbishop of Wessex"]
    assert not values(claims, "position_held", "Aldo Brun")


def test_a_bare_title_after_and(extract):
    _, _, claims = extract("Tom Vell was born in York in 1118. He became Archdeacon of Wessex in 1154 and "
                           "Lord Chancellor in 1155.")
    assert values(claims, "position_held", "Tom Vell") == ["Archdeacon of Wessex", "Lord Chancellor"]


def test_a_wiki_linked_namesake_fathers_lifespan_is_his(extract):
    _, _, claims = extract("'''Anna Lomi''' (8 July 1593 – c. 1656) was an Italian painter. She was born in "
                           "Rome, the eldest child of the painter [[Orazio Lomi]] (1563–1639) and Prudenzia "
                           "Mont, who died in 1605.")
    assert "1563" not in values(claims, "date_of_birth", "Anna Lomi")
    assert "1639" not in values(claims, "date_of_death", "Anna Lomi")


def test_an_office_held_together_with_a_co_ruler_ends_before_together(extract):
    _, _, claims = extract("Mira Vane was born in 69 BC in Alexandria. When her father died in 51 BC, Mira became "
                           "Queen of Egypt together with her younger brother Tolo, whom she married.")
    assert values(claims, "position_held", "Mira Vane") == ["Queen of Egypt"]
