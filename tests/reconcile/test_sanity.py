"""Sanity checks: impossible dates are kept but marked, never preferred, never disputed."""

from __future__ import annotations

import datetime

from factoid.model import Claim, Passage, SourceSpan
from factoid.reconcile import group_claims, reconcile
from factoid.reconcile.sanity import implausible

PID = "person/ivan-test"
ENT = {f"{d}@0": PID for d in "abcdefgh"}


def claim(doc: str, prop: str, value: str, qualifiers: dict | None = None) -> Claim:
    quote = f"{prop} {value}"
    return Claim(f"{doc}@0", "Ivan Test", prop, value, value, SourceSpan(doc, 0, len(quote), quote),
                 "test", qualifiers or {})


def marked(claims: list[Claim], today: datetime.date | None = None) -> dict[str, str]:
    groups = group_claims(claims, ENT)
    odd = implausible(groups, today)
    return {g.value: odd[g.id] for g in groups if g.id in odd}


def test_birth_after_death_is_marked_when_a_rival_birth_fits() -> None:
    cs = [claim("a", "date_of_birth", "1850-03-02"), claim("b", "date_of_birth", "1931"),
          claim("c", "date_of_death", "1904-07-15")]
    assert marked(cs) == {"1931": "born after death"}


def test_birth_after_an_adult_event_is_marked() -> None:
    cs = [claim("a", "date_of_birth", "1902"), claim("b", "date_of_birth", "1944"),
          claim("c", "defected", "1939-05")]
    assert marked(cs) == {"1944": "younger than 10 at a dated event"}
    cs.append(claim("d", "position_held", "Mayor of Springfield", {"start": "1938"}))
    assert marked(cs) == {"1944": "younger than 10 at a dated event"}


def test_a_lone_impossible_birth_is_not_judged_without_a_fitting_rival() -> None:
    cs = [claim("a", "date_of_birth", "1931"), claim("c", "date_of_death", "1904")]
    assert marked(cs) == {}


def test_term_copied_from_the_life_span_is_not_an_adult_event() -> None:
    cs = [claim("a", "date_of_birth", "1700"), claim("b", "date_of_birth", "1718~"),
          claim("c", "position_held", "Hetman", {"start": "1718~", "end": "1770"})]
    assert marked(cs) == {}


def test_death_more_than_120_years_after_birth() -> None:
    cs = [claim("a", "date_of_birth", "1801"), claim("b", "date_of_death", "1866"),
          claim("c", "date_of_death", "1966")]
    assert marked(cs) == {"1966": "older than 120 at death"}


def test_events_before_birth_and_dates_in_the_future() -> None:
    cs = [claim("a", "date_of_birth", "1890"), claim("b", "arrested", "1850"),
          claim("c", "sentenced", "2090")]
    found = marked(cs, today=datetime.date(2026, 1, 1))
    assert found == {"1850": "before birth", "2090": "in the future"}


def test_marked_value_is_kept_not_preferred_and_not_disputed() -> None:
    cs = [claim("a", "date_of_birth", "1850-03-02"), claim("b", "date_of_birth", "1931"),
          claim("c", "date_of_death", "1904-07-15")]
    passages = [Passage(d, 0, 0, 100, f"{d} text") for d in "abc"]
    assessments, disputes, _ = reconcile(cs, ENT, passages)
    by = {a.claim_id: a for a in assessments}
    late = by[cs[1].id]
    assert late.features["implausible"] == "born after death"
    assert not late.preferred and not late.disputed
    assert by[cs[0].id].preferred and by[cs[0].id].features["implausible"] is None
    assert not [d for d in disputes if d.property == "date_of_birth"]


def _of(doc: str, name: str, prop: str, value: str) -> Claim:
    quote = f"{prop} {value}"
    return Claim(f"{doc}@0", name, prop, value, value, SourceSpan(doc, 0, len(quote), quote), "test", {})


def test_a_child_is_born_after_the_parent_in_the_knowledge_base() -> None:
    ent = {"a@0": "person/son", "b@0": "person/son", "c@0": "person/father"}
    cs = [_of("a", "Pavel Orlov", "date_of_birth", "1871"), _of("b", "Pavel Orlov", "date_of_birth", "1835"),
          _of("a", "Pavel Orlov", "father", "Ilya Orlov"), _of("c", "Ilya Orlov", "date_of_birth", "1840")]
    groups = group_claims(cs, ent)
    odd = implausible(groups)
    assert {g.value: odd[g.id] for g in groups if g.id in odd} == {"1835": "born too soon after a parent"}
