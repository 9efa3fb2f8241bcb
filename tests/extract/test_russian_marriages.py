"""Russian "Был женат на X, затем на Y; ... была Z": both wives are the subject's (the second
joined by "затем на"), and a name in the nominative after the semicolon is another clause's,
not the marriage's subject. Sentences about an invented person written for this test."""

from __future__ import annotations

import pytest
from extract_run import extract_text

pytestmark = pytest.mark.slow

PAGE = ("Иван Соколов\n\n"
        "Иван Петрович Соколов родился 3 марта 1890 года в Харькове. Был женат на Вере Орловой, "
        "затем на Ольге Смирновой; в Париже с ним жила художница Мария Лебедева.\n\n"
        "Его сёстры Нина и Зоя жили в Киеве.")


@pytest.fixture(scope="module")
def claims() -> set[tuple[str, str, str]]:
    _, found = extract_text(PAGE, "ru")
    return {(c.subject_name, c.property, c.value) for c in found}


def test_both_marriages_are_the_subject_s(claims) -> None:
    spouses = {v for s, p, v in claims if p == "spouse" and s == "Иван Петрович Соколов"}
    assert {"Vera Orlova", "Olga Smirnova"} <= spouses


def test_the_name_after_the_semicolon_takes_no_spouse(claims) -> None:
    assert not {s for s, p, v in claims if p == "spouse" and s.startswith("Мари")}
