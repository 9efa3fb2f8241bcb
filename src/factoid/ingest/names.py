"""File names that are not valid UTF-8, and document ids that must not collide.

On Linux a file name is bytes. Python hands a name that is not UTF-8 over with each bad byte
as a lone surrogate (``surrogateescape``), which no database and no terminal accepts: Cyrillic
archives made on Windows (cp1251 names) used to abort a whole ingest. So a name is kept in two
forms:

* ``storable_path``: lossless and plain text. Each undecodable byte is written ``\\xNN``;
  ``local_path`` turns it back into the name the OS knows (so ``--prune`` still finds it).
* ``display_name``: readable. The bytes decoded as cp1251 when that gives Cyrillic words (the
  common case), else as cp1252 when that gives letters, else the ``\\xNN`` form. Document ids
  use it, so ``factoid passages`` takes a name a person can type.

``unique_id`` keeps ids unique per source file: two roots both holding ``01.txt`` used to
overwrite each other silently.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Mapping

__all__ = ["display_name", "local_path", "storable_path", "unique_id"]

_SURROGATE = re.compile("[\udc80-\udcff]")
_ESCAPED = re.compile(r"\\x([89a-f][0-9a-f])")


def _has_surrogates(name: str) -> bool:
    return bool(_SURROGATE.search(name))


def storable_path(name: str) -> str:
    """``name`` with each undecodable byte written ``\\xNN``; valid names are unchanged."""
    if not _has_surrogates(name):
        return name
    return os.fsencode(name).decode("utf-8", "backslashreplace")


def local_path(stored: str) -> str:
    """The OS name of a path stored by ``storable_path`` (the inverse, for names it changed).

    A stored path that exists as written is taken as written, so a real backslash in a name
    is never misread."""
    if "\\x" not in stored or os.path.lexists(stored):
        return stored
    raw = _ESCAPED.sub(lambda m: chr(0xDC00 + int(m.group(1), 16)), stored)
    return raw


def display_name(name: str) -> str:
    """A readable form of a name that may hold undecodable bytes (see the module docstring)."""
    if not _has_surrogates(name):
        return name
    raw = os.fsencode(name)
    for encoding, fits in (("cp1251", _cyrillic), ("cp1252", str.isalpha)):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if all(fits(ch) for ch in text if ord(ch) > 0x7F):
            return text
    return storable_path(name)


def _cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff" or ch in "№«»–—"


def unique_id(doc_id: str, source: str, root: str | None, taken: Mapping[str, str]) -> str:
    """``doc_id``, or a variant of it when another file already holds that id.

    ``taken`` maps ids to the source paths that hold them. The variants, tried in order: the
    id under its root folder's name (``b/01.txt``), then the id with a short hash of the full
    path, which is unique and stable for that file."""
    candidates = [doc_id]
    if root:
        candidates.append(f"{root}/{doc_id}")
    digest = hashlib.sha256(source.encode("utf-8", "surrogateescape")).hexdigest()[:8]
    candidates.append(f"{doc_id}~{digest}")
    for candidate in candidates:
        if taken.get(candidate, source) == source:
            return candidate
    return candidates[-1]
