"""The Russian prose reader on short biographies written for these tests."""

from __future__ import annotations

import pytest
from extract_run import extract_text

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def extract():
    def run(text: str):  # quotes stay the Russian text, character for character
        return extract_text(text, doc_id="ru.txt")

    return run


def values(claims, prop):
    return sorted(c.value for c in claims if c.property == prop)


def test_birth_with_old_and_new_style_and_place(extract) -> None:
    _, claims = extract("Николай Иванович Ежов родился 1 (13) мая 1895 года в Санкт-Петербурге.")
    assert values(claims, "date_of_birth") == ["1895-05-13"]
    assert values(claims, "place_of_birth") == ["Saint Petersburg"]
    assert {c.extractor for c in claims} == {"extract.prose.ru.v1"}


def test_place_in_an_oblique_case_is_normalised_through_the_gazetteer(extract) -> None:
    _, claims = extract("Исаак Эммануилович Бабель родился в 1894 году в Одессе в семье торговца.")
    assert values(claims, "place_of_birth") == ["Odessa"]
    assert values(claims, "date_of_birth") == ["1894"]


def test_lifespan_in_brackets_after_the_name(extract) -> None:
    text = "Генрих Григорьевич Ягода (7 ноября 1891, Рыбинск — 15 марта 1938, Москва) — советский деятель."
    _, claims = extract(text)
    assert values(claims, "date_of_birth") == ["1891-11-07"]
    assert values(claims, "date_of_death") == ["1938-03-15"]
    assert values(claims, "place_of_birth") == ["Rybinsk"]
    assert values(claims, "place_of_death") == ["Moscow"]


def test_execution_gives_date_and_manner(extract) -> None:
    _, claims = extract("Николай Ежов был арестован 10 апреля 1939 года. Он был расстрелян 4 февраля 1940 года в Москве.")
    assert values(claims, "arrested") == ["1939-04-10"]
    assert values(claims, "date_of_death") == ["1940-02-04"]
    assert values(claims, "manner_of_death") == ["execution"]
    assert values(claims, "place_of_death") == ["Moscow"]


def test_sentenced_to_shooting_is_not_an_execution(extract) -> None:
    _, claims = extract("Генрих Ягода был приговорён к расстрелу 13 марта 1938 года.")
    assert values(claims, "sentenced") == ["1938-03-13"]
    assert values(claims, "manner_of_death") == []


def test_suicide(extract) -> None:
    _, claims = extract("Михаил Павлович Томский застрелился 22 августа 1936 года на даче в Болшеве.")
    assert values(claims, "manner_of_death") == ["suicide"]
    assert values(claims, "date_of_death") == ["1936-08-22"]


def test_killing_names_the_killer(extract) -> None:
    _, claims = extract("Сергей Миронович Киров был убит Леонидом Николаевым 1 декабря 1934 года в Ленинграде.")
    assert values(claims, "manner_of_death") == ["homicide"]
    assert values(claims, "date_of_death") == ["1934-12-01"]
    killers = values(claims, "killed_by")
    assert len(killers) == 1 and "Nikola" in killers[0]


def test_office_with_term_and_deputy(extract) -> None:
    text = ("Всеволод Николаевич Меркулов — нарком государственной безопасности СССР (1943—1946). "
            "В 1938 году он был назначен первым заместителем наркома внутренних дел.")
    _, claims = extract(text)
    offices = {(c.value, c.qualifiers.get("start"), c.qualifiers.get("end")) for c in claims if c.property == "position_held"}
    assert ("People's Commissar for State Security", "1943", "1946") in offices
    assert any(v == "First Deputy People's Commissar for Internal Affairs" for v, _, _ in offices)


def test_office_in_the_genitive_of_someone_else_is_not_held(extract) -> None:
    _, claims = extract("Павел Судоплатов получил приказ от заместителя наркома внутренних дел.")
    assert values(claims, "position_held") == []


def test_rank_award_and_party(extract) -> None:
    text = ("Лаврентий Павлович Берия в 1917 году вступил в РСДРП(б). "
            "Ему было присвоено звание генерального комиссара государственной безопасности в 1941 году. "
            "Берия был награждён орденом Ленина.")
    _, claims = extract(text)
    assert values(claims, "member_of_political_party") == ["Russian Social Democratic Labour Party (Bolsheviks)"]
    assert values(claims, "military_rank") == ["Commissar General of State Security"]
    assert values(claims, "award_received") == ["Order of Lenin"]
    party = next(c for c in claims if c.property == "member_of_political_party")
    assert party.qualifiers == {"start": "1917"}


def test_award_without_the_verb_is_not_claimed(extract) -> None:
    _, claims = extract("Лаврентий Берия говорил об ордене Ленина на заседании.")
    assert values(claims, "award_received") == []


def test_kinship(extract) -> None:
    text = ("Николай Иванович Ежов был женат на Евгении Соломоновне Хаютиной. "
            "Его приёмная дочь Наталья Ежова жила в Магадане.")
    _, claims = extract(text)
    spouses = values(claims, "spouse")
    assert len(spouses) == 1 and "Khayutin" in spouses[0]
    children = values(claims, "child")
    assert len(children) == 1 and "Natalya" in children[0]


