"""The web workspace application: ``create_app(kb)`` for ``factoid serve`` and the tests.

Design choices and why:

* Server-rendered Jinja2 with autoescape on for every template, and no JavaScript at all:
  the pages show untrusted text (scraped pages, comment threads), so the only way text reaches
  the page is as escaped text, and a strict Content-Security-Policy (no inline script, no
  inline style, nothing from another origin) is a second line of defence.
* Pages read: each request opens a connection, reads, and closes it. The curation forms
  (``routes_curation``) are the only writes, through ``factoid.api``, behind a CSRF token.
* ``/api`` returns the same dicts the pages render (and the CLI prints with ``--json``).
* API docs: ``/docs`` (Swagger UI) and ``/redoc`` load their code from the files the
  ``fastapi_offline`` package ships (mounted at ``/static-offline-docs``), never from a CDN.
  They are the only pages with script, from our own origin only: Swagger is started by a
  small file of ours (``static/swagger-init.js``) rather than an inline script; both pages
  allow inline styles, which the two bundles inject.
* Only the host names the server was started for are answered (``TrustedHostMiddleware``):
  otherwise any web page the user visits could read the knowledge base through DNS rebinding
  (its own name resolving to 127.0.0.1). ``hosts_for`` derives them from the bind address.
"""

from __future__ import annotations

import socket
from collections.abc import Iterable, Sequence
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from sqlalchemy.exc import OperationalError
from starlette.middleware.trustedhost import TrustedHostMiddleware

import fastapi_offline

from factoid.api import KnowledgeBase
from factoid.errors import NotFoundError, UsageError, explain
from factoid.web import routes_api, routes_curation, routes_export, routes_pages
from factoid.web.data import SnapshotCache
from factoid.web.templating import templates

HERE = Path(__file__).parent
DOCS_ASSETS = Path(fastapi_offline.__file__).parent / "static"
DOCS_STATIC = "/static-offline-docs"

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}
#: The API docs pages: scripts from this origin only, inline styles allowed (the bundles add them).
DOCS_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "worker-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
DOCS_PATHS = ("/docs", "/redoc")

SWAGGER_HTML = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>factoid API · Swagger UI</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="{DOCS_STATIC}/swagger-ui.css"><link rel="icon" href="/static/favicon.svg">
</head><body><main id="swagger-ui"></main>
<script src="{DOCS_STATIC}/swagger-ui-bundle.js"></script><script src="/static/swagger-init.js"></script>
</body></html>"""
REDOC_HTML = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>factoid API · ReDoc</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="/static/favicon.svg">
</head><body><redoc spec-url="/openapi.json"></redoc>
<script src="{DOCS_STATIC}/redoc.standalone.js"></script>
</body></html>"""


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/api"


def _error(request: Request, status: int, message: str) -> Response:
    """JSON for the API, a page for a browser."""
    if _is_api(request):
        return JSONResponse({"error": {404: "not_found", 422: "bad_request"}.get(status, "error"),
                             "detail": message}, status_code=status)
    return templates.TemplateResponse(request, "error.html", {"status": status, "message": message},
                                      status_code=status)


#: Names of this machine as seen from itself; "testserver" is the host of Starlette's TestClient.
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1", "testserver")
_WILDCARDS = frozenset({"0.0.0.0", "::", ""})


def hosts_for(bind: str, extra: Iterable[str] = ()) -> list[str]:
    """The Host header values to accept for a server bound to ``bind``: loopback names, the
    bind address itself, for a wildcard bind this machine's names and addresses, and ``extra``
    (``factoid serve --allow-host``)."""
    hosts = [*LOOPBACK_HOSTS, *extra]
    if bind in _WILDCARDS:
        names = {socket.gethostname(), socket.getfqdn()}
        hosts += sorted(names)
        for name in sorted(names):
            try:
                hosts += sorted({info[4][0] for info in socket.getaddrinfo(name, None)})
            except OSError:
                continue
    else:
        hosts.append(bind)
    return list(dict.fromkeys(h for h in hosts if h))


def create_app(kb: KnowledgeBase, *, allowed_hosts: Sequence[str] = LOOPBACK_HOSTS, user: str | None = None,
               edits: bool = False) -> FastAPI:
    """The workspace over one open knowledge base, answering only ``allowed_hosts``; the
    curation forms record decisions as ``user`` (default the OS user) when ``edits`` is on."""
    app = FastAPI(title="factoid", summary="Cited claims about historical people, read-only.",
                  version="0.1.0", docs_url=None, redoc_url=None)
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))
    app.state.kb = kb
    app.state.cache = SnapshotCache()
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.mount(DOCS_STATIC, StaticFiles(directory=DOCS_ASSETS), name="static-offline-docs")

    @app.get("/docs", include_in_schema=False)
    def swagger() -> HTMLResponse:
        return HTMLResponse(SWAGGER_HTML, headers={"Content-Security-Policy": DOCS_CSP})

    @app.get("/redoc", include_in_schema=False)
    def redoc() -> HTMLResponse:
        return HTMLResponse(REDOC_HTML, headers={"Content-Security-Policy": DOCS_CSP})

    app.include_router(routes_api.router)
    app.include_router(routes_pages.router)
    app.include_router(routes_export.router)
    routes_curation.install(app, user=user, edits=edits)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):  # type: ignore[no-untyped-def]
        response = await call_next(request)
        for k, v in SECURITY_HEADERS.items():
            response.headers.setdefault(k, v)
        return response

    @app.exception_handler(NotFoundError)
    async def not_found(request: Request, exc: NotFoundError) -> Response:
        return _error(request, 404, str(exc))

    @app.exception_handler(UsageError)
    async def usage(request: Request, exc: UsageError) -> Response:
        return _error(request, 422, str(exc))

    @app.exception_handler(OperationalError)
    async def unavailable(request: Request, exc: OperationalError) -> Response:
        # WAL readers are not blocked by a writer, but a locked or damaged file must still
        # answer with a sentence and a retry hint, not a bare 500
        response = _error(request, 503, explain(exc))
        response.headers["Retry-After"] = "5"
        return response

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return _error(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        if _is_api(request):
            return JSONResponse({"error": "bad_request", "detail": _plain(exc.errors())}, status_code=422)
        msgs = "; ".join(f"{'.'.join(str(x) for x in e['loc'][1:])}: {e['msg']}" for e in exc.errors())
        return _error(request, 422, msgs)

    return app


def _plain(errors: object) -> object:
    """Validation errors without the raw input objects (keeps the JSON serialisable)."""
    if isinstance(errors, (list, tuple)):
        return [{k: v for k, v in e.items() if k in {"loc", "msg", "type"}} for e in errors]  # type: ignore[union-attr]
    return errors


__all__ = ["LOOPBACK_HOSTS", "create_app", "hosts_for", "HTMLResponse"]
