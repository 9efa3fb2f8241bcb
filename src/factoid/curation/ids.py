"""Person ids that, once given, persist across builds.

Resolution mints ``person/<slug>[-n]`` ids afresh on every build, and the counter can shift
when the corpus changes. Here each new cluster takes the id of the previous build's person
holding most of its mentions (by mention key, :mod:`factoid.curation.keys`); pairs are
matched greedily by the number of shared mentions, ties broken by the ids themselves, so the
result is deterministic. A cluster without any shared mention keeps the minted id when that
id is free (a person whose only document changed keeps its name-derived id), else takes the
next free ``-n``. Ids of persons that disappeared in an earlier build are retired: the
registry of issued ids (``store.schema.person_ids``) keeps them from being given to another
person; only a cluster holding the mentions a retired id last held (a merge that was
undone) gets it back, after the live ids are matched.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import replace

from factoid.model import Person

__all__ = ["assign_ids"]

Identity = tuple[str, float, str]
_COUNTER = re.compile(r"-\d+$")


def _held(identities: Mapping[str, Identity], entity_keys: Mapping[str, Iterable[str]]) -> dict[str, set[str]]:
    held: dict[str, set[str]] = defaultdict(set)
    for entity, (pid, _, _) in identities.items():
        held[pid].update(entity_keys.get(entity, ()))
    return held


def _match(held: dict[str, set[str]], previous: Mapping[str, set[str]]) -> dict[str, str]:
    """New (minted) id -> old id, greedily by shared mention keys.

    A cluster holding exactly the keys of the previous person of its minted id (most of them,
    after one added document) is matched to it without counting: when no key is held twice,
    on either side, that pair shares all its keys with each other and none with anyone else,
    so the greedy matching takes it whatever else it takes. Only the other clusters are
    counted against the other previous persons, which is the same matching at the cost of
    what changed."""
    same = {new: new for new, ks in held.items() if ks and previous.get(new) == ks}
    if same and _disjoint(held.values()) and _disjoint(previous.values()):
        rest = _greedy({n: ks for n, ks in held.items() if n not in same},
                       {o: ks for o, ks in previous.items() if o not in same})
        return {**same, **rest}
    return _greedy(held, previous)


def _disjoint(sets: Iterable[set[str]]) -> bool:
    """No key in two of the sets."""
    sets = list(sets)
    return len(set().union(*sets)) == sum(map(len, sets))


def _greedy(held: Mapping[str, set[str]], previous: Mapping[str, set[str]]) -> dict[str, str]:
    """``_match`` by counting the keys every pair shares."""
    owner = {k: old for old, ks in previous.items() for k in ks}
    overlap: Counter = Counter()
    for new, ks in held.items():
        for k in ks:
            if k in owner:
                overlap[(new, owner[k])] += 1
    out: dict[str, str] = {}
    taken: set[str] = set()
    for (new, old), _n in sorted(overlap.items(), key=lambda kv: (-kv[1], kv[0])):
        if new not in out and old not in taken:
            out[new] = old
            taken.add(old)
    return out


def assign_ids(
    persons: list[Person],
    identities: Mapping[str, Identity],
    entity_keys: Mapping[str, Iterable[str]],
    previous: Mapping[str, set[str]],
    issued: set[str],
    retired: Mapping[str, set[str]] | None = None,
) -> tuple[list[Person], dict[str, Identity], dict[str, set[str]]]:
    """Persons and identities under their persistent ids, and each person's mention keys.

    ``entity_keys``: document-local entity -> its mention keys; ``previous``: the last
    build's person id -> mention keys; ``issued``: every id ever given; ``retired``: the
    last mention keys of ids no longer in use. A retired id is never given to another
    person, but comes back to the cluster holding its mentions (a merge undone)."""
    held = _held(identities, entity_keys)
    rename = _match(held, previous)
    if retired:  # a cluster no live person took over may revive the id its mentions last had
        revived = _match({p: ks for p, ks in held.items() if p not in rename}, retired)
        rename.update(revived)
    used = set(rename.values())
    weight = {p.id: sum(p.aliases.values()) for p in persons}
    for p in sorted((p for p in persons if p.id not in rename), key=lambda p: (-weight[p.id], p.id)):
        rename[p.id] = _free_id(p.id, used, previous, issued)
        used.add(rename[p.id])
    out = sorted((replace(p, id=rename[p.id]) for p in persons), key=lambda p: p.id)
    ident = {e: (rename[pid], score, reason) for e, (pid, score, reason) in identities.items()}
    return out, ident, {rename[pid]: ks for pid, ks in held.items() if pid in rename}


def _free_id(minted: str, used: set[str], previous: Mapping[str, set[str]], issued: set[str]) -> str:
    """The minted id if free (never given, or held by a previous person nobody took over),
    else the next ``-n`` never given."""
    if minted not in used and (minted not in issued or minted in previous):
        return minted
    base = _COUNTER.sub("", minted)
    n = 2
    while f"{base}-{n}" in used or f"{base}-{n}" in issued:
        n += 1
    return f"{base}-{n}"
