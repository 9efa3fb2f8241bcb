"""Killers named through the group that did it ("clubbed to death by guards led by A", "shot by a
squad commanded by A and B"); through "carried out" after a sentence, an order or an execution
("the sentence was carried out by A"), when a killing is told there; "put to death" as an
execution; and never a date of a relative clause on someone else named beside the victim
("shot together with B, who was governor from 1920 to 1925")."""

from __future__ import annotations

import pytest

from tests.extract.conftest import values

pytestmark = pytest.mark.slow


def test_the_leader_of_the_group_that_killed(extract):
    _, _, claims = extract("Livia Marsa was born in 20 in Ostia. In 61 she was seized and clubbed to death "
                           "by guards led by Cassius Brevo.")
    assert values(claims, "killed_by", "Livia Marsa") == ["Cassius Brevo"]


def test_a_single_name_leading_the_group(extract):
    _, _, claims = extract("Livia Marsa was born in 20 in Ostia. In 61 she was strangled by slaves led by "
                           "Narcissus, a freedman of the palace.")
    assert values(claims, "killed_by", "Livia Marsa") == ["Narcissus"]


def test_the_commanders_of_a_squad(extract):
    _, _, claims = extract("Tomas Vargo was born in 1910 in Lima. In 1950 he was shot by a squad commanded "
                           "by Ramon Ortu and Felix Gamba.")
    assert values(claims, "killed_by", "Tomas Vargo") == ["Felix Gamba", "Ramon Ortu"]


def test_the_sentence_carried_out_by(extract):
    _, _, claims = extract("Mara Lenz was born in 1915 in Riga. In 1945 she was sentenced to death; the "
                           "sentence was carried out by Otto Kral on 2 March 1945.")
    assert values(claims, "killed_by", "Mara Lenz") == ["Otto Kral"]


def test_the_execution_carried_out_in_the_next_sentence(extract):
    _, _, claims = extract("Tomas Vargo was born in 1910 in Lima. He was hanged in 1950. The execution was "
                           "carried out by Pedro Lunn.")
    assert values(claims, "killed_by", "Tomas Vargo") == ["Pedro Lunn"]


def test_an_order_to_arrest_carried_out_names_no_killer(extract):
    _, _, claims = extract("Tomas Vargo was born in 1910 in Lima. In 1950 the governor ordered his arrest. "
                           "The order was carried out by Pedro Lunn.")
    assert values(claims, "killed_by", "Tomas Vargo") == []


def test_put_to_death_is_an_execution_with_its_date_and_place(extract):
    _, _, claims = extract("Mara Lenz was born in 1915 in Riga. She was put to death at Stutthof camp on "
                           "2 March 1945.")
    assert values(claims, "manner_of_death", "Mara Lenz") == ["execution"]
    assert values(claims, "date_of_death", "Mara Lenz") == ["1945-03-02"]
    assert values(claims, "place_of_death", "Mara Lenz") == ["Stutthof"]


def test_a_relative_clause_on_a_codefendant_does_not_date_the_death(extract):
    _, _, claims = extract("Ivan Petrov was born in 1890 in Tver. It was reported that Ivan Petrov had been "
                           "put to death together with Boris Lomov, who was governor from 1920 to 1925.")
    assert values(claims, "date_of_death", "Ivan Petrov") == []
