"""Kinship phrasings of English biographies: parents listed after "born to" when one shares
the subject's surname, "and his wife B" among the parents, "her father's name was A" (and a
translation's "her father name was A"), and a plural kinship noun set before a list of names
("her younger brothers A, B and C")."""

from __future__ import annotations

import pytest

from tests.extract.conftest import values

pytestmark = pytest.mark.slow


def test_a_namesake_father_keeps_his_place_before_the_mother(extract):
    _, _, claims = extract('Dora Quill was an American botanist. She was born in Boston to George Edward '
                           'Quill III, an insurance agent, and Kathryn "Kitty" Moss, a fashion model.')
    assert values(claims, "father", "Dora Quill") == ["George Edward Quill III"]
    assert values(claims, "mother", "Dora Quill") == ['Kathryn "Kitty" Moss']


def test_his_wife_among_the_parents_is_the_mother(extract):
    _, _, claims = extract("Tom Vell was born in York in 1118 to Gilbert Vell, a wool trader, and his wife "
                           "Agnes Hart.")
    assert values(claims, "father", "Tom Vell") == ["Gilbert Vell"]
    assert values(claims, "mother", "Tom Vell") == ["Agnes Hart"]


def test_a_parents_name_was(extract):
    _, _, claims = extract("Anna Vell was born in 1828 in Pune. Her father's name was Moro Tambe and her "
                           "mother's name was Bhagi Sapre.")
    assert values(claims, "father", "Anna Vell") == ["Moro Tambe"]
    assert values(claims, "mother", "Anna Vell") == ["Bhagi Sapre"]


def test_a_translations_father_name_was(extract):
    _, _, claims = extract("Sita Vell was born on 19 November 1828 in Pune. Her father name was Moro Tambe "
                           "and mother name was Bhagi Sapre.")
    assert values(claims, "father", "Sita Vell") == ["Moro Tambe"]
    assert values(claims, "mother", "Sita Vell") == ["Bhagi Sapre"]


def test_a_name_that_is_not_a_relatives_gives_nothing(extract):
    _, _, claims = extract("Anna Vell was born in 1828 in Pune. Her father named his boat Sea Star.")
    assert not values(claims, "father", "Anna Vell")


def test_plural_kinship_noun_before_a_list_names_each(extract):
    _, _, claims = extract("Anna Lomi was an Italian painter. She was born in Rome. Her younger brothers "
                           "Francesco, Giulio and Marco also grew up in the workshop.")
    assert values(claims, "sibling", "Anna Lomi") == ["Francesco", "Giulio", "Marco"]


def test_singular_kinship_noun_names_only_its_own(extract):
    _, _, claims = extract("Anna Lomi was an Italian painter. She was born in Rome. Her brother Francesco "
                           "and her friend Giulio grew up in the workshop.")
    assert values(claims, "sibling", "Anna Lomi") == ["Francesco"]


def test_son_of_a_namesake_father_with_another_form_in_brackets(extract):
    _, _, claims = extract("Ivan Babin was born in 1894 in Odessa, the son of Manus (Emmanuel) Babin, a dealer "
                           "in farm machinery, and Feiga Shvek.")
    assert values(claims, "father", "Ivan Babin") == ["Manus (Emmanuel) Babin"]
    assert values(claims, "mother", "Ivan Babin") == ["Feiga Shvek"]


def test_gave_birth_to_a_son(extract):
    _, _, claims = extract("Anna Vell was born in 1828 in Pune. In 1851 she gave birth to a son, Damo Rao, but "
                           "the child died after four months.")
    assert values(claims, "child", "Anna Vell") == ["Damo Rao"]


def test_a_translations_gave_birth_one_son(extract):
    _, _, claims = extract("Anna Vell was born in 1828 in Pune. In 1851 she gave birth one son Damo Rao but the "
                           "child was died after four months.")
    assert values(claims, "child", "Anna Vell") == ["Damo Rao"]


def test_giving_something_to_a_son_is_no_birth(extract):
    _, _, claims = extract("Anna Vell was born in 1828 in Pune. In 1851 she gave a book to a son of Damo Rao.")
    assert not values(claims, "child", "Anna Vell")

