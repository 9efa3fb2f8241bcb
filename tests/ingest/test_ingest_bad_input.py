"""Every kind of bad input becomes one IngestError with a one-line reason, never a crash."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import factoid.ingest.discover as discover
from factoid.errors import IngestError
from factoid.ingest import document_from_bytes, iter_documents, load_document

GOOD = "Nikolai Vavilov was a botanist who collected seeds around the world.\n"


def _reasons(paths: list[Path | str], **kwargs) -> dict[str, str]:
    """Run the public generator and map each error's path to its reason."""
    return {item.path: item.reason for item in iter_documents(paths, **kwargs) if isinstance(item, IngestError)}


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"   \n\t\r\n  ", "empty file"),
        ("\u00a0\u2003\n".encode(), "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file, not text"),
        (bytes(range(1, 32)) * 20, "binary file, not text"),
        (GOOD.encode() + b"\x00" + GOOD.encode(), "binary file, not text"),
        (bytes(range(0x80, 0x100)) * 3, "cannot decode text (not UTF-8, no plausible encoding)"),
    ],
    ids=["empty", "whitespace", "unicode-whitespace", "png", "controls", "nul", "undecodable"],
)
def test_bad_bytes(data: bytes, reason: str) -> None:
    with pytest.raises(IngestError) as caught:
        document_from_bytes(data, "x.txt", suffix=".txt")
    assert caught.value.reason == reason
    assert str(caught.value) == f"x.txt: {reason}"


def test_error_names_the_path_as_given(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(IngestError) as caught:
        load_document(path, "empty.txt")
    assert caught.value.path == str(path)


def test_permission_denied_via_patched_reader(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(GOOD, encoding="utf-8")

    def refuse(path: Path, limit: int) -> bytes:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(discover, "_read_bytes", refuse)
    assert _reasons([path]) == {str(path): "permission denied"}


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_permission_denied_via_chmod(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(GOOD, encoding="utf-8")
    path.chmod(0)
    try:
        assert _reasons([tmp_path]) == {str(path): "permission denied"}
    finally:
        path.chmod(0o644)


def test_unreadable_folder_is_reported_and_siblings_still_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "x.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "open.txt").write_text(GOOD, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path: Path) -> object:
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(discover.os, "scandir", scandir)
    items = list(iter_documents([tmp_path]))
    assert [getattr(item, "id", None) for item in items] == [None, "open.txt"]
    assert (items[0].path, items[0].reason) == (str(tmp_path / "locked"), "permission denied")


def test_too_large_refused_by_size_without_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: costs no disk and no time

    def must_not_read(path: Path, limit: int) -> bytes:
        raise AssertionError("a too-large file was read")

    monkeypatch.setattr(discover, "_read_bytes", must_not_read)
    assert _reasons([path]) == {str(path): "too large (209.7 MB > 50.0 MB limit)"}


def test_too_large_message_uses_decimal_megabytes(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    with path.open("wb") as handle:
        handle.truncate(200_000_000)
    assert _reasons([path]) == {str(path): "too large (200.0 MB > 50.0 MB limit)"}


def test_small_limit_applies(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(GOOD, encoding="utf-8")
    size = len(GOOD.encode())
    assert _reasons([path], max_bytes=10) == {str(path): f"too large ({size} bytes > 10 bytes limit)"}


def test_file_growing_after_stat_is_still_capped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "grows.txt"
    path.write_text("short", encoding="utf-8")
    monkeypatch.setattr(discover, "_read_bytes", lambda path, limit: b"x" * limit)
    assert _reasons([path], max_bytes=1_000_000) == {str(path): "too large (1.0 MB > 1.0 MB limit)"}


def test_symlink_loop_between_folders(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "note.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "a" / "back").symlink_to(tmp_path)
    items = list(iter_documents([tmp_path]))
    assert [d.id for d in items if not isinstance(d, IngestError)] == ["a/note.txt"]
    assert _reasons([tmp_path]) == {str(tmp_path / "a" / "back"): "symlink loop"}


def test_self_referencing_links(tmp_path: Path) -> None:
    (tmp_path / "self").symlink_to(tmp_path / "self")
    (tmp_path / "ping").symlink_to(tmp_path / "pong")
    (tmp_path / "pong").symlink_to(tmp_path / "ping")
    assert _reasons([tmp_path]) == {
        str(tmp_path / "self"): "symlink loop",
        str(tmp_path / "ping"): "symlink loop",
        str(tmp_path / "pong"): "symlink loop",
    }
    assert _reasons([tmp_path / "self"]) == {str(tmp_path / "self"): "symlink loop"}


def test_dangling_symlink(tmp_path: Path) -> None:
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "deleted.txt")
    assert _reasons([tmp_path]) == {str(link): "dangling symlink"}
    assert _reasons([link]) == {str(link): "dangling symlink"}


def test_missing_path(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    assert _reasons([missing]) == {str(missing): "no such file or directory"}


def test_fifo_is_not_a_regular_file(tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert _reasons([tmp_path]) == {str(fifo): "not a regular file"}


def test_unexpected_library_error_is_reported_not_raised(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.txt"
    path.write_text(GOOD, encoding="utf-8")

    def explode(*args: object, **kwargs: object) -> None:
        raise KeyError("boom")

    monkeypatch.setattr(discover, "document_from_bytes", explode)
    assert _reasons([path]) == {str(path): "unexpected error (KeyError: 'boom')"}


def test_one_bad_file_never_stops_the_run(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.bin").write_bytes(b"\x00\x01\x02")
    (tmp_path / "c.txt").write_bytes(b"")
    (tmp_path / "d.txt").write_text(GOOD, encoding="utf-8")
    items = list(iter_documents([tmp_path]))
    assert [type(item).__name__ for item in items] == ["Document", "IngestError", "IngestError", "Document"]
    assert [item.reason for item in items if isinstance(item, IngestError)] == [
        "binary file, not text",
        "empty file",
    ]
