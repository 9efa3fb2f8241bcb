"""Writable knowledge bases for the curation tests: the web fixtures built once, then copied
for each test, so every test starts from the computed state (no decisions)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from factoid import api
from tests.web.conftest import FIXTURES

TOKEN = re.compile(r'name="csrf" value="([^"]+)"')


@pytest.fixture(scope="module")
def built_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("curation-base") / "base.db"
    kb = api.open_kb(f"sqlite:///{db}")
    report = api.ingest(kb, [FIXTURES])
    assert report.ok, report.failed
    api.build(kb)
    kb.engine.dispose()
    return db


@pytest.fixture
def fresh_kb(built_db: Path, tmp_path: Path) -> api.KnowledgeBase:
    """A copy of the built knowledge base that this test may write to."""
    for suffix in ("", "-wal", "-shm"):
        src = built_db.with_name(built_db.name + suffix)
        if src.exists():
            shutil.copy(src, tmp_path / ("kb.db" + suffix))
    return api.open_kb(f"sqlite:///{tmp_path / 'kb.db'}")
