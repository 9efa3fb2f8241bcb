"""Russian "Дочь брахмана X и Y": the subject's own description with the parent's trade in the
genitive before the names, so both names are the parents (the second the mother after a
father), while "Дочь: X" with a colon lists a child. Sentences about an invented person
written for this test."""

from __future__ import annotations

import pytest
from extract_run import extract_text

pytestmark = pytest.mark.slow

PAGE = ("Ольга Дандарова\n\n"
        "Ольга Дандарова (3 мая 1880, Чита — 5 июня 1931, Москва) — бурятская писательница.\n\n"
        "Дочь ламы Бадмы Дандарова и Цырмы Ойдоповой. Её сын Очир родился в 1910 году.\n\n"
        "Дочь: Дандарова Сэсэг (1912—1990).")


@pytest.fixture(scope="module")
def kin() -> set[tuple[str, str]]:
    _, claims = extract_text(PAGE, "ru")
    return {(c.property, c.value) for c in claims if c.subject_name == "Ольга Дандарова"
            and c.property in {"father", "mother", "child"}}


def test_both_names_after_a_trade_in_the_genitive_are_parents(kin) -> None:
    assert {("father", "Badm Dandarov"), ("mother", "Tsyrma Oydopova")} <= kin
    assert not {v for p, v in kin if p == "child" and v.startswith(("Badm", "Tsyrma"))}


def test_a_child_after_a_colon_stays_a_child(kin) -> None:
    assert ("child", "Dandarova Seseg") in kin
