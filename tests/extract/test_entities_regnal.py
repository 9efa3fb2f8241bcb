"""A ruler's number tells same-named relatives apart within one document."""

from __future__ import annotations

from factoid.extract.entities import group_names
from factoid.extract.mentions import NameSpan

from tests.extract.test_entities import spans_of


def test_a_numbered_bare_name_goes_to_the_ruler_of_that_number():
    forms = ("Berenike IV Eukleia", "Berenike II Euergetis", "Berenike II Euergetis", "Berenike IV")
    spans = spans_of(*forms)
    _, assignment = group_names("doc", spans)
    ids = [assignment[s.start] for s in spans]
    assert ids[3] == ids[0] != ids[1]


def test_a_bare_given_name_goes_to_the_person_the_page_is_about():
    forms = ("Berenike II Euergetis", "Berenike II Euergetis", "Berenike IV Eukleia", "Berenike")
    spans = spans_of(*forms)
    text = " " * (spans[-1].end + 1)
    _, assignment = group_names("doc", spans, text, cues=("Berenike IV Eukleia",))
    ids = [assignment[s.start] for s in spans]
    assert ids[3] == ids[2] != ids[0]


def test_a_number_no_namesake_bears_is_a_namesake_of_its_own():
    forms = ("Berenike IV Eukleia", "Berenike Kallista", "Berenike Kallista", "Berenike VI")
    spans = spans_of(*forms)
    _, assignment = group_names("doc", spans)
    ids = [assignment[s.start] for s in spans]
    assert ids[3] not in {ids[0], ids[1]}


def test_a_numbered_name_joins_the_one_unnumbered_person_of_its_name():
    forms = ("Berenike Kallista", "Berenike Kallista", "Berenike VI")
    spans = spans_of(*forms)
    _, assignment = group_names("doc", spans)
    ids = [assignment[s.start] for s in spans]
    assert ids[2] == ids[0]
