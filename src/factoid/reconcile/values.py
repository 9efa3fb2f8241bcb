"""When do two claimed values say the same thing?

Per kind of property: dates agree when one refines or contains the other ("1945" and
"1945-08-19"); places when the gazetteer knows them as one place; offices when their
wording differs only in synonyms; people's names when the name matcher finds them compatible;
manners of death when one is a kind of the other (an execution is a homicide).
"""

from __future__ import annotations

from functools import lru_cache

from collections.abc import Iterable

from rapidfuzz import fuzz

from factoid import dates
from factoid.extract.manner import manners_compatible
from factoid.model import DATE_PROPERTIES
from factoid.names import fold, name_compatibility, parse_name
from factoid.reconcile.offices import same_office
from factoid.gazetteer import is_country, places_compatible

PERSON_VALUED = frozenset({"killed_by", "spouse", "child", "father", "mother", "sibling"})
PLACE_VALUED = frozenset({"place_of_birth", "place_of_death"})

#: Gazetteer look-ups are costly and grouping asks about the same pairs of place names again
#: and again (a corpus repeats its places); the answer depends on the two names alone.
_places_compatible = lru_cache(maxsize=16384)(places_compatible)
_RANK_WORDS = {"commissioner": "commissar", "3rd": "third", "class": "rank", "1st": "first", "2nd": "second",
               "general": "general", "major": "major"}


def _names_agree(a: str, b: str) -> bool:
    if fold(a) == fold(b):
        return True
    if name_compatibility(parse_name(a), parse_name(b)) >= 0.6:
        return True
    ta, tb = set(fold(a).split()), set(fold(b).split())
    small, big = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    return bool(small) and small <= big


def _key_words(value: str) -> str:
    return " ".join(sorted(_RANK_WORDS.get(w, w) for w in fold(value).split() if w not in {"of", "the"}))


def compatible(prop: str, a: str, b: str) -> bool:
    """True when values ``a`` and ``b`` of ``prop`` can both be true of one person and say
    the same thing (one may refine the other)."""
    if a == b:
        return True
    if prop in DATE_PROPERTIES:
        return dates.compatible(a, b)
    if prop in PLACE_VALUED:
        return _places_compatible(a, b)
    if prop == "manner_of_death":
        return manners_compatible(a, b)
    if prop == "position_held":
        return same_office(a, b)
    if prop in PERSON_VALUED:
        return _names_agree(a, b)
    return fuzz.token_set_ratio(_key_words(a), _key_words(b)) >= 88


def specificity(prop: str, value: str) -> tuple[int, int]:
    """Order values so the most informative one represents its group: the most precise date,
    the most specific manner, the longest name or wording."""
    if prop in DATE_PROPERTIES:
        return (dates.precision_rank(value), -len(value))
    if prop == "manner_of_death":
        return (1 if value == "execution" else 0, 0)
    if prop == "position_held":
        return (0, 0)  # wording: the most cited one represents the office
    if prop in PLACE_VALUED:
        return (0 if is_country(value) else 1, -len(value))  # a city over its country; the plain name
    return (0, len(value))


def distinct_names(values: Iterable[str | list[str] | None]) -> list[str]:
    """People's names from qualifier values (a name or a list of them), each person once:
    "M. M. Zapadny" and "Zapadny" are one successor."""
    out: list[str] = []
    for v in values:
        for name in [v] if isinstance(v, str) else v or []:
            if name and not any(compatible("killed_by", name, seen) for seen in out):
                out.append(name)
    return out
