"""The HTML pages. Navigation is built for the three-click path a historian needs most:
people list -> dossier (disputes shown side by side with their quotes) -> a quote opens the
document viewer scrolled to that exact passage."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from factoid import ask as ask_mod
from factoid import schema
from factoid.errors import NotFoundError, UsageError
from factoid.web import corpus, data, highlight, queries, svg
from factoid import search as search_mod
from factoid.web.deps import Conn, Snap, document_path, person_path
from factoid.web.templating import templates

router = APIRouter(include_in_schema=False)


def _page(request: Request, name: str, **context: object) -> Response:
    return templates.TemplateResponse(request, name, context)


@router.get("/", response_class=HTMLResponse)
def home() -> Response:
    return RedirectResponse("/people", status_code=307)


#: People per page of the people list: a corpus of thousands of names stays quick to open.
PAGE_SIZE = 200


@router.get("/people", response_class=HTMLResponse)
def people(request: Request, snap: Snap, q: Annotated[str | None, Query(max_length=200)] = None,
           sort: queries.SortKey | None = None, order: queries.Order | None = None,
           page: Annotated[int, Query(ge=1, le=100_000)] = 1,
           disputed: Annotated[bool, Query(description="only people with disputes")] = False,
           everyone: Annotated[bool, Query(alias="all", description="also people without claims")] = False,
           document: Annotated[str | None, Query(max_length=512)] = None,
           language: Annotated[str | None, Query(max_length=16)] = None) -> Response:
    """People with claims (everyone with ``all=1``), filtered by disputes, document, language."""
    rows = queries.people(snap, q, sort, order, claimed=None if everyone else True, disputed=True if disputed else None,
                          document=document or None, language=language or None)
    pages = max(1, -(-len(rows) // PAGE_SIZE))
    shown = rows[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    filters = {k: v for k, v in (("disputed", "1" if disputed else ""), ("all", "1" if everyone else ""),
                                 ("document", document or ""), ("language", language or "")) if v}
    hidden = 0 if everyone else sum(1 for r in snap.people if not r["claims"])
    return _page(request, "people.html", rows=shown, matches=len(rows), page=min(page, pages), pages=pages,
                 q=q or "", sort=sort, order=order, total=len(snap.people), nav="people", filters=filters,
                 facets=queries.facets(snap), hidden=hidden)


@router.get("/people/{person_id:path}/claims", response_class=HTMLResponse)
def person_claims(request: Request, person_id: str, snap: Snap,
                  prop: Annotated[str | None, Query(alias="property", max_length=100)] = None,
                  value: Annotated[str | None, Query(max_length=1000)] = None,
                  page: Annotated[int, Query(ge=1, le=100_000)] = 1) -> Response:
    """Every claim of one person, a row per quote with its curation forms, 50 a page, filtered
    by property and value: where the dossier's "all N quotes" links land."""
    c = queries.claim_rows(snap, person_id, prop or None, value or None, page, queries.CLAIMS_PAGE)
    return _page(request, "person_claims.html", c=c, snap=snap, nav="people",
                 title=f"Claims about {c['person']['name']}")


@router.get("/people/{person_id:path}/sources", response_class=HTMLResponse)
def person_sources(request: Request, person_id: str, snap: Snap) -> Response:
    """Every source citing one person, most cited first (the dossier shows the first few)."""
    d = data.dossier(snap, person_id)
    return _page(request, "person_sources.html", d=d, nav="people", title=f"Sources on {d['person']['name']}")


@router.get("/people/{person_id:path}", response_class=HTMLResponse)
def person(request: Request, person_id: str, snap: Snap) -> Response:
    """The dossier. What it shows is worked out once per knowledge-base state and person
    (``data.recent``), and its sections are rendered once too (``fragment`` blocks in
    person.html); only the curation panel and forms are rendered for each request."""
    parts = data.recent(snap, ("dossier page", snap.person(person_id).id), lambda: _dossier_parts(snap, person_id))
    return _page(request, "person.html", **parts, snap=snap, nav="people", title=parts["d"]["person"]["name"])


