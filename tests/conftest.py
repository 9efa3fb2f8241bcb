"""Shared fixtures: paths to the bundled examples and the shared sample corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.pg import BACKENDS, PgServer, find_bindir, new_kb_url

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "corpus"
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"


@pytest.fixture
def seeds_dir() -> Path:
    """The shared sample corpus; tests that need it skip when it is absent."""
    if not SEEDS.is_dir():
        pytest.skip("../shared/corpus/seeds is not beside this checkout")
    return SEEDS


# ---- the two store backends --------------------------------------------------------------------
# ``kb_url`` runs a test once on a SQLite file and once on a PostgreSQL database of a server the
# session starts itself (tests/store/pg.py). Only a machine without PostgreSQL's server binaries
# skips the second run; a server that will not start is an error, not a skip.


@pytest.fixture(scope="session")
def pg_server():  # type: ignore[no-untyped-def]
    bindir = find_bindir()
    if bindir is None:
        pytest.skip("PostgreSQL server binaries (initdb, postgres) not found: apt-get install postgresql")
    server = PgServer(bindir)
    try:
        server.start()
        yield server
    finally:
        server.stop()


@pytest.fixture(params=BACKENDS)
def kb_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty knowledge base on each backend in turn."""
    return new_kb_url(request, request.param, tmp_path)


@pytest.fixture
def pg_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty PostgreSQL database (skipped without PostgreSQL)."""
    return new_kb_url(request, "postgresql", tmp_path)
