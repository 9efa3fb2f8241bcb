"""``copies._Settled``: the settled passages' part of the copy check's LSH index, made at once
from stored signatures, answers every query as ``MinHashLSH`` holding the same signatures
does (a candidate shares one whole band), also when band keys collide; and the copy check
over a settled corpus marks what a check from scratch marks."""

from __future__ import annotations

import random

import numpy as np
from datasketch import MinHashLSH

from factoid import copies
from factoid.copies import _Settled, _Signature, copy_key, mark_duplicates
from factoid.model import Passage


def _signatures(n: int, rng: random.Random) -> list[bytes]:
    """Signatures over a small alphabet, so many bands are shared, some whole and some not."""
    return [np.array([rng.randrange(4) for _ in range(64)], dtype=np.uint32).tobytes() for _ in range(n)]


def test_queries_answer_what_the_lsh_index_answers() -> None:
    rng = random.Random(7)
    stored, asked = _signatures(300, rng), _signatures(60, rng)
    lsh = MinHashLSH(threshold=0.4, num_perm=64)
    for i, sig in enumerate(stored):
        lsh.insert(i, _Signature(sig))
    bulk = _Settled(list(range(len(stored))), stored, lsh.b, lsh.r)
    found = 0
    for sig in [*asked, *stored[:20]]:
        want = set(lsh.query(_Signature(sig)))
        assert bulk.query(_Signature(sig).hashvalues) == want
        found += len(want)
    assert found > 60  # queries met candidates: else this proves nothing


def test_colliding_keys_are_told_apart_by_their_values(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(copies, "_band_keys", lambda values: np.zeros(values.shape[:2], dtype=np.uint64))
    a = np.arange(64, dtype=np.uint32)
    b = a.copy()
    b[1:] += 1000  # shares no band with a but its first value
    bulk = _Settled([0, 1], [a.tobytes(), b.tobytes()], 16, 4)
    assert bulk.query(a) == {0}
    assert bulk.query(b) == {1}
    assert _Settled([], [], 16, 4).query(a) == set()


def _p(doc: str, index: int, text: str) -> Passage:
    return Passage(document_id=doc, index=index, start=0, end=len(text), text=text)


def test_a_settled_corpus_is_marked_as_from_scratch() -> None:
    rng = random.Random(11)
    words = "the river mill weaver town ledger winter harbour letter archive north fields".split()
    base = [" ".join(rng.choice(words) for _ in range(rng.randrange(8, 30))) for _ in range(40)]
    texts = base + [t.replace("mill", "forge", 1) for t in base[:15]] + base[5:12]
    passages = [_p(f"doc{n // 3:03d}.txt", n % 3, t) for n, t in enumerate(texts)]
    want = mark_duplicates(passages)
    assert sum(p.duplicate_of is not None for p in want) >= 15
    keys = [copy_key(p.text) for p in passages]
    for settled in (0, 1, 30, 40, 55, len(passages) - 1, len(passages)):
        before = [*want[:settled], *passages[settled:]]
        assert mark_duplicates(before, keys=keys, settled=settled) == want
