"""natasha's word vocabularies, read from a disk cache of their index instead of parsed whole.

Why: each of natasha's taggers (morphology, NER) carries the news embedding's 250,000 words,
gzipped, and slovnet turns each into a list and a word -> id dict (``slovnet.vocab.Vocab``)
when the tagger loads: about 0.1 CPU s per tagger, paid by every fresh process that meets a
Russian line (a rebuild after one added document), to look up a few hundred words.

Here a large vocabulary is read from an index kept in the user cache folder (beside the
gazetteer's, ``$XDG_CACHE_HOME/factoid`` or ``~/.cache/factoid``): its words' 64-bit hashes,
sorted, with their ids and the words themselves to check a hit against, loaded as a few numpy
arrays in milliseconds. A look-up hashes the word, finds the hash by bisection and compares
the stored word, so it returns exactly the id slovnet's dict would (the unknown-word id for
any other word). The cache file is named by the digest of the vocabulary's compressed bytes
(what it was made from) and ``CACHE_VERSION``: another vocabulary, or another index format,
gets another file. A file that cannot be read is ignored with a warning and made again; a
folder that cannot be written leaves slovnet's own vocabulary in memory.
"""

from __future__ import annotations

import hashlib
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from gzip import decompress
from pathlib import Path
from typing import Any

import numpy as np

from factoid import diskcache

__all__ = ["CACHE_VERSION", "MIN_CACHED", "WordIndex", "cache_file", "cached_vocabs", "load"]

#: Bump when the index's format or the way it is built changes, so old files are not read.
CACHE_VERSION = 1
#: Vocabularies with fewer words are built as slovnet builds them (tags, word shapes): their
#: dict costs nothing worth a file.
MIN_CACHED = 10_000


def _hash(word: str) -> int:
    """A word's 64-bit hash, the same in every process (unlike ``hash``)."""
    return int.from_bytes(hashlib.blake2b(word.encode("utf8"), digest_size=8).digest(), "little")


class WordIndex:
    """A word vocabulary answering as ``slovnet.vocab.Vocab`` does (``encode``, ``decode``,
    ``unk_id``, ``pad_id``, ``len``; ``items`` and ``item_ids`` are made on first use), read
    from the arrays of a cache file (``_arrays``)."""

    def __init__(self, arrays: dict[str, np.ndarray]) -> None:
        self._hashes = arrays["hashes"]
        self._ids = arrays["ids"]
        self._offsets = arrays["offsets"]
        self._blob = arrays["blob"].tobytes()
        size, unk, pad = (int(v) for v in arrays["meta"][:3])
        self._size, self.unk_id, self.pad_id = size, None if unk < 0 else unk, None if pad < 0 else pad
        self._seen: dict[str, int | None] = {}
        self._dict: dict[str, int] | None = None

    def _find(self, word: str) -> int | None:
        """The id of ``word``, or ``None`` when the vocabulary lacks it."""
        h = np.uint64(_hash(word))
        k = int(np.searchsorted(self._hashes, h))
        if k == len(self._hashes) or self._hashes[k] != h:
            return None
        stored = self._blob[int(self._offsets[k]):int(self._offsets[k + 1])]
        return int(self._ids[k]) if stored == word.encode("utf8") else None

    def get(self, word: str, default: int | None = None) -> int | None:
        if word not in self._seen:
            self._seen[word] = self._find(word)
        found = self._seen[word]
        return default if found is None else found

    def encode(self, item: str) -> int | None:
        return self.get(item, self.unk_id)

    @property
    def item_ids(self) -> dict[str, int]:
        """The whole word -> id dict, as slovnet's (made on first use: nothing in tagging asks)."""
        if self._dict is None:
            blob, offsets = self._blob, self._offsets.tolist()
            words = [blob[offsets[k]:offsets[k + 1]].decode("utf8") for k in range(len(self._ids))]
            pairs = sorted(zip(self._ids.tolist(), words, strict=True))
            self._dict = {w: i for i, w in pairs}
        return self._dict

    @property
    def items(self) -> list[str]:
        """The words in id order, as slovnet's list."""
        out = [""] * self._size
        for word, i in self.item_ids.items():
            out[i] = word
        return out

    def decode(self, id: int) -> str:  # noqa: A002 - slovnet's name
        return self.items[id]

    def __len__(self) -> int:
        return self._size


