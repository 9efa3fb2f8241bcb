"""Russian names: case undone, patronymics and gender read."""

from __future__ import annotations

from factoid.names.russian import is_patronymic, nominative, read_name


def test_natasha_normal_form_wins() -> None:
    assert nominative("Ежова", "Ежов") == "Ежов"


def test_surname_before_initials_loses_its_case_ending() -> None:
    assert nominative("Кирову С.М.") == "Киров С.М."
    assert nominative("Дзержинскому Ф. Э.") == "Дзержинский Ф. Э."


def test_feminine_surname_is_kept() -> None:
    assert nominative("Нина Теймуразовна Гегечкори") == "Нина Теймуразовна Гегечкори"
    assert nominative("Смирновой", "Смирнова") == "Смирнова"


def test_stress_marks_are_dropped() -> None:
    assert nominative("Ге́нрих Яго́да") == "Генрих Ягода"


def test_read_name_in_either_order() -> None:
    assert read_name("Николай Иванович Ежов") == read_name("Ежов, Николай Иванович")
    name = read_name("Ежов Николай Иванович")
    assert (name.given, name.patronymic, name.surname, name.female) == ("Николай", "Иванович", "Ежов", False)


def test_female_from_patronymic_or_surname() -> None:
    assert read_name("Евгения Соломоновна Хаютина").female is True
    assert read_name("Хаютина").female is True


def test_patronymic() -> None:
    assert is_patronymic("Лаврентьевич") and is_patronymic("Ильинична")
    assert not is_patronymic("Ежов")


def test_a_normal_form_that_only_writes_yo_as_e_keeps_the_written_name():
    # "Ботё" respelled "Боте" is a noun's case form; the written name is the name
    assert nominative("Ботё Петкова", "Боте Петкова") == "Ботё Петкова"
    assert nominative("Ивана Петрова", "Иван Петров") == "Иван Петров"
