"""The rule-based prose reader of French and German passages, on short biographies of
invented people written for these tests."""

from __future__ import annotations

import pytest
from extract_run import extract_text

from factoid.extract.prose_rules import name_at, rules

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def extract():
    def run(text: str, language: str):
        _, claims = extract_text(text, language)
        return [c for c in claims if ".fr." in c.extractor or ".de." in c.extractor]

    return run


def values(claims, prop):
    return sorted(c.value for c in claims if c.property == prop)


FRENCH = (
    "Madeleine Vautrin\n\n"
    "Madeleine Vautrin est née le 3 ou 4 mars 1820 à Lyon, fille de Paul Vautrin et de Louise Girard. "
    "Elle épouse Henri Leroy en 1845. Son frère Victor naquit vers 1822. "
    "Elle est arrêtée le 2 juin 1851. Sa mère est morte en 1860 à Paris. "
    "Elle échappe d'abord à la peine de mort. "
    "Elle est exécutée le 30 avril 1858 sur la place du marché de Nantes."
)


def test_french_birth_parents_marriage_and_death(extract):
    claims = extract(FRENCH, "fr")
    assert values(claims, "date_of_birth") == ["1820-03-03/1820-03-04"]
    assert values(claims, "place_of_birth") == ["Lyon"]
    assert values(claims, "father") == ["Paul Vautrin"]
    assert values(claims, "mother") == ["Louise Girard"]
    assert values(claims, "spouse") == ["Henri Leroy"]
    assert values(claims, "sibling") == ["Victor"]
    assert values(claims, "arrested") == ["1851-06-02"]
    # the mother's death is hers, not the subject's; "peine de mort" is no death at all
    assert values(claims, "date_of_death") == ["1858-04-30"]
    assert values(claims, "place_of_death") == ["Nantes"]
    assert values(claims, "manner_of_death") == ["execution"]
    assert {c.subject_name for c in claims} == {"Madeleine Vautrin"}


def test_french_dates_around_and_in_a_year(extract):
    claims = extract("Octave Berthier\n\nOctave Berthier est né vers 1790 à Dijon. Il meurt en 1851.", "fr")
    assert values(claims, "date_of_birth") == ["1790~"]
    assert values(claims, "place_of_birth") == ["Dijon"]
    assert values(claims, "date_of_death") == ["1851"]


def test_french_relative_after_a_family_noun_is_not_a_spouse(extract):
    text = ("Octave Berthier\n\nOctave Berthier est né en 1790. Sa famille était celle d'un meunier "
            "estimé dans le bourg, marié à Jeanne Lambert.")
    assert values(extract(text, "fr"), "spouse") == []


GERMAN = (
    "Agathe Lindner\n\n"
    "Agathe Lindner wurde am 7. Mai 1850 in Wien geboren und verstarb am 3. Juli 1920 mit 70 Jahren in Graz. "
    "Sie war die Tochter des Arztes Johann Lindner und der Maria Huber. "
    "Im Jahr 1875 heiratete sie den Maler Franz Berger. Ihr Bruder Karl lebte in Linz. "
    "Ihre Mutter starb 1880 in Salzburg. 1901 wurde sie in Prag verhaftet."
)


def test_german_birth_death_parents_and_marriage(extract):
    claims = extract(GERMAN, "de")
    assert values(claims, "date_of_birth") == ["1850-05-07"]
    assert values(claims, "place_of_birth") == ["Vienna"]  # the gazetteer's English name
    assert values(claims, "date_of_death") == ["1920-07-03"]
    assert values(claims, "place_of_death") == ["Graz"]
    assert values(claims, "father") == ["Johann Lindner"]
    assert values(claims, "mother") == ["Maria Huber"]
    assert values(claims, "spouse") == ["Franz Berger"]
    assert values(claims, "sibling") == ["Karl"]
    assert values(claims, "arrested") == ["1901"]
    assert {c.subject_name for c in claims} == {"Agathe Lindner"}


def test_german_execution_is_a_manner_of_death(extract):
    text = "Emil Brandt\n\nEmil Brandt wurde am 2. Februar 1944 in Berlin hingerichtet."
    claims = extract(text, "de")
    assert values(claims, "date_of_death") == ["1944-02-02"]
    assert values(claims, "manner_of_death") == ["execution"]


def test_english_passages_are_not_read_by_the_rules(extract):
    assert extract("Emil Brandt\n\nEmil Brandt was born on 2 February 1900 in Berlin.", "en") == []


def test_name_runs_take_particles_and_stop_at_lower_case_words():
    r = rules("fr")
    assert name_at("Robert de Baudricourt, capitaine", 0, r).text == "Robert de Baudricourt"
    assert name_at("d'Isabelle Lambert et", 0, r).text == "Isabelle Lambert"
    assert name_at("le roi", 0, r) is None
    assert name_at("den Physiker Paul Adler", 4, rules("de"), after_article=True).text == "Paul Adler"


def test_a_relative_pronoun_gives_its_verb_to_the_person_just_named(extract):
    # "..., die ... starb": the wife died that year, not the subject
    text = ("Hans Keller\n\nHans Keller wurde am 3. Mai 1601 in Lübeck geboren. "
            "1625 heiratete er Anna Berg, die noch im selben Jahr bei der Geburt eines Sohnes starb. "
            "Er starb am 9. Juni 1670 in Hamburg.")
    claims = extract(text, "de")
    assert values(claims, "spouse") == ["Anna Berg"]
    assert values(claims, "date_of_death") == ["1670-06-09"]


