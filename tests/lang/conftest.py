"""A Chinese document run through the whole extraction stage, for tests/lang/test_zh*.py."""

from __future__ import annotations

import pytest
from extract_run import extract_text


@pytest.fixture(scope="module")
def extract_zh():
    """(subject, property, value) of every claim of a Chinese text; quotes checked."""

    def run(text: str) -> set[tuple[str, str, str]]:
        _, claims = extract_text(text, "zh")
        return {(c.subject_name, c.property, c.value) for c in claims}

    return run
