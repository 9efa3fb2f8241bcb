"""Roman names across the Romance languages (``names.classical``): each of the three words
keeps its stem and trades its Latin ending, so only the whole name is evidence."""

from __future__ import annotations

from factoid.names import parse_name
from factoid.names.classical import classical_keys, one_classical_name, same_classical_word
from factoid.names.exonyms import exonym_keys, translated


def test_latin_endings_and_their_romance_forms_are_one_word():
    assert same_classical_word("Lucius", "Lucio")
    assert same_classical_word("Aurelius", "Aureli")  # Catalan drops -us after -i
    assert same_classical_word("Titus", "Tit")  # and French/Catalan the whole -us
    assert same_classical_word("Varro", "Varrone")  # third declension: Italian -one
    assert same_classical_word("Naso", "Nasón")  # Spanish -ón
    assert same_classical_word("Corvinus", "Corvino")


def test_unrelated_or_other_gender_words_are_not_one():
    assert not same_classical_word("Lucius", "Lucia")
    assert not same_classical_word("Marius", "Marcus")
    assert not same_classical_word("Varro", "Verres")


def test_a_roman_name_in_other_languages_is_one_name():
    latin = parse_name("Gaius Plinius Secundus")
    for other in ("Gaio Plinio Secundo", "Gai Plini Secund", "Gaio Plínio Secundo"):
        form = parse_name(other)
        assert one_classical_name(latin, form), other
        assert translated(latin, form), other
        assert exonym_keys(latin) & exonym_keys(form), other


def test_a_third_declension_cognomen_joins_across_languages():
    latin = parse_name("Publius Terentius Varro")
    italian = parse_name("Publio Terenzio Varrone")
    assert not one_classical_name(latin, italian)  # Terentius, Terenzio: a spelling the rule does not make
    assert one_classical_name(parse_name("Aulus Licinius Naso"), parse_name("Aulo Licinio Nasone"))
    assert classical_keys(parse_name("Aulus Licinius Naso")) & classical_keys(parse_name("Aulo Licinio Nasone"))


def test_brothers_and_one_spelling_are_not_a_translation():
    # two brothers share nomen and cognomen; the praenomen tells them apart
    assert not one_classical_name(parse_name("Aulus Licinius Naso"), parse_name("Gaius Licinius Naso"))
    # the same spelling is no translation (a father and son of one name are the matcher's to judge)
    assert not one_classical_name(parse_name("Aulus Licinius Naso"), parse_name("Aulus Licinius Naso"))


def test_names_of_other_shapes_are_left_to_the_other_rules():
    assert not one_classical_name(parse_name("Mario Rossi"), parse_name("Marius Rossius"))
    assert not classical_keys(parse_name("Mario Rossi"))
