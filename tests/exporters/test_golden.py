"""Golden files: every format over the exporters' corpus, byte for byte.

Regenerate after an intended change with::

    FACTOID_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/exporters/test_golden.py

and read the diff before committing it.
"""

from __future__ import annotations

import os

import pytest

from factoid import api, exporters
from tests.exporters.conftest import GOLDEN, MAPPING, export

pytestmark = pytest.mark.slow
UPDATE = os.environ.get("FACTOID_UPDATE_GOLDEN") == "1"
CASES = [(f, {}) for f in exporters.names()] + [
    ("quickstatements", {"mapping": MAPPING}),
    ("dossier", {"person": "Yezhov"}),
    ("dossier-html", {"person": "Yezhov"}),
]


def _slug(fmt: str, kwargs: dict) -> str:
    tail = "-".join(f"{k}" for k in sorted(kwargs))
    return fmt + (f"--{tail}" if tail else "")


@pytest.mark.parametrize(("fmt", "kwargs"), CASES, ids=[_slug(f, k) for f, k in CASES])
def test_golden(kb: api.KnowledgeBase, fmt: str, kwargs: dict) -> None:
    files, _ = export(kb, fmt, **kwargs)
    folder = GOLDEN / _slug(fmt, kwargs)
    if UPDATE:
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.iterdir():
            old.unlink()
        for name, text in files.items():
            (folder / name).write_bytes(text.encode("utf-8"))
    assert folder.is_dir(), f"no golden files for {fmt}: run with FACTOID_UPDATE_GOLDEN=1"
    expected = {p.name: p.read_bytes().decode("utf-8") for p in sorted(folder.iterdir())}
    assert sorted(files) == sorted(expected)
    for name, text in files.items():
        assert text.splitlines() == expected[name].splitlines(), f"{folder.name}/{name} differs (FACTOID_UPDATE_GOLDEN=1)"
        assert text == expected[name]


def test_same_bytes_twice(kb: api.KnowledgeBase) -> None:
    for fmt in exporters.names():
        assert export(kb, fmt)[0] == export(kb, fmt)[0], fmt
