"""A Russian name keeps the ё its written form had when natasha's normal form drops it."""

from __future__ import annotations

from factoid.names.russian import nominative


def test_the_yo_of_the_written_name_is_kept() -> None:
    assert nominative("Фёдора Лукина", "Федор Лукин") == "Фёдор Лукин"
    assert nominative("Семёна Ильина", "Семен Ильин") == "Семён Ильин"


def test_a_name_without_yo_is_the_normal_form() -> None:
    assert nominative("Ивана Горбунова", "Иван Горбунов") == "Иван Горбунов"
