"""A clipping's family paragraph: "Born in P, the daughter of an English soldier, Mr. A, ...,
she married in 1938 Lieutenant B. Their son, C, is five." The parent named after a common
noun, a partner after a date the parser took for the object of "in", and "she" for a woman
the page calls "Mrs." though the gender guess does not know her given name."""

from __future__ import annotations

import pytest

from tests.extract.conftest import values

pytestmark = pytest.mark.slow

LEAD = "HONOUR FOR A NURSE\n\nThe medal has been given to Mrs. Odette Marin, the widow from Leeds.\n\n"


def test_a_fronted_birth_names_father_partner_and_son(extract):
    _, _, claims = extract(LEAD + "Born in Paris, the daughter of an English soldier, Mr. Paul Marin, and his French "
                           "wife, she married in 1940 Lieutenant Henri Dubois of the Free French Forces. Their son, Luc, "
                           "is five.")
    assert values(claims, "father", "Odette Marin") == ["Paul Marin"]
    assert values(claims, "spouse", "Odette Marin") == ["Henri Dubois"]
    assert values(claims, "child", "Odette Marin") == ["Luc"]


@pytest.mark.parametrize("sentence", [
    "Odette Marin was born in Paris, the daughter of a tailor, Paul Marin.",
    "Odette Marin was born in Paris, the daughter of Paul Marin, a tailor.",
])
def test_the_parent_after_a_trade(extract, sentence):
    _, _, claims = extract(LEAD + sentence)
    assert values(claims, "father", "Odette Marin") == ["Paul Marin"]
    assert values(claims, "place_of_birth", "Odette Marin") == ["Paris"]


def test_a_name_after_the_trade_that_is_the_subject_is_no_parent(extract):
    _, _, claims = extract("Born in Tula, the son of a tailor, Ivan Petrov studied law in Moscow.")
    assert values(claims, "father", "Ivan Petrov") == []


def test_a_year_between_married_and_the_name(extract):
    _, _, claims = extract(LEAD + "She married in 1940 Lieutenant Henri Dubois of the Free French Forces.")
    assert values(claims, "spouse", "Odette Marin") == ["Henri Dubois"]


def test_married_in_a_place_names_no_partner(extract):
    _, _, claims = extract(LEAD + "She married in 1938 in Leeds and moved to York.")
    assert values(claims, "spouse", "Odette Marin") == []


def test_a_title_before_the_name_makes_her_a_she(extract):
    # "Odette" is not a name the gender guess knows, and the page says "he" as often as "she":
    # without the title "she" had no antecedent
    _, _, claims = extract(LEAD + "She was born in Lyon in 1915, where her father kept his bakery until he died.")
    assert values(claims, "place_of_birth", "Odette Marin") == ["Lyon"]
    assert values(claims, "date_of_birth", "Odette Marin") == ["1915"]