def _dossier_parts(snap: data.Snapshot, person_id: str) -> dict[str, object]:
    """What the dossier page shows of one person: the dossier, its timeline and network charts
    (wide and narrow), the count of claims and the people offered for a merge."""
    d = data.dossier(snap, person_id)
    tl = data.timeline(snap, person_id)

    def href(source: dict) -> str:
        return document_path(source["document"], snap.claim_id(source))

    names = {pid: p.name for pid, p in snap.persons.items()}
    return {"d": d, "chart": svg.timeline_chart(tl["events"], href),
            "chart_narrow": svg.timeline_chart(tl["events"], href, narrow=True),
            "net": svg.network(d, snap.person_for_name, names),
            "net_narrow": svg.network(d, snap.person_for_name, names, narrow=True), "events": tl["events"],
            "claim_count": sum(len(line["sources"]) for line in d["lines"]),
            "merge_candidates": queries.merge_candidates(snap, d["person"]["id"])}


@router.get("/disputes", response_class=HTMLResponse)
def disputes(request: Request, snap: Snap) -> Response:
    return _page(request, "disputes.html", disputes=data.disputes(snap), snap=snap, nav="disputes")


@router.get("/documents", response_class=HTMLResponse)
def documents(request: Request, conn: Conn, snap: Snap) -> Response:
    return _page(request, "documents.html", docs=queries.documents(conn, snap), nav="documents")


@router.get("/documents/{doc_id:path}", response_class=HTMLResponse)
def document(request: Request, doc_id: str, conn: Conn, snap: Snap,
             claim: Annotated[str | None, Query(max_length=64)] = None) -> Response:
    doc = queries.document(conn, snap, doc_id)
    known = {c["id"] for c in doc["claims"]}
    current = claim if claim in known else None
    labels = {c["id"]: f"{schema.label(c['property'])}: {c['value']} ({c['person'] or c['subject_name']})"
              for c in doc["claims"]}
    blocks = highlight.blocks(doc["_doc"], doc["_passages"], doc["claims"], current, labels)
    target = next((c for c in doc["claims"] if c["id"] == current), None)
    return _page(request, "document.html", doc=doc, blocks=blocks, target=target,
                 missing_claim=claim if claim and not current else None, nav="documents",
                 title=doc["title"] or doc["id"])


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, conn: Conn, snap: Snap, q: Annotated[str, Query(max_length=500)] = "",
           page: Annotated[int, Query(ge=1, le=100_000)] = 1) -> Response:
    result = search_mod.search(conn, snap, q, page) if q.strip() else None
    return _page(request, "search.html", q=q, result=result, nav="search", title=f"Search: {q}" if q else "Search")


@router.get("/ask", response_class=HTMLResponse)
def ask(request: Request, conn: Conn, snap: Snap, q: Annotated[str, Query(max_length=500)] = "") -> Response:
    answer, error = None, None
    if q.strip():
        try:
            answer = ask_mod.ask(conn, q, snap)
        except (NotFoundError, UsageError) as exc:
            error = str(exc)
    grouped = queries.answer_groups(snap, answer)
    return _page(request, "ask.html", q=q, answer=answer, grouped=grouped, error=error, nav="ask",
                 person_url=person_path, title="Ask")


# ---- corpus-wide views ---------------------------------------------------------------------------

#: People per page of the corpus timeline (a row each).
TIMELINE_PAGE = 100


