"""Reconciliation: agreement, disputes, copied sources and confidence.

Like Wikidata ranks, one value may be preferred and none is deleted: every claim gets an
``Assessment`` (its agreement group, the group's confidence and independent witnesses, whether
the property is disputed and whether its group is the preferred one), disputes are listed
with the values in conflict, and every source gets a reliability with the features behind it.
"""

from __future__ import annotations

from bisect import bisect_right
import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from itertools import chain

from factoid import dates, schema
from factoid.model import Assessment, Claim, Dispute, Passage, PassageRole, SINGLE_VALUED
from factoid.reconcile.groups import Group, Previous, group_claims
from factoid.reconcile.independence import witness_of
from factoid.reconcile.spellings import same_thing
from factoid.reconcile.trust import claim_weight, competing, late, witness_count
from factoid.reconcile.values import may_agree, placed_within

__all__ = ["Group", "Layout", "assess", "document_years", "group_claims", "losing_sources", "reconcile", "witness_fn"]


def _passage_index(passages: Sequence[Passage]) -> dict[str, list[Passage]]:
    by_doc: dict[str, list[Passage]] = defaultdict(list)
    for p in passages:
        by_doc[p.document_id].append(p)
    return by_doc


class Layout:
    """Where each citation sits: the passage holding an offset, and the passages copied from
    elsewhere. Made once per reconciliation and shared by both rounds of witnesses (the
    witness classes change between them, the passages do not)."""

    def __init__(self, passages: Sequence[Passage]) -> None:
        self.roots = {(p.document_id, p.index): p.duplicate_of for p in passages if p.duplicate_of}
        self.by_doc = _passage_index(passages)
        # Passages of a document are disjoint and in text order, so the first one holding an
        # offset is found by bisection; answers are memoised (asked for every claim).
        self.starts = {doc: [p.start for p in ps] for doc, ps in self.by_doc.items()}
        self.ordered = {doc: all(a.end <= b.start for a, b in zip(ps, ps[1:])) for doc, ps in self.by_doc.items()}
        self.memo: dict[tuple[str, int], int | None] = {}

    def passage_index(self, doc: str, offset: int) -> int | None:
        key = (doc, offset)
        if key not in self.memo:
            self.memo[key] = self._find(doc, offset)
        return self.memo[key]

    def _find(self, doc: str, offset: int) -> int | None:
        ps = self.by_doc.get(doc, [])
        if not self.ordered.get(doc, True):
            return next((p.index for p in ps if p.start <= offset < p.end), None)
        k = bisect_right(self.starts[doc], offset) - 1 if ps else -1
        return ps[k].index if k >= 0 and offset < ps[k].end else None


def witness_fn(passages: Sequence[Passage] | Layout, doc_class: dict[str, str]):  # type: ignore[no-untyped-def]
    """Claim -> its independent witness, given the documents' witness classes."""
    layout = passages if isinstance(passages, Layout) else Layout(passages)
    memo: dict[tuple[str, int], str] = {}

    def witness(c: Claim) -> str:
        key = (c.span.document_id, c.span.start)
        if key not in memo:
            memo[key] = witness_of(doc_class, layout.roots, key[0], key[1], layout.passage_index(*key))
        return memo[key]

    return witness


_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")


def document_years(passages: Sequence[Passage]) -> dict[str, int]:
    """The latest year each document mentions outside reader comments and pasted text: a
    rough date of writing, used to weigh late secondary sources."""
    years: dict[str, int] = {}
    for p in passages:
        if p.role in (PassageRole.COMMENT, PassageRole.OFFTOPIC):
            continue
        found = [int(y) for y in _YEAR.findall(p.text) if int(y) <= 2100]
        if found:
            years[p.document_id] = max(years.get(p.document_id, 0), max(found))
    return years


def losing_sources(rivals: dict[tuple[str, str], list[Group]], conf: dict[str, float]) -> list[set[str]]:
    """Per contested single-valued property, the documents asserting each losing value."""
    out = []
    for (_, prop), gs in rivals.items():
        if prop not in SINGLE_VALUED or len(gs) < 2:
            continue
        best = max(gs, key=lambda g: conf[g.id])
        for g in gs:
            docs = {c.span.document_id for c in g.claims if c.span.role != PassageRole.COMMENT}
            if g is not best and len(docs) > 1:
                out.append(docs)
    return out


def _asserted(group: Group) -> bool:
    """A group counts in a dispute only if some citation is not a reader comment."""
    return any(c.span.role != PassageRole.COMMENT for c in group.claims)


def _one_event(a: str, b: str, years: int) -> bool:
    """Two dates of an event less than ``years`` years apart (counted in days between the
    nearest ends of what each allows) are taken as one event the sources date differently:
    1774 and 1775 may be one capture (a day apart at their nearest ends), but arrests in 1870
    and in 1872 (366 days apart), or in November 1959 and on 1 December 1960 (367 days), are
    two."""
    ba, bb = dates.edtf_bounds(a), dates.edtf_bounds(b)
    if ba is None or bb is None:
        return False
    gap = max((bb[0] - ba[1]).days, (ba[0] - bb[1]).days, 0)
    return gap < years * 365.25


