"""Czech declines a foreign surname that ends in a vowel sound with "-ho" ("Bentleyho",
"Verdiho"): a parent named so is put back in the nominative. Sentences about invented people
written for this test."""

from __future__ import annotations

import pytest
from extract_run import extract_text

from factoid.extract.prose_rules import nominative

pytestmark = pytest.mark.slow


def test_foreign_genitives_in_ho_put_back() -> None:
    assert nominative("Henryho Bentleyho", "cs", "genitive_male") == "Henry Bentley"
    assert nominative("Giuseppe Verdiho", "cs", "genitive_male") == "Giuseppe Verdi"
    assert nominative("Josefa Nováka", "cs", "genitive_male") == "Josef Novák"


def test_parents_of_a_family_with_a_foreign_name() -> None:
    text = ("Mary Bentleyová\n\nMary Bentleyová (3. května 1901 Boston – 5. června 1960 Praha) byla americká "
            "malířka.\n\nNarodila se v Bostonu v rodině obchodníka Henryho Bentleyho a učitelky Ruth Parkerové.")
    _, claims = extract_text(text, "cs")
    found = {(c.property, c.value) for c in claims if c.subject_name == "Mary Bentleyová"}
    assert {("father", "Henry Bentley"), ("mother", "Ruth Parkerová")} <= found
