"""A document that keeps two local persons of one name apart (a father and his son "Jr.")
has said they are two people; resolution does not join them again."""

from __future__ import annotations

from tests.test_resolve import person_of


def test_a_son_named_jr_on_his_fathers_page_stays_his_own_person():
    # an invented runner and his son, on two pages about the father
    _, who = person_of([
        ("a@0", "Tom Brackley", 8),
        ("b@0", "Tom Brackley", 6), ("b@1", "Tom Brackley Jr", 1),
    ])
    assert who["a@0"] == who["b@0"]
    assert who["b@1"] != who["b@0"]


def test_the_son_is_kept_apart_whichever_order_the_pages_come_in():
    _, who = person_of([
        ("a@0", "Tom Brackley Jr", 1), ("a@1", "Tom Brackley", 5),
        ("b@0", "Tom Brackley", 7),
    ])
    assert who["a@1"] == who["b@0"]
    assert who["a@0"] != who["a@1"]


def test_one_name_on_two_pages_is_still_one_person():
    _, who = person_of([("a@0", "Tom Brackley", 3), ("b@0", "Tom Brackley", 2), ("c@0", "Tom Brackley", 1)])
    assert who["a@0"] == who["b@0"] == who["c@0"]
