"""Chinese: the language told by its script, names and places read by character-keyed
frames (``extract/prose_han`` with ``lang/zh/``), labels with a full-width colon. Texts are
short invented biographies written for these tests. Tests that need the Chinese date forms
("1887年10月31日") of the date registry are in ``test_zh_dates.py``."""

from __future__ import annotations

import pytest

from factoid.extract import prose_han
from factoid.extract.infobox import labels
from factoid.ingest.language import guess_language

pytestmark = pytest.mark.slow


def test_chinese_is_told_by_its_script():
    assert guess_language("王明义是一位商人，生於上海，在臺北市逝世。") == "zh"
    assert guess_language("Wang Mingyi was a merchant who was born in Shanghai and died in Taipei.") == "en"


def test_birth_and_death_places_in_simplified_and_traditional(extract_zh):
    got = extract_zh("王明义生於上海。1950年，王明义在臺北市逝世。")
    assert ("王明义", "place_of_birth", "Shanghai") in got
    assert ("王明义", "place_of_death", "Taipei") in got


def test_a_relatives_death_is_not_the_subjects(extract_zh):
    got = extract_zh("王明义生於上海。他八岁时父亲病逝于宁波。")
    assert not any(p in {"place_of_death", "manner_of_death"} for _, p, _ in got)


def test_death_of_illness_in_a_country_the_table_names(extract_zh):
    got = extract_zh("李文华(Li Wenhua)，江苏人。\n\n李文华，生于南京。晚年病逝台湾。")
    assert {("Li Wenhua", "place_of_birth", "Nanjing"), ("Li Wenhua", "place_of_death", "Taiwan"),
            ("Li Wenhua", "manner_of_death", "natural")} <= got


def test_a_latin_alias_in_brackets_names_the_same_person(extract_zh):
    got = extract_zh("李文华(Li Wenhua)，江苏人。李文华生於杭州。")
    assert ("Li Wenhua", "place_of_birth", "Hangzhou") in got


@pytest.mark.parametrize(("written", "english"), [
    ("寧波府奉化縣某鎮", "Fenghua"), ("臺北市士林區", "Taipei"), ("台湾", "Taiwan"), ("上海", "Shanghai"),
    ("浙江省某县某镇", None), ("某村", None),
])
def test_the_most_specific_known_unit_gives_the_place(written, english):
    assert prose_han.place_value(written, "zh") == english


def test_labels_with_a_full_width_colon(extract_zh):
    assert labels.kind_of("配偶") == ("spouse", None)
    got = extract_zh("王明义\n\n出生：上海\n配偶：李秀英\n\n王明义是一位商人。")
    assert ("王明义", "spouse", "李秀英") in got
    assert any(p == "place_of_birth" for _, p, _ in got)
