"""Offices and killers a Slavic sentence declines, put back to the nominative by the language's
``[inflection] office`` and ``agent`` lists (factoid.extract.prose_rules)."""

from __future__ import annotations

import pytest

from factoid.extract.prose_rules import agent_nominative, declined_office


@pytest.mark.parametrize(("office", "title", "code", "value"), [
    ("wojewodą poznańskim", len("wojewodą poznańskim"), "pl", "wojewoda poznański"),
    ("ministrem spraw wojskowych", len("ministrem"), "pl", "minister spraw wojskowych"),
    ("prezydenta Krakowa", len("prezydenta"), "pl", "prezydent Krakowa"),
    ("ministrem financí", len("ministrem"), "cs", "ministr financí"),
    ("starostou Brna", len("starostou"), "cs", "starosta Brna"),
    ("velvyslancem", len("velvyslancem"), "cs", "velvyslanec"),
    ("міністром юстиції", len("міністром"), "uk", "міністр юстиції"),
    ("головою", len("головою"), "uk", "голова"),
    ("gradonačelnika Zagreba", len("gradonačelnika"), "hr", "gradonačelnik Zagreba"),
    ("Turun pormestarina", len("Turun pormestarina"), "fi", "Turun pormestari"),
])
def test_a_declined_title_is_put_back_and_its_genitive_kept(office: str, title: int, code: str, value: str) -> None:
    assert declined_office(office, title, code) == value


def test_a_language_without_an_office_list_keeps_the_office_as_written() -> None:
    assert declined_office("Präsident der Akademie", len("Präsident"), "de") == "Präsident der Akademie"


@pytest.mark.parametrize(("name", "code", "value"), [
    ("Michała Rutkowskiego", "pl", "Michał Rutkowski"),
    ("Marię Dziedzic", "pl", "Maria Dziedzic"),
    ("Emilem Krejčím", "cs", "Emil Krejčí"),
    ("Janem Vojtíškem", "cs", "Jan Vojtíšek"),
    ("Остапом Дячуком", "uk", "Остап Дячук"),
    ("Ivana Horvata", "hr", "Ivan Horvat"),
])
def test_a_killer_in_the_case_the_agent_words_govern(name: str, code: str, value: str) -> None:
    assert agent_nominative(name, code) == value


def test_a_relatives_office_and_a_killing_of_someone_else_are_not_the_subjects() -> None:
    from extract_run import extract_text

    _, claims = extract_text("Jerzy Kaleta był adwokatem. Jego ojciec Stefan Kaleta był burmistrzem Tarnowa.", "pl")
    assert not [c for c in claims if c.property == "position_held" and c.subject_name == "Jerzy Kaleta"]
    _, claims = extract_text("Jiří Holub byl důstojník. V roce 1866 byl zastřelen v bitvě u Hradce Králové.", "cs")
    assert not [c for c in claims if c.property == "killed_by"]
