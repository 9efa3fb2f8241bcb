"""A record cell's office with the years it was held after it, and a genealogy's numbered
spouses in one cell ("m. 1) A 2) B"): the years are a term, not part of the title, and each
numbered name is a person of its own."""

from __future__ import annotations

import pytest

from factoid.extract.infobox import values


@pytest.mark.parametrize("cell, title", [
    ("Keeper of the Rolls (1702-1711)", "Keeper of the Rolls"),
    ("Keeper of the Rolls, 1702-11", "Keeper of the Rolls"),
    ("Keeper of the Rolls (from 1702)", "Keeper of the Rolls"),
    ("2nd Keeper of the Rolls", "Keeper of the Rolls"),
    ("Keeper of the Rolls of Kent", "Keeper of the Rolls of Kent"),
])
def test_years_after_an_office_are_no_part_of_its_title(cell: str, title: str) -> None:
    assert values.office(cell) == title


def test_numbered_names_in_one_cell_are_each_a_person() -> None:
    assert values.names("1) Ann Webb 2) Lucy Hale") == ["Ann Webb", "Lucy Hale"]


def test_a_marriage_year_in_brackets_is_not_taken_for_a_number() -> None:
    assert values.names("Ann Webb (m. 38) Lucy Hale (m. 45)") == ["Ann Webb", "Lucy Hale"]
