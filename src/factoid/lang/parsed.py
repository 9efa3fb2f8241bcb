"""Every language data file parsed, kept on disk so a fresh process need not parse them.

Why: a build reads some 200 of the TOML and JSONL files under ``lang/`` (labels, lexicons,
patterns of every language, since a page's box or dates are often in another language than
its prose); parsing them costs a fresh process ~0.1 CPU s, a rebuild after one added document
included. Unpickling what they parsed to costs a tenth of that.

The cache file (``diskcache``) is named by a digest of every data file's path and bytes, the
Python version (whose ``tomllib`` and ``json`` parse them) and ``CACHE_VERSION``: an edited,
added or removed file gives another name, so the cache is made again, never trusted stale. A
file that does not parse is left out, and its loader parses it and reports the error as
before. An unreadable cache file is ignored with a warning and made again.
"""

from __future__ import annotations

import hashlib
import pickle
import sys
import warnings
from functools import cache
from pathlib import Path
from typing import Any

from factoid import diskcache

__all__ = ["CACHE_VERSION", "cache_file", "every"]

#: Bump when what the cache holds or how it is made changes.
CACHE_VERSION = 1
#: The parsers of the data files, by suffix (names of ``factoid.lang``'s functions).
PARSERS = {".toml": "parse_toml", ".jsonl": "parse_jsonl"}


def _files(root: Path) -> list[Path]:
    return sorted(p for p in root.glob("*/*") if p.suffix in PARSERS and p.is_file()
                  and not p.parent.name.startswith("_"))


def cache_file(root: Path, contents: dict[Path, bytes]) -> Path:
    """The cache file of the data files ``contents`` (path -> bytes) under ``root``."""
    h = hashlib.blake2b(f"{CACHE_VERSION}\0{sys.version}\0".encode(), digest_size=16)
    for path, data in contents.items():
        h.update(f"{path.relative_to(root).as_posix()}\0{len(data)}\0".encode())
        h.update(data)
    return diskcache.cache_dir() / f"lang-v{CACHE_VERSION}-{h.hexdigest()}.pickle"


@cache
def every(root: Path) -> dict[tuple[str, str], Any]:
    """(code, file name) -> the parsed data file, of every data file under ``root`` that
    parses; read from the cache file when there is one for the files as they are now."""
    contents = {p: p.read_bytes() for p in _files(root)}
    path = cache_file(root, contents)
    found = _read(path)
    if found is not None:
        return found
    made = _parse(root, contents)
    diskcache.write_atomic(path, lambda fh: pickle.dump(made, fh, protocol=pickle.HIGHEST_PROTOCOL))
    return made


def _parse(root: Path, contents: dict[Path, bytes]) -> dict[tuple[str, str], Any]:
    from factoid import lang

    out: dict[tuple[str, str], Any] = {}
    for path, data in contents.items():
        code, name = path.parent.name, path.name
        try:
            out[(code, name)] = getattr(lang, PARSERS[path.suffix])(code, name, data.decode("utf-8"))
        except (lang.LanguageDataError, UnicodeDecodeError):
            continue  # its loader reports it, naming the file
    return out


def _read(path: Path) -> dict[tuple[str, str], Any] | None:
    if not path.is_file():
        return None
    try:
        with path.open("rb") as fh:
            data = pickle.load(fh)
        if not isinstance(data, dict):
            raise ValueError("not a table of parsed files")
        return data
    except Exception as exc:  # noqa: BLE001 - a broken cache is made again, never fatal
        warnings.warn(f"ignoring an unreadable language data cache {path}: {exc}", RuntimeWarning, stacklevel=2)
        return None
