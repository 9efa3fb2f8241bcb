"""Writing an output file without ever leaving half of it, and without replacing what is not ours.

A regular file (or a new one) is written to a temporary file in the same folder and renamed
over the target, so a reader never sees half an export and a failure leaves the old file.
That rename is only right for regular files: renaming over a symlink replaces the link (the
file it points to keeps its old content), and renaming over ``/dev/null`` or a named pipe
replaces the device with a file (as root). So a symlink is followed to its target first, and
special files (devices, pipes, sockets) are written through, in place.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

__all__ = ["open_output"]


@contextmanager
def open_output(path: Path | str) -> Iterator[TextIO]:
    """A text handle whose content ends up at ``path`` (UTF-8), see the module docstring.

    Raises ``IsADirectoryError`` for a folder and lets other ``OSError``s through (missing
    folder, permission, full disk) after removing the temporary file.
    """
    target = Path(os.path.realpath(path))  # through any chain of symlinks
    info = _stat(target)
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(21, "is a directory", str(path))
    if info is not None and not stat.S_ISREG(info.st_mode):
        with open(target, "w", encoding="utf-8") as handle:  # a device or pipe: write through
            yield handle
        return
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, stat.S_IMODE(info.st_mode) if info is not None else _default_mode())
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _stat(path: Path) -> os.stat_result | None:
    try:
        return path.stat()
    except FileNotFoundError:
        return None


def _default_mode() -> int:
    """The mode ``open()`` would give a new file: 0o666 less the umask (mkstemp uses 0o600)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
