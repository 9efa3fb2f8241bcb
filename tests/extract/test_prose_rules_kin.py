"""Parents and function words in the prose of languages read by rules (German, Italian, Czech,
Ukrainian), on sentences about invented people written for these tests."""

from __future__ import annotations

import pytest
from extract_run import extract_text

from factoid.extract.mentions import NameSpan
from factoid.extract.prose_rules import past_function_words

pytestmark = pytest.mark.slow


def claims_of(text: str, language: str) -> dict[str, list[str]]:
    _, claims = extract_text(text, language)
    out: dict[str, list[str]] = {}
    for c in claims:
        out.setdefault(c.property, []).append(c.value)
    return {k: sorted(set(v)) for k, v in out.items()}


def test_german_mother_as_the_fathers_wife_with_her_birth_surname():
    text = ("Agathe Lindner\n\nAgathe Lindner wurde am 7. Mai 1850 in Wien geboren. Agathe Lindner war die "
            "Tochter des Bierbrauers Johann Lindner und seiner Frau Maria, geb. Huber.")
    found = claims_of(text, "de")
    assert found["father"] == ["Johann Lindner"]
    assert found["mother"] == ["Maria Huber"]


def test_german_mother_named_in_full_after_his_wife():
    text = ("Leo Brandt\n\nLeo Brandt wurde am 2. Mai 1860 in Wien geboren. Er war der Sohn des Arztes "
            "Otto Brandt und seiner Frau Clara Weiß.")
    found = claims_of(text, "de")
    assert found["father"] == ["Otto Brandt"]
    assert found["mother"] == ["Clara Weiß"]


def test_italian_parents_after_their_trades_and_an_elided_article():
    text = ("Giulia Ferri\n\nGiulia Ferri (Padova, 3 marzo 1720 – Padova, 5 maggio 1790) fu una pittrice. "
            "Figlia dell'orafo Marco Ferri e della pittrice Anna Conti, studiò a Venezia.")
    found = claims_of(text, "it")
    assert found["father"] == ["Marco Ferri"]
    assert found["mother"] == ["Anna Conti"]


def test_czech_one_parent_in_the_genitive_is_the_father_by_his_given_names_ending():
    text = ("Jana Novotná\n\nJana Novotná byla česká malířka.\n\n"
            "Narodila se v Brně v rodině učitele Josefa Novotného. Zemřela v nemocnici v Praze na následky zranění.")
    found = claims_of(text, "cs")
    assert found["father"] == ["Josef Novotný"]
    assert "mother" not in found
    # dying in a hospital ("v nemocnici") of injuries tells no illness
    assert "manner_of_death" not in found


def test_czech_a_description_after_a_comma_is_no_second_parent():
    text = ("Jana Novotná\n\nJana Novotná se narodila v Brně v rodině Josefa Pohorylleho, obchodníka z Haliče.")
    found = claims_of(text, "cs")
    assert found["father"] == ["Josef Pohorylle"]
    assert "mother" not in found


def test_czech_a_mother_alone_in_the_genitive():
    text = "Jana Novotná\n\nJana Novotná se narodila v Brně v rodině švadleny Marie Novákové."
    found = claims_of(text, "cs")
    assert found["mother"] == ["Marie Nováková"]
    assert "father" not in found


def test_ukrainian_father_in_the_genitive_after_family():
    text = "Іван Петрук\n\nІван Петрук народився 3 травня 1900 року в Києві в родині вчителя Олексія Петрука."
    found = claims_of(text, "uk")
    assert found["father"] == ["Олексій Петрук"]


def test_a_sentence_opening_function_word_or_verb_is_cut_from_another_taggers_name():
    text = "Im März 1875 wurde sie verhaftet. Nach Otto Brandt kam sie."
    at = text.index("Nach")
    spans = [NameSpan(0, 7, "Im März"), NameSpan(at, at + 16, "Nach Otto Brandt")]
    kept = past_function_words(spans, [(0, len(text), "de")])
    assert kept == [NameSpan(at + 5, at + 16, "Otto Brandt")]
    assert text[at + 5 : at + 16] == "Otto Brandt"
    # English passages keep the tagger's spans as they are
    assert past_function_words(spans, [(0, len(text), "en")]) == spans


