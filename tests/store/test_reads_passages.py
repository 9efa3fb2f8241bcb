"""``reads.get_passages`` without text: where each passage lies, its role and copy root, as
with text, and an empty text (reconciliation reads the text of changed documents only)."""

from __future__ import annotations

from pathlib import Path

from factoid import api
from factoid.store import reads


def test_passages_without_text_are_the_same_passages_emptied(kb_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text("Ada Pell was a printer.\n\nShe moved to Hull in 1841.", encoding="utf-8")
    (folder / "b.txt").write_text("Rob Tarn sold maps.\n\nHe died in 1850.", encoding="utf-8")
    kb = api.open_kb(kb_url)
    api.ingest(kb, [folder])
    with kb.engine.connect() as conn:
        full = reads.get_passages(conn)
        bare = reads.get_passages(conn, text=False)
    assert len(full) == len(bare) >= 4
    assert all(p.text for p in full) and not any(p.text for p in bare)
    assert [(p.document_id, p.index, p.start, p.end, p.role, p.duplicate_of, p.language) for p in full] == \
           [(p.document_id, p.index, p.start, p.end, p.role, p.duplicate_of, p.language) for p in bare]
