"""Arabic names in Latin letters (``factoid.names.arabic``): the ALA-LC-style romanisation
without diacritics, the article in all its Latin spellings, and names met in Arabic meeting
their Latin forms. Names here are common words or well-known historical names."""

from __future__ import annotations

import pytest

from factoid.names import fold, name_compatibility, parse_name, transliterate
from factoid.names.arabic import has_arabic, key, latin_article, romanise, romanise_word


@pytest.mark.parametrize(("arabic", "latin"), [
    ("صلاح الدين يوسف بن أيوب", "Salah al-Din Yusuf ibn Ayyub"),
    ("عبد الرحمن بن خلدون", "Abd al-Rahman ibn Khaldun"),
    ("عبدالرحمن", "Abd al-Rahman"),
    ("أبو بكر البغدادي", "Abu Bakr al-Baghdadi"),
    ("احمد", "Ahmad"),  # a hamza seat left unwritten is the same word
    ("مصطفي", "Mustafa"),  # alif maqsura written as ya
    ("فاطمة بنت محمد", "Fatima bint Muhammad"),
])
def test_common_name_words_take_their_english_form(arabic, latin):
    assert romanise(arabic) == latin


@pytest.mark.parametrize(("arabic", "latin"), [
    ("مُحَمَّد", "Muhammad"),  # vowel marks and shadda are read where written
    ("خلدون", "Khaldun"),  # و between consonants is a long u
    ("فهد", "Fahd"),  # an a after the first consonant of an unmarked cluster
    ("زياد", "Ziyad"),
])
def test_letter_by_letter(arabic, latin):
    assert romanise_word(arabic) == latin or romanise(arabic) == latin


def test_other_text_passes_through():
    text = "Born 1137 in Tikrit; Москва"
    assert romanise(text) == text
    assert transliterate("ولد 1137, Москва") == romanise("ولد") + " 1137, Moskva"
    assert has_arabic("x صلاح") and not has_arabic("Salah")
    assert key("أحمد") == key("احمد") and key("فاطمة") == key("فاطمه")


@pytest.mark.parametrize(("written", "read"), [
    ("Salah ad-Din", "Salah al-Din"), ("Abd ar-Rahman", "Abd al-Rahman"), ("ash-Sham", "al-Sham"),
    ("Anwar el-Sadat", "Anwar al-Sadat"), ("Al-Mansur", "Al-Mansur"), ("an-Nasir", "al-Nasir"),
    ("Jean-Paul Sartre", "Jean-Paul Sartre"), ("Anne-Marie", "Anne-Marie"), ("Ud-Din", "Al-Din"),
])
def test_every_spelling_of_the_article_reads_al(written, read):
    assert latin_article(written) == read


@pytest.mark.parametrize(("arabic", "latin"), [
    ("صلاح الدين يوسف بن أيوب", "Salah ad-Din Yusuf ibn Ayyub"),
    ("صلاح الدين يوسف بن أيوب", "Salah al-Din Yusuf bin Ayyub"),
    ("صلاح الدين يوسف بن أيوب", "Salahuddin Yusuf ibn Ayyub"),
    ("عبد الرحمن بن خلدون", "Abd ar-Rahman ibn Khaldun"),
    ("عبد الرحمن بن خلدون", "Abd el-Rahman ibn Khaldun"),
    ("نجم الدين أيوب", "Najm ad-Din Ayyub"),
    ("سليم حداد", "Salim Haddad"),
])
def test_a_name_met_in_arabic_meets_its_latin_forms(arabic, latin):
    assert name_compatibility(parse_name(arabic), parse_name(latin)) >= 0.75


@pytest.mark.parametrize(("a", "b"), [
    ("صلاح الدين يوسف بن أيوب", "Najm ad-Din Ayyub"),  # father and son share the lineage name
    ("سليم حداد", "Layla Haddad"),
    ("عبد الرحمن بن خلدون", "Abd al-Aziz ibn Khaldun"),
])
def test_different_people_stay_apart(a, b):
    assert name_compatibility(parse_name(a), parse_name(b)) < 0.75


def test_fold_romanises_so_search_and_ids_are_latin():
    assert fold("صلاح الدين") == "salah al din"
