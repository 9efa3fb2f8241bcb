"""Sanity checks: impossible dates are kept but marked, never preferred or displayed, a low-confidence side of their dispute."""

from __future__ import annotations

import datetime

from factoid.model import Claim, Passage, SourceSpan
from factoid.reconcile import group_claims, reconcile
from factoid.reconcile.sanity import IMPLAUSIBLE_SHARE, implausible, marked_confidence

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


def test_marked_value_is_a_low_confidence_side_of_its_dispute() -> None:
    cs = [claim("a", "date_of_birth", "1850-03-02"), claim("b", "date_of_birth", "1931"),
          claim("c", "date_of_death", "1904-07-15")]
    passages = [Passage(d, 0, 0, 100, f"{d} text") for d in "abc"]
    assessments, disputes, _ = reconcile(cs, ENT, passages)
    by = {a.claim_id: a for a in assessments}
    late, sound = by[cs[1].id], by[cs[0].id]
    assert late.features["implausible"] == "born after death"
    assert not late.preferred and late.disputed
    assert sound.preferred and sound.disputed and sound.features["implausible"] is None
    assert late.confidence <= IMPLAUSIBLE_SHARE * sound.confidence + 0.001
    [birth] = [d for d in disputes if d.property == "date_of_birth"]
    assert birth.values == ("1850-03-02", "1931")  # the sound value first


def test_marked_values_alone_make_no_dispute() -> None:
    cs = [claim("a", "date_of_birth", "2090"), claim("b", "date_of_birth", "2095")]
    passages = [Passage(d, 0, 0, 100, f"{d} text") for d in "ab"]
    assessments, disputes, _ = reconcile(cs, ENT, passages)
    assert all(a.features["implausible"] == "in the future" for a in assessments)
    assert not any(a.disputed for a in assessments) and not disputes


def test_marked_confidence_stays_below_the_sound_rival() -> None:
    cs = [claim("a", "date_of_birth", "1850"), claim("b", "date_of_birth", "1990"),
          claim("c", "date_of_birth", "1990"), claim("d", "date_of_death", "1920")]
    groups = group_claims(cs, ENT)
    odd = implausible(groups)
    conf = {g.id: (0.9 if g.value == "1990" else 0.4) for g in groups}
    cut = marked_confidence(groups, odd, conf)
    [bad] = [g for g in groups if g.value == "1990"]
    [good] = [g for g in groups if g.value == "1850"]
    assert odd == {bad.id: "born after death"}
    assert cut[bad.id] == round(IMPLAUSIBLE_SHARE * 0.4, 3) and cut[good.id] == 0.4


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
