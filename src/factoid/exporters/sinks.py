"""Where an export's files go: a stream, one file, a folder, a zip, or memory (the web).

Why a sink rather than a path: most formats are one file, the CSV tables are several, and the
same ``write`` must serve ``-o FILE``, standard output, ``-o DIR``, ``-o FILE.zip`` and a web
download. A format asks the sink for a text handle per file name; the sink decides where the
text lands. Files are written atomically (``factoid.atomic``), a zip once it is complete.
"""

from __future__ import annotations

import io
import os
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Protocol, TextIO

from factoid.atomic import open_output
from factoid.errors import UsageError

__all__ = ["DirSink", "FileSink", "MemorySink", "Sink", "StreamSink", "ZipSink", "zip_bytes"]

#: A fixed timestamp for zip members, so the same knowledge base gives the same bytes.
ZIP_TIME = (1980, 1, 1, 0, 0, 0)


class Sink(Protocol):
    def open(self, name: str) -> Iterator[TextIO]:  # a context manager
        ...


class _Single:
    """A sink that takes one file; a second one is a usage error naming the remedy."""

    used: bool = False

    def _claim(self, name: str) -> None:
        if self.used:
            raise UsageError(f"this format writes several files ({name} is the second); give -o FOLDER or -o FILE.zip")
        self.used = True


class StreamSink(_Single):
    """One file to an open text stream (standard output)."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    @contextmanager
    def open(self, name: str) -> Iterator[TextIO]:
        self._claim(name)
        yield self.stream


class FileSink(_Single):
    """One file at ``path``, whatever the format calls it, written atomically."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)

    @contextmanager
    def open(self, name: str) -> Iterator[TextIO]:
        self._claim(name)
        with open_output(self.path) as fh:
            yield fh


class DirSink:
    """Each file under a folder (created when missing), each written atomically."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)

    @contextmanager
    def open(self, name: str) -> Iterator[TextIO]:
        self.path.mkdir(parents=True, exist_ok=True)
        with open_output(self.path / name) as fh:
            yield fh


class MemorySink:
    """Files kept as strings, in the order written (tests and the web)."""

    def __init__(self) -> None:
        self.files: dict[str, str] = {}

    @contextmanager
    def open(self, name: str) -> Iterator[TextIO]:
        buf = io.StringIO(newline="")
        yield buf
        self.files[name] = buf.getvalue()


def zip_bytes(files: dict[str, str]) -> bytes:
    """A zip of text files (UTF-8) with fixed timestamps: reproducible bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in files.items():
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, text.encode("utf-8"))
    return out.getvalue()


class ZipSink(MemorySink):
    """Files collected in memory and written as one zip by :meth:`close` (atomically for a path)."""

    def __init__(self, target: Path | str | BinaryIO) -> None:
        super().__init__()
        self.target = target

    def close(self) -> None:
        data = zip_bytes(self.files)
        if isinstance(self.target, (str, Path)):
            _write_bytes(Path(self.target), data)
        else:
            self.target.write(data)


def _write_bytes(path: Path, data: bytes) -> None:
    """Bytes to ``path`` through a temporary file renamed over it (``factoid.atomic`` is for text)."""
    target = Path(os.path.realpath(path))
    if target.is_dir():
        raise IsADirectoryError(21, "is a directory", str(path))
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
