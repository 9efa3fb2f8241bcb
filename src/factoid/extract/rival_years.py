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
    """The sentence's dates (``found``, at absolute offsets; the sentence's text starts at
    ``start``) that a verb of asserting introduces after the death is named, when the
    sentence gives two or more dates there: a single date is the frames' to read, and two
    mean rival versions ("most accept 183 BC, but some give 181 BC"; "the usual date given
    for her death is 5 February 1945, but a researcher argues for 27 January 1945": the
    first is the frames', the second this one's)."""
    owner = death_owner(text)
    if owner is None:
        return []
    asserted = _patterns()[1]
    after = [d for d in found if d.start - start > owner]
    given = [d for d in after if asserted.search(text[max(0, d.start - start - 60) : d.start - start])]
    years = [d for d in given if d.value.precision == "year"]
    if len(years) >= 2:
        return years
    # one date given against another: only across a word of contrast ("..., but a researcher
    # argues for D"), not a date said in passing ("his son said in 1910 that ... gave 1870")
    return [d for d in given if d is not after[0] and _contrast(text[after[0].end - start : d.start - start])]


def _contrast(between: str) -> bool:
    """Whether the words between two dates set the second against the first (``words`` of
    ``lang/en/rivals.toml``: "but", "while", "others", "some", ...)."""
    return any(w.lower() in _contrast_words() for w in re.findall(r"[A-Za-z]+", between))


@cache
def _contrast_words() -> frozenset[str]:
    return frozenset(load_toml("en", "rivals.toml")["words"])
