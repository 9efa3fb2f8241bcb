"""A Russian surname written in the plural, for a family or siblings, is put back in the
singular (``names/russian.py``); names that only look plural are left alone."""

from __future__ import annotations

import pytest

from factoid.names.russian import nominative, singular


@pytest.mark.parametrize(("written", "expected"), [
    ("Дзержинские", "Дзержинский"), ("Дзержинских", "Дзержинский"), ("Дзержинскими", "Дзержинский"),
    ("Троцкие", "Троцкий"), ("Ульяновых", "Ульянов"), ("Ивановы", "Иванов"), ("Соловьевых", "Соловьев"),
    ("Петровыми", "Петров"), ("Никитиных", "Никитин"),
])
def test_a_plural_surname_becomes_the_masculine_singular(written, expected):
    assert nominative(written) == expected
    assert nominative(written, written) == expected


@pytest.mark.parametrize("word", ["Марины", "Смирнова", "Дзержинский", "Ивановым", "Ские", "Толстой"])
def test_words_that_are_not_plural_surnames_stay(word):
    assert singular(word) == word


def test_a_full_name_is_not_touched_by_the_plural_rule():
    assert nominative("Феликс Дзержинский") == "Феликс Дзержинский"
    assert nominative("Тухачевскому М.Н.") == "Тухачевский М.Н."
