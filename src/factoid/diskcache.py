"""Where factoid keeps what it derives from its installed data, and how it writes it there.

The user cache folder (``$XDG_CACHE_HOME/factoid`` or ``~/.cache/factoid``), which the
gazetteer's index uses too. Every file in it is named by what it was made from (a digest of
its inputs and a format version), so a changed input is never answered from an old file; and
is written whole or not at all (a temporary file renamed), so a reader never sees half a file.
A cache is an optimisation: a file that cannot be written leaves the caller with what it made
in memory, one that cannot be read is made again.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

__all__ = ["cache_dir", "write_atomic"]


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "factoid"


def write_atomic(path: Path, write: Callable[[BinaryIO], None]) -> bool:
    """Write ``path`` through ``write`` into a temporary file renamed over it; ``False`` when
    the folder cannot be written."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                write(fh)
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    except OSError:
        return False
    return True
