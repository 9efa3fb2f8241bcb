"""A parent known by one name, written in two languages' forms or cases ("Varronicus" and the
Italian "Varronico", a Romanian genitive "Lucillinei"), is one parent, not a dispute."""

from __future__ import annotations

import pytest

from factoid.reconcile.values import compatible


@pytest.mark.parametrize(("prop", "a", "b"), [
    ("father", "Varronicus", "Varronico"),
    ("mother", "Lucillina", "Lucillinei"),
])
def test_one_name_in_two_forms(prop, a, b):
    assert compatible(prop, a, b)


@pytest.mark.parametrize(("prop", "a", "b"), [
    ("father", "Varronicus", "Maximus"),
    ("mother", "Lucillina", "Lucretia"),
    ("father", "Varro", "Varronicus"),  # a short name and a longer one are two men
])
def test_two_names_stay_a_dispute(prop, a, b):
    assert not compatible(prop, a, b)
