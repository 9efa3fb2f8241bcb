"""Which sources are independent witnesses, and which merely copy one another.

Copied text is found passage by passage (MinHash/LSH in ``factoid.copies`` marks a passage
that repeats an earlier one). Two documents that share a good part of their passages are one
witness: a claim repeated by three copies of one text has one independent source, not three.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from factoid.model import Passage

#: Share of the smaller document's passages found in the other that makes them copies.
COPY_SHARE = 0.3


def copy_pairs(passages: Sequence[Passage]) -> dict[tuple[str, str], int]:
    """(copy, original) document pairs with the number of passages the copy repeats."""
    pairs: Counter = Counter()
    for p in passages:
        if p.duplicate_of:
            original = p.duplicate_of.rsplit("#", 1)[0]
            if original != p.document_id:
                pairs[(p.document_id, original)] += 1
    return dict(pairs)


#: Two sources that repeat the same minority (losing) values this often are taken as copies.
SHARED_ERRORS = 2


def shared_minority_values(losers: Sequence[set[str]]) -> dict[tuple[str, str], int]:
    """How many losing values each pair of documents asserts together.

    The insight of Dong, Berti-Equille and Srivastava (2009): independent sources agree on
    true values by being right, but they rarely make the *same mistakes*; sources that share
    several values the rest of the corpus contradicts probably copy each other. ``losers``
    holds, per disputed property, the documents behind each losing value."""
    pairs: Counter = Counter()
    for docs in losers:
        ordered = sorted(docs)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 :]:
                pairs[(a, b)] += 1
    return dict(pairs)


@dataclass(frozen=True)
class CopyFacts:
    """What witness classes are made of, read from the passages once: each document's
    passages of eight words or more, and the (copy, original) pairs with their counts."""

    documents: frozenset[str]
    size: Counter
    pairs: dict[tuple[str, str], int]


def long_passages(passages: Sequence[Passage]) -> Counter:
    """Per document, its passages of eight words or more: the size copying is measured against."""
    return Counter(p.document_id for p in passages if len(p.text.split()) >= 8)


def copy_facts(passages: Sequence[Passage], sizes: Mapping[str, int] | None = None) -> CopyFacts:
    """``sizes``: the ``long_passages`` counts when the caller has them (its passages may have
    no text: ``reconcile_memo`` keeps them per document)."""
    size = long_passages(passages) if sizes is None else Counter({d: n for d, n in sizes.items() if n})
    return CopyFacts(frozenset(p.document_id for p in passages), size, copy_pairs(passages))


def witness_classes(
    passages: Sequence[Passage], dependent: dict[tuple[str, str], int] | None = None
) -> tuple[dict[str, str], dict[str, list[dict]]]:
    """Document -> witness class (the earliest document of its copy group), and per document
    the copy relations found, for display. ``dependent`` adds document pairs found to share
    minority values (``shared_minority_values``)."""
    return classes_of(copy_facts(passages), dependent)


def classes_of(
    facts: CopyFacts, dependent: dict[tuple[str, str], int] | None = None, *, relations: bool = True
) -> tuple[dict[str, str], dict[str, list[dict]]]:
    """``witness_classes`` from the facts of ``copy_facts``: reconciliation asks twice (before
    and after finding the sources that share minority values) of the same passages. Without
    ``relations`` the copy relations are not listed (empty): the first time, only the classes
    are read, and listing a relation per pair of copies cost as much as finding the classes."""
    size = facts.size
    parent = {d: d for d in facts.documents}

    def find(d: str) -> str:
        while parent[d] != d:
            parent[d] = parent[parent[d]]
            d = parent[d]
        return d

    listed: dict[str, list[dict]] = defaultdict(list)
    for (copy, original), n in facts.pairs.items():
        share = n / max(1, min(size[copy], size[original]))
        if relations:
            merged = share >= COPY_SHARE
            listed[copy].append({"document": original, "kind": "text", "passages": n, "share": round(share, 2), "one_witness": merged})
            listed[original].append({"document": copy, "kind": "text", "passages": n, "share": round(share, 2), "one_witness": merged})
        if share >= COPY_SHARE:
            a, b = sorted((find(copy), find(original)))
            parent[b] = a
    for (d1, d2), n in (dependent or {}).items():
        if n >= SHARED_ERRORS and d1 in parent and d2 in parent:
            if relations:
                listed[d1].append({"document": d2, "kind": "values", "minority_values": n, "one_witness": True})
                listed[d2].append({"document": d1, "kind": "values", "minority_values": n, "one_witness": True})
            a, b = sorted((find(d1), find(d2)))
            parent[b] = a
    return {d: find(d) for d in parent}, dict(listed)


def witness_of(doc_class: dict[str, str], duplicate_root: dict[tuple[str, int], str], document_id: str, start: int,
               passage_index: int | None) -> str:
    """The independent witness behind one citation: its document's class, or for a passage
    copied from elsewhere, the class of the document it was copied from."""
    if passage_index is not None:
        root = duplicate_root.get((document_id, passage_index))
        if root:
            return doc_class.get(root.rsplit("#", 1)[0], root)
    return doc_class.get(document_id, document_id)
