"""Narrowing the document list by source metadata: ``factoid docs --site/--author/--language/
--after/--before/--search``. Pure functions over the rows ``store.reads.list_documents`` gives.

Text filters match case- and accent-insensitively inside the field (``--site britannica``
finds "Encyclopaedia Britannica Online"); dates compare by the span a date allows, so
``--after 1990`` keeps a source dated "1990-05" and ``--before 1990`` keeps one dated "1990".
A source without a date is left out by ``--after`` and ``--before``: nothing says it qualifies.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any
from urllib.parse import urlsplit

from factoid import dates
from factoid.errors import UsageError
from factoid.ingest.metadata import normalise_date
from factoid.names import fold

__all__ = ["select"]

_SEARCHED = ("id", "title", "author", "site", "publisher", "notes", "url", "published")


def select(
    rows: Sequence[dict[str, Any]],
    *,
    site: str | None = None,
    author: str | None = None,
    language: str | None = None,
    after: str | None = None,
    before: str | None = None,
    search: str | None = None,
) -> list[dict[str, Any]]:
    """The rows that pass every filter given (None = no filter)."""
    low = _bounds(after, "--after")[0] if after else None
    high = _bounds(before, "--before")[1] if before else None
    out = []
    for r in rows:
        if site and not _has(site, r.get("site"), r.get("publisher"), _host(r.get("url"))):
            continue
        if author and not _has(author, r.get("author")):
            continue
        if language and (r.get("language") or "").lower() != language.strip().lower():
            continue
        if (low or high) and not _dated_within(r.get("published"), low, high):
            continue
        if search and not all(_has(word, *(r.get(k) for k in _SEARCHED)) for word in search.split()):
            continue
        out.append(r)
    return out


def _has(needle: str, *fields: Any) -> bool:
    key = fold(needle)
    return any(key in fold(str(f)) for f in fields if f)


def _host(url: str | None) -> str | None:
    return urlsplit(url).netloc if url else None


def _bounds(value: str, option: str) -> tuple[date, date]:
    edtf = normalise_date(value)
    found = dates.edtf_bounds(edtf) if edtf else None
    if found is None:
        raise UsageError(f"{option} {value!r} is not a date (try 1998, 1998-03 or 1998-03-04)")
    return found


def _dated_within(published: str | None, low: date | None, high: date | None) -> bool:
    found = dates.edtf_bounds(published) if published else None
    if found is None:
        return False
    return (low is None or found[1] >= low) and (high is None or found[0] <= high)
