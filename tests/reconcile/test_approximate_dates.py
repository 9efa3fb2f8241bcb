"""Approximate dates and copies in disputes, over hand-built claims: "c." widens a date by
one unit of its own precision, and a copy that changes a value is still a dispute."""

from __future__ import annotations

import pytest

from factoid.model import Claim, Passage, PassageRole, SourceSpan
from factoid.reconcile import reconcile
from factoid.reconcile.groups import group_claims
from factoid.reconcile.values import compatible

PID = "person/bolat-temirov"
ENT = {f"{d}@0": PID for d in "abcd"}


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        ("1388~", "1387", True),  # c. 1388 allows the year before
        ("1388~", "1389", True),
        ("1388~", "1390", False),
        ("1388-05-20~", "1388-05-21", True),  # about the 20th: the 21st fits
        ("1388-05-20~", "1388-05-13", False),  # a week off is another day
        ("1388-05~", "1388-06-02", True),
        ("1388-05~", "1388-09", False),
        ("1388~", "1388-05-13", True),  # a day inside an approximate year refines it
        ("1388", "1387-12-30", False),  # a year against another year's exact day
        ("1388-05-20", "1388-05-21", False),
    ],
)
def test_an_approximate_date_is_widened_by_its_own_precision(a: str, b: str, agree: bool) -> None:
    assert compatible("date_of_death", a, b) is agree
    assert compatible("date_of_death", b, a) is agree


def claim(doc: str, value: str, start: int = 0) -> Claim:
    quote = f"He died on {value}."
    return Claim(f"{doc}@0", "Bolat Temirov", "date_of_death", value, value,
                 SourceSpan(doc, start, start + len(quote), quote), "test")


def test_about_one_day_against_a_week_later_is_a_dispute() -> None:
    a, b = claim("a", "1388-05-20~"), claim("b", "1388-05-27")
    passages = [Passage(d, 0, 0, 100, f"{d} text") for d in "ab"]
    assessments, disputes, _ = reconcile([a, b], ENT, passages)
    assert len(disputes) == 1 and set(disputes[0].values) == {"1388-05-20~", "1388-05-27"}
    assert all(x.disputed for x in assessments)


def test_a_copy_that_changes_the_date_is_still_a_dispute() -> None:
    """Document b copies a's first passage word for word but gives another day in its own
    second passage: the texts disagree, so the dispute stands (the copy weighs in the
    confidence, not in hiding the disagreement)."""
    a, b = claim("a", "1388-05-20", start=110), claim("b", "1388-05-22", start=110)
    passages = [Passage("a", 0, 0, 100, "shared opening text"), Passage("a", 1, 100, 200, "a's own ending"),
                Passage("b", 0, 0, 100, "shared opening text", duplicate_of="a#0"),
                Passage("b", 1, 100, 200, "b's own ending")]
    assessments, disputes, _ = reconcile([a, b], ENT, passages)
    assert len(disputes) == 1 and {x.claim_id for x in assessments if x.disputed} == {a.id, b.id}


def test_a_comments_exact_year_never_names_the_pages_approximate_one() -> None:
    """Two pages say "around 1596"; a reader's comment says 1597, which "around 1596" allows:
    one group, named by what the pages say, not by the comment's more precise year."""
    a, b = claim("a", "1596~"), claim("b", "1596~")
    quote = "I read he died in 1597."
    c = Claim("c@0", "Bolat Temirov", "date_of_death", "1597", "1597",
              SourceSpan("c", 0, len(quote), quote, role=PassageRole.COMMENT), "test")
    passages = [Passage(d, 0, 0, 100, f"{d} text") for d in "ab"] + [
        Passage("c", 0, 0, 100, quote, role=PassageRole.COMMENT)]
    _, disputes, _ = reconcile([a, b, c], {**ENT, "c@0": PID}, passages)
    assert not disputes
    groups = group_claims([a, b, c], {**ENT, "c@0": PID})
    assert [(g.value, len(g.claims)) for g in groups] == [("1596~", 3)]
    # a comment alone: its year is the only one given
    assert [g.value for g in group_claims([c], {"c@0": PID})] == ["1597"]
