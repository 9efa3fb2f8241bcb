"""Resolution in partitions of document-local persons: the clustering on the workers of a Dask
cluster, what couples the partitions in the parent, the same result as in one process.

``resolve.cluster_profiles`` only ever compares a local person with clusters of other local
persons it is linked to, one way or another:

- a surname of its names and one of theirs match (``surnames_match`` >= 0.8: the blocking of
  full names, their voters, declared aliases, and >= 0.85 for a surname-only name);
- a one-word name it may join by (``resolve.usable_single_keys``) is one of theirs
  (``resolve.single_keys``);
- a researcher said two of them are the same person (a must-link);
- both are what their documents are about and their full names share a key of a name
  translated whole (``names.exonyms.exonym_keys``: ``resolve._merge_translations``).

The connected components of those links can never merge with each other, so each resolves
alone exactly as within the whole, given the two facts a local person reads of the whole
corpus (``resolve.Coupling``: the words written before a surname anywhere, each document's
most-mentioned local person). Within a component clusters are made in the order of the
whole (full names fullest first, then the rest by entity), so ties go to the same cluster.

Steps: in the parent, the local persons (``profiles_of``), the coupling facts and the
components, which go to partitions (largest first, to the partition with the fewest local
persons); per partition (a worker): ``cluster_profiles`` and the researcher's links between its
local persons; in the parent again, the clusters of every partition side by side and
``resolve.name_persons``, which numbers person ids ("-2") in an order over the whole corpus.
``resolve.resolve`` is these steps in one partition in this process.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from factoid.model import Mention, Person
from factoid.names.forms import feminine_base, romanisation_key
from factoid.names.match import SURNAME_MATCH_THRESHOLD, _parts
from factoid.names.phonetic import skeleton
from factoid.reconcile.partition import PARTS_PER_WORKER, Executor
from factoid.resolve import (
    Coupling,
    Links,
    Profile,
    _surnames_match,
    is_full_name,
    apply_links,
    cluster_profiles,
    name_persons,
    profiles_of,
    single_keys,
    translation_keys,
    usable_single_keys,
)

__all__ = ["Part", "components", "on_cluster", "resolve_parts", "split"]

Decided = dict[str, tuple[int, float, str]]


@dataclass
class Part:
    """The input of one partition: its local persons in the order of the whole, the facts of
    the whole they read, and the researcher's links between them (in the order given)."""

    profiles: list[Profile]
    coupling: Coupling
    links: Links | None


@dataclass
class Clustered:
    """A partition's result: its clusters (entities, in order; empty ones are placeholders
    that ``decided`` indexes past) and, per entity, (cluster index, score, reason)."""

    clusters: list[list[str]]
    decided: Decided
    #: the display name of each cluster (None for an empty one), once ``resolve_memo`` asked
    names: list[str | None] | None = None
    #: each cluster's name forms with their counts, in the order met (``resolve.cluster_forms``),
    #: once ``resolve_memo`` asked
    forms: list[dict[str, int]] | None = None
    #: the ``resolve.full_name_rank`` of its local persons with a full name (their places in
    #: the order of the whole; the others go by entity), once ``resolve_memo`` asked
    ranked: list[tuple[int, int, str]] | None = None


def cluster_part(part: Part) -> Clustered:
    """The clustering of one partition, links applied: runs on a worker."""
    clusters, decided = cluster_profiles(part.profiles, part.coupling)
    if part.links is not None:
        apply_links(clusters, decided, part.links)
    return Clustered([[p.entity for p in c.profiles] for c in clusters], decided)


