""""A bullet wound in his head in X" names the body's head, not the office "head in X"."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def offices(claims):
    return [c.value for c in claims if c.property == "position_held"]


@pytest.mark.parametrize("text", [
    "Aram Vosk was a party secretary. In 1936 Vosk was found with a bullet wound in his head in Tiflis.",
    "Aram Vosk was a party secretary. In 1936 he was shot through the head in Batumi.",
])
def test_a_wound_in_the_head_is_no_office(extract, text):
    _, _, claims = extract(text)
    assert not [o for o in offices(claims) if o.lower().startswith("head")]


def test_head_of_a_body_is_still_an_office(extract):
    _, _, claims = extract("Aram Vosk was a party secretary. In 1930 he was appointed head of the Yerevan city committee.")
    assert offices(claims) == ["head of the Yerevan city committee"]
