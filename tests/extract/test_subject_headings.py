"""The page's subject from its address and heading lines (extract.mentions.subject_cues):
a forum question's address, a heading below a breadcrumb, a catalogue heading ending on an
initial; and a paragraph that opens like a catalogue heading is none."""

from __future__ import annotations

from factoid.extract.mentions import subject_cues


def test_a_question_in_the_address_gives_the_name_without_its_first_word():
    text = ("URL: https://forum.example.org/t/did-kovalenko-really-drown-at-sea/88\n\n"
            "Boards > History > Did Kovalenko really drown at sea?\n\n"
            "Everyone says Kovalenko drowned in 1911. Kovalenko was a good swimmer, though.\n")
    assert subject_cues(text) == ("Kovalenko",)


def test_a_name_heading_below_a_breadcrumb_line():
    text = ("URL: https://persons.example.org/p/4411\n\nArchive > Persons > V\n\n"
            "Velde, Adriaen van de\n\nAdriaen van de Velde sailed for the company. "
            "Later van de Velde settled in Leiden.\n")
    assert "Velde, Adriaen van de" in subject_cues(text)


def test_a_catalogue_heading_may_end_on_an_initial():
    text = ("URL: https://archive.example.org/findingaids/9921\n\n"
            "# Abashidze, Nodar T. (1921-1990). Letters, 1950-1989\n\n"
            "Abashidze, Nodar Teimurazovich. Engineer. Abashidze wrote to his sister weekly.\n")
    assert subject_cues(text) == ("Abashidze, Nodar T.",)


def test_a_paragraph_opening_with_surname_and_comma_is_no_heading():
    text = ("Pavel Morozko\n\n\nPavel Morozko was an engineer.\n\nCareer\n\n"
            "Morozko, a native of Pinsk, joined the railway in 1920. Later Morozko left.\n")
    assert all("," not in cue for cue in subject_cues(text))


def test_a_by_name_catalogue_heading_under_a_label_names_the_subject():
    # an authority file's heading of a person known by one name and a place
    text = ("URL: https://library.example.org/items/77\n\nRECORD 77\n\n"
            "Title: Book of hours\nAuthor (authority heading): Wolfram, of Lenzburg, Blessed, 1102-1171\n\n"
            "Note:\nWolfram was born at Lenzburg. Wolfram died at Muri.\n")
    assert "Wolfram" in subject_cues(text)


def test_a_by_name_heading_of_a_place_or_a_name_written_once_is_no_cue():
    text = ("URL: https://library.example.org/items/78\n\nRECORD 78\n\n"
            "Author (authority heading): Wolfram, of Lenzburg, Blessed, 1102-1171\n\nA book of hours.\n")
    assert "Wolfram" not in subject_cues(text)


def test_a_record_names_its_person_above_a_sex_line_and_a_title_after_a_comma():
    # an invented empress's record: her sex and a blank line before the first field
    text = ("URL: https://roots.example.org/person/Q7\n\nRoots - person record Q7\n"
            "Sofia II, Empress of Lusitania\nFemale\n\nBirth: 2 May 1702, Evora\n"
            "Death: 9 June 1750, Lisbon\n\nSpouses and children\nJoao Mendes Castro (m. 1720)\n")
    assert subject_cues(text) == ("Sofia II",)


def test_a_record_without_a_field_after_its_name_gives_no_record_heading():
    text = ("URL: https://roots.example.org/person/Q8\n\nRoots - person record Q8\n"
            "Sofia Castro\nFemale\n\nShe lived in Evora and married twice.\n")
    assert "Sofia Castro" not in subject_cues(text)
