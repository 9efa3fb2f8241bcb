"""A list of records (a martyrology, a register of the fallen), each headed by a full name in
list order: a record's nameless lines are its own person's, not the page subject's. The
records are invented for this test."""

from __future__ import annotations

import pytest
from extract_run import extract_text

pytestmark = pytest.mark.slow

RECORDS = ("Список погибших — Том 2\n\n"
           "Сидоров Пётр Николаевич\n\n"
           "Родился 3 марта 1890 г., уроженец г. Тверь, русский, учитель.\n\n"
           "Арестован 5 мая 1937 г. Расстрелян в Москве 20 октября 1937 г.\n\n"
           "Смирнов Олег Ильич\n\n"
           "1901 г. р., уроженец г. Тула, русский, бухгалтер. Арестован 7 июня 1937 г. "
           "Расстрелян в Москве 20 октября 1937 г.")


def _claims() -> set[tuple[str, str, str]]:
    _, found = extract_text(RECORDS, "ru")
    return {(c.subject_name, c.property, c.value) for c in found}


def test_each_record_keeps_its_own_values() -> None:
    found = _claims()
    first, second = "Сидоров Пётр Николаевич", "Смирнов Олег Ильич"
    assert {(first, "date_of_birth", "1890-03-03"), (first, "arrested", "1937-05-05"),
            (first, "date_of_death", "1937-10-20")} <= found
    assert {(second, "date_of_birth", "1901"), (second, "arrested", "1937-06-07")} <= found
    assert (first, "arrested", "1937-06-07") not in found
    assert (first, "date_of_birth", "1901") not in found


def test_a_heading_is_a_full_name_with_a_patronymic() -> None:
    from factoid.extract.russian import _RECORD_HEADING

    assert _RECORD_HEADING.fullmatch("Смирнов Олег Ильич")
    assert _RECORD_HEADING.fullmatch("Кузнецова Анна Петровна")
    assert not _RECORD_HEADING.fullmatch("Ленинградский мартиролог")
    assert not _RECORD_HEADING.fullmatch("Олег Смирнов")
