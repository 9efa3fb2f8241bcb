"""A parent named after an article and a trade noun keeps every word of the name ("als zoon
van de koopman Joost de Vries en Maria Bakker", "Tochter des Kaufmanns Johann Georg Müller"):
the noun the article stood for is the trade already passed, so no first word of the name is
dropped. Sentences about invented people."""

from __future__ import annotations

import pytest
from extract_run import extract_text

pytestmark = pytest.mark.slow


def _parents(text: str, code: str, who: str) -> set[tuple[str, str]]:
    _, found = extract_text(text, code)
    return {(c.property, c.value) for c in found if c.property in {"father", "mother"} and c.subject_name == who}


def test_dutch_father_after_a_trade_keeps_his_whole_name() -> None:
    text = "Pieter Jansen werd in 1620 in Delft geboren als zoon van de koopman Joost de Vries en Maria Bakker."
    assert _parents(text, "nl", "Pieter Jansen") == {("father", "Joost de Vries"), ("mother", "Maria Bakker")}


def test_dutch_lone_parent_is_not_guessed() -> None:
    # "de dochter van een Haarlemse koopman": one word before a trade is no parent's name
    text = "Klaas Visser trouwde in 1657 met Anna Smit, de dochter van een Haarlemse koopman."
    assert _parents(text, "nl", "Klaas Visser") == set()


def test_german_father_of_three_words_after_a_trade() -> None:
    text = ("Anna Maria Schmidt wurde 1700 in Köln als Tochter des Kaufmanns Johann Georg Müller "
            "und der Anna Schmidt geboren.")
    assert _parents(text, "de", "Anna Maria Schmidt") == {("father", "Johann Georg Müller"), ("mother", "Anna Schmidt")}
