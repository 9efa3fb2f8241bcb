"""Whose page it is, and whose passage: a dictionary entry's headword in capitals, a title's
"Given of Place" byname, a heading line "Name (Birth Name)", and the next entry on the same page."""

from __future__ import annotations

from factoid.extract.entities import alias_pairs
from factoid.extract.mentions import (NameSpan, add_cue_names, caps_headwords, join_particles, numbered_rulers,
                                      subject_cues)
from factoid.names.parse import parse_name
from tests.extract_run import extract_text

PAGE = (
    "URL: https://archive.example.org/details/noblewomen/page/n88\n\n"
    "MAUD OF ARDEN (1310-1372), abbess of Wexcombe, was the elder daughter of Henry II. (1280-1330) "
    "and of Ida of Lenz. She was born at Tarnfield, and died at Wexcombe on 3 May 1372.\n\n"
    "ISOLDE OF BRAY (1320-1390), wife of Osric III., was born at Kelby. She was married at Dunmere "
    "in 1341, and died at Harrowgate on 2 June 1390.\n"
)


def test_a_headword_in_capitals_before_its_years_is_a_name():
    assert [name for _, name in caps_headwords(PAGE)] == ["MAUD OF ARDEN", "ISOLDE OF BRAY"]
    assert caps_headwords("URL: x\n\nTHE GREAT FIRE (1666) began in a bakery.\n") == []


def test_the_first_headword_is_the_pages_subject_cue():
    assert subject_cues(PAGE)[0] == "MAUD OF ARDEN"


def test_a_byname_in_capitals_keeps_its_particle_small():
    parts = parse_name("MAUD OF ARDEN")
    assert (parts.given, parts.surname) == ("Maud", "of Arden")


def test_a_ruler_with_a_dotted_number_before_a_bracket_is_a_name():
    assert [name for _, name in numbered_rulers(PAGE)] == ["Henry II"]
    assert numbered_rulers("the Dunmere Act IV. (1341) was read") == []  # no given name


def test_the_next_entry_on_the_page_is_its_own_persons():
    _, claims = extract_text(PAGE)
    owner = {(c.property, c.value): c.subject_name.upper() for c in claims}
    assert owner.get(("date_of_death", "1372-05-03")) == "MAUD OF ARDEN"
    assert owner.get(("place_of_death", "Wexcombe")) == "MAUD OF ARDEN"
    assert owner.get(("date_of_death", "1390-06-02")) == "ISOLDE OF BRAY"
    assert owner.get(("place_of_death", "Harrowgate")) == "ISOLDE OF BRAY"
    # the ruler's own years stay his
    assert owner.get(("date_of_death", "1330")) not in {"MAUD OF ARDEN", "ISOLDE OF BRAY"}


def test_a_title_given_name_with_a_byname_is_the_cue():
    text = ("URL: https://blog.example.net/2021/05/02/maud-650-years\n\n# Maud of Arden, 650 years on\n\n"
            "Today I remember **Maud of Arden**. Maud was born around 1310 at Tarnfield.\n")
    assert "Maud of Arden" in subject_cues(text, title="Maud of Arden, 650 years on")
    assert subject_cues("Wexcombe Abbey is old.\n", title="Wexcombe of Old, a walk") == ()


def test_a_heading_line_with_a_birth_name_in_brackets_joins_it():
    text = ("URL: https://medizin.example.de/personen/aurelius\n\nAurelius (Konrad Ebbing von Talheim)\n\n"
            "Konrad Ebbing von Talheim kam 1502 in Talheim zur Welt.\n")
    cues = subject_cues(text)
    assert cues == ("Aurelius",)
    spans = add_cue_names([], [(ln, text.index(ln)) for ln in text.split("\n\n")], cues)
    assert [s.text for s in spans][:2] == ["Aurelius", "Konrad Ebbing von Talheim"]
    assert (spans[0].start, spans[1].start) in alias_pairs(text, spans)


def test_an_alias_phrase_opening_the_line_under_a_heading_name():
    text = "Aurelius\nvlastním jménem Konrad Talheim\n"
    spans = [NameSpan(0, 8, "Aurelius"), NameSpan(25, 39, "Konrad Talheim")]
    assert text[25:39] == "Konrad Talheim"
    assert alias_pairs(text, spans) == [(0, 25)]
    two_paragraphs = "Aurelius\nKonrad Talheim came later.\n"
    assert alias_pairs(two_paragraphs, [NameSpan(0, 8, "Aurelius"), NameSpan(9, 23, "Konrad Talheim")]) == []


def test_names_parted_by_a_particle_are_one_name():
    text = "Sein Vater Konrad Ebbing von Talheim (um 1450-1520) war Arzt."
    spans = [NameSpan(11, 24, "Konrad Ebbing"), NameSpan(29, 36, "Talheim")]
    assert [s.text for s in join_particles(spans, text)] == ["Konrad Ebbing von Talheim"]
    other = "Konrad Ebbing and Talheim"
    assert len(join_particles([NameSpan(0, 13, "Konrad Ebbing"), NameSpan(18, 25, "Talheim")], other)) == 2


def test_a_name_the_text_sets_in_bold_confirms_the_cue():
    text = ("---\ntitle: Wexa and the tales we tell\n---\n\n# Wexa and the tales we tell\n\n"
            "Almost all we know of **Wexa** comes from her enemies. The traders said she was born around 1590.\n")
    cues = subject_cues(text, title="Wexa and the tales we tell", url="https://notes.example.org/2021/wexa-tales")
    assert cues == ("Wexa",)
    spans = add_cue_names([], [(text, 0)], cues)
    assert [s.text for s in spans] == ["Wexa", "Wexa", "Wexa"]
    # not in bold, not opening a sentence: a word of the address alone confirms nothing
    plain = text.replace("**Wexa**", "Wexa")
    assert add_cue_names([], [(plain, 0)], cues) == []
