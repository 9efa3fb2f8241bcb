"""Shared fixtures: paths to the bundled examples and the shared sample corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "corpus"
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"


@pytest.fixture
def seeds_dir() -> Path:
    """The shared sample corpus; tests that need it skip when it is absent."""
    if not SEEDS.is_dir():
        pytest.skip("../shared/corpus/seeds is not beside this checkout")
    return SEEDS
