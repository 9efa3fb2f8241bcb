"""Walking inputs: stdin, folders, relative ids, hidden files, symlinks, deterministic order."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest

import factoid.ingest
from factoid.errors import IngestError
from factoid.ingest import iter_documents
from factoid.model import Document

BIO = "Mikhail Bulgakov trained as a doctor in Kyiv before he became a writer in Moscow.\n"


def _tree(root: Path) -> Path:
    """root/{b.txt, a/{z.txt, c.md}, a.txt, .hidden.txt, .git/x.txt, deep/er/est.txt}"""
    files = {
        "b.txt": BIO,
        "a/z.txt": BIO + "z",
        "a/c.md": "# Note\n\n" + BIO,
        "a.txt": BIO + "a",
        ".hidden.txt": BIO,
        ".git/x.txt": BIO,
        "deep/er/est.txt": BIO + "deep",
    }
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def _docs(items: list[Document | IngestError]) -> list[Document]:
    assert not [item for item in items if isinstance(item, IngestError)]
    return [item for item in items if isinstance(item, Document)]


def test_public_api_is_pinned() -> None:
    assert factoid.ingest.__all__ == ["document_from_bytes", "iter_documents", "load_document"]


def test_recursion_relative_ids_sorted_hidden_skipped(tmp_path: Path) -> None:
    root = _tree(tmp_path / "corpus")
    docs = _docs(list(iter_documents([root])))
    assert [d.id for d in docs] == ["a.txt", "a/c.md", "a/z.txt", "b.txt", "deep/er/est.txt"]
    assert docs[2].source_path == str((root / "a" / "z.txt").absolute())


def test_ids_do_not_depend_on_how_the_root_is_spelled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _tree(tmp_path / "corpus")
    monkeypatch.chdir(tmp_path)
    spelled = [[root], ["corpus"], ["corpus/"], [str(root) + "/./"]]
    ids = [[d.id for d in _docs(list(iter_documents(paths)))] for paths in spelled]
    assert all(each == ids[0] for each in ids)


def test_deterministic_across_runs(tmp_path: Path) -> None:
    root = _tree(tmp_path / "corpus")
    first = list(iter_documents([root]))
    second = list(iter_documents([root]))
    assert first == second


def test_file_given_directly_uses_its_name(tmp_path: Path) -> None:
    root = _tree(tmp_path / "corpus")
    docs = _docs(list(iter_documents([root / "deep" / "er" / "est.txt", root / ".hidden.txt"])))
    assert [d.id for d in docs] == ["est.txt", ".hidden.txt"]


def test_inputs_keep_the_order_given(tmp_path: Path) -> None:
    root = _tree(tmp_path / "corpus")
    docs = _docs(list(iter_documents([root / "b.txt", root / "a"])))
    assert [d.id for d in docs] == ["b.txt", "c.md", "z.txt"]


def test_stdin_document() -> None:
    raw = BIO.encode("utf-8")
    (doc,) = list(iter_documents(["-"], stdin=io.BytesIO(raw)))
    assert isinstance(doc, Document)
    digest = hashlib.sha256(raw).hexdigest()
    assert doc.id == f"stdin-{digest[:12]}.txt"
    assert (doc.content_hash, doc.size, doc.text, doc.source_path) == (digest, len(raw), BIO, None)


def test_stdin_html_is_sniffed() -> None:
    page = b"<html><head><title>Bulgakov</title></head><body><p>" + BIO.encode() + b"</p></body></html>"
    (doc,) = list(iter_documents(["-"], stdin=io.BytesIO(page)))
    assert (doc.format, doc.title) == ("html", "Bulgakov")
    assert doc.id.startswith("stdin-") and doc.id.endswith(".txt")


def test_stdin_errors_are_reported() -> None:
    (empty,) = list(iter_documents(["-"], stdin=io.BytesIO(b"")))
    assert (empty.path, empty.reason) == ("<stdin>", "empty file")
    (big,) = list(iter_documents(["-"], stdin=io.BytesIO(b"x" * 2_000_001), max_bytes=2_000_000))
    assert big.reason == "too large (2.0 MB > 2.0 MB limit)"


def test_symlinked_folder_and_file_are_followed(tmp_path: Path) -> None:
    outside = _tree(tmp_path / "outside")
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "linked").symlink_to(outside / "a", target_is_directory=True)
    (root / "one.txt").symlink_to(outside / "b.txt")
    docs = _docs(list(iter_documents([root])))
    assert [d.id for d in docs] == ["linked/c.md", "linked/z.txt", "one.txt"]
    assert docs[2].source_path == str(root / "one.txt")


def test_symlinked_root_is_followed(tmp_path: Path) -> None:
    real = _tree(tmp_path / "real")
    (tmp_path / "alias").symlink_to(real, target_is_directory=True)
    assert [d.id for d in _docs(list(iter_documents([tmp_path / "alias"])))] == [
        d.id for d in _docs(list(iter_documents([real])))
    ]


def test_same_folder_linked_twice_is_not_a_loop(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "s.txt").write_text(BIO, encoding="utf-8")
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "x").symlink_to(shared)
    (root / "y").symlink_to(shared)
    assert [d.id for d in _docs(list(iter_documents([root])))] == ["x/s.txt", "y/s.txt"]


def test_a_single_path_string_is_one_path(tmp_path: Path) -> None:
    root = _tree(tmp_path / "corpus")
    assert len(_docs(list(iter_documents(str(root))))) == 5  # type: ignore[arg-type]


def test_empty_folder_yields_nothing(tmp_path: Path) -> None:
    assert list(iter_documents([tmp_path])) == []
