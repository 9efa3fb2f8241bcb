"""Resolution that re-clusters only the components a change touched (issue 14: a rebuild after
one added document costs what changed).

``resolve_partition.components`` splits the local persons into groups that can never end in
one person; each is clustered alone exactly as within the whole (``resolve_partition``), and
its clustering is a pure function of its ``Part``: its local persons in order with their name
forms, the facts of the whole corpus it reads (``Coupling``, restricted to what its persons
can ask of it) and the researcher's links between them. So the last build's clustering of a
component whose ``Part`` is the same (equal ``digest``) is its clustering now, and only the
components a new, changed or removed document (or a new decision) touches are clustered again.

The memo (digest -> ``Clustered``, with the display name of each cluster) is what the last build stored (``dump``/``load``); the
caller passes it only when that build derived with the same code and data (``reconcile.reuse``).
The persons and identities are those of ``resolve.resolve``, identical, in the same order.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable

from factoid.model import Mention, Person
from factoid.names import display_name, is_full_name
from factoid.resolve import (Coupling, Links, Profile, cluster_forms, full_name_rank, name_persons, profiles_of,
                             single_keys)
from factoid.resolve_partition import Clustered, Part, cluster_part, components, merge

__all__ = ["STATE", "Memo", "Memoised", "digest", "dump", "load", "resolve_memoised"]

#: Component digest -> its clustering, as the last build made it.
Memo = dict[str, Clustered]


def part_of_component(profiles: list[Profile], coupling: Coupling, links: Links | None) -> Part:
    """The ``Part`` of one component: only the coupling facts its persons can read (the
    given-name keys among their one-word names, the document tops among them), so a fact
    about other people elsewhere leaves its digest alone."""
    entities = {p.entity for p in profiles}
    keys = {k for p in profiles for k in single_keys(p)}
    mine = None
    if links is not None:
        must = tuple(x for x in links.must if x[0] in entities and x[1] in entities)
        cannot = tuple(x for x in links.cannot if x[0] in entities and x[1] in entities)
        mine = Links(must, cannot) if must or cannot else None  # none here: as undecided
    return Part(profiles, Coupling(coupling.given & keys, coupling.tops & entities), mine)


def digest(part: Part) -> str:
    """What the clustering of ``part`` depends on, hashed: its local persons in order with
    their forms in order (counts included), the coupling facts, the links (reasons included:
    they are written on the identities)."""
    data = [
        [[p.entity, list(p.forms.items())] for p in part.profiles],
        sorted(part.coupling.given), sorted(part.coupling.tops),
        None if part.links is None else [list(map(list, part.links.must)), list(map(list, part.links.cannot))],
    ]
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


def _whole_order(results: list[Clustered]) -> dict[str, int]:
    """Entity -> its place among the identities one clustering of the whole makes: full names
    fullest first (``cluster_profiles``' order), then the rest by entity. From the places each
    component's clustering kept (``_named``): ranking every local person of the corpus again
    was a build's cost even when one document changed."""
    fulls = sorted(rank for r in results for rank in r.ranked or ())
    ranked = {rank[2] for rank in fulls}
    rest = sorted(e for r in results for e in r.decided if e not in ranked)
    order = {rank[2]: i for i, rank in enumerate(fulls)}
    order.update((e, i) for i, e in enumerate(rest, len(fulls)))
    return order


def resolve_memoised(mentions: Iterable[Mention], links: Links | None, memo: Memo,
                     ) -> tuple[list[Person], dict[str, tuple[str, float, str]], Memo]:
    """``resolve.resolve``, clustering only the components not in ``memo``; also returns the
    memo of this build (every component it has now, for the next build)."""
    profiles = profiles_of(mentions)
    coupling = Coupling.of(profiles)
    groups = sorted(components(profiles, coupling, links), key=lambda g: g[0])
    done: Memo = {}
    results = []
    for group in groups:
        part = part_of_component([profiles[i] for i in group], coupling, links)
        key = digest(part)
        found = memo.get(key) or done.get(key)
        if found is None:
            found = _named(cluster_part(part), part.profiles)
        done[key] = found
        results.append(found)
    clusters, decided = merge(profiles, results)
    order = _whole_order(results)
    decided = dict(sorted(decided.items(), key=lambda kv: order[kv[0]]))
    names = [name for r in results for name in (r.names or [None] * len(r.clusters))]
    forms = [f for r in results for f in (r.forms or [None] * len(r.clusters))]
    persons, identities = name_persons(clusters, decided, names, forms)
    return persons, identities, done


def _named(clustered: Clustered, profiles: list[Profile]) -> Clustered:
    """A component's clustering with the display name and the name forms of each cluster, as
    ``name_persons`` would make them, and its local persons' places in the order of the whole
    (``_whole_order``): all pure functions of what the component's digest covers, so kept
    with it, and a build computes them only for the components it clusters."""
    by_entity = {p.entity: p for p in profiles}
    forms = [dict(cluster_forms(by_entity[e] for e in c)) for c in clustered.clusters]
    clustered.forms = forms
    clustered.names = [display_name(f.items()) if c else None for c, f in zip(clustered.clusters, forms)]
    clustered.ranked = [full_name_rank(p) for p in profiles if is_full_name(p.best)]
    return clustered


def dump(memo: Memo) -> str:
    """The memo as JSON text, for ``derived_state``."""
    return json.dumps({k: [c.clusters, [[e, *d] for e, d in c.decided.items()], c.names, c.forms, c.ranked]
                       for k, c in memo.items()}, ensure_ascii=False, separators=(",", ":"))


def load(text: str | None) -> Memo:
    """The memo ``dump`` wrote; empty when none was (or it is unreadable: then every
    component is clustered afresh, which is only slower)."""
    if not text:
        return {}
    try:
        data = json.loads(text)
        return {k: Clustered(clusters, {e: (i, score, why) for e, i, score, why in decided}, names, forms,
                             [(f, n, e) for f, n, e in ranked])
                for k, (clusters, decided, names, forms, ranked) in data.items()}
    except (ValueError, TypeError):  # unreadable, or another build's layout
        return {}


#: The ``derived_state`` row holding the memo of the last build.
STATE = "resolution"


class Memoised:
    """A ``resolve`` (same arguments, same result) over a memo; after the call, ``made`` is
    the memo to store for the next build (None until it ran)."""

    def __init__(self, memo: Memo) -> None:
        self.memo = memo
        self.made: Memo | None = None

    def __call__(self, mentions: Iterable[Mention], links: Links | None = None
                 ) -> tuple[list[Person], dict[str, tuple[str, float, str]]]:
        persons, identities, self.made = resolve_memoised(mentions, links, self.memo)
        return persons, identities