class _Union:
    """Union-find over indexes 0..n-1."""

    def __init__(self, n: int) -> None:
        self.up = list(range(n))

    def find(self, i: int) -> int:
        while self.up[i] != i:
            self.up[i] = self.up[self.up[i]]
            i = self.up[i]
        return i

    def join(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.up[max(a, b)] = min(a, b)


def _surname_keys(surname: str) -> set[tuple[str, str]]:
    """Keys two surnames share whenever ``surnames_match`` can score them 0.8 or more: a
    folded word or its phonetic skeleton, and each with one letter deleted (two spellings one
    edit apart share one of those), of the spelling itself and of the two other forms
    ``surnames_match`` compares when the spellings do not match: its romanisation key
    (Khandzhyan ~ Khanjian) and, for a woman's marked form, its unmarked one (Litvjaková ~
    Litvyak). Every other case scores below the threshold: a fuzzy score (at most 0.75), and
    one matched part of a double surname that is not the same word or skeleton (0.9 x 0.85)."""
    keys: set[tuple[str, str]] = set()
    for form in {surname, romanisation_key(surname), feminine_base(surname) or surname}:
        for word in _parts(form):
            for kind, text in (("w", word), ("k", skeleton(word))):
                keys.add((kind, text))
                keys.update((kind, text[:i] + text[i + 1:]) for i in range(len(text)))
    return keys


def matching_surnames(surnames: Iterable[str]) -> list[tuple[str, str]]:
    """Every pair of distinct surnames that match (>= 0.8), found through shared keys
    (``_surname_keys``) and checked by ``surnames_match`` itself: the all-pairs comparison
    blocking would make, near linear."""
    by_key: dict[tuple[str, str], list[str]] = defaultdict(list)
    for s in sorted(set(surnames)):
        for key in _surname_keys(s):
            by_key[key].append(s)
    pairs: set[tuple[str, str]] = set()
    for group in by_key.values():
        for x, a in enumerate(group):
            for b in group[x + 1:]:
                if (a, b) not in pairs and _surnames_match(a, b) >= SURNAME_MATCH_THRESHOLD:
                    pairs.add((a, b))
    return sorted(pairs)


def components(profiles: Sequence[Profile], coupling: Coupling, links: Links | None = None) -> list[list[int]]:
    """The local persons (indexes into ``profiles``) that may end in one person, grouped:
    linked by matching surnames, a one-word name one of them may join by, or a must-link.
    A local person without a full name is only ever compared by its surname with the
    surnames of full names (``cluster_profiles``: the clusters it may join are made of full
    names), so two such persons of one surname and no full name of it stay apart here.
    Each group in the order of ``profiles``; groups by their first."""
    union = _Union(len(profiles))
    first: dict[tuple[str, str], int] = {}

    def meet(key: tuple[str, str], i: int) -> None:
        if key in first:
            union.join(first[key], i)
        else:
            first[key] = i

    usable = _usable_keys(profiles, coupling)
    partial: dict[str, list[int]] = defaultdict(list)
    links_of: dict[tuple[str, ...], tuple[bool, list[tuple[str, str]], str | None]] = {}
    for i, prof in enumerate(profiles):
        forms = tuple(prof.forms)
        found = links_of.get(forms)
        if found is None:
            found = links_of[forms] = _links_of(prof, usable)
        full, keys, surname = found
        for key in keys:
            meet(key, i)
        if not full and surname:  # joins a cluster of a matching full name's surname, or none
            partial[surname].append(i)
        for key in translation_keys(prof, prof.entity in coupling.tops):  # ``resolve._merge_translations``
            meet(("translated", key), i)
    fulls = {s for (kind, s) in first if kind == "surname"}
    for a, b in matching_surnames(fulls | partial.keys()):
        for x, y in ((a, b), (b, a)):
            if x in fulls:
                for i in [first[("surname", y)]] if y in fulls else partial.get(y, []):
                    union.join(first[("surname", x)], i)
    for s in partial.keys() & fulls:
        for i in partial[s]:
            union.join(first[("surname", s)], i)
    index = {p.entity: i for i, p in enumerate(profiles)}
    for a, b, _ in links.must if links else ():
        if a in index and b in index:
            union.join(index[a], index[b])
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(profiles)):
        groups[union.find(i)].append(i)
    return list(groups.values())


def _usable_keys(profiles: Sequence[Profile], coupling: Coupling) -> set[str]:
    """Every one-word key some local person may join by (``resolve.usable_single_keys``),
    asked once per distinct list of name forms and whether its document is about it: a
    million words hold some fifteen thousand local persons but a few hundred such lists."""
    asked: dict[tuple[tuple[str, ...], bool], set[str]] = {}
    for prof in profiles:
        key = (tuple(prof.forms), prof.entity in coupling.tops)
        if key not in asked:
            asked[key] = usable_single_keys(prof, coupling)
    return set().union(*asked.values())


