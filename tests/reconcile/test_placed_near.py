"""A village a source places near a town ("born in Holm bei Tarnau") against another source's
town: one birthplace at two precisions, not a dispute (``reconcile.values.placed_within``)."""

from __future__ import annotations

import pytest

from factoid.reconcile.values import placed_within
from tests.reconcile.test_placed_within import said


@pytest.mark.parametrize("quote", [
    "er wurde 1702 in Holm bei Tarnau geboren",
    "she was born in 1702 at Holm near Tarnau",
    "née en 1702 à Holm près de Tarnau",
    "nació en 1702 en Holm cerca de Tarnau",
])
def test_a_village_near_the_other_sources_town(quote):
    village = said("a", "Holm", quote)
    town = said("b", "Tarnau", "born in Tarnau in 1702")
    assert placed_within("place_of_birth", [village], [town])


@pytest.mark.parametrize("quote", [
    "born in 1702 at Holm, not at Tarnau",
    "born in 1702 at Holm; she died near Tarnau",
    "born in 1702 at Holmbei Tarnau",
])
def test_no_locator_no_nearness(quote):
    village = said("a", "Holm", quote)
    town = said("b", "Tarnau", "born in Tarnau in 1702")
    assert not placed_within("place_of_birth", [village], [town])


def test_an_elided_near_and_the_other_sides_town_with_its_country():
    from factoid.model import Claim, SourceSpan

    quote = "Il naît en 1702 au château du Holm, près d'Arnau, fils d'un marchand."
    village = Claim("a@0", "J", "place_of_birth", "Holm", "Holm", SourceSpan("a", 0, len(quote), quote), "test", {})
    town = said("b", "Arnau, France", "Birthplace: Arnau, France")
    assert placed_within("place_of_birth", [village], [town])
