"""Relatives named with their titles: the title alone is never a relative."""

from __future__ import annotations

import pytest

from factoid.names.parse import TITLES

pytestmark = pytest.mark.slow


def test_titled_brothers_give_no_bare_title(extract):
    _, _, claims = extract("Nobody expected Kim Do to rule. His older brothers Grand Prince Yangmin and Grand Prince "
                           "Hyojin stood ahead of him, but Yangmin behaved badly.")
    siblings = [c.value for c in claims if c.property == "sibling"]
    assert "Grand Prince Yangmin" in siblings
    assert not [v for v in siblings if all(w.casefold() in TITLES for w in v.split())]
