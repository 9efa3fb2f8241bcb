"""Hungarian writes a date year first ("1880. március 4."): a life's bracket so written gives the
birth and death dates and places. A bracket about an invented person written for this test."""

from __future__ import annotations

import pytest
from extract_run import extract_text

pytestmark = pytest.mark.slow


def test_a_year_first_life_bracket() -> None:
    text = "Kovács János\n\nKovács János (Budapest, 1880. március 4. – Szeged, 1931. október 2.) magyar költő."
    _, found = extract_text(text, "hu")
    claims = {(c.property, c.value) for c in found if c.subject_name == "Kovács János"}
    assert {("date_of_birth", "1880-03-04"), ("date_of_death", "1931-10-02"), ("place_of_birth", "Budapest"),
            ("place_of_death", "Szeged")} <= claims


def test_prose_with_places_in_the_inessive_and_superessive() -> None:
    text = ("Kovács János\n\nKovács János magyar költő. 1880. március 4-én született Debrecenben. "
            "1931. október 2-án halt meg Budapesten.")
    _, found = extract_text(text, "hu")
    claims = {(c.property, c.value) for c in found if c.subject_name == "Kovács János"}
    assert {("date_of_birth", "1880-03-04"), ("place_of_birth", "Debrecen"), ("date_of_death", "1931-10-02"),
            ("place_of_death", "Budapest")} <= claims
