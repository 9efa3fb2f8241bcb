"""The direct bounds computation for common EDTF forms agrees with the edtf library."""

from __future__ import annotations

import random

import pytest

from factoid.dates._compare import _fast_bounds, _library_bounds, edtf_bounds


def _sample() -> list[str]:
    rng = random.Random(3)
    points = {"1945", "1945~", "1945-08%", "1945-08-19?", "1944-02-29", "1945-02-28", "1900-12-31", "0001"}
    while len(points) < 60:
        year = rng.randrange(1, 2101)
        text = f"{year:04d}"
        if rng.random() < 0.7:
            month = rng.randrange(1, 13)
            text += f"-{month:02d}"
            if rng.random() < 0.6:
                text += f"-{rng.randrange(1, 29):02d}"
        points.add(text + rng.choice(["", "", "~", "?", "%"]))
    ordered = sorted(points)
    intervals = [f"{a}/{b}" for a, b in zip(ordered[:20], ordered[20:40], strict=True)]
    return ordered + intervals + ["1930/1939", "1945/1940", "1900~/1945-08-19"]


@pytest.mark.parametrize("value", _sample())
def test_fast_bounds_equal_library(value: str) -> None:
    fast = _fast_bounds(value)
    assert fast is not None
    assert fast == _library_bounds(value)


@pytest.mark.parametrize("value", ["XXXX-08-19", "XXXX-08", "1945-13", "1945-21", "1945-02-30", "0000", "nonsense"])
def test_other_forms_go_to_the_library(value: str) -> None:
    assert _fast_bounds(value) is None
    assert edtf_bounds(value) == _library_bounds(value)


@pytest.mark.parametrize("value", ["Order of the Garter", "Lisbon", "drowning", "head of the customs office", "Colonel",
                                   "Tartu, Livonia, Russian Empire", "", "~", "?", "..", "[..]", "Y",
                                   "open", "unknown", "Łódź", "Ivan*"])
def test_text_without_digit_x_or_slash_is_refused_without_the_library(value: str) -> None:
    assert _library_bounds(value) is None
    assert edtf_bounds(value) is None


@pytest.mark.parametrize("value", ["XXXX", "../1945", "1945/..", "[1945..1947]", "Y-170000002", "1945-21"])
def test_forms_with_digits_x_or_slash_still_reach_the_library(value: str) -> None:
    assert edtf_bounds(value) == _library_bounds(value)
