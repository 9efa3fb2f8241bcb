"""Cross-site request forgery protection for the curation forms.

Why: once the workspace writes, any web page the user visits could post a form to
``127.0.0.1:8000`` and record a decision in their name. Every form therefore carries a token
that only a page of this server can know: an HMAC of a per-server secret and a random
per-browser session id kept in an HttpOnly, SameSite=Strict cookie. A POST whose token does
not match its cookie is refused before anything is read from its body.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from starlette.requests import Request

__all__ = ["SESSION_COOKIE", "FIELD", "new_secret", "new_session", "session_of", "token", "valid"]

SESSION_COOKIE = "factoid_session"
#: The name of the hidden form field that carries the token.
FIELD = "csrf"
#: Where the middleware leaves a session id made for this request (the cookie is set on its response).
SCOPE_KEY = "factoid.session"


def new_secret() -> bytes:
    """A server secret: a restart invalidates old pages' tokens, which is harmless (reload)."""
    return secrets.token_bytes(32)


def new_session() -> str:
    return secrets.token_urlsafe(24)


def session_of(request: Request) -> str | None:
    """The session id of this browser: the cookie it sent, else the one made for this request."""
    made = request.scope.get(SCOPE_KEY)
    return made if isinstance(made, str) else request.cookies.get(SESSION_COOKIE)


def token(secret: bytes, session: str) -> str:
    return hmac.new(secret, session.encode("utf-8"), hashlib.sha256).hexdigest()


def valid(secret: bytes, session: str | None, given: str | None) -> bool:
    """Whether ``given`` is the token of ``session`` (constant-time compare)."""
    if not session or not given:
        return False
    return hmac.compare_digest(token(secret, session), given)