def test_event_of_a_relative_is_not_the_subjects(extract) -> None:
    _, claims = extract("Генрих Ягода родился в 1891 году. Отец Ягоды умер в 1921 году.")
    assert values(claims, "date_of_death") == []


def test_hedged_claim_keeps_the_hedge(extract) -> None:
    _, claims = extract("Исаак Бабель родился в 1894 году в Одессе. По другим данным, он родился в 1893 году.")
    hedged = [c for c in claims if c.property == "date_of_birth" and c.span.hedge]
    assert [c.value for c in hedged] == ["1893"]
    assert "По другим данным" in hedged[0].span.hedge


def test_inflected_names_group_into_one_person(extract) -> None:
    text = "Генрих Самойлович Люшков родился в Одессе. В 1938 году Люшкова вызвали в Москву. Люшков бежал в Маньчжурию."
    mentions, _ = extract(text)
    assert {m.text for m in mentions} >= {"Генрих Самойлович Люшков", "Люшков"}
    assert len({m.entity for m in mentions}) == 1


def test_english_passages_are_unchanged(extract) -> None:
    _, claims = extract("Genrikh Lyushkov was born on 12 March 1900 in Odessa.")
    assert {c.extractor for c in claims} == {"extract.prose.v2"}


def test_lone_first_name_falls_back_to_the_subject(extract) -> None:
    text = "Николай Иванович Ежов родился в 1895 году. В 1917 году Николай вступил в РСДРП(б)."
    _, claims = extract(text)
    party = [c for c in claims if c.property == "member_of_political_party"]
    assert [c.subject_name for c in party] == ["Николай Иванович Ежов"]


def test_field_value_is_not_the_subject(extract) -> None:
    text = ("Предшественник: Генрих Григорьевич Ягода. Родился 1 (13) мая 1895 года в Петербурге. "
            "Николай Иванович Ежов — нарком внутренних дел. Ежов был арестован 10 апреля 1939 года.")
    _, claims = extract(text)
    births = [c for c in claims if c.property == "date_of_birth"]
    assert [c.subject_name for c in births] == ["Николай Иванович Ежов"]


def test_foreign_name_in_cyrillic_is_not_transliterated_back(extract) -> None:
    _, claims = extract("Джон Томас Уэйд родился 3 марта 1920 года в Нью-Гластонбери.")
    assert values(claims, "date_of_birth") == ["1920-03-03"]
    assert values(claims, "place_of_birth") == []


def test_foreign_name_in_cyrillic_takes_its_gazetteer_name(extract) -> None:
    _, claims = extract("Джон Томас Уэйд пишет мемуары. Он родился в Нью-Йорке в последний день 1920 года.")
    assert values(claims, "place_of_birth") == ["New York City"]


@pytest.mark.parametrize(("written", "english"), [
    ("Нью-Дели", "New Delhi"), ("Ростов-на-Дону", "Rostov-on-Don"), ("Буэнос-Айрес", "Buenos Aires"),
    ("Порт-Артур", None),  # GeoNames lists it for Lüshun, a later name the source did not write
    ("Нью-Гластонбери", None),
])
def test_foreign_compound_place_names(written: str, english: str | None) -> None:
    from factoid.extract.ru_values import place_value

    assert place_value(written) == english


def test_oblique_surnames_become_nominative_people(extract) -> None:
    text = ("Глеб Иванович Горский родился в 1890 году. В 1918 году убийство Горского потрясло город. "
            "Письмо Зельдману Б.М. писал Горский; он дружил с Б. Липкиным.")
    mentions, _ = extract(text)
    names = [m.text for m in mentions]
    assert names == ["Глеб Иванович Горский", "Горский", "Зельдман Б.М.", "Горский", "Б. Липкин"]
    assert len({m.entity for m in mentions if "Горский" in m.text}) == 1


def test_a_territory_after_an_agency_acronym_is_not_a_person(extract) -> None:
    mentions, _ = extract("Глеб Иванович Горский родился в 1890 году. С 1925 года он служил в ГПУ Аджаристана.")
    assert not any(m.text.startswith("Аджаристан") for m in mentions)


@pytest.mark.parametrize("text", [
    "Глеб Иванович Горский (настоящая фамилия Лейбович) родился в 1890 году.",
    "Глеб Иванович Горский, урождённый Исаак Лейбович, родился в 1890 году.",
    "Глеб Горский, известный под псевдонимом Сергей Волин, родился в 1890 году.",
    "Епископ Лука (в миру Валентин Ясенский) родился в 1877 году.",
    "Тамерлан, также известный как Тимур, родился в 1336 году. Тимур умер в 1405 году.",
])
def test_an_alias_statement_makes_one_person(extract, text: str) -> None:
    mentions, _ = extract(text)
    assert len(mentions) >= 2
    assert len({m.entity for m in mentions}) == 1, [(m.text, m.entity) for m in mentions]


