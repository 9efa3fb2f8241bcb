"""Bulgarian: told from Russian by its letters and function words (``ingest/language.py``,
``lang/bg/stopwords.toml``) and read by the rule reader (``lang/bg/frames.jsonl`` and
``lexicon.toml``), on sentences about invented people written for these tests."""

from __future__ import annotations

import pytest
from extract_run import extract_text

from factoid.extract.prose_rules import LANGUAGES
from factoid.ingest.language import guess_language


@pytest.mark.parametrize("text", [
    "Петър Стоянов е български художник. През 1920 г. той се мести в София, където живее до края на живота си.",
    "Той е роден във Варна в семейството на търговец, който търгува с Турция и Гърция.",
    "Иван Маринов е роден на 3 март 1880 г. в Пловдив. Умира на 12 февруари 1937 г. в София.",
])
def test_bulgarian_is_told_from_russian(text):
    assert guess_language(text) == "bg"


@pytest.mark.parametrize("text", [
    "Пётр Стоянов был художником. В 1920 году он переехал в Софию, где жил до конца жизни.",
    "Он родился в Одессе в семье купца, который торговал с Турцией и Грецией.",
    "Объявление о съезде появилось в газете, и след его остался в истории.",
])
def test_russian_stays_russian(text):
    assert guess_language(text) == "ru"


def test_a_short_line_without_telling_letters_or_words_is_russian_by_default():
    assert guess_language("Роден: 11 март 1336 Кеш") == "ru"


@pytest.mark.slow
def test_bulgarian_birth_and_death_with_date_and_place():
    assert "bg" in LANGUAGES
    _, claims = extract_text("Иван Маринов е роден на 3 март 1880 г. в Пловдив, в семейството на учител. "
                             "Умира на 12 февруари 1937 г. в София.", "bg")
    got = {(c.subject_name, c.property, c.value) for c in claims if ".bg." in c.extractor}
    assert {("Иван Маринов", "date_of_birth", "1880-03-03"), ("Иван Маринов", "place_of_birth", "Plovdiv"),
            ("Иван Маринов", "date_of_death", "1937-02-12"), ("Иван Маринов", "place_of_death", "Sofia")} <= got


@pytest.mark.slow
def test_bulgarian_execution_and_a_relative():
    _, claims = extract_text("Никола Петков е роден през 1893 г. в Русе. Баща му е Димитър Петков. "
                             "Арестуван е през 1947 г. и е обесен на 23 септември 1947 г. в София.", "bg")
    got = {(c.property, c.value) for c in claims if ".bg." in c.extractor}
    assert {("date_of_birth", "1893"), ("arrested", "1947"), ("date_of_death", "1947-09-23"),
            ("manner_of_death", "execution")} <= got


@pytest.mark.slow
def test_a_relative_clause_after_a_place_gives_the_place_no_event():
    _, claims = extract_text("Иван Маринов е роден през 1880 г. в Пловдив. През 1936 г. заминава на поход в Италия, "
                             "по времето на който умира на 12 февруари 1937 г.", "bg")
    got = {(c.subject_name, c.property, c.value) for c in claims if ".bg." in c.extractor}
    assert ("Иван Маринов", "date_of_death", "1937-02-12") in got
    assert not any(p == "place_of_death" for _, p, _ in got)
