"""The Russian NLP stage: offsets into the input, stress marks, sentence joins, toponyms."""

from __future__ import annotations

import pytest

from factoid import nlp_ru

pytestmark = pytest.mark.slow


def test_stress_marks_are_removed_and_offsets_map_back() -> None:
    text = "Ла́врентий Бе́рия родился в Мерхеули."
    doc = nlp_ru.parse(text)
    assert doc.text == "Лаврентий Берия родился в Мерхеули."
    per = [s for s in doc.spans if s.type == "PER"]
    assert per and per[0].normal == "Лаврентий Берия"
    start, end = doc.original(per[0].start), doc.original(per[0].end - 1) + 1
    assert text[start:end] == "Ла́врентий Бе́рия"


def test_inflected_name_is_normalised() -> None:
    doc = nlp_ru.parse("Приговор Ежову вынесли в 1940 году.")
    assert [s.normal for s in doc.spans if s.type == "PER"] == ["Ежов"]


def test_a_bracket_keeps_one_sentence() -> None:
    doc = nlp_ru.parse("Ежов (имя при рождении — Н. Ежов[1]; 1895 — 1940) — нарком. Он служил в армии.")
    assert len(doc.sentences) == 2


def test_toponym() -> None:
    assert nlp_ru.is_toponym("Москва")
    assert not nlp_ru.is_toponym("Блюмкин")


@pytest.mark.parametrize(("written", "cases", "expected"), [
    ("Горского", ["Gen"], "Горский"),                      # a man's -ский surname in the genitive
    ("Глеб Горского", ["Nom", "Acc"], "Глеб Горский"),
    ("Липкиным А.Б.", ["Ins"], "Липкин А.Б."),            # instrumental, before initials
    ("Зельдману", ["Dat"], "Зельдман"),                    # a surname the dictionary lacks
    ("Ирина Лаврову", ["Nom", "Acc"], "Ирина Лаврова"),   # a woman's surname stays feminine
    ("Ирина Лаврова", ["Nom", "Nom"], "Ирина Лаврова"),
    ("Павел Лавров", ["Nom", "Nom"], "Павел Лавров"),     # nominatives are never touched
    ("Петра Сергеевича", ["Gen", "Gen"], "Петр Сергеевич"),
    ("Толстого", ["Gen"], "Толстой"),                      # -ого to -ой where the dictionary says so
    # a foreign surname in -е that the dictionary reads only as a prepositional ("о Фальке"):
    # in any other case the tagger gives it, it is the indeclinable surname, kept whole
    ("Иоганн Фальке", ["Nom", "Nom"], "Иоганн Фальке"),
    ("Ивана Фальке", ["Gen", "Gen"], "Иван Фальке"),
    ("Ивану Фальке", ["Dat", "Dat"], "Иван Фальке"),
    ("Фальке", ["Loc"], "Фальк"),
    ("Ивана Лорге", ["Gen", "Gen"], "Иван Лорге"),       # read only as a common noun's form
])
def test_name_is_put_in_the_nominative(written: str, cases: list[str], expected: str) -> None:
    assert nlp_ru.nominative_name(written.split(), cases) == expected


def test_feminine_nominative_becomes_the_man_only_in_an_oblique_case() -> None:
    assert nlp_ru.nominative_name(["Б.В.", "Смирнова"], ["", "Gen"]) == "Б.В. Смирнов"
    assert nlp_ru.nominative_name(["Б.В.", "Смирнова"], ["", "Nom"]) == "Б.В. Смирнова"


def test_gender_from_patronymic_or_first_name() -> None:
    assert nlp_ru.name_gender(["Анна", "Петровна", "Лаврова"]) == "femn"
    assert nlp_ru.name_gender(["Александра", "Лаврова"]) == "femn"
    assert nlp_ru.name_gender(["Лаврова"]) is None


def test_a_surname_takes_the_oblique_case_of_the_given_name_before_it() -> None:
    # "сын кузнеца Ботё Петкова": an indeclinable given name in the genitive makes the
    # surname the man's genitive, whatever case the tagger gave the surname alone
    assert nlp_ru.nominative_name(["Ботё", "Петкова"], ["Gen", "Nom"]) == "Ботё Петков"
    assert nlp_ru.nominative_name(["Анна", "Петкова"], ["Nom", "Nom"]) == "Анна Петкова"


def test_a_point_with_no_space_after_it_ends_no_sentence() -> None:
    # "20.5 (1.6).1876": an Old Style day, the New Style one in brackets, then the year
    rd = nlp_ru.parse("Пётр Орлов [3.2 (15.2).1850, Тверь — 20.5 (1.6).1901, Москва], русский врач.")
    assert len(rd.sentences) == 1


def test_a_surname_in_the_instrumental_and_a_given_name_in_the_locative_go_back() -> None:
    """"за Андреем Лыковым" is the man Андрей Лыков, not the adjective "лыковый"; "на Анне
    Крюковой" is Анна, though the dictionary also holds an indeclinable "Анне"."""
    from factoid import nlp_ru

    assert nlp_ru.nominative_name(["Андреем", "Лыковым"], ["Ins", "Ins"]) == "Андрей Лыков"
    assert nlp_ru.nominative_name(["Анне", "Крюковой"], ["Loc", "Loc"]) == "Анна Крюкова"
    assert nlp_ru.nominative_name(["Анне", "Франк"], ["Nom", "Nom"]) == "Анне Франк"
    assert nlp_ru.nominative_name(["Ольгой", "Лыковой"], ["Ins", "Ins"]) == "Ольга Лыкова"
