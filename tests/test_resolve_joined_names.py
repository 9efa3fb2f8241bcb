"""A two-word name that another source writes as one word ("Lakshmi Bai" ~ "Lakshmibai")."""

from __future__ import annotations

from tests.test_resolve import person_of


def test_a_one_word_spelling_joins_the_two_word_name_of_another_page():
    _, who = person_of([
        ("ru@0", "Sunanda Bai", 4),
        ("en@0", "Sunandabai", 5),
    ])
    assert who["ru@0"] == who["en@0"]


def test_a_two_word_name_does_not_join_another_two_word_name_by_its_joined_form():
    _, who = person_of([
        ("a@0", "Sunanda Bai", 4),
        ("b@0", "Sunan Dabai", 3),
    ])
    assert who["a@0"] != who["b@0"]


def test_a_one_word_name_of_another_spelling_stays_apart():
    _, who = person_of([
        ("ru@0", "Sunanda Bai", 4),
        ("en@0", "Sunandaraj", 5),
    ])
    assert who["ru@0"] != who["en@0"]
