"""Manner of death, in the categories of Wikidata's P1196: natural, execution, homicide,
suicide, accident, unknown."""

from __future__ import annotations

import re

_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("suicide", re.compile(r"\b(?:suicide|killed himself|killed herself|shot himself|shot herself|hanged himself|took his own life|took her own life)\b", re.I)),
    ("execution", re.compile(r"\b(?:execut\w*|hanged|firing squad|shot by sentence|death sentence carried out)\b", re.I)),
    ("homicide", re.compile(r"\b(?:murder\w*|assassinat\w*|kill\w*|shot|shooting|gunshot|strangl\w*|poison\w*|stabbed|liquidat\w*|homicide)\b", re.I)),
    ("accident", re.compile(r"\b(?:accident\w*|crash\w*|drown\w*)\b", re.I)),
    ("natural", re.compile(r"\b(?:natural causes|illness|ill\b|disease|cancer|heart (?:attack|failure)|stroke|old age|pneumonia|tuberculosis)\b", re.I)),
)


def manner_of(text: str) -> str | None:
    """The manner of death a phrase states, or None. Suicide is tested first because "shot
    himself" also contains "shot"."""
    for manner, pattern in _RULES:
        if pattern.search(text):
            return manner
    return None


#: Execution is a kind of homicide (a killing by decision), so the two never conflict.
REFINES = {"execution": "homicide"}


def manners_compatible(a: str, b: str) -> bool:
    return a == b or REFINES.get(a) == b or REFINES.get(b) == a
