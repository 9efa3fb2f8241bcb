"""Manner of death, in the categories of Wikidata's P1196: natural, execution, homicide,
suicide, accident, unknown. The wordings are data (``[[manner]]`` in ``lang/<code>/lexicon.toml``),
tested in file order. A rule with ``requires`` holds only where that pattern also matches: "was
shot" is an execution in words of a court or a sentence, and a homicide in a street."""

from __future__ import annotations

import re
from functools import cache

from factoid.lang import load_toml


@cache
def _rules(code: str = "en") -> tuple[tuple[str, re.Pattern[str], re.Pattern[str] | None], ...]:
    return tuple((r["value"], re.compile(r["pattern"]), re.compile(r["requires"]) if "requires" in r else None)
                 for r in load_toml(code, "lexicon.toml")["manner"])


def manner_of(text: str, code: str = "en") -> str | None:
    """The manner of death a phrase states, or None. Suicide is tested first because "shot
    himself" also contains "shot"."""
    for manner, pattern, requires in _rules(code):
        if pattern.search(text) and (requires is None or requires.search(text)):
            return manner
    return None


#: Execution is a kind of homicide (a killing by decision), so the two never conflict.
REFINES = {"execution": "homicide"}


def manners_compatible(a: str, b: str) -> bool:
    return a == b or REFINES.get(a) == b or REFINES.get(b) == a
