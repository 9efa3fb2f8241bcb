"""A person record's section of relatives: a heading line ("Siblings (full and half)",
"Children") and one line listing the names, lifespans in brackets; the record's person is
the subject, named by the line above the record's first life field."""

from __future__ import annotations

import pytest

from factoid.extract.kin_sections import listed_names
from factoid.extract.mentions import subject_cues
from tests.extract.conftest import values

RECORD = """URL: https://kin.example.net/tree/person/P88

KinTree › Trees › Lemos family › Person P88

Teodora Vaz de Lemos
Also known as: Sister Ana of the Cross
Birth: 2 June 1640 — Braga, Portugal
Death: 9 May 1701 — Porto, Portugal

Father: Rui de Lemos (1601 – 1660)

Siblings (full and half)

Pedro de Lemos, Inês de Lemos (1642–1690), Duarte Braga

Children

Tomé de Lemos
"""


def test_the_name_above_the_first_life_field_is_the_subject():
    assert "Teodora Vaz de Lemos" in subject_cues(RECORD)


def test_a_list_line_gives_its_names_without_lifespans():
    assert [n for _, n in listed_names("Pedro de Lemos, Inês de Lemos (1642–1690), Duarte Braga")] == [
        "Pedro de Lemos", "Inês de Lemos", "Duarte Braga"]


def test_a_sentence_is_no_list():
    assert listed_names("She had three brothers, all of whom went to sea") == []


@pytest.mark.slow
def test_the_sections_relatives_are_the_subjects(extract):
    _, _, claims = extract(RECORD)
    assert values(claims, "sibling", "Teodora Vaz de Lemos") == ["Duarte Braga", "Inês de Lemos", "Pedro de Lemos"]
    assert values(claims, "child", "Teodora Vaz de Lemos") == ["Tomé de Lemos"]
    assert values(claims, "father", "Teodora Vaz de Lemos") == ["Rui de Lemos"]


def test_a_title_line_above_the_fields_is_no_record_name():
    box = ("URL: https://kings.example.org/bio/aed-fionn\n\nAed Fionn\nHigh King of Ulster\nBorn: c. 900\n"
           "Died: 950\n\nAed Fionn was a king. Aed Fionn ruled Ulster.\n")
    assert "High King of Ulster" not in subject_cues(box)


def test_a_facts_box_title_above_the_fields_is_no_record_name():
    box = ("URL: https://bio.example.com/aed-fionn\n\nAed Fionn Biography\n\nQuick Facts\nAlso known as: Aed the Fair\n"
           "Born: c. 900\n\nAed Fionn was a king. Aed Fionn ruled Ulster.\n")
    assert "Quick Facts" not in subject_cues(box)
