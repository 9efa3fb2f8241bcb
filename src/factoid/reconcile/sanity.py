"""Sanity checks: values that cannot be true of a life, given the person's other dates.

Why relative, not absolute: a birth year of 1946 is wrong for a man who defected in 1944,
but either date could be the misread one. A value is marked implausible only when a rival
value of the same property passes every check (so the person's other facts say which one
is wrong), or when it lies in the future, which nothing can excuse. Marked values are kept
with the reason (an assessment feature), are never preferred and never displayed (their
confidence is cut to a fraction of the best sound rival's), but they stay a side of the
dispute their source makes: on the development corpora every marked value was what its
source really wrote ("born in 1846" of a man who died in 1975; a birth year typed 2004), not
a misreading, so hiding it would hide a real disagreement between the sources. A dispute
needs at least one sound side: marked values alone never make one.

The checks, on each date's bounds (approximate dates get a year of slack either way):

* born before every other dated event of the person, and at least ``MIN_AGE`` years before
  the events of an adult life (arrest, sentence, defection, office, marriage);
* born at least ``MIN_PARENT_AGE`` years after a parent and before a child, when the parent
  or child is a person of the knowledge base with a birth date (matched by name);
* died after birth, and at most ``MAX_AGE`` years after it;
* events happen between birth and death (a sentence may follow death: trials in absentia);
* no date after today.
"""

from __future__ import annotations

import datetime
import logging
from collections import defaultdict
from collections.abc import Iterable, Sequence

from factoid.dates import edtf_bounds
from factoid.dates._historic import shift_years
from factoid.names import fold
from factoid.reconcile.groups import Group

__all__ = ["IMPLAUSIBLE_SHARE", "MAX_AGE", "MIN_AGE", "MIN_PARENT_AGE", "Kin", "implausible", "kin_facts", "marked_confidence",
           "merged_kin"]

log = logging.getLogger(__name__)

MAX_AGE = 120
#: A marked value's confidence as a share of the best sound rival's: shown, never displayed.
IMPLAUSIBLE_SHARE = 0.25
#: Youngest plausible age for the events of an adult life.
MIN_AGE = 10
#: Youngest plausible age of a parent at a child's birth.
MIN_PARENT_AGE = 12
PARENTS = frozenset({"father", "mother"})

BIRTH, DEATH = "date_of_birth", "date_of_death"
#: Dated properties that are events of an adult life.
ADULT_EVENTS = frozenset({"arrested", "defected", "sentenced"})
#: Qualifiers that date an adult event of another property (an office's start, a marriage).
ADULT_QUALIFIERS = ("start", "date", "point_in_time")
#: Properties whose qualifier dates are adult events of the subject.
QUALIFIED_EVENTS = frozenset({"position_held", "spouse", "military_rank", "award_received"})

Span = tuple[datetime.date, datetime.date]


def _shift(day: datetime.date, years: int) -> datetime.date:
    return shift_years(day, years)  # type: ignore[no-any-return]  # BCE days too


def _span(edtf: object) -> Span | None:
    """Bounds of a date value, widened by a year when it is approximate or uncertain."""
    if not isinstance(edtf, str) or "XXXX" in edtf:
        return None
    bounds = edtf_bounds(edtf)
    if bounds is None:
        return None
    if any(mark in edtf for mark in "~?%"):
        return _shift(bounds[0], -1), _shift(bounds[1], 1)
    return bounds


def _group_span(group: Group) -> Span | None:
    return _span(group.value)


def _adult_events(groups: Iterable[Group], births: set[str]) -> list[Span]:
    """Spans of the person's adult events: dated event properties and dated qualifiers.

    A qualifier equal to a stated birth date is the holder's life span read as a term of
    office, not an event, so it says nothing about the age at that event.
    """
    spans = []
    for g in groups:
        if g.property in ADULT_EVENTS:
            found = _group_span(g)
            if found:
                spans.append(found)
        elif g.property in QUALIFIED_EVENTS:
            for c in g.claims:
                for key in ADULT_QUALIFIERS:
                    value = c.qualifiers.get(key)
                    found = None if value in births else _span(value)
                    if found:
                        spans.append(found)
    return spans


def _birth_problem(span: Span, deaths: list[Span], events: list[Span],
                   kin: tuple[list[list[Span]], list[list[Span]]] = ([], [])) -> str | None:
    if deaths and all(span[0] > d[1] for d in deaths):
        return "born after death"
    if deaths and all(d[0].year - span[1].year > MAX_AGE for d in deaths):
        return f"older than {MAX_AGE} at death"
    adult = [e for e in events if e[1].year - span[0].year < MIN_AGE]
    if adult:
        return f"younger than {MIN_AGE} at a dated event"
    parents, children = kin
    if any(ps and all(p[0].year > span[1].year - MIN_PARENT_AGE for p in ps) for ps in parents):
        return "born too soon after a parent"
    if any(cs and all(c[1].year < span[0].year + MIN_PARENT_AGE for c in cs) for cs in children):
        return "born too late for a child"
    return None


def _death_problem(span: Span, births: list[Span]) -> str | None:
    if births and all(span[1] < b[0] for b in births):
        return "died before birth"
    if births and all(span[0].year - b[1].year > MAX_AGE for b in births):
        return f"older than {MAX_AGE} at death"
    return None


def _event_problem(prop: str, span: Span, births: list[Span], deaths: list[Span]) -> str | None:
    if births and all(span[1] < b[0] for b in births):
        return "before birth"
    if prop != "sentenced" and deaths and all(span[0] > d[1] for d in deaths):
        return "after death"
    return None


