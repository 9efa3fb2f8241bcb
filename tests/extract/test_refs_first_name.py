"""A subject written with the first word of the page subject's name alone ("Dermot became
...") is the page's subject, when no name span found it."""

from __future__ import annotations


def test_bare_first_name_subject_is_the_pages_subject(extract):
    _, _, claims = extract("Dermot Kavan was born in 1101 in Ferns.\n\nIn 1126 Dermot became King of Leinster.")
    assert [(c.subject_name, c.value) for c in claims if c.property == "position_held"] == \
        [("Dermot Kavan", "King of Leinster")]


def test_other_first_name_is_nobody_known(extract):
    _, _, claims = extract("Dermot Kavan was born in 1101 in Ferns.\n\nIn 1126 Donal became King of Leinster.")
    assert [c for c in claims if c.property == "position_held" and c.subject_name == "Dermot Kavan"] == []