@router.get("/timeline", response_class=HTMLResponse)
def corpus_timeline(request: Request, snap: Snap, q: Annotated[str | None, Query(max_length=200)] = None,
                    disputed: bool = False, document: Annotated[str | None, Query(max_length=512)] = None,
                    language: Annotated[str | None, Query(max_length=16)] = None,
                    page: Annotated[int, Query(ge=1, le=100_000)] = 1) -> Response:
    """Everyone's life on one axis, filtered like the people list."""
    rows = queries.people(snap, q, "name", "asc", claimed=True, disputed=True if disputed else None,
                          document=document or None, language=language or None)
    lives = corpus.lives(snap, rows)
    pages = max(1, -(-len(lives) // TIMELINE_PAGE))
    page = min(page, pages)
    shown = lives[(page - 1) * TIMELINE_PAGE: page * TIMELINE_PAGE]

    def href(source: dict) -> str:
        return document_path(source["document"], snap.claim_id(source))

    charts = [svg.corpus_timeline(shown, href, person_path), svg.corpus_timeline(shown, href, person_path, narrow=True)]
    filters = {k: v for k, v in (("q", q or ""), ("disputed", "1" if disputed else ""), ("document", document or ""),
                                 ("language", language or "")) if v}
    return _page(request, "corpus_timeline.html", charts=charts, lives=shown, total=len(lives), page=page, pages=pages,
                 filters=filters, facets=queries.facets(snap), nav="timeline", title="Timeline of everyone", q=q or "",
                 snap=snap)


@router.get("/network", response_class=HTMLResponse)
def corpus_network(request: Request, snap: Snap, kind: Annotated[list[str] | None, Query()] = None,
                   person: Annotated[str | None, Query(max_length=300)] = None) -> Response:
    """Everyone's connections: family, killings, office succession and co-mention, with evidence."""
    kinds = tuple(k for k in (kind or corpus.EDGE_KINDS) if k in corpus.EDGE_KINDS) or corpus.EDGE_KINDS
    pid = snap.person(person).id if person else None
    edge_list = corpus.edges(snap, kinds, pid)
    names = {p: x.name for p, x in snap.persons.items()}
    net = svg.corpus_network(edge_list, names)
    net_narrow = svg.corpus_network(edge_list, names, narrow=True)
    by_person: dict[str, list] = {}
    for e in edge_list:
        by_person.setdefault(e.a, []).append((e, e.b))
        by_person.setdefault(e.b, []).append((e, e.a))
    order = sorted(by_person, key=lambda p: names.get(p, p).casefold())
    return _page(request, "corpus_network.html", net=net, net_narrow=net_narrow, edges=edge_list, by_person=by_person, order=order,
                 names=names, kinds=kinds, all_kinds=corpus.EDGE_KINDS, person=pid, snap=snap, nav="network",
                 title="Network of everyone")


@router.get("/network/edge", response_class=HTMLResponse)
def corpus_edge(request: Request, snap: Snap, a: Annotated[str, Query(max_length=300)],
                b: Annotated[str, Query(max_length=300)], kind: Annotated[str, Query(max_length=40)]) -> Response:
    """One connection of the network with every quote behind it (the network page lists counts)."""
    e = corpus.edge(snap, snap.person(a).id, snap.person(b).id, kind)
    if e is None:
        raise NotFoundError(f"no {kind!r} connection between {a!r} and {b!r}")
    names = {pid: snap.persons[pid].name for pid in (e.a, e.b)}
    return _page(request, "corpus_edge.html", e=e, names=names, snap=snap, nav="network",
                 title=f"{names[e.a]} and {names[e.b]}: {e.kind}")


@router.get("/map", response_class=HTMLResponse)
def corpus_map(request: Request, snap: Snap, kind: Annotated[list[str] | None, Query()] = None) -> Response:
    """Places of birth, death, burial and office on a world map, each opening its claims."""
    all_kinds = ("birth", "death", "burial", "office")
    kinds = tuple(k for k in (kind or all_kinds) if k in all_kinds) or all_kinds
    places = corpus.places(snap, kinds)
    land = corpus.land_cells()
    maps = [svg.world_map(places, land), svg.world_map(places, land, narrow=True)]
    return _page(request, "corpus_map.html", maps=maps, places=places, kinds=kinds, all_kinds=all_kinds, snap=snap,
                 nav="map", title="Map of places")
