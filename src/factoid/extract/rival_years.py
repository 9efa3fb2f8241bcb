"""Rival years of one death, each given by its own authority in one sentence: "the year of
his death is uncertain: most historians accept 183 BC, but some give 181 BC", "Livy puts his
death in 183 BC; others prefer 182 BC, and a few argue for 181 BC". The death verb governs
none of the years, so the dependency frames read at most the first; each year after a verb
of asserting or preferring is one version of the death date (reconciliation weighs them).
The words are data: ``[rival_years]`` in ``lang/en/lexicon.toml``."""

from __future__ import annotations

import re
from functools import cache

from factoid.dates import DateMatch
from factoid.lang import load_toml


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = load_toml("en", "lexicon.toml")["rival_years"]
    return re.compile(data["death"]), re.compile(data["asserted"] + r"\s*$")


def death_owner(text: str) -> int | None:
    """Offset in ``text`` of the possessive whose death the sentence is about ("his death",
    "the year of her death"), or None when the sentence tells no one's death that way."""
    m = _patterns()[0].search(text)
    return m.start("owner") if m else None


def rival_years(text: str, start: int, found: list[DateMatch]) -> list[DateMatch]:
    """The sentence's years (``found``, at absolute offsets; the sentence's text starts at
    ``start``) that a verb of asserting introduces, when there are two or more of them after
    the death is named: a single year is the frames' to read, and a list means rival versions."""
    owner = death_owner(text)
    if owner is None:
        return []
    asserted = _patterns()[1]
    years = [d for d in found if d.value.precision == "year" and d.start - start > owner
             and asserted.search(text[max(0, d.start - start - 60) : d.start - start])]
    return years if len(years) >= 2 else []