def _relative(groups: list[Group], problem) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Reasons for the groups that fail, but only if some rival passes (it tells which is wrong)."""
    reasons: dict[str, str] = {}
    for g in groups:
        span = _group_span(g)
        reason = problem(span) if span else None
        if reason:
            reasons[g.id] = reason
    passing = [g for g in groups if g.id not in reasons and _group_span(g)]
    return reasons if passing else {}


def _future(groups: Iterable[Group], today: datetime.date) -> dict[str, str]:
    return {
        g.id: "in the future"
        for g in groups
        if (span := _group_span(g)) is not None and span[0] > today
    }


def _kin(groups: list[Group], births: dict[str, list[Span]], person_of: dict[str, str]
         ) -> tuple[list[list[Span]], list[list[Span]]]:
    """Birth spans of the person's parents and children that are people of the knowledge base."""
    parents, children = [], []
    for g in groups:
        if g.property not in PARENTS and g.property != "child":
            continue
        other = person_of.get(fold(g.value))
        if other is None or other == g.person_id or not births.get(other):
            continue
        (parents if g.property in PARENTS else children).append(births[other])
    return parents, children


def _person(groups: list[Group], today: datetime.date,
            kin: tuple[list[list[Span]], list[list[Span]]] = ([], [])) -> dict[str, str]:
    by_prop: dict[str, list[Group]] = defaultdict(list)
    for g in groups:
        by_prop[g.property].append(g)
    spans = {p: [s for g in gs if (s := _group_span(g))] for p, gs in by_prop.items()}
    births, deaths = spans.get(BIRTH, []), spans.get(DEATH, [])
    events = _adult_events(groups, {c.value for g in by_prop.get(BIRTH, []) for c in g.claims})
    out = _future(groups, today)
    out |= _relative(by_prop.get(BIRTH, []), lambda s: _birth_problem(s, deaths, events, kin))
    out |= _relative(by_prop.get(DEATH, []), lambda s: _death_problem(s, births))
    for prop in ADULT_EVENTS:
        for g in by_prop.get(prop, []):
            span = _group_span(g)
            reason = _event_problem(prop, span, births, deaths) if span else None
            if reason:
                out[g.id] = reason
    return out


def _bearers(groups: Sequence[Group]) -> dict[str, set[str]]:
    seen: dict[str, set[str]] = defaultdict(set)
    for g in groups:
        for c in g.claims:
            seen[fold(c.subject_name)].add(g.person_id)
    return seen


def _sole_bearers(seen: dict[str, set[str]]) -> dict[str, str]:
    """Folded name -> person, for names that only one person of the knowledge base bears."""
    return {name: next(iter(ids)) for name, ids in seen.items() if name and len(ids) == 1}


#: What the checks read of other people (``_kin``): each person's birth spans, and the
#: people who bear each folded name.
Kin = tuple[dict[str, list[Span]], dict[str, set[str]]]


def kin_facts(groups: Sequence[Group]) -> Kin:
    """What ``implausible`` reads of the people of ``groups`` when it checks someone's
    parents and children. Reconciliation in partitions of persons (``reconcile.partition``)
    merges these from every partition (``merged_kin``) and passes them to each."""
    births: dict[str, list[Span]] = {}
    for g in groups:
        spans = births.setdefault(g.person_id, [])
        if g.property == BIRTH and (s := _group_span(g)):
            spans.append(s)
    return births, _bearers(groups)


def merged_kin(parts: Iterable[Kin]) -> Kin:
    """The ``kin_facts`` of disjoint sets of people, as one."""
    births: dict[str, list[Span]] = {}
    seen: dict[str, set[str]] = defaultdict(set)
    for b, names in parts:
        births.update(b)
        for name, ids in names.items():
            seen[name] |= ids
    return births, seen


def implausible(groups: Sequence[Group], today: datetime.date | None = None, kin: Kin | None = None) -> dict[str, str]:
    """Group id -> why its value cannot be true of the person, for the groups that fail.
    ``kin``: the ``kin_facts`` of every person (default: of the people of ``groups``)."""
    today = today or datetime.date.today()
    by_person: dict[str, list[Group]] = defaultdict(list)
    for g in groups:
        by_person[g.person_id].append(g)
    births, bearers = kin if kin is not None else kin_facts(groups)
    person_of = _sole_bearers(bearers)
    out: dict[str, str] = {}
    for person_groups in by_person.values():
        out |= _person(person_groups, today, _kin(person_groups, births, person_of))
    if out:
        log.info("sanity: %d values marked implausible", len(out))
    return out


def marked_confidence(groups: Sequence[Group], odd: dict[str, str], conf: dict[str, float]) -> dict[str, float]:
    """Confidences with each marked group of a person and property cut to
    ``IMPLAUSIBLE_SHARE`` of the most confident unmarked group beside it (of its own when it
    has no unmarked rival), so that a marked value is never the one a view displays."""
    best: dict[tuple[str, str], float] = {}
    for g in groups:
        if g.id not in odd:
            key = (g.person_id, g.property)
            best[key] = max(best.get(key, 0.0), conf[g.id])
    out = dict(conf)
    for g in groups:
        if g.id in odd:
            out[g.id] = round(IMPLAUSIBLE_SHARE * min(conf[g.id], best.get((g.person_id, g.property), conf[g.id])), 3)
    return out
