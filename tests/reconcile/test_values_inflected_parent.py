"""A parent named in another language's grammatical case is the same parent."""

from __future__ import annotations

from factoid.reconcile.values import compatible


def test_a_parent_in_the_genitive_is_the_same_parent():
    assert compatible("father", "Tobias Edward Wendlin", "Tobias Wendlinho")


def test_another_surname_of_a_like_beginning_is_another_parent():
    assert not compatible("father", "Tobias Wendlin", "Tobias Wendlinowski")
    assert not compatible("father", "Tobias Wendlin", "Oskar Wendlinho")
