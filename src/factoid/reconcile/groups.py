"""Agreement groups: per person and property, the sets of claims that say the same thing."""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from factoid.model import Claim, PassageRole
from factoid.reconcile.offices import same_label, standard_label
from factoid.reconcile.values import compatible
from factoid.reconcile.values import specificity as _value_specificity


@dataclass
class Group:
    """Claims about one person and property whose values agree (up to refinement)."""

    person_id: str
    property: str
    claims: list[Claim] = field(default_factory=list)

    @property
    def value(self) -> str:
        """The most informative value of the group; ties go to the most cited wording. A
        cited wording that is the standard label of an office, rank, award or party wins."""
        counts: dict[str, int] = defaultdict(int)
        for c in self.claims:
            counts[c.value] += 1
        return _best_value(self.property, counts, {c.value for c in self.claims if c.span.role != PassageRole.COMMENT})

    _id_cache: tuple[tuple[str, str, tuple[int, ...]], str] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    @property
    def id(self) -> str:
        # Claim.id hashes a JSON payload and reconciliation asks for group ids hundreds of
        # thousands of times: cache it for as long as the group holds the same claims.
        # Groups only grow by appending (``_group_person_property``): the list, its length and
        # its ends identify its content without walking it (a tuple of every claim's id made
        # each call linear, and a document of 40,000 equal claims quadratic).
        ends = (id(self.claims[0]), id(self.claims[-1])) if self.claims else ()
        key = (self.person_id, self.property, (id(self.claims), len(self.claims), *ends))
        if self._id_cache is None or self._id_cache[0] != key:
            first = min(c.id for c in self.claims)
            self._id_cache = (key, hashlib.sha256(f"{self.person_id}|{self.property}|{first}".encode()).hexdigest()[:16])
        return self._id_cache[1]


def _best_value(prop: str, counts: dict[str, int], stated: set[str]) -> str:
    """``Group.value`` from the group's value counts (in order of first citation). A value
    only reader comments give ("I read she was born in 1597") never names a group that a
    page's own text joins ("around 1596"), however precise it is."""
    pool = [v for v in counts if v in stated] or list(counts)
    standard = [v for v in pool if standard_label(prop, v) == v]
    return max(standard or pool, key=lambda v: (specificity(prop, v), counts[v]))


@lru_cache(maxsize=1 << 16)
def specificity(prop: str, value: str) -> tuple[int, int]:
    """``values.specificity``, remembered: a pure function of the two strings, asked for every
    claim of the corpus each build (``_reused`` sorts every person and property's claims by
    it), while a corpus has few distinct values per property (at a million words, 11,679
    claims of 195 values: 0.1 CPU s of date and place parsing, for what 195 calls give)."""
    return _value_specificity(prop, value)


@lru_cache(maxsize=1 << 16)
def _agrees(prop: str, group_value: str, value: str) -> bool:
    """Whether a claim's value joins a group of this value: a pure function of the two
    values, asked for every claim against every group of its person and property, so a
    person cited thousands of times asks the same pairs again and again (a date's
    compatibility parses both dates)."""
    return same_label(prop, group_value, value) or compatible(prop, group_value, value)


def _group_person_property(person_id: str, prop: str, claims: list[Claim]) -> list[Group]:
    groups: list[Group] = []
    # each group's value counts and value, kept up to date as it grows: recomputing
    # ``Group.value`` over all its claims for every new claim was quadratic
    counts: list[dict[str, int]] = []
    stated: list[set[str]] = []  # the values a citation outside reader comments gives
    values: list[str] = []
    ordered = sorted(claims, key=lambda c: specificity(prop, c.value), reverse=True)
    for claim in ordered:
        fits = [i for i, v in enumerate(values) if _agrees(prop, v, claim.value)]
        if fits:
            i = max(fits, key=lambda i: len(groups[i].claims))
            groups[i].claims.append(claim)
        else:
            groups.append(Group(person_id, prop, [claim]))
            counts.append(defaultdict(int))
            stated.append(set())
            values.append("")
            i = len(groups) - 1
        counts[i][claim.value] += 1
        if claim.span.role != PassageRole.COMMENT:
            stated[i].add(claim.value)
        values[i] = _best_value(prop, counts[i], stated[i])
    return groups


#: Claim id -> (person id, agreement group, the group's size) of the last build.
Previous = Mapping[str, tuple[str, str, int]]


def _reused(person_id: str, prop: str, claims: list[Claim], previous: Previous) -> list[Group] | None:
    """The last build's groups of one person and property, when it grouped exactly these
    claims; else None.

    Exact because grouping (``_group_person_property``) is a pure function of the claims in
    their canonical order: if every claim was this person's last time, and each group it was
    in holds as many of them now as it did then (``citations``), the last build grouped this
    very set. The groups are rebuilt in the order that function makes them: its claims sorted
    by specificity (a stable sort of the canonical order), each group in the order of its first
    claim there, each holding its claims in that order; their ids are checked against the
    stored ones."""
    gids = []
    for c in claims:
        prev = previous.get(c.id)
        if prev is None or prev[0] != person_id:
            return None
        gids.append(prev[1])
    size = {gid: previous[c.id][2] for gid, c in zip(gids, claims)}
    held = Counter(gids)
    if any(held[gid] != n for gid, n in size.items()):
        return None
    by_gid: dict[str, Group] = {}
    for i in sorted(range(len(claims)), key=lambda i: specificity(prop, claims[i].value), reverse=True):
        by_gid.setdefault(gids[i], Group(person_id, prop)).claims.append(claims[i])
    if any(g.id != gid for gid, g in by_gid.items()):
        return None
    return list(by_gid.values())


def group_claims(claims: Iterable[Claim], entity_person: dict[str, str], previous: Previous | None = None) -> list[Group]:
    """All agreement groups of the knowledge base. Claims whose subject was not resolved to a
    person are left out (they have no one to be about). ``previous``: the last build's groups
    (``store.reads.previous_groups``), reused where a person and property kept its claims
    (only when that build ran the same derivation, ``reconcile.reuse``)."""
    by_key: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in claims:
        pid = entity_person.get(c.subject)
        if pid:
            by_key[(pid, c.property)].append(c)
    out: list[Group] = []
    for (pid, prop), cs in sorted(by_key.items()):
        out.extend((previous and _reused(pid, prop, cs, previous)) or _group_person_property(pid, prop, cs))
    return out