def _links_of(prof: Profile, usable: set[str]) -> tuple[bool, list[tuple[str, str]], str | None]:
    """What links a local person to others in ``components``, a pure function of its name
    forms in order (so asked once per distinct list): whether it has a full name, the keys
    it meets others by (every surname of a full name, its usable one-word keys, in that
    order) and, without a full name, the surname it is compared by."""
    full = is_full_name(prof.best)
    keys = [("surname", part.surname) for part in prof.parts if part.surname] if full else []
    keys += [("single", key) for key in single_keys(prof) & usable]
    return full, keys, prof.best.surname


def split(parts: int, profiles: list[Profile], coupling: Coupling, links: Links | None) -> list[Part]:
    """The local persons in at most ``parts`` partitions of whole components (largest first,
    each to the partition holding fewest so far), each partition in the order of the whole,
    with the links between its own local persons. Empty partitions are left out."""
    if parts <= 1:
        return [Part(profiles, coupling, links)]
    members: list[list[int]] = [[] for _ in range(parts)]
    for group in sorted(components(profiles, coupling, links), key=lambda g: (-len(g), g[0])):
        min(members, key=len).extend(group)
    out = []
    for chosen in (sorted(m) for m in members if m):
        mine = [profiles[i] for i in chosen]
        out.append(Part(mine, Coupling(coupling.given, coupling.tops & {p.entity for p in mine}),
                        _links_within(links, {p.entity for p in mine})))
    return out


def _links_within(links: Links | None, entities: set[str]) -> Links | None:
    """The links whose two entities are both in a partition (a must-link never spans two:
    it joins their components; a cannot-link that does is moot, the two are apart anyway)."""
    if links is None:
        return None
    return Links(tuple(x for x in links.must if x[0] in entities and x[1] in entities),
                 tuple(x for x in links.cannot if x[0] in entities and x[1] in entities))


def merge(profiles: Sequence[Profile], results: Sequence[Clustered]) -> tuple[list[list[Profile]], Decided]:
    """The partitions' clusters side by side (their indexes shifted past the earlier ones')."""
    by_entity = {p.entity: p for p in profiles}
    clusters: list[list[Profile]] = []
    decided: Decided = {}
    for r in results:
        shift = len(clusters)
        clusters.extend([by_entity[e] for e in c] for c in r.clusters)
        decided.update((e, (i + shift, score, why)) for e, (i, score, why) in r.decided.items())
    return clusters, decided


def resolve_parts(executor: Executor, parts: int, mentions: Iterable[Mention], links: Links | None = None
                  ) -> tuple[list[Person], dict[str, tuple[str, float, str]]]:
    """``resolve.resolve`` in ``parts`` partitions of local persons, clustered by ``executor``:
    the same persons (ids, names, aliases) and identity decisions."""
    profiles = profiles_of(mentions)
    inputs = split(parts, profiles, Coupling.of(profiles), links)
    handles = [executor.submit(cluster_part, executor.scatter(p, hash=False), pure=False) for p in inputs]
    return name_persons(*merge(profiles, executor.gather(handles)))


def on_cluster(address: str, workers: int = 2) -> Callable[..., tuple[list[Person], dict[str, tuple[str, float, str]]]]:
    """A ``resolve`` (same arguments, same result) that clusters on the Dask scheduler at
    ``address`` (``local``: a cluster of ``workers`` processes here), in ``PARTS_PER_WORKER``
    partitions per worker."""

    def run(mentions: Iterable[Mention], links: Links | None = None
            ) -> tuple[list[Person], dict[str, tuple[str, float, str]]]:
        from factoid.engine.dask import Cluster

        with Cluster(address, workers=workers) as cluster:
            return resolve_parts(cluster.client, PARTS_PER_WORKER * cluster.workers, mentions, links)

    return run
