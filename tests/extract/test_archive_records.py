"""Archive records and finding aids: the record's subject is named by a catalogue heading
("Surname, Given, 1801-1872."), its note is written in subjectless lines ("Born D, at P;
son of A."), and each line is a fact of its own."""

from __future__ import annotations

import hashlib

import pytest

from factoid.extract.common import Subject
from factoid.extract.infobox import read_infoboxes
from factoid.extract.mentions import subject_cues
from factoid.model import Document, PassageRole

RECORD = """URL: https://library.example.org/findingaids/varenne-family-papers.xml

Finding Aid: Odile Varenne Papers, 1820-1871
Manuscripts Department | Extent: 3 boxes

Biographical Note
Varenne, Odile, 1801-1872.
Born March 3, 1801, at Sainte-Colombe-sur-Loing, near Rogny; daughter of Jules Varenne and Agathe Brissot.
Trained at the Royal Conservatory, Brussels, and in Vienna.
Died June 9, 1872, at Dijon, France.
"""


def test_a_catalogue_heading_names_the_records_subject():
    assert "Varenne, Odile" in subject_cues(RECORD)


def test_a_collection_is_not_a_person():
    assert not any(c.endswith("Papers") for c in subject_cues(RECORD))


@pytest.mark.parametrize("line", ["Paris, France, 1900-1950.", "Records, Letters, 1900-1950."])
def test_a_place_or_collection_heading_is_no_name(line):
    assert subject_cues(f"URL: http://example.org/x\n\nNotes\n{line}\nText follows here.\n") == ()


def test_a_born_line_that_is_a_sentence_takes_no_place_from_the_next_line():
    doc = Document("rec.txt", RECORD, hashlib.sha256(RECORD.encode()).hexdigest(), len(RECORD), "txt")
    subject = Subject("rec.txt@0", "Odile Varenne")
    claims = list(read_infoboxes(doc, subject, role_at=lambda offset: PassageRole.MAIN))
    births = {c.property: c.value for c in claims if c.property.endswith("of_birth")}
    assert births.get("date_of_birth") == "1801-03-03"
    assert births.get("place_of_birth", "").startswith("Sainte-Colombe-sur-Loing")  # never Vienna
    assert "Varenne" not in births["place_of_birth"]  # the parents after the semicolon are no place


@pytest.mark.slow
def test_the_records_lines_are_about_its_subject(extract):
    _, _, claims = extract(RECORD)
    got = {(c.subject_name, c.property, c.value) for c in claims}
    assert ("Varenne, Odile", "date_of_birth", "1801-03-03") in got
    assert ("Varenne, Odile", "date_of_death", "1872-06-09") in got
    assert not any(name == "Agathe Brissot" and prop.startswith("date_of") for name, prop, _ in got)


def test_a_heading_of_roles_with_dates_is_no_name():
    text = "URL: http://example.org/people/x-1\n\nCookies notice.\nOdile Varenne Biography\nPainter, Engraver (1801–1872)\n"
    assert "Painter, Engraver" not in subject_cues(text)


def test_a_headings_word_after_the_name_is_not_part_of_it():
    from factoid.extract.mentions import _trim

    assert _trim("Odile Varenne Biography", 0) == ("Odile Varenne", 0)
    assert _trim("Odile Varenne Papers", 4) == ("Odile Varenne", 4)


NOTE_SENTENCES = """URL: https://library.example.org/findingaids/karvel-tomas

Karvel, Tomas Ivanovich, 1881-1938.

Biographical sketch
Painter and engraver. Born in Lodz, 15 March 1881 (3 March, Old Style), the son of a tanner. Grew up in Kiev.
Died in the Sosnovka transit camp near Tomsk, 27 December 1938.
"""


def test_a_note_born_or_died_sentence_without_subject_is_the_records_subject(extract):
    """"Born in P, D, ..." and "Died in a camp near T, D." in prose paragraphs of a note: the
    record's subject, and the town a described place lies near is the place it names."""
    _, _, claims = extract(NOTE_SENTENCES)
    got = {(c.property, c.value) for c in claims if c.subject_name.startswith("Karvel")}
    assert {("date_of_birth", "1881-03-15"), ("place_of_birth", "Lodz"), ("date_of_death", "1938-12-27"),
            ("place_of_death", "Tomsk")} <= got


def test_a_place_right_after_near_is_still_no_place_of_death(extract):
    _, _, claims = extract("Peter Holm was a sailor. He died near Oslo in 1901.")
    assert not [c for c in claims if c.property == "place_of_death"]
