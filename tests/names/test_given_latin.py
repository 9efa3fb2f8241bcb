"""A Roman given name in its Latin, Italian and modern spellings is one name: "Iulia Vessana",
"Giulia Vessana" and "Julia Vessana" are one woman, and no man."""

from __future__ import annotations

import pytest

from factoid.names import given_names_equivalent


@pytest.mark.parametrize(("a", "b"), [("Giulia", "Julia"), ("Iulia", "Giulia"), ("Julie", "Yulia"),
                                      ("Giulio", "Julius"), ("Iulius", "Jules")])
def test_one_given_name_across_languages(a, b):
    assert given_names_equivalent(a, b)


@pytest.mark.parametrize(("a", "b"), [("Giulia", "Giulio"), ("Julia", "Julius"), ("Iulia", "Jules")])
def test_the_feminine_and_the_masculine_stay_apart(a, b):
    assert not given_names_equivalent(a, b)
