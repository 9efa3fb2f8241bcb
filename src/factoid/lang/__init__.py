"""Per-language data: patterns, lexicons and labels, one folder per language code.

What varies between languages is data, not code (the shape of spaCy's ``spacy/lang/<code>/``):
``lang/en/`` holds the English matcher patterns (JSONL, one spaCy pattern per line), the
lexicons and the infobox labels (TOML). A second language fills a sibling folder with files
of the same names; the extractors load them through this module and never open paths
themselves, so a missing file is one clear error naming the language and the file.

TOML and JSONL are read with the standard library (``tomllib``, ``json``): no extra
dependency, and both keep comments or one record per line, which keeps diffs reviewable.
"""

from __future__ import annotations

import json
import tomllib
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from factoid.errors import FactoidError

__all__ = ["LanguageDataError", "available", "data_path", "load_every", "load_jsonl", "load_toml"]


class LanguageDataError(FactoidError):
    """A language's data file is missing or malformed; the message names the file."""


def _root() -> Path:
    return Path(str(resources.files(__package__)))


def available() -> tuple[str, ...]:
    """Language codes that have a data folder, sorted."""
    return tuple(sorted(p.name for p in _root().iterdir() if p.is_dir() and not p.name.startswith("_")))


def data_path(code: str, name: str) -> Path:
    """The path of one data file of one language; raises when it does not exist."""
    path = _root() / code / name
    if not path.is_file():
        raise LanguageDataError(f"lang/{code}/{name}: no such language data file")
    return path


@cache
def load_toml(code: str, name: str) -> dict[str, Any]:
    """A TOML data file, parsed once per process (from the disk cache of every data file
    parsed, ``lang.parsed``, when it holds the file as it is now)."""
    found = _parsed().get((code, name))
    if found is not None:
        return found  # type: ignore[no-any-return]
    return parse_toml(code, name, data_path(code, name).read_text(encoding="utf-8"))


def parse_toml(code: str, name: str, text: str) -> dict[str, Any]:
    """The text of ``lang/<code>/<name>`` parsed as TOML; an error names the file."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise LanguageDataError(f"lang/{code}/{name}: {exc}") from exc


def _parsed() -> dict[tuple[str, str], Any]:
    """(code, file name) -> the parsed file, of every data file of the current root."""
    from factoid.lang import parsed

    return parsed.every(_root())


@cache
def load_every(name: str) -> tuple[tuple[str, dict[str, Any]], ...]:
    """(code, data) of every language that has the TOML file ``name``, in code order: for
    data read across languages (infobox labels, month names, places), since a page's box or
    dates are often in another language than its prose."""
    return tuple((code, load_toml(code, name)) for code in available() if (_root() / code / name).is_file())


@cache
def load_jsonl(code: str, name: str) -> tuple[dict[str, Any], ...]:
    """A JSONL data file, one object per non-blank line that does not start with ``//``
    (from the disk cache, ``lang.parsed``, as ``load_toml``)."""
    found = _parsed().get((code, name))
    if found is not None:
        return found  # type: ignore[no-any-return]
    return parse_jsonl(code, name, data_path(code, name).read_text(encoding="utf-8"))


def parse_jsonl(code: str, name: str, text: str) -> tuple[dict[str, Any], ...]:
    """The text of ``lang/<code>/<name>`` parsed as JSONL; an error names the file and line."""
    rows = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise LanguageDataError(f"lang/{code}/{name}, line {number}: {exc.msg}") from exc
    return tuple(rows)
