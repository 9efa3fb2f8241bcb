"""Infobox blocks: glued and split label/value lines, offices with terms and successors."""

from __future__ import annotations

import hashlib

import pytest

from factoid.extract.common import Subject
from factoid.extract.infobox import find_blocks, read_infoboxes
from factoid.model import Document, PassageRole

SUBJECT = Subject("box.txt@0", "Walter Krivitsky")


def _doc(text: str) -> Document:
    return Document("box.txt", text, hashlib.sha256(text.encode()).hexdigest(), len(text), "txt")


def _read(text: str, role: PassageRole = PassageRole.MAIN):
    doc = _doc(text)
    claims = list(read_infoboxes(doc, SUBJECT, role_at=lambda offset: role))
    for c in claims:
        assert doc.text[c.span.start : c.span.end] == c.span.quote, c
        assert c.span.grounded_in(doc.text)
        assert c.extractor == "extract.infobox.v2"
        assert c.subject == SUBJECT.entity
    return claims


def _by(claims, prop):
    return [c for c in claims if c.property == prop]


GLUED = (
    "Walter Krivitsky\n"
    "Born1899\n"
    "DiedFebruary 10, 1941(1941-02-10) (aged 41)\n"
    "Cause of deathGunshot wound\n"
    "SpouseAntonina Krivitskaya\n"
    "Chief of the Foreign Intelligence Bureau\n"
    "In office\n"
    "1 May 1935 – 6 October 1937\n"
    "Preceded byX. Y. Surname\n"
    "Succeeded byA. B. Other\n"
)


def test_glued_birth_year():
    claims = _read(GLUED)
    born = _by(claims, "date_of_birth")
    assert [c.value for c in born] == ["1899"]
    assert born[0].span.quote == "Born1899"


def test_glued_death_date_with_iso_and_age():
    died = _by(_read(GLUED), "date_of_death")
    assert [c.value for c in died] == ["1941-02-10"]
    assert died[0].span.quote.startswith("DiedFebruary 10, 1941")
    # the age and the bracketed ISO date are not a place
    assert not _by(_read(GLUED), "place_of_death")


def test_glued_spouse():
    spouse = _by(_read(GLUED), "spouse")
    assert [c.value for c in spouse] == ["Antonina Krivitskaya"]
    assert spouse[0].span.quote == "SpouseAntonina Krivitskaya"


def test_cause_of_death_never_mislabelled_natural():
    manners = {c.value for c in _by(_read(GLUED), "manner_of_death")}
    assert manners <= {"homicide", "suicide", "unknown"}


@pytest.mark.parametrize(
    ("line", "manner"),
    [("Cause of deathExecution by firing squad", "execution"),
     ("Manner of deathSuicide", "suicide"),
     ("Cause of deathPneumonia", "natural")],
)
def test_cause_of_death_categories(line, manner):
    claims = _read(f"Some Person\nBorn1901\n{line}\n")
    assert [c.value for c in _by(claims, "manner_of_death")] == [manner]


def test_office_term_from_in_office_and_next_line():
    offices = _by(_read(GLUED), "position_held")
    termed = [c for c in offices if "start" in c.qualifiers]
    assert len(termed) == 1
    c = termed[0]
    assert c.value == "Chief of the Foreign Intelligence Bureau"
    assert c.qualifiers == {"start": "1935-05-01", "end": "1937-10-06"}
    assert c.span.quote.startswith("Chief of the Foreign Intelligence Bureau")
    assert c.span.quote.endswith("6 October 1937")


def test_preceded_and_succeeded_by_attach_to_office():
    offices = _by(_read(GLUED), "position_held")
    replaces = [c for c in offices if "replaces" in c.qualifiers]
    replaced_by = [c for c in offices if "replaced_by" in c.qualifiers]
    assert [c.qualifiers["replaces"] for c in replaces] == ["X. Y. Surname"]
    assert [c.qualifiers["replaced_by"] for c in replaced_by] == ["A. B. Other"]
    assert {c.value for c in replaces + replaced_by} == {"Chief of the Foreign Intelligence Bureau"}
    assert replaces[0].span.quote == "Preceded byX. Y. Surname"
    assert replaced_by[0].span.quote == "Succeeded byA. B. Other"


def test_preceded_by_without_office_gives_nothing():
    claims = _read("Some Person\nBorn1901\nPreceded byX. Y. Surname\n")
    assert not _by(claims, "position_held")


SPLIT = "Ignace Reiss\nBorn\n1899 Podwołoczyska\nDied\n4 September 1937 Lausanne\n"


def test_split_label_value_lines():
    claims = _read(SPLIT)
    assert [c.value for c in _by(claims, "date_of_birth")] == ["1899"]
    assert [c.value for c in _by(claims, "place_of_birth")] == ["Podwołoczyska"]
    assert [c.value for c in _by(claims, "date_of_death")] == ["1937-09-04"]
    assert [c.value for c in _by(claims, "place_of_death")] == ["Lausanne"]
    born = _by(claims, "date_of_birth")[0]
    assert born.span.quote == "Born\n1899 Podwołoczyska"


def test_find_blocks_sees_the_infobox():
    blocks = find_blocks(GLUED)
    assert len(blocks) == 1
    texts = [ln.text for ln in blocks[0]]
    assert "Born1899" in texts and "Succeeded byA. B. Other" in texts
    for ln in blocks[0]:
        assert GLUED[ln.start : ln.end] == ln.text


PROSE = (
    "Walter Krivitsky was born in 1899 in a small town in Galicia and served for many years in Soviet military "
    "intelligence. He broke with Moscow in 1937, lived in Paris and then in New York, and died in Washington in "
    "February 1941; the police called it a suicide, but many of his friends never believed that."
)


def test_prose_paragraph_is_not_a_block():
    assert find_blocks(PROSE) == []
    assert _read(PROSE) == []


def test_wrapped_prose_with_one_label_word_is_not_a_block():
    wrapped = (
        "Born in a family of modest means, he left\n"
        "school early and went to work in a factory\n"
        "in Lviv, where he first met the revolutionaries.\n"
    )
    assert find_blocks(wrapped) == []


def test_blank_line_ends_the_block():
    text = GLUED + "\nHe defected in Paris on 6 October 1937.\n"
    blocks = find_blocks(text)
    assert blocks
    assert all("defected" not in ln.text for b in blocks for ln in b)


@pytest.mark.parametrize("role", [PassageRole.COMMENT, PassageRole.OFFTOPIC])
def test_blocks_in_comments_and_offtopic_are_not_read(role):
    assert _read(GLUED, role) == []


def test_role_is_recorded_on_claims():
    claims = _read(GLUED, PassageRole.QUOTE)
    assert claims and all(c.span.role == PassageRole.QUOTE for c in claims)


def test_offsets_survive_a_leading_preamble():
    text = "Some page header that is quite long and is followed by the box.\n\n" + GLUED
    claims = _read(text)
    assert _by(claims, "date_of_birth")[0].span.start == text.index("Born1899")
