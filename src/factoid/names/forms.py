"""The registry ``name_forms.toml``: spellings of one name that languages and romanisations
vary, read once for the parser (``parse``), the patronymic test (``given``) and the matcher
(``match``), which must all see a name alike.
"""

from __future__ import annotations

import tomllib
import unicodedata
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from factoid.errors import FactoidError

__all__ = ["FORMS", "feminine_base", "is_marked_feminine", "read_registry", "romanisation_key"]


def read_registry(name: str) -> dict[str, Any]:
    """A TOML registry beside this module (``name_forms.toml``, ``given_names.toml``), parsed;
    a missing or broken file is a ``FactoidError`` naming it."""
    path = Path(__file__).with_name(name)
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise FactoidError(f"names/{name}: {exc}") from exc


FORMS: dict[str, Any] = read_registry("name_forms.toml")


@cache
def _feminine_endings() -> tuple[tuple[str, str], ...]:
    """(woman's ending, man's ending), longest first, NFC lower case as written."""
    endings = FORMS.get("feminine", {}).get("endings", {})
    pairs = [(unicodedata.normalize("NFC", k.lower()), v.lower()) for k, v in endings.items()]
    return tuple(sorted(pairs, key=lambda kv: -len(kv[0])))


@lru_cache(maxsize=1 << 14)
def feminine_base(surname: str | None) -> str | None:
    """The unmarked form of a surname written in a language's woman's form (Nováková ->
    Novák, Radziwiłłówna -> Radziwiłł), or None when it is not one. Read on the spelling as
    written: the accent tells a Czech -ová from a Russian -ova, which is a surname of its own
    that English writes for women too (Tereshkova)."""
    if not surname:
        return None
    word = unicodedata.normalize("NFC", surname.strip())
    low = word.lower()
    for ending, base in _feminine_endings():
        if low.endswith(ending) and len(low) - len(ending) >= 3:
            return word[: len(word) - len(ending)] + base
    return None


def is_marked_feminine(surname: str | None) -> bool:
    """Is the surname written in a woman's form of the ``[feminine]`` table?"""
    return feminine_base(surname) is not None


@cache
def _romanisations() -> tuple[tuple[str, str], ...]:
    table = FORMS.get("transliteration", {}).get("equivalent", {})
    return tuple(sorted(((k.lower(), v.lower()) for k, v in table.items()), key=lambda kv: -len(kv[0])))


@lru_cache(maxsize=1 << 14)
def romanisation_key(word: str) -> str:
    """A surname with each letter group of the ``[transliteration]`` table written as the
    group it stands for (Khandzhyan -> khanjyan), lower case, so that romanisations of one
    sound compare alike; the rest is left to ``fold`` and ``skeleton``."""
    out = unicodedata.normalize("NFC", word.lower())
    for group, canonical in _romanisations():
        out = out.replace(group, canonical)
    return out
