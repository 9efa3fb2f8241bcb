"""Curation in the workspace: the forms' POST routes, the audit page and the review page.

Why this shape:

* The routes hold no curation logic: each calls one ``factoid.api`` function (``judge``,
  ``undo``, ``decisions``, ``review``), the same the CLI calls, then redirects back to the
  page the form was on (POST-redirect-GET) with a one-line flash message in a short-lived
  cookie. Forms are plain HTML: they work without JavaScript.
* Every POST is checked before its body is used: writing must be on (``edits``: off by
  default for a server reachable from other machines, see :func:`edits_allowed`) and the form
  must carry this browser's CSRF token (:mod:`factoid.web.csrf`). Refusals are 403 pages
  saying why; nothing is written.
* The workspace names its user (``factoid serve --user``, default the OS user); each decision
  is recorded under that name.
"""

from __future__ import annotations

import getpass
import ipaddress
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Annotated, Any
from urllib.parse import quote, unquote

from fastapi import APIRouter, Depends, FastAPI, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from factoid import api
from factoid.errors import FactoidError
from factoid.web import csrf
from factoid.web.data import memo
from factoid.web.deps import Snap, person_path
from factoid.web.templating import templates

__all__ = ["Workspace", "edits_allowed", "install", "router"]

router = APIRouter(include_in_schema=False)

FLASH_COOKIE = "factoid_flash"
LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})
READ_ONLY = ("Writing is off: this workspace listens on an address other machines can reach. "
             "Restart it with --allow-edits to record decisions here.")
BAD_TOKEN = "Refused: the form's security token is missing or wrong. Reload the page and submit it again."


@dataclass(frozen=True)
class Workspace:
    """Who is deciding, whether writing is on, and the server's CSRF secret."""

    user: str
    edits: bool
    secret: bytes


def os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in this environment
        return "unknown"


def edits_allowed(host: str, allow_edits: bool = False) -> bool:
    """Writing is on for a loopback address, elsewhere only when explicitly allowed."""
    if allow_edits or host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def install(app: FastAPI, *, user: str | None = None, edits: bool = False) -> None:
    """Add curation to a workspace app: its state, the session-cookie middleware, the routes."""
    app.state.workspace = Workspace(user=(user or "").strip() or os_user(), edits=edits, secret=csrf.new_secret())
    app.include_router(router)

    @app.middleware("http")
    async def session_cookie(request: Request, call_next):  # type: ignore[no-untyped-def]
        made = None
        if not request.cookies.get(csrf.SESSION_COOKIE):
            made = csrf.new_session()
            request.scope[csrf.SCOPE_KEY] = made
        response = await call_next(request)
        if made:
            response.set_cookie(csrf.SESSION_COOKIE, made, httponly=True, samesite="strict", path="/")
        shown = response.status_code == 200 and response.headers.get("content-type", "").startswith("text/html")
        if request.method == "GET" and request.cookies.get(FLASH_COOKIE) and shown:
            response.delete_cookie(FLASH_COOKIE, path="/")
        return response


# ---- what the templates see ---------------------------------------------------------------------


def workspace(request: Request) -> dict[str, Any]:
    """The user, whether forms are shown, this browser's CSRF token and a pending flash."""
    ws: Workspace | None = getattr(request.app.state, "workspace", None)
    if ws is None:
        return {"user": None, "edits": False, "token": "", "flash": None}
    session = csrf.session_of(request)
    flash = request.cookies.get(FLASH_COOKIE)
    return {"user": ws.user, "edits": ws.edits, "token": csrf.token(ws.secret, session) if session else "",
            "flash": unquote(flash)[:500] if flash else None}


def listed_decisions(request: Request) -> list[dict]:
    """The decisions log (``api.decisions``), read once per knowledge-base state: placing its
    anchors reads every claim and mention of the corpus, too slow for each page view. A new
    decision changes the snapshot's fingerprint, so the log is read anew after every write."""
    snap = getattr(request.state, "snapshot", None)
    kb = request.app.state.kb
    if snap is None:
        return api.decisions(kb)
    return memo(snap, "_decisions", lambda: api.decisions(kb))


def notes_for(request: Request, person_id: str | None = None, claim_keys: Iterable[str] | None = None,
              document: str | None = None, lines: Iterable[dict] | None = None) -> list[dict]:
    """Notes in effect on a person or one of their claims, or on a source, newest first.

    A person's claims come as ``claim_keys`` or as their export ``lines`` (every quote of every
    line is a claim): the keys of a person with thousands of quotes are gathered only when some
    note is on a claim at all, not on every view of the dossier."""
    notes = [row for row in listed_decisions(request)
             if row["kind"] == "note" and row["in_effect"] and not row["undone_by"]]
    if not notes:
        return []
    keys = set(claim_keys or ())
    if lines is not None and any(row["targets"][0]["type"] == "claim" for row in notes):
        keys.update(s["key"] for ln in lines for s in ln["sources"])
    out = []
    for row in notes:
        t = row["targets"][0]
        if ((person_id and t.get("person_id") == person_id) or (t["type"] == "claim" and t.get("key") in keys)
                or (document and t["type"] == "document" and t["document"] == document)):
            out.append(row)
    return out[::-1]


templates.env.globals.update(workspace=workspace, notes_for=notes_for)