def _arrays(items: list[str]) -> dict[str, np.ndarray] | None:
    """The index of a word list: hashes sorted, ids, the words' UTF-8 bytes and offsets, and
    (length, unknown id, pad id); ``None`` when a word is listed twice or two words share a
    hash (then slovnet's own vocabulary, whose list and dict the index could not give back)."""
    from slovnet.const import PAD, UNK

    ids = {w: i for i, w in enumerate(items)}
    if len(ids) != len(items):
        return None
    words = list(ids)
    hashes = np.fromiter((_hash(w) for w in words), dtype=np.uint64, count=len(words))
    order = np.argsort(hashes, kind="stable")
    hashes = hashes[order]
    if len(hashes) > 1 and bool((hashes[1:] == hashes[:-1]).any()):
        return None
    encoded = [words[k].encode("utf8") for k in order.tolist()]
    offsets = np.zeros(len(encoded) + 1, dtype=np.int64)
    np.cumsum([len(b) for b in encoded], out=offsets[1:])
    meta = np.array([len(items), ids.get(UNK, -1), ids.get(PAD, -1)], dtype=np.int64)
    return {"hashes": hashes, "ids": np.array([ids[words[k]] for k in order.tolist()], dtype=np.int32),
            "offsets": offsets, "blob": np.frombuffer(b"".join(encoded), dtype=np.uint8), "meta": meta}


def cache_file(data: bytes) -> Path:
    """The cache file of a vocabulary's compressed bytes ``data``."""
    digest = hashlib.blake2b(data, digest_size=16).hexdigest()
    return diskcache.cache_dir() / f"ru-vocab-v{CACHE_VERSION}-{digest}.npz"


def _read(path: Path) -> WordIndex | None:
    """The index in ``path``; ``None`` when there is none, with a warning when it is unreadable."""
    if not path.is_file():
        return None
    try:
        with np.load(path, allow_pickle=False) as npz:
            arrays = {name: npz[name] for name in ("hashes", "ids", "offsets", "blob", "meta")}
        n = len(arrays["hashes"])
        if len(arrays["ids"]) != n or len(arrays["offsets"]) != n + 1 or int(arrays["offsets"][-1]) != len(arrays["blob"]) \
                or len(arrays["meta"]) != 3:
            raise ValueError("inconsistent arrays")
        return WordIndex(arrays)
    except Exception as exc:  # noqa: BLE001 - a broken cache is made again, never fatal
        warnings.warn(f"ignoring an unreadable vocabulary cache {path}: {exc}", RuntimeWarning, stacklevel=2)
        return None


def load(data: bytes) -> Any:
    """The vocabulary of a tagger pack's gzipped word list ``data``: from the cache when it
    holds it, else built as slovnet builds it (and its index cached when it is large)."""
    from slovnet.vocab import Vocab

    path = cache_file(data)
    index = _read(path)
    if index is not None:
        return index
    items = decompress(data).decode("utf8").splitlines()  # as ``slovnet.exec.pack.bytes_vocab``
    if len(items) >= MIN_CACHED and (arrays := _arrays(items)) is not None and diskcache.write_atomic(path, lambda fh: np.savez(fh, **arrays)):
        return WordIndex(arrays)
    return Vocab(items)


@contextmanager
def cached_vocabs() -> Iterator[None]:
    """While natasha's taggers load, their vocabularies come through ``load``."""
    from slovnet.exec import pack

    real = pack.bytes_vocab
    pack.bytes_vocab = load
    try:
        yield
    finally:
        pack.bytes_vocab = real
