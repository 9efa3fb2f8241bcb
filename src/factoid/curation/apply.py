"""Applying decisions on a build: from the decisions log and the current corpus to the inputs
of resolution (must-link and cannot-link pairs) and reconciliation (claim ranks, preferred
values). Pure functions; ``factoid.api`` reads the store and passes the records in."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

from factoid.curation.keys import mention_key
from factoid.model import Mention

__all__ = ["entity_keys"]


def entity_keys(mentions: Iterable[Mention], hashes: Mapping[str, str]) -> dict[str, list[str]]:
    """Document-local entity -> the keys of its mentions."""
    out: dict[str, list[str]] = defaultdict(list)
    for m in mentions:
        out[m.entity].append(mention_key(hashes.get(m.document_id, ""), m.start, m.end))
    return dict(out)
