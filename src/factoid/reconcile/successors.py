"""Disputes over who succeeded (or preceded) a person in one office.

A position is multi-valued, so several offices are no dispute; but one office with two
incompatible successors is: the sources disagree on who came next.
"""

from __future__ import annotations

from collections.abc import Sequence

from factoid import schema
from factoid.model import Dispute
from factoid.reconcile.groups import Group
from factoid.reconcile.values import distinct_names


def successor_disputes(groups: Sequence[Group]) -> list[Dispute]:
    disputes = []
    for g in groups:
        if "replaces" not in schema.get(g.property).qualifiers:
            continue
        for key, word in (("replaced_by", "successor"), ("replaces", "predecessor")):
            names = distinct_names(c.qualifiers.get(key) for c in g.claims)
            if len(names) > 1:
                disputes.append(Dispute(g.person_id, g.property, f"{word} as {g.value}", (g.id,), tuple(names), 0.9))
    return disputes