def test_german_month_after_a_capitalised_preposition_is_no_person():
    text = ("Agathe Lindner\n\nAgathe Lindner wurde am 7. Mai 1850 in Wien geboren. "
            "Im März 1875 wurde sie in Leipzig verhaftet.")
    _, claims = extract_text(text, "de")
    assert {c.subject_name for c in claims} == {"Agathe Lindner"}
    assert [c.value for c in claims if c.property == "arrested"] == ["1875-03"]


def test_ukrainian_both_parents_after_family_with_a_double_surname():
    text = ("Марія Коваль\n\nМарія Коваль народилася в родині Петра Івановича Коваля (1840—1900), лікаря, "
            "та вчительки Ганни Петрівни Сидоренко-Коваль.")
    found = claims_of(text, "uk")
    assert found["father"] == ["Петро Іванович Коваль"]
    assert found["mother"] == ["Ганна Петрівна Сидоренко-Коваль"]


def test_ukrainian_parent_known_under_another_name_is_left_out():
    text = ("Марія Коваль\n\nМарія Коваль народилася в родині Петра Коваля, лікаря, та письменниці "
            "Ганни Сидоренко-Коваль, відомої під псевдонімом Ганна Степова.")
    found = claims_of(text, "uk")
    assert found["father"] == ["Петро Коваль"]
    assert "mother" not in found


def test_german_rank_after_als_and_a_noun_after_im_is_no_person():
    text = ("Otto Brandt\n\nOtto Brandt wurde am 7. Mai 1850 in Wien geboren. "
            "Im Krieg führte er als Leutnant-Admiral die Flotte.")
    _, claims = extract_text(text, "de")
    assert {c.subject_name for c in claims} == {"Otto Brandt"}
    assert [c.value for c in claims if c.property == "military_rank"] == ["Lieutenant-admiral"]


def test_polish_rank_in_the_genitive_after_stopnia():
    text = ("Jan Kowal\n\nJan Kowal (ur. 3 marca 1820 w Krakowie, zm. 5 maja 1870 pod Lwowem) – polski poeta.\n\n"
            "W czasie wojny służył w armii i doszedł do stopnia majora.")
    found = claims_of(text, "pl")
    assert found["military_rank"] == ["Major"]


def test_italian_one_parent_is_the_father_by_his_masculine_article():
    text = ("Giulia Ferri\n\nGiulia Ferri nacque a Padova intorno al 1720, figlia del pittore Teodoro, "
            "che fu anche il suo primo maestro.")
    found = claims_of(text, "it")
    assert found["father"] == ["Teodoro"]
    assert "mother" not in found


def test_polish_rank_of_two_words():
    text = ("Jan Kowal\n\nJan Kowal (ur. 3 marca 1820 w Krakowie, zm. 5 maja 1870 pod Lwowem) – polski poeta.\n\n"
            "W 1850 roku Sejm nadał mu stopień generała brygady.")
    found = claims_of(text, "pl")
    assert found["military_rank"] == ["Brigadier General"]


def test_german_trade_nouns_in_the_genitive_are_never_the_parents_names():
    text = ("Lotte Brenner\n\nLotte Brenner wurde am 2. März 1790 in Bremen geboren. Lotte Brenner war die "
            "Tochter des Gerbers und Kaufmanns Heinrich Brenner, dessen Werkstatt am Hafen lag.")
    found = claims_of(text, "de")
    assert found["father"] == ["Heinrich Brenner"]
    assert "mother" not in found


def test_german_place_between_the_verb_of_marrying_and_the_spouse_is_no_spouse():
    text = ("Lotte Brenner\n\nLotte Brenner wurde am 2. März 1790 in Bremen geboren. Am 4. Mai 1815 heiratete "
            "sie in Oldenburg den Drucker Karl Wendt.")
    assert claims_of(text, "de")["spouse"] == ["Karl Wendt"]
