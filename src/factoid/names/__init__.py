"""Person-name handling for resolution: transliteration, parsing, matching, display.

The resolver calls the functions re-exported here; submodules hold the pieces:

* ``translit`` — ``transliterate`` (Cyrillic -> English-style Latin) and ``fold``;
* ``phonetic`` — ``skeleton``, a loose key that equates transliteration variants;
* ``given`` — cross-language given-name equivalence and patronymic analysis;
* ``parse`` — ``NameParts`` and ``parse_name``;
* ``match`` — ``surnames_match`` and ``name_compatibility`` scores;
* ``display`` — ``display_name`` and ``slug``.
"""

from __future__ import annotations

from factoid.names.display import display_name, slug
from factoid.names.given import given_names_equivalent
from factoid.names.match import (
    SURNAME_MATCH_THRESHOLD,
    name_compatibility,
    patronymics_match,
    surnames_match,
)
from factoid.names.parse import NameParts, fullness, is_full_name, parse_name
from factoid.names.phonetic import skeleton
from factoid.names.translit import fold, transliterate

__all__ = [
    "SURNAME_MATCH_THRESHOLD",
    "NameParts",
    "display_name",
    "fold",
    "fullness",
    "given_names_equivalent",
    "is_full_name",
    "name_compatibility",
    "parse_name",
    "patronymics_match",
    "skeleton",
    "slug",
    "surnames_match",
    "transliterate",
]
