"""A build re-extracts documents whose extraction another version of factoid made."""

from __future__ import annotations

from pathlib import Path

import pytest

from factoid import api
from factoid.reconcile import reuse


@pytest.fixture
def kb(tmp_path: Path) -> api.KnowledgeBase:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text("Maria Lind was born on 2 June 1850 in Uppsala.\n", encoding="utf-8")
    (folder / "b.txt").write_text("Karl Berg died on 9 May 1911 in Lund.\n", encoding="utf-8")
    kb = api.open_kb(f"sqlite:///{tmp_path / 'kb.db'}")
    api.ingest(kb, [folder])
    return kb


def test_same_code_extracts_nothing_again(kb: api.KnowledgeBase) -> None:
    assert len(api.build(kb, workers=1).extracted) == 2
    assert api.build(kb, workers=1).extracted == []


def test_other_code_reextracts_every_document(kb: api.KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> None:
    api.build(kb, workers=1)
    monkeypatch.setattr(reuse, "fingerprint", lambda: "another-version")
    again = api.build(kb, workers=1)
    assert len(again.extracted) == 2
    assert again.claims > 0
    assert api.build(kb, workers=1).extracted == []


def test_pipeline_names_rules_and_code() -> None:
    assert api.pipeline().endswith("+" + reuse.fingerprint())
