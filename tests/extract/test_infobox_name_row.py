"""A person record opens with "Name: A": its rows are A's, even when the page's mentions put a
child or a parent ahead of A (a name the tagger finds less readily)."""

from __future__ import annotations

import pytest

from tests.extract.conftest import values

pytestmark = pytest.mark.slow


def test_a_records_name_row_is_its_subject(extract):
    _, _, claims = extract("Name: Daniel Rook\nBorn: 1760, Whitehaven\nChildren: Isaac Rook, Esther Rook")
    assert values(claims, "child", "Daniel Rook") == ["Esther Rook", "Isaac Rook"]
    assert not values(claims, "date_of_birth", "Esther Rook")
