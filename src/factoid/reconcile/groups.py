"""Agreement groups: per person and property, the sets of claims that say the same thing."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from factoid.model import Claim
from factoid.reconcile.offices import same_label, standard_label
from factoid.reconcile.values import compatible, specificity


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
        return _best_value(self.property, counts)

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


def _best_value(prop: str, counts: dict[str, int]) -> str:
    """``Group.value`` from the group's value counts (in order of first citation)."""
    standard = [v for v in counts if standard_label(prop, v) == v]
    return max(standard or counts, key=lambda v: (specificity(prop, v), counts[v]))


def _group_person_property(person_id: str, prop: str, claims: list[Claim]) -> list[Group]:
    groups: list[Group] = []
    # each group's value counts and value, kept up to date as it grows: recomputing
    # ``Group.value`` over all its claims for every new claim was quadratic
    counts: list[dict[str, int]] = []
    values: list[str] = []
    ordered = sorted(claims, key=lambda c: specificity(prop, c.value), reverse=True)
    for claim in ordered:
        fits = [i for i, v in enumerate(values)
                if same_label(prop, v, claim.value) or compatible(prop, v, claim.value)]
        if fits:
            i = max(fits, key=lambda i: len(groups[i].claims))
            groups[i].claims.append(claim)
        else:
            groups.append(Group(person_id, prop, [claim]))
            counts.append(defaultdict(int))
            values.append("")
            i = len(groups) - 1
        counts[i][claim.value] += 1
        values[i] = _best_value(prop, counts[i])
    return groups


def group_claims(claims: Iterable[Claim], entity_person: dict[str, str]) -> list[Group]:
    """All agreement groups of the knowledge base. Claims whose subject was not resolved to a
    person are left out (they have no one to be about)."""
    by_key: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in claims:
        pid = entity_person.get(c.subject)
        if pid:
            by_key[(pid, c.property)].append(c)
    out: list[Group] = []
    for (pid, prop), cs in sorted(by_key.items()):
        out.extend(_group_person_property(pid, prop, cs))
    return out