def _one_place(prop: str, g: Group, h: Group) -> bool:
    """Two groups that need not be rivals: values that may agree (a district and a village
    the gazetteer cannot place), one day in two calendars as its Julian pages say or one place in two
    grammatical cases (``spellings``), or a source of one that puts it inside the other."""
    cited = ((x.value, c.span.document_id, c.span.quote) for x in (g, h) for c in x.claims)  # read only for a calendar pair
    return may_agree(prop, g.value, h.value) or same_thing(prop, g.value, h.value, cited) \
        or placed_within(prop, g.claims, h.claims) or placed_within(prop, h.claims, g.claims)


def _conflicting(prop: str, groups: list[Group]) -> list[Group]:
    """The groups that conflict with at least one other: ``_one_place`` is symmetric, so each
    unordered pair is asked once, and not at all when both sides are already known to conflict."""
    marked: set[int] = set()
    for i, g in enumerate(groups):
        for h in groups[i + 1 :]:
            if (id(g) not in marked or id(h) not in marked) and not _one_place(prop, g, h):
                marked.update((id(g), id(h)))
    return [g for g in groups if id(g) in marked]


def _contested(prop: str, groups: list[Group]) -> list[Group]:
    """The groups of one person and property that dispute each other: for a single-valued
    property, every asserted group that conflicts with another (a district and a village
    the gazetteer cannot place may agree: two values, no dispute); for an event property
    with an event window (one arrest, one sentence), the groups whose date falls inside the
    window of another group's date. Groups of the same property are incompatible by
    construction."""
    asserted = [g for g in groups if _asserted(g)]
    entry = schema.get(prop)
    if entry.single:
        return _conflicting(prop, asserted)
    if entry.event_window is None:
        return []
    return [g for g in asserted if any(h is not g and _one_event(g.value, h.value, entry.event_window) for h in asserted)]


def reconcile(
    claims: Sequence[Claim],
    entity_person: dict[str, str],
    passages: Sequence[Passage],
    written: Mapping[str, int] | None = None,
    previous: Previous | None = None,
) -> tuple[list[Assessment], list[Dispute], dict[str, dict]]:
    """Assessments for every resolved claim, the disputes, and per-source reliability.

    ``written`` maps documents to the year they were written, where their source metadata
    says (``Document.published``); it replaces the guess from the years a text mentions.
    ``previous``: the last build's agreement groups, reused where a person and property kept
    its claims (the caller passes them only when that build derived the same way,
    ``reconcile.reuse``); the result is the same with or without them.

    This is reconciliation in one partition of persons, in this process: the same steps a
    Dask cluster runs per partition (``reconcile.partition``), so the two cannot drift."""
    from factoid.reconcile import partition  # built on this module's steps

    return partition.reconcile_parts(partition.HERE, 1, claims, entity_person, passages, written, previous)


#: The assessments and disputes of one person and property.
Assessed = tuple[tuple[str, str], list[Assessment], list[Dispute]]


def assess(
    groups: Sequence[Group], odd: Mapping[str, str], conf: Mapping[str, float],
    witness: Callable[[Claim], str], trust: Mapping[str, float], years: Mapping[str, int],
) -> list[Assessed]:
    """Per person and property of ``groups`` (in their order): rank the groups, make the
    dispute if there is one, and assess every claim. Per person: run in each partition."""
    out: list[Assessed] = []
    for (pid, prop), gs in competing(groups).items():
        assessments: list[Assessment] = []
        disputes: list[Dispute] = []
        contested = _contested(prop, gs)
        disputed = len(contested) > 1 and any(g.id not in odd for g in contested)
        best = max(gs, key=lambda g: (g.id not in odd, conf[g.id]))
        if disputed:
            ranked = sorted(contested, key=lambda g: (g.id not in odd, conf[g.id]), reverse=True)
            disputes.append(
                Dispute(pid, prop, schema.label(prop), tuple(g.id for g in ranked), tuple(g.value for g in ranked),
                        round(conf[ranked[1].id] / max(conf[ranked[0].id], 1e-9), 3))
            )
        for g in gs:
            witnesses = witness_count(g, witness)
            for c in g.claims:
                assessments.append(
                    Assessment(
                        claim_id=c.id, person_id=pid, group=g.id, confidence=round(conf[g.id], 3),
                        disputed=disputed and g in contested, preferred=g is best, witnesses=witnesses,
                        citations=len(g.claims),
                        features={"weight": round(claim_weight(c), 2), "hedge": c.span.hedge,
                                  "role": str(c.span.role), "source_trust": round(trust.get(c.span.document_id, 0.7), 3),
                                  "witness": witness(c), "late_source": late(c, years), "implausible": odd.get(g.id)},
                    )
                )
        out.append(((pid, prop), assessments, disputes))
    return out
