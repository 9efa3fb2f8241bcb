"""The JSON API under ``/api``: the same dicts the pages render, for scripts and notebooks."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Query
from fastapi.responses import Response
from pydantic_core import to_json

from factoid import ask as ask_mod
from factoid.errors import NotFoundError
from factoid.web import corpus, data, queries
from factoid import search as search_mod
from factoid.web.deps import Conn, Snap, claims_path

router = APIRouter(prefix="/api", tags=["api"])

Q = Annotated[str, Query(min_length=1, max_length=500, description="free text")]


@router.get("/people", summary="People with lifespan, description, alias, document, claim and dispute counts")
def people(snap: Snap, q: Annotated[str | None, Query(max_length=200)] = None,
           sort: queries.SortKey | None = None, order: queries.Order | None = None,
           claims: Annotated[bool | None, Query(description="only people with (true) or without (false) claims")] = None,
           disputes: Annotated[bool | None, Query(description="only people with (true) or without (false) disputes")] = None,
           document: Annotated[str | None, Query(max_length=512, description="only people named in this document")] = None,
           language: Annotated[str | None, Query(max_length=16, description="only people named in a document of this language")] = None,
           ) -> list[dict[str, Any]]:
    return queries.people(snap, q, sort, order, claimed=claims, disputed=disputes, document=document, language=language)


# Declared before the dossier route: ``{person_id:path}`` would otherwise swallow "/timeline".
@router.get("/people/{person_id:path}/timeline", summary="Dated events and terms of office of a person")
def timeline(person_id: str, snap: Snap) -> dict[str, Any]:
    return data.timeline(snap, person_id)


#: The dossier's lists that grow with the person's claims, cut to ``limit`` rows unless ``full``.
BOUNDED = ("lines", "career", "relations", "deprecated")
#: Rows of each of those lists in a dossier answer by default (and quotes of each line, copies of
#: each source: both grow with the corpus, the copies with the square of its documents).
DOSSIER_LIMIT = 20


@router.get("/people/{person_id:path}", summary="Dossier of a person (id like person/genrikh-lyushkov, or its slug)",
            response_model=dict[str, Any])
def dossier(person_id: str, snap: Snap,
            limit: Annotated[int, Query(ge=1, le=100_000, description="rows of each claim list (lines, career, "
                                                                       "relations, deprecated), quotes of each "
                                                                       "line, copies of each source")] = DOSSIER_LIMIT,
            full: Annotated[bool, Query(description="every row of every list, as `factoid person --json`")] = False,
            ) -> Response:
    # kept as JSON text per knowledge-base state, person and cut: the dossier of a person with
    # thousands of claims is megabytes of JSON, too much to encode again on every request
    cut = None if full else limit
    body = data.recent(snap, ("dossier API", snap.person(person_id).id, cut),
                       lambda: to_json(bounded(data.dossier(snap, person_id), cut)))
    return Response(body, media_type="application/json")


def bounded(d: dict[str, Any], limit: int | None) -> dict[str, Any]:
    """A dossier with its claim lists cut to ``limit`` rows (None: whole), plus ``totals`` (the
    length of each list) and ``more`` (where the rest is: the paged claims page, the whole
    answer). Why: a person with thousands of claims made a dossier of megabytes, serialised on
    every request, though the infobox, disputes and sources already carry every value's quotes."""
    pid = d["person"]["id"]
    cut = {k: [_rows(ln, "sources", limit) for ln in d[k][:limit]] if limit is not None else d[k] for k in BOUNDED}
    sources = [_rows(src, "copies", limit) for src in d["sources"]] if limit is not None else d["sources"]
    return {**d, **cut, "sources": sources, "totals": {k: len(d[k]) for k in BOUNDED},
            "more": {"claims": claims_path(pid, land=False), "full": f"/api/people/{quote(pid)}?full=true"}}


