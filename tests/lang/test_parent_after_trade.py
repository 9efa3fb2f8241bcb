"""A parent named after an article and a trade noun keeps every word of the name ("als zoon
van de koopman Joost de Vries", "Tochter des Kaufmanns Johann Georg Müller"): the noun the
article stood for is the trade already passed, so no first word of the name is dropped; and
a Dutch "zoon van X" with one name names the father (``[kin] lone_parent``). Sentences about
invented people."""

from __future__ import annotations

import pytest
from extract_run import extract_text

pytestmark = pytest.mark.slow


def _parents(text: str, code: str, who: str) -> set[tuple[str, str]]:
    _, found = extract_text(text, code)
    return {(c.property, c.value) for c in found if c.property in {"father", "mother"} and c.subject_name == who}


def test_dutch_lone_father_after_a_trade_keeps_his_whole_name() -> None:
    text = "Pieter Jansen werd in 1620 in Delft geboren als zoon van de koopman Joost de Vries."
    assert _parents(text, "nl", "Pieter Jansen") == {("father", "Joost de Vries")}


def test_dutch_lone_father_without_a_trade() -> None:
    text = "Klaas Visser werd in 1630 in Leiden geboren als zoon van Cornelis Visser."
    assert _parents(text, "nl", "Klaas Visser") == {("father", "Cornelis Visser")}


def test_german_father_of_three_words_after_a_trade() -> None:
    text = ("Anna Maria Schmidt wurde 1700 in Köln als Tochter des Kaufmanns Johann Georg Müller "
            "und der Anna Schmidt geboren.")
    assert _parents(text, "de", "Anna Maria Schmidt") == {("father", "Johann Georg Müller"), ("mother", "Anna Schmidt")}
