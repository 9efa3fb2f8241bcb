"""``ids._match``: clusters that hold exactly the keys of the previous person of their minted
id are matched without counting; the matching is the full greedy one (``_greedy``) all the
same, and falls back to it whenever a key is held twice."""

from __future__ import annotations

import random

import pytest

from factoid.curation import ids


def _corpus(seed: int) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Invented previous persons (disjoint key sets) and a new build: most persons keep their
    keys, some gain keys of a new document, some lose keys, two merge, one splits, one is
    renumbered (a minted id that names another previous person)."""
    rnd = random.Random(seed)
    previous = {f"person/p{i}": {f"k{i}-{j}" for j in range(rnd.randint(1, 6))} for i in range(40)}
    held = {pid: set(ks) for pid, ks in previous.items()}
    for pid in rnd.sample(sorted(held), 6):  # a new document's mentions join them
        held[pid] |= {f"new-{pid}-{j}" for j in range(rnd.randint(1, 3))}
    for pid in rnd.sample(sorted(held), 4):  # a changed document's mentions are gone
        if len(held[pid]) > 1:
            held[pid].discard(sorted(held[pid])[0])
    a, b = rnd.sample(sorted(held), 2)  # a merge
    held[a] |= held.pop(b)
    c = rnd.choice(sorted(held))  # a split
    if len(held[c]) > 1:
        keys = sorted(held[c])
        held[c], held[f"{c}-2"] = set(keys[: len(keys) // 2]), set(keys[len(keys) // 2:])
    d, e = rnd.sample(sorted(held), 2)  # renumbered: d's cluster now minted under e's id
    held[d], held[e] = held[e], held[d]
    held["person/newcomer"] = {"new-alone"}
    return held, previous


@pytest.mark.parametrize("seed", range(25))
def test_the_matching_is_the_greedy_one(seed: int) -> None:
    held, previous = _corpus(seed)
    assert ids._match(held, previous) == ids._greedy(held, previous)


def test_unchanged_clusters_are_not_counted(monkeypatch: pytest.MonkeyPatch) -> None:
    held, previous = _corpus(3)
    counted: list[set[str]] = []
    greedy = ids._greedy
    monkeypatch.setattr(ids, "_greedy", lambda h, p: counted.append(set(h)) or greedy(h, p))
    ids._match(held, previous)
    same = {pid for pid, ks in held.items() if previous.get(pid) == ks}
    assert same and counted == [set(held) - same]


def test_a_key_held_twice_falls_back_to_counting_everything() -> None:
    """Two previous persons share a key (never so after a build, but retired ids keep their
    last keys): the shortcut's reasoning does not hold, and the full greedy decides."""
    previous = {"person/a": {"k1", "k2"}, "person/b": {"k2", "k3", "k4"}}
    held = {"person/a": {"k1", "k2"}, "person/b": {"k3", "k4"}, "person/c": {"k2"}}
    assert ids._match(held, previous) == ids._greedy(held, previous) == {"person/b": "person/b", "person/a": "person/a"}
    # here the shortcut alone would give "a" its own id back, where counting gives it nothing
    previous = {"person/a": {"k1"}, "person/b": {"k1", "k2", "k3"}}
    held = {"person/a": {"k1"}, "person/x": {"k2", "k3"}}
    assert ids._match(held, previous) == ids._greedy(held, previous) == {"person/x": "person/b"}