def _rows(row: dict[str, Any], key: str, limit: int | None) -> dict[str, Any]:
    """One row with its list ``key`` (a line's quotes, a source's copies) cut to ``limit``,
    and ``<key>_total`` its whole length whenever it was cut."""
    items = row.get(key) or []
    if limit is None or len(items) <= limit:
        return row
    return {**row, key: items[:limit], f"{key}_total": len(items)}


@router.get("/disputes", summary="Disputes, most contested first")
def disputes(snap: Snap, person: Annotated[str | None, Query(max_length=300, description="person id or slug")] = None
             ) -> list[dict[str, Any]]:
    pid = snap.person(person).id if person else None
    return data.disputes(snap, pid)


@router.get("/documents", summary="Documents with passage-role counts and reliability")
def documents(conn: Conn, snap: Snap) -> list[dict[str, Any]]:
    return queries.documents(conn, snap)


@router.get("/documents/{doc_id:path}", summary="A document: text, passages with roles, extracted claims")
def document(doc_id: str, conn: Conn, snap: Snap) -> dict[str, Any]:
    return queries.public(queries.document(conn, snap, doc_id))


@router.get("/search", summary="Search people, claims and document text (any script or spelling), ranked and paged")
def search(q: Q, conn: Conn, snap: Snap, limit: Annotated[int, Query(ge=1, le=200, description="results per page")] = 20,
           page: Annotated[int, Query(ge=1, le=100_000)] = 1) -> dict[str, Any]:
    return search_mod.search(conn, snap, q, page, limit)


@router.get("/ask", summary="Answer a question about one person, with citations")
def ask(q: Q, conn: Conn, snap: Snap) -> dict[str, Any]:
    """The answer; ``answers`` lays it out per property and value (each side of a dispute) with
    reference numbers into ``references``, where each quote appears once."""
    a = ask_mod.ask(conn, q, snap)
    grouped = queries.answer_groups(snap, a)
    return {"question": a.question, "person": a.person, "properties": list(a.properties), "text": a.text,
            "citations": a.citations, "answers": grouped["parts"], "references": grouped["references"]}


@router.get("/network", summary="Edges between people (family, killed by, succession, mentioned with) with their evidence")
def network(snap: Snap, kind: Annotated[list[str] | None, Query()] = None,
            person: Annotated[str | None, Query(max_length=300, description="person id or slug")] = None
            ) -> list[dict[str, Any]]:
    kinds = tuple(k for k in (kind or corpus.EDGE_KINDS) if k in corpus.EDGE_KINDS) or corpus.EDGE_KINDS
    pid = snap.person(person).id if person else None
    return [{"a": e.a, "b": e.b, "kind": e.kind, "label": e.label, "passages": e.passages,
             "evidence": queries.cite(snap, e.evidence)} for e in corpus.edges(snap, kinds, pid)]


@router.get("/network/edge", summary="One connection of the network (either order of a and b) with its evidence")
def network_edge(snap: Snap, a: Annotated[str, Query(max_length=300, description="person id or slug")],
                 b: Annotated[str, Query(max_length=300, description="person id or slug")],
                 kind: Annotated[str, Query(max_length=40, description="family, killed by, succession, mentioned with")]
                 ) -> dict[str, Any]:
    e = corpus.edge(snap, snap.person(a).id, snap.person(b).id, kind)
    if e is None:
        raise NotFoundError(f"no {kind!r} connection between {a!r} and {b!r}")
    return {"a": e.a, "b": e.b, "kind": e.kind, "label": e.label, "passages": e.passages,
            "evidence": queries.cite(snap, e.evidence)}


@router.get("/places", summary="Places of birth, death, burial and office with coordinates and their claims")
def places(snap: Snap) -> list[dict[str, Any]]:
    return [{"name": p["name"], "lat": p["lat"], "lon": p["lon"],
             "claims": [{"kind": c["kind"], "person_id": c["line"]["subject"]["id"], "property": c["line"]["property"],
                         "value": c["line"]["value"], "sources": queries.cite(snap, c["line"]["sources"])}
                        for c in p["claims"]]} for p in corpus.places(snap)]
