"""Russian words natasha tags as people that are not names (``lang/ru/not_names.toml``)."""

from __future__ import annotations

import pytest

from factoid import nlp_ru
from factoid.extract.russian import find_names
from factoid.model import Passage, PassageRole

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "word",
    ["Чекист", "Чекиста", "Нарком", "Наркома", "Наркому", "Комиссар", "Астроном",
     "Переплетчик", "Демобилизовался", "Шаблон", "Фотоколонка"],
)
def test_titles_common_nouns_and_verbs_are_not_names(word: str) -> None:
    assert nlp_ru.is_person_noun(word)


@pytest.mark.parametrize(
    "word",
    # surnames and given names, including ones that are also common words
    ["Ягода", "Ежов", "Смирнов", "Берия", "Троцкий", "Маркс", "Петрович", "Берта", "Абрикосова",
     "Цинамдзгвришвили"],
)
def test_names_stay_names(word: str) -> None:
    assert not nlp_ru.is_person_noun(word)


def _names(text: str) -> list[str]:
    passage = Passage("ru.txt", 0, 0, len(text), text, PassageRole.MAIN)
    return [s.text for s in find_names([passage])]


def test_find_names_drops_titles_and_trims_them_off_names() -> None:
    text = ("Чекист вошёл в комнату. Нарком Ежов подписал приказ. Демобилизовался он в 1921 году. "
            "Товарищ Сталин принял Наркома.")
    names = _names(text)
    assert "Ежов" in names and "Сталин" in names
    assert not {"Чекист", "Нарком Ежов", "Демобилизовался", "Нарком"} & set(names)


def test_initials_alone_are_not_a_name() -> None:
    from factoid.extract.russian import _name_ok

    assert not _name_ok("И.а.")
    assert _name_ok("Ли") is not None  # a two-letter surname is still judged by the dictionary