@pytest.mark.parametrize(("language", "text"), [
    ("es", "Ramón Ortega\n\nRamón Ortega (Sevilla, 4 de marzo de 1890 - Madrid, 12 de junio de 1936) fue un político. "
           "En 1980, varios testigos declararon ante un juez que el político fue asesinado por orden de un general."),
    ("it", "Ramón Ortega\n\nRamón Ortega (Siviglia, 4 marzo 1890 - Madrid, 12 giugno 1936) fu un politico. "
           "Nel 1980 alcuni testimoni dichiararono davanti a un giudice che il politico fu ucciso per ordine di un generale."),
])
def test_a_year_before_a_reported_clause_is_the_report_s(language, text):
    # the testimony's year is not a second date of death (every extractor's claims)
    _, claims = extract_text(text, language)
    assert values(claims, "date_of_death") == ["1936-06-12"]


def test_a_place_in_a_bracket_locates_the_place_before_it(extract):
    text = "Emil Brandt\n\nEmil Brandt starb am 9. März 1931 in Waldheim (Kurhaus bei Dresden)."
    assert values(extract(text, "de"), "place_of_death") == ["Waldheim, Dresden"]


def test_a_life_span_bracket_gives_both_ends_but_not_for_a_relative(extract):
    text = ("Madeleine Vautrin (Lyon 1820 - Nantes 1858) fut couturière. "
            "Son fils Paul (1850-1910) vécut à Metz.")
    claims = extract(text, "fr")
    assert values(claims, "date_of_birth") == ["1820"]
    assert values(claims, "place_of_birth") == ["Lyon"]
    assert values(claims, "date_of_death") == ["1858"]
    assert values(claims, "place_of_death") == ["Nantes"]
    assert values(claims, "child") == ["Paul"]


def test_prizes_with_a_list_of_fields(extract):
    de = extract("Agathe Lindner\n\nAgathe Lindner erhielt die Nobelpreise für Physik (1921) und Chemie (1930).", "de")
    assert values(de, "award_received") == ["Nobel Prize in Chemistry", "Nobel Prize in Physics"]
    fr = extract("Madeleine Vautrin\n\nMadeleine Vautrin reçoit le prix Nobel de littérature en 1921. "
                 "Son mari reçoit le prix Nobel de chimie.", "fr")
    assert values(fr, "award_received") == ["Nobel Prize in Literature"]


def test_hedged_sentences_keep_their_hedge(extract):
    fr = extract("Octave Berthier\n\nSelon une autre version, Octave Berthier serait né en 1791 à Dijon.", "fr")
    assert {c.span.hedge for c in fr if c.property == "date_of_birth"} == {"Selon une autre version"}
    de = extract("Emil Brandt\n\nEmil Brandt wurde vermutlich 1820 in Ulm geboren.", "de")
    assert {c.span.hedge for c in de if c.property == "date_of_birth"} == {"vermutlich"}


def test_french_offices_with_their_terms_known_ones_in_english(extract):
    fr = extract("Louis Marchand est né le 3 mars 1860 à Lyon. Il fut nommé ministre de la Guerre en 1917. "
                 "Il est président de la République française de 1920 à 1925. Son frère Paul devint maire de Lyon.", "fr")
    offices = {(c.subject_name, c.value, tuple(sorted(c.qualifiers.items()))) for c in fr if c.property == "position_held"}
    assert offices == {("Louis Marchand", "ministre de la Guerre", (("start", "1917"),)),
                       ("Louis Marchand", "President of France", (("end", "1925"), ("start", "1920")))}


def test_german_offices_after_zum_and_war_known_ones_in_english(extract):
    de = extract("Karl Weber wurde am 7. Mai 1870 in Köln geboren. Er wurde am 30. Januar 1923 zum Reichskanzler "
                 "ernannt. Weber war von 1925 bis 1930 Präsident der Deutschen Akademie der Wissenschaften. "
                 "Sein Bruder wurde Bürgermeister von Bonn.", "de")
    offices = {(c.value, tuple(sorted(c.qualifiers.items()))) for c in de if c.property == "position_held"}
    assert offices == {("Chancellor of Germany", (("start", "1923-01-30"),)),
                       ("Präsident der Deutschen Akademie der Wissenschaften", (("end", "1930"), ("start", "1925")))}


def test_a_title_without_a_holding_word_is_no_office(extract):
    fr = extract("Louis Marchand est né en 1860 à Lyon. Il rencontra le ministre de la Guerre à Paris.", "fr")
    assert not [c for c in fr if c.property == "position_held"]


def test_known_offices_have_an_english_label():
    from factoid.reconcile import offices

    assert offices.standard_label("position_held", "Reichskanzler") == "Chancellor of Germany"
    assert offices.standard_label("position_held", "roi de France") == "King of France"


def test_party_membership_in_english_where_the_tables_know_the_party(extract):
    de = extract("Karl Weber wurde 1870 in Köln geboren. Er war Mitglied der Kommunistischen Partei Deutschlands.", "de")
    fr = extract("Louis Marchand est né en 1860 à Lyon. Il est membre du Parti communiste français dès 1921.", "fr")
    parties = {(c.value, c.value_text) for c in de + fr if c.property == "member_of_political_party"}
    assert parties == {("Communist Party of Germany", "Kommunistischen Partei Deutschlands"),
                       ("French Communist Party", "Parti communiste français")}
