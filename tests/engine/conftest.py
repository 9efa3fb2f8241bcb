"""Builds of the same corpus on different engines, compared through the claims export."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from factoid import api

ROOT = Path(__file__).resolve().parents[2]
CORPORA = {"examples": ROOT / "examples" / "corpus", "mini": ROOT / "tests" / "fixtures" / "mini"}


def build_export(folder: Path, db: Path, **engine: object) -> tuple[str, api.BuildReport, list[tuple]]:
    """Ingest ``folder`` into a fresh knowledge base, build it on the given engine, and return
    the claims-jsonl export, the report and the progress calls."""
    kb = api.open_kb(f"sqlite:///{db}")
    api.ingest(kb, [folder])
    seen: list[tuple] = []
    report = api.build(kb, progress=lambda *a: seen.append(a), **engine)  # type: ignore[arg-type]
    out = io.StringIO()
    api.export(kb, "claims-jsonl", out)
    return out.getvalue(), report, seen


@pytest.fixture(scope="session")
def single_process_exports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The reference: each corpus built with ``workers=1`` (in this process)."""
    tmp = tmp_path_factory.mktemp("reference")
    return {name: build_export(folder, tmp / f"{name}.db", workers=1)[0] for name, folder in CORPORA.items()}
