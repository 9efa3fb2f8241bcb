"""Request-scoped access to the knowledge base, shared by the page and API routes."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import Depends, Request
from sqlalchemy import Connection

from factoid.web.data import Snapshot


def get_conn(request: Request) -> Iterator[Connection]:
    """One connection per request; the workspace never writes."""
    with request.app.state.kb.engine.connect() as conn:
        yield conn


def get_snapshot(request: Request, conn: Annotated[Connection, Depends(get_conn)]) -> Snapshot:
    """The cached snapshot of the knowledge base's current state, also kept on the request
    so template helpers (notes, decisions) can reuse what is derived from it."""
    snap = request.app.state.cache.get(conn)
    request.state.snapshot = snap
    return snap


Conn = Annotated[Connection, Depends(get_conn)]
Snap = Annotated[Snapshot, Depends(get_snapshot)]


def person_path(person_id: str) -> str:
    """The page of a person. Ids look like ``person/genrikh-lyushkov``; URLs use the slug."""
    slug = person_id[len("person/"):] if person_id.startswith("person/") else person_id
    return "/people/" + quote(slug, safe="/")


def document_path(doc_id: str, claim: str | None = None) -> str:
    """The document viewer, optionally landing on one claim's quote (scrolled into view)."""
    url = "/documents/" + quote(doc_id, safe="/")
    if claim:
        url += f"?claim={quote(claim, safe='')}#claim-{quote(claim, safe='')}"
    return url


def value_text(value: Any) -> str:
    """A claim value for display and for matching a filter (a list of names joined)."""
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value)


def value_anchor(prop: str, value: Any) -> str:
    """The id of a value's first row on the claims page: short, stable, safe in any URL."""
    digest = hashlib.sha1(f"{prop}\0{value_text(value)}".encode()).hexdigest()[:10]
    return f"v-{digest}"


def claims_path(person_id: str, prop: str | None = None, value: Any = None, page: int = 1, land: bool = True) -> str:
    """The paged claims page of a person (with its curation forms), filtered to one property
    or one value; a value's link lands on that value's rows (``#v-...``)."""
    params = {k: v for k, v in (("property", prop or ""), ("value", "" if value is None else value_text(value)),
                                ("page", str(page) if page > 1 else "")) if v}
    url = person_path(person_id) + "/claims" + ("?" + urlencode(params) if params else "")
    return url + (f"#{value_anchor(prop, value)}" if land and prop and value is not None else "")


def edge_path(a: str, b: str, kind: str) -> str:
    """The page of one connection of the corpus network, with the quotes behind it."""
    return "/network/edge?" + urlencode({"a": a, "b": b, "kind": kind})
