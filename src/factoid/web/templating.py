"""The Jinja2 environment of the workspace: autoescape everywhere, a few URL and format helpers."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from factoid import schema
from factoid.readmodel import LEGEND
from factoid.web.data import fragment
from factoid.web.deps import claims_path, document_path, edge_path, person_path, value_anchor, value_text

_env = Environment(
    loader=FileSystemLoader(Path(__file__).parent / "templates"),
    autoescape=True,  # every template, whatever its file name: document text is never markup
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


def label(prop: str) -> str:
    """``date_of_birth`` -> ``date of birth``."""
    return schema.label(prop)


def pct(x: float | None) -> str:
    return "–" if x is None else f"{round(x * 100)}%"


def safe_url(url: str | None) -> str | None:
    """A document's own URL, only when it is plain http(s): a ``javascript:`` URL in a scraped
    page must never become a link."""
    if not url:
        return None
    return url if urlsplit(url).scheme in {"http", "https"} else None


_env.globals.update(person_url=person_path, doc_url=document_path, claims_url=claims_path, value_anchor=value_anchor, edge_url=edge_path, label=label, value_text=value_text,
                    pct=pct, safe_url=safe_url, LEGEND=LEGEND, fragment=fragment)
templates = Jinja2Templates(env=_env)
