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


FAMILY_RECORD = """URL: https://kin.example.net/tree/person/Q12

KinTree › Person Q12

Margarida Sousa Pinto, Countess of Vila Nova
Female

Birth: 11 March 1702, Viseu, Portugal
Death: 30 July 1771, Lisbon, Portugal

Parents
Henrique Sousa Pinto (abt. 1670–1731)
Leonor de Almeida (abt. 1675–abt. 1740)

Spouses and children
Bento Carvalho (m. 1721)
  Inácio Carvalho (1722–1780)
Duarte Pinto Lobo, Count of Vila Nova (1690–1758) (m. 4 May 1730)
  Teresa Lobo (1731–1799)
  Rodrigo Lobo (1734–1790)

Siblings
Gaspar Sousa Pinto (1700–1766)
Beatriz Sousa Pinto (1705–1770)

Notes: record created 2011 by user mfaria.
"""


def test_a_title_after_a_listed_name_is_its_appositive():
    assert [n for _, n in listed_names("Duarte Pinto Lobo, Count of Vila Nova (1690–1758)")] == ["Duarte Pinto Lobo"]


@pytest.mark.slow
def test_one_relative_per_line_parents_by_sex_and_children_under_each_marriage(extract):
    _, _, claims = extract(FAMILY_RECORD)
    who = "Margarida Sousa Pinto"
    assert values(claims, "father", who) == ["Henrique Sousa Pinto"]
    assert values(claims, "mother", who) == ["Leonor de Almeida"]
    assert values(claims, "spouse", who) == ["Bento Carvalho", "Duarte Pinto Lobo"]
    assert values(claims, "child", who) == ["Inácio Carvalho", "Rodrigo Lobo", "Teresa Lobo"]
    assert values(claims, "sibling", who) == ["Beatriz Sousa Pinto", "Gaspar Sousa Pinto"]


GERMAN_RECORD = """URL: https://ahnen.example.de/person/4471

Ahnenblatt 4471

Konrad Weidlich
Geburt: 3. Mai 1811, Gotha
Tod: 9. Januar 1879, Erfurt

Eltern
Johann Weidlich (1780–1840)
Sophie Kramer (1785–1852)

Geschwister
Luise Weidlich, Emil Weidlich (1815–1870)
"""


@pytest.mark.slow
def test_german_section_headings(extract):
    _, _, claims = extract(GERMAN_RECORD)
    assert values(claims, "father", "Konrad Weidlich") == ["Johann Weidlich"]
    assert values(claims, "mother", "Konrad Weidlich") == ["Sophie Kramer"]
    assert values(claims, "sibling", "Konrad Weidlich") == ["Emil Weidlich", "Luise Weidlich"]


@pytest.mark.slow
def test_an_indented_line_is_quoted_without_its_indentation(extract):
    _, _, claims = extract(FAMILY_RECORD)
    quotes = {c.value: c.span.quote for c in claims if c.property == "child"}
    assert quotes["Teresa Lobo"] == "Teresa Lobo (1731–1799)"


def test_a_lifespan_after_a_comma_and_a_quoted_nickname_are_no_items():
    assert [n for _, n in listed_names("Grace Muriel Lind, 1899–1998")] == ["Grace Muriel Lind"]
    assert [n for _, n in listed_names('Amelia "Amy" Otis, c. 1869–1962')] == ['Amelia "Amy" Otis']
    assert listed_names("1899–1998") == []


TREE_PAGE = """URL: https://roots.example.org/person/QX1-77/hilda-lind

ROOTS ARCHIVE · Person record QX1-77

Hilda Mary Lind
Female · 1897–1939

VITAL INFORMATION
Birth:     24 July 1897
           Tilsit, East Prussia
Death:     5 January 1939
           Insterburg

FAMILY MEMBERS
Parents
  Samuel Edwin Lind, 1867–1930
  Amelia "Amy" Otis, 1869–1962
Siblings
  Grace Muriel Lind, 1899–1998
Spouse and children
  George Palmer Welk, 1887–1950
  Marriage: 7 February 1931, Tilsit
"""


@pytest.mark.slow
def test_a_section_heading_under_a_field_list_ends_it(extract):
    _, _, claims = extract(TREE_PAGE)
    who = "Hilda Mary Lind"
    assert values(claims, "sibling", who) == ["Grace Muriel Lind"]
    assert values(claims, "spouse", who) == ["George Palmer Welk"]
    assert values(claims, "father", who) == ["Samuel Edwin Lind"]
    assert values(claims, "mother", who) == ['Amelia "Amy" Otis']
