"""A web page's title names its subject when its text has no heading line."""

from __future__ import annotations

from factoid.extract.mentions import add_cue_names, subject_cues

TEXT = ("Sunandabai, the Rani of Velpur, was a leader of the hill revolt. She was born at Kosam "
        "to a court priest and married the raja of Velpur.\n")


def test_the_name_a_title_opens_with_is_a_cue_the_opening_confirms():
    cues = subject_cues(TEXT, title="Sunandabai, Rani of Velpur | Hill Revolt: People", url=None)
    assert cues == ("Sunandabai",)
    assert [s.text for s in add_cue_names([], [(TEXT, 0)], cues)] == ["Sunandabai"]


def test_a_title_of_no_name_in_the_text_gives_no_cue():
    assert subject_cues(TEXT, title="Hill Revolt | People of the Hills", url=None) == ()


def test_the_address_from_metadata_counts_as_the_address_line():
    text = "Olvar Brennik was a shipwright. Olvar Brennik built ten ships.\n"
    assert subject_cues(text, url="https://example.org/people/olvar-brennik") == ("Olvar Brennik",)


def test_a_dictionary_headers_surname_later_in_the_text_is_the_subject():
    text = ("URL: http://example.org/BRENNIK.html\n\nBRENNIK, OLVAR JANSEN (1741-1790), shipwright, "
            "was the son of a fisher. In the war of Queen Ilse II. Brennik, now a captain, served at sea.\n")
    got = [s.text for s in add_cue_names([], [(text, 0)], subject_cues(text))]
    assert "Brennik" in got



def test_a_number_within_a_longer_name_is_part_of_it():
    from factoid.extract.mentions import looks_like_name

    assert looks_like_name("Berenike IV Eukleia")
    assert looks_like_name("Tobias Edward Wendlin III")
    assert not looks_like_name("Berenike Kallista|Berenike IV Eukleia")
    assert not looks_like_name("Berenike NKVD")
