"""A one-word name that is also a town's (the gazetteer has a Brutus) is the page's subject
when the address spells it and the text gives it a life: lifespan brackets after it, or a
sentence where it was born or died."""

from __future__ import annotations

from factoid.extract.mentions import subject_cues

URL = "URL: https://encyclo.example.org/wiki/Brutus\n\nBrutus\n\n"


def test_a_lifespan_in_brackets_makes_the_place_name_a_person():
    text = URL + "Brutus (85 – 42 BC) was a Roman senator who plotted against the dictator.\n"
    assert "Brutus" in subject_cues(text)


def test_a_birth_sentence_makes_the_place_name_a_person():
    text = URL + "Nobody is sure of the year. Brutus was born in Rome to a family of officials.\n"
    assert "Brutus" in subject_cues(text)


def test_a_town_the_address_spells_without_a_life_is_no_cue():
    text = URL + "Brutus is a small town with a mill and a railway station on the old line.\n"
    assert "Brutus" not in subject_cues(text)
