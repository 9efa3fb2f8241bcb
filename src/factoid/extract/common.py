"""What every extractor shares: turning an absolute span of the document into a claim."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from factoid.model import Claim, Document, Passage, PassageRole, SourceSpan


@dataclass(frozen=True)
class Subject:
    """The document-local person a claim is about."""

    entity: str
    name: str


def span_of(doc: Document, start: int, end: int, role: PassageRole, hedge: str | None) -> SourceSpan:
    """A source span over ``doc.text[start:end]`` with surrounding whitespace trimmed, so the
    quote a user sees is exactly what the offsets hold."""
    while start < end and doc.text[start].isspace():
        start += 1
    while end > start and doc.text[end - 1].isspace():
        end -= 1
    return SourceSpan(doc.id, start, end, doc.text[start:end], role, hedge)


def make_claim(
    doc: Document,
    subject: Subject,
    prop: str,
    value: str,
    value_text: str,
    span: tuple[int, int],
    *,
    role: PassageRole,
    extractor: str,
    hedge: str | None = None,
    qualifiers: dict[str, Any] | None = None,
) -> Claim:
    return Claim(
        subject=subject.entity,
        subject_name=subject.name,
        property=prop,
        value=value,
        value_text=value_text,
        span=span_of(doc, span[0], span[1], role, hedge),
        extractor=extractor,
        qualifiers=qualifiers or {},
    )


def passage_at(passages: list[Passage], offset: int) -> Passage | None:
    """The passage holding an offset (passages are sorted and do not overlap)."""
    lo, hi = 0, len(passages) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        p = passages[mid]
        if offset < p.start:
            hi = mid - 1
        elif offset >= p.end:
            lo = mid + 1
        else:
            return p
    return None
