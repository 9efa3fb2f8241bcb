"""Once both sides are extracted for one person, the disagreements historians care about are
flagged and the refinements are not: one pair of hand-built claims per pattern."""

from __future__ import annotations

import pytest

from factoid.model import Claim, Passage, SourceSpan
from factoid.reconcile import reconcile

PID = "person/olena-marchuk"
ENT = {"a@0": PID, "b@0": PID}


def run(prop: str, first: str, second: str):
    claims = [Claim(f"{d}@0", "Olena Marchuk", prop, v, v, SourceSpan(d, 0, 20 + len(v), f"Source {d} says {v}."), "test")
              for d, v in (("a", first), ("b", second))]
    passages = [Passage(d, 0, 0, 100, f"{d} text") for d in "ab"]
    assessments, disputes, _ = reconcile(claims, ENT, passages)
    return assessments, disputes


@pytest.mark.parametrize(
    ("prop", "first", "second"),
    [
        ("place_of_birth", "Poltava, Poltava Governorate, Russian Empire", "Kharkiv"),  # two towns of one state
        ("place_of_birth", "Lucknow, United Provinces, British India", "Agra"),
        ("place_of_birth", "Verkhnyaya Zaimka", "Nizhnyaya Zaimka Vtoraya"),  # two villages no gazetteer row names
        ("place_of_death", "Leipzig", "Weimar"),
        ("date_of_death", "1703-06-16", "1703-09"),  # a day against another month
        ("date_of_death", "1512-03-04~", "1512-02-25"),  # about one day against a week earlier
        ("date_of_death", "1650-11-02", "1650-11-03"),
        ("date_of_birth", "1820", "1819-12-30"),  # a year against another year's exact day
        ("date_of_birth", "1820~", "1823"),
        ("manner_of_death", "suicide", "homicide"),
        ("arrested", "1610", "1611"),  # one capture dated two ways
        ("defected", "1951-03", "1951-06"),
    ],
)
def test_disagreeing_sources_are_a_dispute(prop: str, first: str, second: str) -> None:
    assessments, disputes = run(prop, first, second)
    assert len(disputes) == 1 and set(disputes[0].values) == {first, second}
    assert all(a.disputed for a in assessments)


@pytest.mark.parametrize(
    ("prop", "first", "second"),
    [
        ("place_of_birth", "Poltava", "Russian Empire"),
        ("place_of_birth", "Darke County", "Ohio"),
        ("place_of_birth", "Kotelnikovsky District, Volgograd Oblast", "Verkhnyaya Zaimka"),
        ("date_of_death", "1703", "1703-06-16"),
        ("date_of_death", "1703-06", "1703-06-16"),
        ("date_of_birth", "1820~", "1821"),
        ("manner_of_death", "homicide", "execution"),
    ],
)
def test_a_refinement_or_a_possible_one_is_no_dispute(prop: str, first: str, second: str) -> None:
    assessments, disputes = run(prop, first, second)
    assert not disputes and not any(a.disputed for a in assessments)
