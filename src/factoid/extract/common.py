"""What every extractor shares: turning an absolute span of the document into a claim."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
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


class SentenceReader:
    """What the readers of languages without a spaCy parse (Han and Arabic script) share: the
    document's names with the person each was assigned, and one claim per person, property,
    value and sentence start, whichever frame states it first."""

    def __init__(self, doc: Document, code: str, names: Sequence[Any], assignment: Mapping[int, str],
                 people: Mapping[str, Any], main: Any) -> None:
        self.doc, self.code = doc, code
        self.names = sorted((s.start, s.end, assignment[s.start]) for s in names if s.start in assignment)
        self.people, self.main = people, main
        self.last: str | None = None
        self.claims: dict[tuple[str, str, str, int], Claim] = {}
        self.role: Any = None

    def add(self, start: int, end: int, pid: str | None, prop: str, value: str | None, text: str) -> None:
        """A claim quoting ``doc.text[start:end]`` (its sentence), unless the person is unknown,
        the value empty, or the same claim was already made from that sentence."""
        if not pid or not value or pid not in self.people:
            return
        key = (pid, prop, value, start)
        if key not in self.claims:
            self.claims[key] = make_claim(self.doc, Subject(pid, self.people[pid].display), prop, value, text,
                                          (start, end), role=self.role,
                                          extractor=f"extract.prose.{self.code}.v1", hedge=None)


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
