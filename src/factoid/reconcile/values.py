"""When do two claimed values say the same thing? Asked of the property registry.

Each property's value type (``factoid.schema.types``) decides: dates agree when one refines
or contains the other ("1945" and "1945-08-19"); places when the gazetteer knows them as one
place; offices when their wording differs only in synonyms; people's names when the name
matcher finds them compatible; manners of death when one is a kind of the other. This module
keeps the names reconciliation and export import.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from factoid import schema
from factoid.gazetteer import places_may_agree as _places_may_agree
from factoid.names.parse import parse_name
from factoid.schema.types import compatible as _compatible
from factoid.names import fold
from factoid.schema.types import names_agree, specificity

__all__ = ["compatible", "distinct_names", "may_agree", "specificity"]

#: Asked for every pair of a person's groups at every rebuild; the answer depends on the names.
_places_may_agree_cached = lru_cache(maxsize=16384)(_places_may_agree)


def compatible(prop: str, a: str, b: str) -> bool:
    """The registry's agreement, widened for a person-valued property a person has one of
    (a parent): two forms with one surname whose given names begin alike ("Lady Annabella
    Byron", "Anne Isabella Milbanke Byron") are one person written two ways; only a
    different surname or given name ("Jacob" against "John") is a dispute."""
    if _compatible(prop, a, b):
        return True
    known = schema.known(prop) and schema.get(prop)
    return bool(known) and known.type == "person" and known.single and _one_name(a, b)


def may_agree(prop: str, a: str, b: str) -> bool:
    """Two values of separate agreement groups that are not known to say the same thing but
    not known to conflict either: a district and a village the gazetteer cannot locate.
    Both stay values of their own; neither is disputed by the other."""
    known = schema.known(prop) and schema.get(prop)
    return bool(known) and known.type == "place" and _places_may_agree_cached(a, b)


def _one_name(a: str, b: str) -> bool:
    pa, pb = parse_name(a), parse_name(b)
    if not (pa.surname and pb.surname and pa.given and pb.given) or fold(pa.surname) != fold(pb.surname):
        return False
    ga, gb = fold(pa.given), fold(pb.given)
    return len(ga) >= 3 and len(gb) >= 3 and ga[:3] == gb[:3]


def distinct_names(values: Iterable[str | list[str] | None]) -> list[str]:
    """People's names from qualifier values (a name or a list of them), each person once:
    "M. M. Zapadny" and "Zapadny" are one successor."""
    out: list[str] = []
    for v in values:
        for name in [v] if isinstance(v, str) else v or []:
            if name and not any(name == seen or names_agree(name, seen) for seen in out):
                out.append(name)
    return out
