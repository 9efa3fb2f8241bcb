"""Resolution: which document-local persons, across all documents, are one person.

Works like nomenklatura's resolver, in miniature: local persons with a full name are
clustered first, each joining a cluster only when compatible with *every* full name already
in it (complete linkage, so "Eitingon" cannot chain Max to Nahum); then local persons known
only by a surname or a given name join the most-mentioned compatible cluster. Every decision
is returned as data (entity -> person, score, reason) for the store.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from factoid.model import Mention, Person
from factoid.names import NameParts, display_name, given_names_equivalent, name_compatibility, parse_name, slug, surnames_match

SAME_PERSON = 0.75


@dataclass
class Profile:
    """One document-local person, as its mentions name it."""

    entity: str
    forms: Counter = field(default_factory=Counter)

    @property
    def parts(self) -> list[NameParts]:
        return [parse_name(f) for f in self.forms]

    @property
    def best(self) -> NameParts:
        return max(self.parts, key=_fullness)

    @property
    def count(self) -> int:
        return sum(self.forms.values())


@dataclass
class Cluster:
    profiles: list[Profile] = field(default_factory=list)
    fulls: list[NameParts] = field(default_factory=list)

    @property
    def count(self) -> int:
        return sum(p.count for p in self.profiles)

    @property
    def surname(self) -> str | None:
        return next((f.surname for f in self.fulls if f.surname), None)


def _fullness(p: NameParts) -> int:
    return (2 if p.given else (1 if p.initials else 0)) + (2 if p.surname else 0) + (1 if p.patronymic else 0)


def _is_full(p: NameParts) -> bool:
    return bool(p.surname and (p.given or p.initials))


def profiles_of(mentions: Iterable[Mention]) -> list[Profile]:
    """Group name mentions by their document-local person."""
    by_entity: dict[str, Profile] = {}
    for m in mentions:
        if m.kind == "name":
            by_entity.setdefault(m.entity, Profile(m.entity)).forms[m.text] += 1
    return list(by_entity.values())


def _fits(cluster: Cluster, parts: NameParts) -> float:
    """Complete linkage over the cluster's full names of the same surname: every one must be
    compatible. Names under another surname are aliases ("born Leiba Feldbin") and do not
    vote; but at least one full name must share the surname."""
    same = [q for q in cluster.fulls if q.surname and parts.surname and surnames_match(q.surname, parts.surname) >= 0.8]
    scores = [name_compatibility(parts, q) for q in same[:12]]
    return min(scores) if scores else 0.0


def _partial_fit(cluster: Cluster, parts: NameParts) -> bool:
    if parts.surname:
        if not cluster.surname or surnames_match(parts.surname, cluster.surname) < 0.85:
            return False
        best = max(cluster.fulls, key=_fullness)
        return not (parts.given and best.given and not given_names_equivalent(parts.given, best.given))
    return False


def _merge_alias_clusters(clusters: list[Cluster], decided: dict[str, tuple[int, float, str]]) -> None:
    """A document that says "Orlov, born Leiba Feldbin" makes one local person with two
    incompatible full names; clusters built around either name are the same person."""
    for i, cluster in enumerate(clusters):
        for prof in list(cluster.profiles):
            for form in {f for f in prof.parts if _is_full(f)}:
                for j, other in enumerate(clusters):
                    if j == i or not other.profiles or _fits(other, form) < SAME_PERSON:
                        continue
                    cluster.profiles.extend(other.profiles)
                    cluster.fulls.extend(other.fulls)
                    for moved in other.profiles:
                        decided[moved.entity] = (i, 0.9, f"alias: a source names {form_text(form)} as the same person")
                    other.profiles, other.fulls = [], []
    # empty clusters stay as placeholders so indexes in ``decided`` remain valid


def form_text(p: NameParts) -> str:
    return " ".join(x for x in (p.given, p.patronymic, p.surname) if x)


def cluster_profiles(profiles: list[Profile]) -> tuple[list[Cluster], dict[str, tuple[int, float, str]]]:
    """Clusters and, per entity, (cluster index, score, reason)."""
    clusters: list[Cluster] = []
    decided: dict[str, tuple[int, float, str]] = {}
    fulls = [p for p in profiles if _is_full(p.best)]
    for prof in sorted(fulls, key=lambda p: (-_fullness(p.best), -p.count, p.entity)):
        scored = [(i, _fits(c, prof.best)) for i, c in enumerate(clusters) if c.fulls]
        i, score = max(scored, key=lambda t: (t[1], clusters[t[0]].count), default=(-1, 0.0))
        if score < SAME_PERSON:
            clusters.append(Cluster())
            i, score, reason = len(clusters) - 1, 1.0, "first full name of this person"
        else:
            reason = f"full name compatible with all names of the person (min score {score:.2f})"
        clusters[i].profiles.append(prof)
        clusters[i].fulls.extend(p for p in prof.parts if _is_full(p))
        decided[prof.entity] = (i, score, reason)
    _merge_alias_clusters(clusters, decided)
    for prof in sorted((p for p in profiles if p.entity not in decided), key=lambda p: p.entity):
        fits = [i for i, c in enumerate(clusters) if _partial_fit(c, prof.best)]
        if fits:
            i = max(fits, key=lambda k: clusters[k].count)
            decided[prof.entity] = (i, 0.6, "surname only: joined the most-mentioned person of that surname")
        else:
            clusters.append(Cluster())
            i = len(clusters) - 1
            decided[prof.entity] = (i, 1.0, "no compatible person: a person of its own")
        clusters[i].profiles.append(prof)
    return clusters, decided


def resolve(mentions: Iterable[Mention]) -> tuple[list[Person], dict[str, tuple[str, float, str]]]:
    """Persons (stable slug ids, display names, aliases with counts) and the identity
    decisions: document-local entity -> (person id, score, reason)."""
    clusters, decided = cluster_profiles(profiles_of(mentions))
    persons: list[Person] = []
    ids: dict[int, str] = {}
    taken: Counter = Counter()
    order = sorted((i for i in range(len(clusters)) if clusters[i].profiles),
                   key=lambda i: (-clusters[i].count, min(p.entity for p in clusters[i].profiles)))
    for i in order:
        forms: Counter = Counter()
        for prof in clusters[i].profiles:
            forms.update(prof.forms)
        name = display_name(forms.items())
        base = f"person/{slug(name) or 'unnamed'}"
        taken[base] += 1
        pid = base if taken[base] == 1 else f"{base}-{taken[base]}"
        ids[i] = pid
        persons.append(Person(id=pid, name=name, aliases=dict(forms)))
    identities = {entity: (ids[i], score, reason) for entity, (i, score, reason) in decided.items()}
    return sorted(persons, key=lambda p: p.id), identities


def entities_by_person(identities: dict[str, tuple[str, float, str]]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for entity, (pid, _, _) in identities.items():
        out[pid].append(entity)
    return out
