"""Pages in two languages about one person, the name translated whole."""

from __future__ import annotations

from tests.test_resolve import person_of


def test_the_subjects_of_pages_in_three_languages_are_one_person():
    # an invented navigator: Portuguese, Spanish and English forms of one name
    _, who = person_of([
        ("pt@0", "Fernão de Barralhães", 5), ("pt@1", "Beatriz Sousa", 1),
        ("es@0", "Fernando de Barrallanes", 4),
        ("en@0", "Ferdinand Barrellan", 6), ("en@1", "Rui Tavares", 1),
    ])
    assert who["pt@0"] == who["es@0"] == who["en@0"]


def test_a_translated_name_in_passing_joins_nobody():
    # the English page is about someone else; the navigator is only named there
    _, who = person_of([
        ("pt@0", "Fernão de Barralhães", 5),
        ("en@0", "Ferdinand Barrellan", 1), ("en@1", "Rui Tavares", 6),
    ])
    assert who["pt@0"] != who["en@0"]


def test_subjects_with_the_same_given_name_spelling_are_not_translations():
    _, who = person_of([("a@0", "Fernando Barrales", 4), ("b@0", "Fernando Borullo", 4)])
    assert who["a@0"] != who["b@0"]


def test_another_surname_stem_is_another_person():
    _, who = person_of([("pt@0", "Fernão de Barralhães", 5), ("en@0", "Ferdinand Bertram", 5)])
    assert who["pt@0"] != who["en@0"]


def test_the_subjects_of_roman_names_in_three_languages_are_one_person():
    # an invented senator: Latin, Italian and Catalan pages
    _, who = person_of([
        ("la@0", "Aulus Licinius Naso", 5), ("la@1", "Gaius Licinius Naso", 1),
        ("it@0", "Aulo Licinio Nasone", 4),
        ("ca@0", "Aule Licini Nasó", 3),
    ])
    assert who["la@0"] == who["it@0"]
    assert who["la@1"] != who["la@0"]  # his brother, named on the Latin page


def test_a_roman_name_in_passing_joins_nobody():
    _, who = person_of([("la@0", "Aulus Licinius Naso", 5), ("it@0", "Aulo Licinio Nasone", 1),
                        ("it@1", "Publio Rufo", 6)])
    assert who["la@0"] != who["it@0"]


def test_a_russian_page_writes_a_german_s_as_z():
    # an invented engineer: German "s" before a vowel is Russian "з", German "z" is "ц"
    _, who = person_of([("de@0", "Friedrich Saalberg", 5), ("ru@0", "Фридрих Заальберг", 4),
                        ("de2@0", "Heinrich Zetterling", 5), ("ru2@0", "Генрих Цеттерлинг", 4)])
    assert who["de@0"] == who["ru@0"]
    assert who["de2@0"] == who["ru2@0"] != who["de@0"]


def test_a_sibilant_alone_does_not_join_another_surname_stem():
    _, who = person_of([("de@0", "Friedrich Saalberg", 5), ("ru@0", "Фридрих Зальцман", 4)])
    assert who["de@0"] != who["ru@0"]
