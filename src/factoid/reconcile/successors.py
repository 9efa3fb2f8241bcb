"""Disputes over who succeeded (or preceded) a person in one office.

A position is multi-valued, so several offices are no dispute; but one office with two
incompatible successors is: the sources disagree on who came next.
"""

from __future__ import annotations

from collections.abc import Sequence

from factoid.model import Dispute
from factoid.reconcile.groups import Group
from factoid.reconcile.values import compatible


def _names(group: Group, key: str) -> list[str]:
    out: list[str] = []
    for c in group.claims:
        v = c.qualifiers.get(key)
        for name in ([v] if isinstance(v, str) else v or []):
            if name and not any(compatible("killed_by", name, seen) for seen in out):
                out.append(name)
    return out


def successor_disputes(groups: Sequence[Group]) -> list[Dispute]:
    disputes = []
    for g in groups:
        if g.property != "position_held":
            continue
        for key, word in (("replaced_by", "successor"), ("replaces", "predecessor")):
            names = _names(g, key)
            if len(names) > 1:
                disputes.append(Dispute(g.person_id, "position_held", f"{word} as {g.value}", (g.id,), tuple(names), 0.9))
    return disputes
