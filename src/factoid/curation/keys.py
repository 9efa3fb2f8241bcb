"""Stable keys derived from content, so a decision can point at a mention or a claim and find
it again after any rebuild.

* mention key: ``sha1("m", document content hash, start, end)[:16]``
* claim key: ``sha1("c", document content hash, start, end, property, normalised value)[:16]``

Both are 16 hex digits (64 bits: collisions are negligible at any corpus size we handle).
The document's content hash, not its id, goes in: a key names a span of *this* text, and
when the text changes the key changes with it (re-anchoring, :mod:`factoid.curation.anchor`,
then finds the same quote in the new text). The extractor and the document-local subject
stay out of the claim key, so a better extractor that finds the same fact in the same span
keeps the key and the decisions on it.
"""

from __future__ import annotations

import hashlib

__all__ = ["KEY_LENGTH", "claim_key", "mention_key"]

KEY_LENGTH = 16
_SEP = "\x1f"


def _digest(*parts: object) -> str:
    return hashlib.sha1(_SEP.join(map(str, parts)).encode("utf-8")).hexdigest()[:KEY_LENGTH]


def mention_key(content_hash: str, start: int, end: int) -> str:
    """The key of the span ``start:end`` of the document whose content hash is given."""
    return _digest("m", content_hash, start, end)


def claim_key(content_hash: str, start: int, end: int, prop: str, value: str) -> str:
    """The key of a claim: its span, its property and its normalised value."""
    return _digest("c", content_hash, start, end, prop, value)
