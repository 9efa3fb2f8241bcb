"""Value types: how the values of a property are normalised, compared and ranked.

Each type answers three questions for reconciliation and export:

* ``normalise(value)``: the stored form, or ``None`` when nothing usable is left (the
  grounding gate refuses such a claim);
* ``compare(a, b)``: :class:`Relation` ``SAME``, ``REFINES`` (``a`` says more than ``b``),
  ``CONTAINS`` (``b`` says more) or ``CONFLICTS``; two values agree unless they conflict;
* ``specificity(value)``: a sort key, the most informative value of an agreeing group first.

The types call the modules that know their domain (``factoid.dates``, ``factoid.gazetteer``,
``reconcile.offices``, the name matcher, ``extract.manner``) and never reimplement them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from rapidfuzz import fuzz

from factoid import dates, schema
from factoid.extract.manner import REFINES as MANNER_REFINES
from factoid.gazetteer import is_country, places_compatible
from factoid.names import fold, name_compatibility, parse_name

__all__ = ["Relation", "ValueType", "compare", "compatible", "normalise", "specificity", "value_type"]


class Relation(StrEnum):
    SAME = "same"
    REFINES = "refines"
    CONTAINS = "contains"
    CONFLICTS = "conflicts"


@dataclass(frozen=True)
class ValueType:
    """The behaviour of one value type (see the module docstring)."""

    name: str
    compare: Callable[[str, str], Relation]
    specificity: Callable[[str], tuple[int, int]]
    normalise: Callable[[str], str | None]


_SPACE = re.compile(r"\s+")


def _plain(value: str) -> str | None:
    """Whitespace collapsed; ``None`` when no letter or digit is left."""
    v = _SPACE.sub(" ", value).strip()
    return v if any(ch.isalnum() for ch in v) else None


def _agree(same: bool) -> Relation:
    return Relation.SAME if same else Relation.CONFLICTS


# ---- dates ------------------------------------------------------------------------------------

def _date_compare(a: str, b: str) -> Relation:
    if a == b:
        return Relation.SAME
    if not dates.compatible(a, b):
        return Relation.CONFLICTS
    if dates.refines(a, b):
        return Relation.REFINES
    if dates.refines(b, a):
        return Relation.CONTAINS
    return Relation.SAME


def _date_rank(value: str) -> int:
    """The precision of a date as a sort key, twice ``dates.precision_rank`` so that an
    interval of a few days ("the night of 13-14 May": 1934-05-13/1934-05-14) ranks between its
    month and a single day: it says more than "May 1934", which must not stand for it."""
    rank = dates.precision_rank(value) * 2
    if rank == 0 and "/" in value and all(dates.precision_rank(end) == 3 for end in value.split("/", 1)):
        bounds = dates.edtf_bounds(value)
        if bounds is not None and (bounds[1] - bounds[0]).days <= 7:
            return 5
    return rank


def _date_normalise(value: str) -> str | None:
    v = value.strip()
    return v if v and any(ch.isdigit() or ch == "X" for ch in v) else None


# ---- places -----------------------------------------------------------------------------------

#: Gazetteer look-ups are costly and grouping asks about the same pairs of place names again
#: and again (a corpus repeats its places); the answer depends on the two names alone.
_places_compatible = lru_cache(maxsize=16384)(places_compatible)


def _place_specificity(value: str) -> tuple[int, int]:
    return (0 if is_country(value) else 1, -len(value))  # a city over its country; the plain name


def _place_compare(a: str, b: str) -> Relation:
    if a == b:
        return Relation.SAME
    if not _places_compatible(a, b):
        return Relation.CONFLICTS
    ka, kb = _place_specificity(a)[0], _place_specificity(b)[0]
    return Relation.REFINES if ka > kb else Relation.CONTAINS if kb > ka else Relation.SAME


# ---- people -----------------------------------------------------------------------------------

def names_agree(a: str, b: str) -> bool:
    """Two written names can be one person: equal when folded, compatible for the name
    matcher, or the shorter one's words all inside the longer one."""
    if fold(a) == fold(b):
        return True
    if name_compatibility(parse_name(a), parse_name(b)) >= 0.6:
        return True
    ta, tb = set(fold(a).split()), set(fold(b).split())
    small, big = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    return bool(small) and small <= big