def test_nicknames_and_aliases_listed_in_the_lead_bracket_join_the_subject(extract) -> None:
    text = ("Глеб Иванович Горский (англ. Gleb Gorsky; прозвища Красный Глеб, партийные клички: "
            "Степан, Ткач, Лукьян; 3 мая 1890, Тверь — 1938, Москва) — революционер. "
            "Горский родился в 1890 году.")
    mentions, _ = extract(text)
    gorsky = {m.entity for m in mentions if "Горский" in m.text}
    assert len(gorsky) == 1
    for alias in ("Степан", "Лукьян"):
        assert {m.entity for m in mentions if m.text == alias} <= gorsky, alias


def test_a_name_after_a_cue_and_other_words_is_not_an_alias(extract) -> None:
    text = "Глеб Иванович Горский (псевдоним Ткач, отец которого дружил с Иваном Лавровым) родился в 1890 году."
    mentions, _ = extract(text)
    assert {m.entity for m in mentions if "Лавров" in m.text}.isdisjoint({m.entity for m in mentions if "Горский" in m.text})


_FAMILY = ("Иван Петрович Соколов\n\nИван Петрович Соколов (3 марта 1890, Тверь — 5 мая 1950, Москва) — советский "
           "инженер. Сын Петра Ильича Соколова и Анны Васильевны Соколовой. Был женат на Марии Андреевне "
           "Гусевой; в браке родились дочери Ольга и Наталья. Его братья — Николай и Сергей.")


def test_son_of_a_father_and_a_mother_gives_both_parents_not_a_child_of_the_father(extract):
    claims = extract(_FAMILY)[1]
    assert values(claims, "father") == ["Petr Ilich Sokolov"]
    assert values(claims, "mother") == ["Anna Vasilyevna Sokolova"]
    assert {c.subject_name for c in claims} == {"Иван Петрович Соколов"}


def test_every_name_of_a_list_of_relatives_is_its_own_claim(extract):
    claims = extract(_FAMILY)[1]
    assert values(claims, "child") == ["Natalya", "Olga"]
    assert values(claims, "sibling") == ["Nikolay", "Sergey"]


def test_a_relatives_death_in_a_bracket_after_his_title_is_not_the_subjects(extract) -> None:
    text = ("Ольга Сергеевна Лунина\n\nОльга Сергеевна Лунина была дочерью князя Павла II (ум. 1790). "
            "Ольга Сергеевна Лунина умерла 3 марта 1812 года.")
    _, claims = extract(text)
    hers = [c for c in claims if c.subject_name == "Ольга Сергеевна Лунина"]
    assert values(hers, "date_of_death") == ["1812-03-03"]
    # the prince is a name now (a ruler's name and number): the bracket is his own death
    assert {c.value for c in claims if c.property == "date_of_death" and c.subject_name == "Павел II"} <= {"1790"}


def test_a_dictionary_headword_with_stress_marks_owns_its_life_bracket(extract) -> None:
    text = ("Ольга (княгиня)\n\nО́льга (около 1740 — 5 мая 1801) — русская княгиня.\n\n"
            "Ольга умерла 5 мая 1801 года в Москве.")
    _, claims = extract(text)
    assert values(claims, "date_of_birth") == ["1740~"]
    assert "1801-05-05" in values(claims, "date_of_death")


def test_a_region_in_the_locative_is_no_place_of_death_but_a_known_town_is(extract) -> None:
    _, claims = extract("Иван Петрович Сидоров\n\nИван Петрович Сидоров погиб 31 декабря 1993 года в Кахетии.")
    assert values(claims, "date_of_death") == ["1993-12-31"]
    assert values(claims, "place_of_death") == []
    _, claims = extract("Иван Петрович Сидоров\n\nИван Петрович Сидоров умер в 1951 году в Александрии.")
    assert values(claims, "place_of_death") == ["Alexandria"]


def test_a_child_born_after_the_verb_is_the_childs_birth(extract) -> None:
    text = ("Стоян Миланов родился в 1850 году в Сливене. В 1870 году женился на Марии Колевой; "
            "в 1873 году у них родилась дочь Надежда.")
    _, claims = extract(text)
    assert values(claims, "date_of_birth") == ["1850"]
    assert "Nadezhda" in values(claims, "child")


def test_a_year_abbreviation_is_no_town_and_a_region_abbreviation_no_full_stop(extract) -> None:
    text = ("Пётр Семёнович Орлов родился в 1890 году. Расстрелян 3 марта 1938 г. Место захоронения: "
            "Московская обл., «Коммунарка».")
    _, claims = extract(text)
    assert values(claims, "place_of_death") == ["Kommunarka shooting ground"]


def test_an_illness_past_a_dated_year_is_a_natural_death_and_a_certificate_no_death(extract) -> None:
    text = ("Пётр Семёнович Орлов родился в 1890 году. В свидетельстве о смерти, выданном вдове в 1956 г., "
            "сказано, что Орлов умер 2 мая 1942 г. от воспаления лёгких.")
    _, claims = extract(text)
    assert values(claims, "date_of_death") == ["1942-05-02"]
    assert values(claims, "manner_of_death") == ["natural"]
