"""`ask` in Russian: question words and inflected names, answered with the Russian quotes
of a page written for this test about an invented officer."""

from __future__ import annotations

import pytest

from factoid import api
from factoid.ask import _properties, _uninflected

pytestmark = pytest.mark.slow

PAGE = (
    "Сидоров Иван Петрович\n\n"
    "Иван Петрович Сидоров родился 5 марта 1890 года в Одессе. "
    "В 1937 году Сидоров был арестован. Сидоров умер 2 мая 1950 года в Москве.\n"
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    root = tmp_path_factory.mktemp("ask-ru")
    (root / "docs").mkdir()
    (root / "docs" / "sidorov.txt").write_text(PAGE, encoding="utf-8")
    kb = api.open_kb(str(root / "kb.db"))
    api.ingest(kb, [str(root / "docs")])
    api.build(kb)
    return kb


def test_russian_question_words_choose_the_properties():
    assert _properties("Когда умер Сидоров?")[0] == "date_of_death"
    assert _properties("Где родился Сидоров?")[0] == "date_of_birth"
    assert _properties("Когда арестовали Сидорова?") == ("arrested",)
    assert _properties("Кто была женой Сидорова?") == ("spouse",)


def test_an_inflected_surname_is_tried_in_the_nominative():
    assert "Сидоров" in _uninflected("Сидорова", ("ого", "а", "у"))
    assert _uninflected("Sidorova", ("а",)) == []


def test_when_did_he_die_in_russian_is_answered_with_russian_quotes(kb):
    answer = api.ask(kb, "Когда умер Сидоров?")
    assert "date_of_death" in answer.properties
    assert "1950-05-02" in answer.text
    assert any("умер 2 мая 1950 года" in c["quote"] for c in answer.citations)


def test_where_was_he_born_with_an_inflected_name(kb):
    answer = api.ask(kb, "Где родился Сидорова?")  # a wrong case form still finds him
    assert "Odessa" in answer.text