def _person_compare(a: str, b: str) -> Relation:
    if a == b:
        return Relation.SAME
    if not names_agree(a, b):
        return Relation.CONFLICTS
    la, lb = len(a), len(b)
    return Relation.REFINES if la > lb else Relation.CONTAINS if lb > la else Relation.SAME


def _by_length(value: str) -> tuple[int, int]:
    return (0, len(value))


# ---- offices ----------------------------------------------------------------------------------

def _office_compare(a: str, b: str) -> Relation:
    # imported here: factoid.reconcile's package imports this module through its values
    from factoid.reconcile.offices import same_office

    return _agree(a == b or same_office(a, b))


def _office_specificity(value: str) -> tuple[int, int]:
    return (0, 0)  # wording: the most cited one represents the office


# ---- ranks, awards, parties: fuzzy wording ------------------------------------------------------

_RANK_WORDS = {"commissioner": "commissar", "3rd": "third", "class": "rank", "1st": "first", "2nd": "second",
               "general": "general", "major": "major"}


def _key_words(value: str) -> str:
    return " ".join(sorted(_RANK_WORDS.get(w, w) for w in fold(value).split() if w not in {"of", "the"}))


def _wording_compare(a: str, b: str) -> Relation:
    return _agree(a == b or fuzz.token_set_ratio(_key_words(a), _key_words(b)) >= 88)


# ---- manner of death (Wikidata P1196 categories) --------------------------------------------------

def _manner_compare(a: str, b: str) -> Relation:
    if a == b:
        return Relation.SAME
    if MANNER_REFINES.get(a) == b:
        return Relation.REFINES
    if MANNER_REFINES.get(b) == a:
        return Relation.CONTAINS
    return Relation.CONFLICTS


def _manner_specificity(value: str) -> tuple[int, int]:
    return (1 if value in MANNER_REFINES else 0, 0)  # execution says more than homicide


def _manner_normalise(value: str) -> str | None:
    v = value.strip().lower()
    return v or None


TYPES: dict[str, ValueType] = {
    "date": ValueType("date", _date_compare, lambda v: (_date_rank(v), -len(v)), _date_normalise),
    "place": ValueType("place", _place_compare, _place_specificity, _plain),
    "person": ValueType("person", _person_compare, _by_length, _plain),
    "office": ValueType("office", _office_compare, _office_specificity, _plain),
    "rank": ValueType("rank", _wording_compare, _by_length, _plain),
    "award": ValueType("award", _wording_compare, _by_length, _plain),
    "party": ValueType("party", _wording_compare, _by_length, _plain),
    "manner": ValueType("manner", _manner_compare, _manner_specificity, _manner_normalise),
}
assert set(TYPES) == set(schema.VALUE_TYPES), "every registry value type needs a behaviour"


_BY_PROPERTY: dict[str, ValueType] = {}


def value_type(prop: str) -> ValueType:
    """The value type of a registry property (raises ``SchemaError`` for an unknown one).
    Memoised: grouping asks for it on every pair of values it compares."""
    vt = _BY_PROPERTY.get(prop)
    if vt is None:
        vt = _BY_PROPERTY[prop] = TYPES[schema.get(prop).type]
    return vt


def compare(prop: str, a: str, b: str) -> Relation:
    return value_type(prop).compare(a, b)


def compatible(prop: str, a: str, b: str) -> bool:
    """True when ``a`` and ``b`` can both be true of one person and say the same thing (one
    may refine the other)."""
    return a == b or value_type(prop).compare(a, b) is not Relation.CONFLICTS


def specificity(prop: str, value: str) -> tuple[int, int]:
    return value_type(prop).specificity(value)


def normalise(prop: str, value: str) -> str | None:
    return value_type(prop).normalise(value)
