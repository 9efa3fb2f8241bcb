"""How a source is cited: "Title (site, date)" with its URL, never a bare file name when
anything better is known.

One function for the CLI, the web workspace and the exports, so a source reads the same
everywhere. The input is a document's source metadata (``model.SourceMeta`` fields, as a
``Document``, a ``SourceMeta`` or the dict ``store.reads.document_meta`` returns).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import urlsplit

__all__ = ["annotate", "citation", "cite", "source_url"]


def _get(meta: Any, name: str) -> str | None:
    value = meta.get(name) if isinstance(meta, Mapping) else getattr(meta, name, None)
    return str(value).strip() or None if value else None


def citation(meta: Any, document_id: str) -> str:
    """"Title (site, date)": the title, else the author, else the site, else the URL's host and
    path; in brackets the site (or publisher) and the date of writing, those known. The
    document id (its file name) only when nothing at all is known."""
    title = _get(meta, "title")
    site = _get(meta, "site") or _get(meta, "publisher")
    date = _get(meta, "published")
    url = _get(meta, "url")
    head = title or _get(meta, "author") or site or (_short_url(url) if url else None)
    if head is None:
        return f"{document_id} ({date})" if date else document_id
    extra = [x for x in (site, date) if x and x != head]
    return f"{head} ({', '.join(extra)})" if extra else head


def source_url(meta: Any) -> str | None:
    """The source's URL when it is a web address (http or https) a reader can follow."""
    url = _get(meta, "url")
    return url if url and urlsplit(url).scheme in {"http", "https"} else None


def cite(meta: Any, document_id: str) -> dict[str, str | None]:
    """The citation text and the URL of one source, as one record."""
    return {"citation": citation(meta, document_id), "url": source_url(meta)}


def annotate(sources: Iterable[dict[str, Any]], metas: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Copies of export citations (dicts with a ``document``) with ``citation`` and ``url``
    added from the documents' metadata (``metas``: document id -> metadata)."""
    return [dict(s, **cite(metas.get(s["document"], {}), s["document"])) for s in sources]


def _short_url(url: str) -> str:
    """``https://www.example.org/wiki/X/`` -> ``example.org/wiki/X``."""
    parts = urlsplit(url)
    host = parts.netloc.removeprefix("www.")
    return (host + parts.path.rstrip("/")) if host else url
