"""When do two claimed values say the same thing? Asked of the property registry.

Each property's value type (``factoid.schema.types``) decides: dates agree when one refines
or contains the other ("1945" and "1945-08-19"); places when the gazetteer knows them as one
place; offices when their wording differs only in synonyms; people's names when the name
matcher finds them compatible; manners of death when one is a kind of the other. This module
keeps the names reconciliation and export import.
"""

from __future__ import annotations

from collections.abc import Iterable

from factoid.schema.types import compatible, names_agree, specificity

__all__ = ["compatible", "distinct_names", "specificity"]


def distinct_names(values: Iterable[str | list[str] | None]) -> list[str]:
    """People's names from qualifier values (a name or a list of them), each person once:
    "M. M. Zapadny" and "Zapadny" are one successor."""
    out: list[str] = []
    for v in values:
        for name in [v] if isinstance(v, str) else v or []:
            if name and not any(name == seen or names_agree(name, seen) for seen in out):
                out.append(name)
    return out
