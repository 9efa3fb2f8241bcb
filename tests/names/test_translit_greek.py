"""Greek script folds to Latin letters (a simplified ELOT 743), so a Greek page's names and
places meet their Latin spellings in matching and search, and a Greek text is told by its
letters. Names and sentences written for this test."""

from __future__ import annotations

import pytest

from factoid.ingest.language import guess_language
from factoid.names.translit import fold, romanise_greek, transliterate


@pytest.mark.parametrize(("greek", "latin"), [
    ("Θεόδωρος Κολοκοτρώνης", "Theodoros Kolokotronis"),
    ("Ευάγγελος", "Evangelos"),
    ("Πειραιάς", "Peiraias"),
    ("ΑΘΗΝΑ", "ATHINA"),
    ("Ἀλέξανδρος", "Alexandros"),
])
def test_greek_names_in_latin_letters(greek: str, latin: str) -> None:
    assert transliterate(greek) == latin


def test_folding_drops_accents_and_numeral_marks_and_leaves_other_scripts_alone() -> None:
    assert fold("Νικηφόρος Β΄") == "nikiforos v"
    assert romanise_greek("Lyushkov") == "Lyushkov"
    assert fold("Люшков") == "lyushkov"


def test_a_greek_text_is_told_by_its_letters() -> None:
    assert guess_language("Ο Νικηφόρος γεννήθηκε στην Αθήνα και πέθανε στη Σπάρτη.") == "el"
