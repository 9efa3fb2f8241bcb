"""Anchors: where a decision points, and finding that place again when a text changes.

An anchor records the document, its content hash, the span, the quote and a little context
on either side. While the document is unchanged its span stands. When the document was
re-ingested with other text, the quote is looked for in the new text: first exactly with its
context, then exactly alone (the occurrence whose context is most alike, nearest to the old
offset on a tie), then by fuzzy alignment (rapidfuzz) of the quote with its context. An
anchor that cannot be placed is orphaned: the decision is kept and listed by
``factoid decisions --orphaned``, never lost.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rapidfuzz import fuzz

from factoid.curation.keys import claim_key, mention_key

__all__ = ["CONTEXT", "locate", "make_anchor", "relocate"]

#: Characters of context kept on either side of a quote.
CONTEXT = 40
#: Least fuzzy score for a quote found by alignment, and for context that decides between
#: several exact occurrences.
MIN_ALIGNMENT = 90.0
MIN_CONTEXT = 50.0

Anchor = dict[str, Any]


def make_anchor(kind: str, document: str, content_hash: str, text: str, start: int, end: int,
                prop: str | None = None, value: str | None = None) -> Anchor:
    """An anchor on ``text[start:end]`` of a document (kind: mention, claim or document)."""
    anchor: Anchor = {"type": kind, "document": document, "hash": content_hash, "start": start, "end": end,
                      "quote": text[start:end], "before": text[max(0, start - CONTEXT):start],
                      "after": text[end:end + CONTEXT]}
    if prop is not None:
        anchor["property"], anchor["value"] = prop, value
    anchor["key"] = key_of(anchor)
    return anchor


def key_of(anchor: Mapping[str, Any]) -> str | None:
    """The mention or claim key the anchor points at (None for a document anchor)."""
    if anchor["type"] == "mention":
        return mention_key(anchor["hash"], anchor["start"], anchor["end"])
    if anchor["type"] == "claim":
        return claim_key(anchor["hash"], anchor["start"], anchor["end"], anchor["property"], anchor["value"])
    return f"document:{anchor['document']}"


def _occurrences(text: str, needle: str) -> list[int]:
    out, i = [], text.find(needle)
    while i >= 0 and needle:
        out.append(i)
        i = text.find(needle, i + 1)
    return out


def locate(text: str, anchor: Mapping[str, Any]) -> tuple[int, int] | None:
    """The span of the anchor's quote in ``text``, or None when it cannot be placed."""
    quote, before, after, old = anchor["quote"], anchor.get("before", ""), anchor.get("after", ""), anchor["start"]
    if not quote:
        return None
    whole = _occurrences(text, before + quote + after)
    if whole:
        s = min(whole, key=lambda i: (abs(i + len(before) - old), i)) + len(before)
        return s, s + len(quote)
    alone = _occurrences(text, quote)
    if alone:
        def context(i: int) -> float:
            b = fuzz.ratio(before, text[max(0, i - len(before)):i]) if before else 100.0
            a = fuzz.ratio(after, text[i + len(quote):i + len(quote) + len(after)]) if after else 100.0
            return (a + b) / 2

        best = max(alone, key=lambda i: (context(i), -abs(i - old), -i))
        if len(alone) == 1 or context(best) >= MIN_CONTEXT:
            return best, best + len(quote)
        return None
    return _fuzzy(text, quote)


def _fuzzy(text: str, quote: str) -> tuple[int, int] | None:
    """The best alignment of a reworded quote (long enough to be told apart by its words)."""
    if len(quote) < 20:
        return None
    hit = fuzz.partial_ratio_alignment(quote, text, score_cutoff=MIN_ALIGNMENT)
    if hit is None:
        return None
    return hit.dest_start, hit.dest_end


def relocate(anchor: Mapping[str, Any], current: Mapping[str, tuple[str, str]]) -> Anchor:
    """The anchor placed on the current text of its document (``current``: document id ->
    (content hash, text)). ``key`` is None when it cannot be placed (orphaned); a document
    anchor only needs its document to exist."""
    out = dict(anchor)
    doc = current.get(anchor["document"])
    if doc is None:
        out["key"] = None
        return out
    content_hash, text = doc
    if anchor["type"] == "document" or content_hash == anchor["hash"]:
        out["hash"] = content_hash
        out["key"] = key_of(out)
        return out
    span = locate(text, anchor)
    if span is None:
        out["key"] = None
        return out
    out["hash"], (out["start"], out["end"]) = content_hash, span
    out["quote"] = text[span[0]:span[1]]
    out["key"] = key_of(out)
    return out
