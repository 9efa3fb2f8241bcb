"""Polish places declined in the instrumental after "pod" ("pod Lwowem"), on sentences about
invented people written for this test."""

from __future__ import annotations

import pytest
from extract_run import extract_text

pytestmark = pytest.mark.slow


def test_a_place_in_the_instrumental_is_put_back_in_the_nominative() -> None:
    text = "Jan Kowal\n\nJan Kowal (ur. 3 marca 1820 w Krakowie, zm. 5 maja 1870 pod Lwowem) – polski poeta."
    _, claims = extract_text(text, "pl")
    assert {c.value for c in claims if c.property == "place_of_death"} == {"Lviv"}
