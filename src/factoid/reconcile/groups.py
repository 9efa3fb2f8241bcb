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
        standard = [v for v in counts if standard_label(self.property, v) == v]
        return max(standard or counts, key=lambda v: (specificity(self.property, v), counts[v]))

    _id_cache: tuple[tuple[str, str, tuple[int, ...]], str] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    @property
    def id(self) -> str:
        # Claim.id hashes a JSON payload and reconciliation asks for group ids hundreds of
        # thousands of times: cache it for as long as the group holds the same claims.
        key = (self.person_id, self.property, tuple(map(id, self.claims)))
        if self._id_cache is None or self._id_cache[0] != key:
            first = min(c.id for c in self.claims)
            self._id_cache = (key, hashlib.sha256(f"{self.person_id}|{self.property}|{first}".encode()).hexdigest()[:16])
        return self._id_cache[1]


def _group_person_property(person_id: str, prop: str, claims: list[Claim]) -> list[Group]:
    groups: list[Group] = []
    ordered = sorted(claims, key=lambda c: specificity(prop, c.value), reverse=True)
    for claim in ordered:
        fits = [g for g in groups
                if same_label(prop, g.value, claim.value) or compatible(prop, g.value, claim.value)]
        if fits:
            max(fits, key=lambda g: len(g.claims)).claims.append(claim)
        else:
            groups.append(Group(person_id, prop, [claim]))
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
