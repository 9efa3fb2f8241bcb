"""Request-scoped access to the knowledge base, shared by the page and API routes."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated
from urllib.parse import quote

from fastapi import Depends, Request
from sqlalchemy import Connection

from factoid.web.data import Snapshot


def get_conn(request: Request) -> Iterator[Connection]:
    """One connection per request; the workspace never writes."""
    with request.app.state.kb.engine.connect() as conn:
        yield conn


def get_snapshot(request: Request, conn: Annotated[Connection, Depends(get_conn)]) -> Snapshot:
    return request.app.state.cache.get(conn)


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
