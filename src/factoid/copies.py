"""Find passages that repeat an earlier passage, in the same document or anywhere in the corpus.

Scraped pages copy each other (mirror sites, "encyclopedia" clones) and repeat themselves (a
page that embeds two versions of the same article). A repeated passage is not an independent
witness, so later stages need to know that it is a copy and of what.

Candidates come from MinHash LSH over normalised word shingles, which keeps the work linear in
the corpus size; each candidate pair is then confirmed with an exact measure (the larger of the
shingle Jaccard and a character-level similarity ratio), because MinHash only estimates.
Very short passages are never marked: headings such as "Biography" legitimately repeat.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace

import numpy as np

from datasketch import MinHash, MinHashLSH
from rapidfuzz import fuzz

from .model import Passage

__all__ = ["MIN_WORDS", "CopyKey", "copy_key", "fingerprint", "mark_duplicates", "normalise", "refresh", "shingles",
           "similarity"]

#: Passages with fewer words are never duplicates (headings, captions, "Reply").
MIN_WORDS = 8
_SHINGLE = 3
_NUM_PERM = 64
_SEED = 1
#: Permutations are drawn once: drawing them per signature dominated the run time.
_PERMUTATIONS = MinHash(num_perm=_NUM_PERM, seed=_SEED).permutations
_NON_WORD = re.compile(r"[^\w\s]+")


def normalise(text: str) -> list[str]:
    """Lower-cased words with punctuation removed, so quotes and dashes do not hide a copy."""
    return _NON_WORD.sub(" ", text.lower().replace("_", " ")).split()


def shingles(words: Sequence[str], size: int = _SHINGLE) -> set[str]:
    """Overlapping word n-grams; a text shorter than ``size`` is one shingle."""
    if len(words) <= size:
        return {" ".join(words)}
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def similarity(a: Sequence[str], b: Sequence[str]) -> float:
    """Exact similarity of two normalised word lists, 0..1.

    Jaccard over shingles punishes every small edit three times (once per shingle it touches),
    so a re-worded copy is also compared character by character; the larger score counts.
    """
    sa, sb = shingles(a), shingles(b)
    jaccard = len(sa & sb) / len(sa | sb) if sa or sb else 1.0
    ratio = fuzz.ratio(" ".join(a), " ".join(b)) / 100.0
    return max(jaccard, ratio)


@dataclass(frozen=True)
class CopyKey:
    """What the copy check needs of a passage besides its text, kept in the store so a new
    document is checked against the corpus without normalising and hashing every passage
    again: the number of normalised words, a digest of the normalised text (exact copies),
    and the MinHash signature (None under ``MIN_WORDS``)."""

    words: int
    digest: str
    signature: bytes | None


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """What stored copy keys and marks were made with: this module's code and the versions of
    the libraries it hashes and compares with. Narrower than the derivation's fingerprint
    (``reconcile.reuse``): a change elsewhere in factoid leaves them valid."""
    h = hashlib.sha256(Path(__file__).read_bytes())
    for name in ("datasketch", "rapidfuzz", "numpy"):
        try:
            h.update(f"\0{name}={metadata.version(name)}".encode())
        except metadata.PackageNotFoundError:
            h.update(f"\0{name}=-".encode())
    return h.hexdigest()[:32]


def copy_key(text: str) -> CopyKey:
    ws = normalise(text)
    joined = " ".join(ws)
    digest = hashlib.blake2b(joined.encode("utf-8"), digest_size=16).hexdigest()
    signature = _minhash(shingles(ws)).hashvalues.tobytes() if len(ws) >= MIN_WORDS else None
    return CopyKey(len(ws), digest, signature)


class _Signature:
    """A stored signature as the LSH index reads it (``hashvalues``, a length and the
    scheme): building a ``MinHash`` from it costs more than the look-up itself."""

    __slots__ = ("hashvalues",)
    scheme = "affine32"

    def __init__(self, signature: bytes) -> None:
        self.hashvalues = np.frombuffer(signature, dtype=np.uint32)

    def __len__(self) -> int:
        return len(self.hashvalues)


class _Settled:
    """The settled passages' part of the LSH index (``mark_duplicates``), made at once from
    their stored signatures: what ``MinHashLSH.query`` would answer for them, found by sorting.

    Why: after one added document every passage before it is settled, and inserting tens of
    thousands of signatures into the index one by one (a band hash and sixteen bucket updates
    each, in Python) cost more than reading them, to answer the forty queries of one
    document. Here each band of every settled signature is keyed by a 64-bit mix of its
    values, sorted once per band; a query looks its band's key up (``searchsorted``) and keeps
    the rows whose band values are all equal to its own: the index's rule (a candidate shares
    one whole band), exactly, whatever keys collide."""

    def __init__(self, ids: list[int], signatures: list[bytes], bands: int, rows: int) -> None:
        self.ids = np.asarray(ids, dtype=np.int64)
        width = bands * rows
        full = np.frombuffer(b"".join(signatures), dtype=np.uint32).reshape(len(ids), -1) if ids else \
            np.zeros((0, width), dtype=np.uint32)
        self.values = np.ascontiguousarray(full[:, :width]).reshape(len(ids), bands, rows)
        self.keys = _band_keys(self.values)
        self.order = np.argsort(self.keys, axis=0, kind="stable")
        self.sorted = np.take_along_axis(self.keys, self.order, axis=0)

    def query(self, hashvalues: np.ndarray) -> set[int]:
        bands, rows = self.values.shape[1], self.values.shape[2]
        q = np.asarray(hashvalues[:bands * rows], dtype=np.uint32).reshape(1, bands, rows)
        keys = _band_keys(q)[0]
        out: set[int] = set()
        for band in range(bands):
            lo, hi = np.searchsorted(self.sorted[:, band], keys[band], side="left"), \
                np.searchsorted(self.sorted[:, band], keys[band], side="right")
            if lo == hi:
                continue
            at = self.order[lo:hi, band]
            same = (self.values[at, band, :] == q[0, band]).all(axis=1)
            out.update(self.ids[at[same]].tolist())
        return out


def _band_keys(values: np.ndarray) -> np.ndarray:
    """A 64-bit key per (signature, band) from its values (n, bands, rows): equal bands have
    equal keys; unequal ones rarely do (``_Settled`` compares the values themselves)."""
    mix = np.uint64(0x9E3779B97F4A7C15)
    keys = np.zeros(values.shape[:2], dtype=np.uint64)
    with np.errstate(over="ignore"):
        for k in range(values.shape[2]):
            keys = (keys ^ values[:, :, k].astype(np.uint64)) * mix
    return keys


def mark_duplicates(
    passages: Sequence[Passage],
    *,
    threshold: float = 0.7,
    keys: Sequence[CopyKey | None] | None = None,
    settled: int = 0,
    text: Callable[[int], str] | None = None,
) -> list[Passage]:
    """Return the passages with ``duplicate_of`` set on every (near-)copy of an earlier one.

    ``passages`` must be in canonical order (document id, index): "earlier" means earlier in
    that order. Only first occurrences are indexed, so a copy is compared with originals
    alone and points at one of them, never at another copy (the best match wins). This also
    keeps heavily mirrored corpora fast: each copy meets one candidate, not all earlier copies.

    ``keys`` are the passages' stored ``CopyKey`` (None where not stored: computed here);
    the text of a passage is then normalised only when the exact check compares it. The first
    ``settled`` passages carry the marks this function gave them before, over the same
    passages (an ingest that added documents after them in the order): they are indexed as
    they were, without asking the index about them again. The result is the same either way.

    ``text`` gives the text of passage ``i`` when the passages were read without it (the
    store's ``copy_check``): only the passages the exact check compares are then read.
    """
    text = text or (lambda i: passages[i].text)
    keys = list(keys) if keys is not None else [None] * len(passages)
    lsh = MinHashLSH(threshold=max(0.1, threshold - 0.3), num_perm=_NUM_PERM)
    root: dict[int, int] = {}
    # Shingles and joined text of compared passages, computed once: the exact check compares
    # each candidate again and again (``similarity`` on these gives the same scores).
    grams: dict[int, set[str]] = {}
    joined: dict[int, str] = {}

    def text_of(i: int) -> None:
        if i not in joined:
            ws = normalise(text(i))
            grams[i], joined[i] = shingles(ws), " ".join(ws)

    first_of: dict[str, int] = {}  # digest of the exact normalised text -> its first occurrence
    at = {p.key: i for i, p in enumerate(passages[:settled])}
    indexed: tuple[list[int], list[bytes]] = ([], [])  # the settled passages in the index
    bulk: _Settled | None = None
    for i, p in enumerate(passages):
        key = keys[i]
        if key is None:
            key = keys[i] = copy_key(text(i))
        if key.words < MIN_WORDS or key.signature is None:
            continue
        seen = first_of.setdefault(key.digest, i)
        if i < settled:
            if p.duplicate_of is not None:
                root[i] = at[p.duplicate_of]
            else:
                indexed[0].append(i)
                indexed[1].append(key.signature)
            continue
        if seen != i:
            # an exact copy needs no MinHash: it points where its first occurrence points
            root[i] = root.get(seen, seen)
            continue
        signature = _Signature(key.signature)
        if bulk is None:
            bulk = _Settled(*indexed, lsh.b, lsh.r)
        candidates = sorted(bulk.query(signature.hashvalues).union(lsh.query(signature)))
        best = None
        if candidates:
            for c in (i, *candidates):
                text_of(c)
            best = _best_earlier(i, candidates, grams, joined, threshold)
        if best is None:
            lsh.insert(i, signature)
        else:
            root[i] = best
    # A settled passage keeps its mark (it was indexed or pointed exactly as before), so it is
    # returned as it is: copying every passage of a corpus cost more than checking the new ones.
    return list(passages[:settled]) + [
        replace(p, duplicate_of=passages[root[i]].key) if i in root else replace(p, duplicate_of=None)
        for i, p in enumerate(passages[settled:], settled)
    ]


Marks = dict[tuple[str, int], str | None]


def refresh(
    passages: Sequence[Passage],
    keys: Sequence[CopyKey | None],
    text: Callable[[int], str],
    *,
    written: Collection[str] | None = None,
) -> tuple[Marks, dict[tuple[str, int], CopyKey]]:
    """Check the corpus for copies again after an ingest: the ``duplicate_of`` links that
    changed, by (document, passage index), and the keys made now, to store.

    ``passages`` are the whole corpus in canonical order with their stored marks, ``keys``
    their stored ``CopyKey`` (None where none is stored: made here from ``text(i)``, so only
    the passages of new documents are normalised and hashed). ``written``: the documents
    written by this ingest, when the stored marks of every other passage were made by this
    code (``fingerprint``) and no document was removed: the passages before the first of them
    in the corpus order keep their marks (nothing before them changed). None checks every
    passage afresh. The marks are those ``mark_duplicates`` gives the texts alone."""
    fresh = {(p.document_id, p.index): copy_key(text(i)) for i, (p, k) in enumerate(zip(passages, keys, strict=True))
             if k is None}
    full = [k or fresh[(p.document_id, p.index)] for p, k in zip(passages, keys, strict=True)]
    settled = 0
    if written is not None:
        settled = next((i for i, p in enumerate(passages) if p.document_id in written), len(passages))
    marked = mark_duplicates(passages, keys=full, settled=settled, text=text)
    changes = {(new.document_id, new.index): new.duplicate_of
               for old, new in zip(passages[settled:], marked[settled:], strict=True)
               if old.duplicate_of != new.duplicate_of}
    return changes, fresh


def _minhash(grams: set[str]) -> MinHash:
    """MinHash signature of a passage's shingles (seeded, so runs are reproducible).

    CRC-32 is a plain, fast, stable 32-bit hash: MinHash needs spread, not cryptographic strength.
    """
    signature = MinHash(
        num_perm=_NUM_PERM, seed=_SEED, hashfunc=zlib.crc32, permutations=_PERMUTATIONS, scheme="affine32"
    )
    signature.update_batch([s.encode("utf-8") for s in grams])
    return signature


def _similarity(sa: set[str], sb: set[str], a: str, b: str) -> float:
    """``similarity`` from precomputed shingles and joined words."""
    jaccard = len(sa & sb) / len(sa | sb) if sa or sb else 1.0
    return max(jaccard, fuzz.ratio(a, b) / 100.0)


def _best_earlier(
    i: int, candidates: Sequence[int], grams: dict[int, set[str]], joined: dict[int, str], threshold: float
) -> int | None:
    """The most similar earlier passage among LSH candidates, if it passes the exact check."""
    scored = [(_similarity(grams[i], grams[c], joined[i], joined[c]), -c) for c in candidates]
    passing = [(score, neg) for score, neg in scored if score >= threshold]
    return -max(passing)[1] if passing else None
