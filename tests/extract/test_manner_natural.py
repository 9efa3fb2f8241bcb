"""Natural deaths told by their illness: fevers, epidemics, complications of childbirth."""

from __future__ import annotations

import pytest

from factoid.extract.manner import manner_of


@pytest.mark.parametrize("text", ["Complications of childbirth", "died of a fever in camp", "died of typhus in 1799",
                                  "succumbed to cholera", "died of diabetes", "an infection after surgery"])
def test_illnesses_are_natural(text):
    assert manner_of(text) == "natural"


@pytest.mark.parametrize("text,manner", [("was shot after a fever", "homicide"), ("hanged himself in a fever", "suicide")])
def test_a_violent_death_still_wins(text, manner):
    assert manner_of(text) == manner