# ---- the guard every POST passes ----------------------------------------------------------------


async def checked_form(request: Request) -> dict[str, str]:
    """The form's fields, once writing is on and its CSRF token matches this browser's."""
    ws: Workspace = request.app.state.workspace
    if not ws.edits:
        raise HTTPException(403, READ_ONLY)
    form = await request.form()
    fields = {k: v.strip() for k, v in form.items() if isinstance(v, str)}
    if not csrf.valid(ws.secret, request.cookies.get(csrf.SESSION_COOKIE), fields.get(csrf.FIELD)):
        raise HTTPException(403, BAD_TOKEN)
    return fields


Form = Annotated[dict[str, str], Depends(checked_form)]


def _back(form: dict[str, str], message: str) -> Response:
    """Redirect (303) to the form's page, a local path only, with the flash message."""
    target = form.get("next", "")
    if not target.startswith("/") or target.startswith("//") or "\\" in target:
        target = "/"
    response = RedirectResponse(target, status_code=303)
    response.set_cookie(FLASH_COOKIE, quote(message[:500]), max_age=120, httponly=True, samesite="strict", path="/")
    return response


def _record(request: Request, form: dict[str, str], done: str, call: Any, *args: Any, **kw: Any) -> Response:
    """Call the api; a refusal (unknown person, value no source gives) comes back as a flash."""
    try:
        row = call(request.app.state.kb, *args, user=request.app.state.workspace.user, **kw)
    except FactoidError as exc:
        return _back(form, f"Not recorded: {exc}")
    if row.get("kind") in ("same", "different", "unsure") and form.get("next", "").startswith("/people/"):
        form = {**form, "next": _followed(request, row) or form["next"]}
    return _back(form, f"{done} (decision {row.get('id')}).")


def _followed(request: Request, row: dict) -> str | None:
    """After a merge or split the page's person id may have moved: the page of the person
    the decision's first mention now belongs to."""
    listed = next((r for r in api.decisions(request.app.state.kb) if r.get("uid") == row.get("uid")), None)
    pid = listed["targets"][0].get("person_id") if listed else None
    return person_path(pid) if pid else None


def _need(form: dict[str, str], *names: str) -> None:
    missing = [n for n in names if not form.get(n)]
    if missing:
        raise HTTPException(422, f"the form lacks {', '.join(missing)}")


@router.post("/curate/claim")
def judge_claim(request: Request, form: Form) -> Response:
    """Mark one claim wrong, confirmed or unsure."""
    _need(form, "key", "verdict")
    words = {"wrong": "Marked wrong", "confirmed": "Confirmed", "unsure": "Marked unsure"}
    if form["verdict"] not in words:
        raise HTTPException(422, "verdict is one of wrong, confirmed, unsure")
    return _record(request, form, words[form["verdict"]], api.judge, "claim", form["key"],
                   verdict=form["verdict"], reason=form.get("reason", ""))


@router.post("/curate/prefer")
def judge_prefer(request: Request, form: Form) -> Response:
    """Prefer one side of a dispute."""
    _need(form, "person", "property", "value")
    return _record(request, form, f"Preferred {form['value']}", api.judge, "prefer", form["person"],
                   prop=form["property"], value=form["value"], reason=form.get("reason", ""))


@router.post("/curate/pair")
def judge_pair(request: Request, form: Form) -> Response:
    """Two people or mentions are one person (merge), two (split), or unsure."""
    _need(form, "kind", "a", "b")
    words = {"same": "Merged", "different": "Split", "unsure": "Marked unsure"}
    if form["kind"] not in words:
        raise HTTPException(422, "kind is one of same, different, unsure")
    return _record(request, form, words[form["kind"]], api.judge, form["kind"], form["a"], form["b"],
                   reason=form.get("reason", ""))


@router.post("/curate/note")
def judge_note(request: Request, form: Form) -> Response:
    """A free-text note on a person, a claim or a source."""
    _need(form, "target", "text")
    return _record(request, form, "Note added", api.judge, "note", form["target"], value=form["text"],
                   reason=form.get("reason", ""))


@router.post("/curate/undo")
def undo(request: Request, form: Form) -> Response:
    _need(form, "decision")
    return _record(request, form, f"Decision {form['decision']} undone", api.undo, form["decision"],
                   reason=form.get("reason", ""))


# ---- pages --------------------------------------------------------------------------------------


@router.get("/decisions", response_class=HTMLResponse)
def decisions(request: Request, snap: Snap) -> Response:
    """The audit page: every decision, newest first, with undo."""
    rows = listed_decisions(request)[::-1]
    names = {pid: p.name for pid, p in snap.persons.items()}
    return templates.TemplateResponse(request, "decisions.html", {"rows": rows, "names": names, "nav": "decisions",
                                                                 "title": "Decisions"})


@router.get("/review", response_class=HTMLResponse)
def review(request: Request, snap: Snap) -> Response:
    """The review queue, most impact first, with the buttons that settle each item."""
    items = api.review(request.app.state.kb)
    names = {pid: p.name for pid, p in snap.persons.items()}
    return templates.TemplateResponse(request, "review.html", {"items": items, "names": names, "persons": snap.persons,
                                                              "nav": "review",
                                                              "title": "Review"})
