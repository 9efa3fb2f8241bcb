"""Cutting a stored document into shaded passages and highlighted claims, at exact offsets.

Why pieces and not HTML: the document text is untrusted (scraped pages, comment threads), so
this module never builds markup. It returns the text sliced at every passage and claim
boundary; the template escapes each piece and wraps it. Joining the pieces gives back the
stored text character for character, so every ``<mark>`` is exactly the quote the claim cites.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from factoid.model import Document, Passage
from factoid.store import schema as s


@dataclass
class Segment:
    """A run of text covered by the same set of claims."""

    text: str
    start: int
    claims: list[str] = field(default_factory=list)  # every claim covering this run
    starts: list[str] = field(default_factory=list)  # claims whose quote begins here
    current: bool = False  # covered by the claim the URL asked for
    title: str = ""  # tooltip: what the covering claims say


@dataclass
class Block:
    """A passage (or text between passages) with its role, cut into segments."""

    start: int
    end: int
    role: str  # a PassageRole value, or "gap" for text outside every passage
    index: int | None
    reason: str
    duplicate_of: str | None
    segments: list[Segment]
    language: str | None = None  # the passage's guessed language; None when unsure or a gap


def document_claims(conn: Connection, doc_id: str) -> list[dict[str, Any]]:
    """Claims extracted from one document, in text order, with the person they were resolved to."""
    c, a, p = s.claims, s.assessments, s.persons
    q = (
        select(c.c.id, c.c.start, c.c.end, c.c.property, c.c.value, c.c.quote, c.c.subject_name,
               c.c.hedge, c.c.role, a.c.person_id, a.c.confidence, a.c.disputed, p.c.name)
        .select_from(c.outerjoin(a, a.c.claim_id == c.c.id).outerjoin(p, p.c.id == a.c.person_id))
        .where(c.c.document_id == doc_id)
        .order_by(c.c.start, c.c.end, c.c.id)
    )
    return [
        {"id": r["id"], "start": r["start"], "end": r["end"], "property": r["property"], "value": r["value"],
         "quote": r["quote"], "subject_name": r["subject_name"], "hedge": r["hedge"], "role": r["role"],
         "person_id": r["person_id"], "person": r["name"], "confidence": r["confidence"],
         "disputed": bool(r["disputed"]) if r["disputed"] is not None else None}
        for r in conn.execute(q).mappings()
    ]


def _regions(doc: Document, passages: list[Passage]) -> list[tuple[int, int, Passage | None]]:
    """The document cut into passages and the gaps between them, covering every character."""
    out: list[tuple[int, int, Passage | None]] = []
    pos = 0
    for p in sorted(passages, key=lambda p: p.start):
        if p.start < pos:  # overlapping passages should not happen; never lose or repeat text
            continue
        if p.start > pos:
            out.append((pos, p.start, None))
        out.append((p.start, p.end, p))
        pos = p.end
    if pos < len(doc.text):
        out.append((pos, len(doc.text), None))
    return out


def blocks(doc: Document, passages: list[Passage], claims: list[dict[str, Any]],
           current: str | None = None, labels: dict[str, str] | None = None) -> list[Block]:
    """Passages and gaps, each cut at every claim boundary inside it.

    Whitespace-only gaps (the blank lines between paragraphs) are dropped: passages are drawn
    as separate blocks, which shows the same paragraph breaks. Each claim gets exactly one
    anchor (``starts``): the first rendered segment it covers, normally where its quote begins.
    """
    text = doc.text
    spans = [(c["start"], c["end"], c["id"]) for c in claims if 0 <= c["start"] < c["end"] <= len(text)]
    cuts = sorted({b for st, en, _ in spans for b in (st, en)})
    anchored: set[str] = set()
    result: list[Block] = []
    for start, end, p in _regions(doc, passages):
        if p is None and not text[start:end].strip():
            continue
        inner = [start] + [x for x in cuts if start < x < end] + [end]
        segments = []
        for a, b in zip(inner, inner[1:]):
            covering = [cid for st, en, cid in spans if st < b and en > a]
            fresh = [cid for cid in covering if cid not in anchored]
            anchored.update(fresh)
            title = "; ".join(labels.get(cid, cid) for cid in covering) if labels and covering else ""
            segments.append(Segment(text=text[a:b], start=a, claims=covering, starts=fresh,
                                    current=bool(current) and current in covering, title=title))
        result.append(Block(start=start, end=end, role=str(p.role) if p else "gap", index=p.index if p else None,
                            reason=p.role_reason if p else "text outside any passage",
                            duplicate_of=p.duplicate_of if p else None, segments=segments,
                            language=p.language if p else None))
    return result


def joined(bs: list[Block]) -> str:
    """The text the blocks carry, for checking that rendering loses nothing."""
    return "".join(seg.text for b in bs for seg in b.segments)
