"""A life's bracket: a province named after the village, and a death "at the same place"."""

from factoid.extract import prose_rules as pr


def test_a_province_after_the_village_is_not_the_birth_place() -> None:
    life = pr.dated_life("2 may 1884, Qaraqoyunlu, Bakı quberniyası – 6 mart 1939, Moskva", pr.rules("az"))
    assert life is not None
    assert (life.born, life.died) == ("1884-05-02", "1939-03-06")
    assert life.birth_place is None  # the village is unknown to the gazetteer; the province is no answer
    assert life.death_place == ("Moscow", "Moskva")


def test_a_known_village_before_the_province_is_the_birth_place() -> None:
    life = pr.dated_life("2 may 1884, Xırdalan, Bakı quberniyası – 6 mart 1939, Moskva", pr.rules("az"))
    assert life is not None and life.birth_place == ("Khirdalan", "Xırdalan")


def test_a_province_after_the_town_leaves_the_town_the_place() -> None:
    life = pr.dated_life("7 iyul 1879, Şamaxı, Şamaxı qəzası – 1 may 1931, Gəncə", pr.rules("az"))
    assert life is not None and life.birth_place == ("Shamakhi", "Şamaxı")


def test_the_same_place_word_repeats_the_birth_place() -> None:
    for code, text, word in [("da", "født 4. juni 1790 i Ribe, død 1. maj 1850 smst.", "smst."),
                             ("de", "* 4. Juni 1790 in Trier; † 1. Mai 1850 ebenda", "ebenda"),
                             ("pl", "ur. 4 czerwca 1790 w Lublinie, zm. 1 maja 1850 tamże", "tamże")]:
        life = pr.dated_life(text, pr.rules(code))
        assert life is not None and life.birth_place is not None, code
        assert life.death_place == (life.birth_place[0], word), code


def test_no_birth_place_gives_no_death_place() -> None:
    life = pr.dated_life("født 4. juni 1790, død 1. maj 1850 smst.", pr.rules("da"))
    assert life is not None and life.death_place is None


def test_two_names_of_one_family_joined_by_and_are_two() -> None:
    assert pr.name_at("Luis Pardo y Jaime Pardo.", 0, pr.rules("es")).text == "Luis Pardo"
    assert pr.name_at("Pedro Brito e Tiago Brito", 0, pr.rules("pt")).text == "Pedro Brito"


def test_a_compound_surname_stays_whole() -> None:
    assert pr.name_at("José Ortega y Gasset fue", 0, pr.rules("es")).text == "José Ortega y Gasset"
    assert pr.name_at("Maria da Silva e Sousa foi", 0, pr.rules("pt")).text == "Maria da Silva e Sousa"
    assert pr.name_at("Luis Pardo y Jaime Ruiz", 0, pr.rules("es")).text == "Luis Pardo y Jaime Ruiz"
