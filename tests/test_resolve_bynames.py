"""A person known by one name and a byname ("Bernward von Lorsch") is the one-word name
("Bernward") of another page."""

from __future__ import annotations

from tests.test_resolve import person_of


def test_the_one_name_of_a_byname_joins_the_page_calling_the_person_by_it():
    # an invented abbot: a German page writes the byname, a record and a note only the name,
    # and neither name is what its document mentions most
    _, who = person_of([
        ("de@0", "Wolfram von Lenzburg", 5), ("de@1", "Gerold Falk", 1),
        ("rec@0", "Registrum", 2), ("rec@1", "Wolfram", 2),
        ("note@0", "Wolfram", 3),
    ])
    assert who["de@0"] == who["rec@1"] == who["note@0"]
    assert who["rec@0"] != who["de@0"]


def test_a_common_given_name_before_a_byname_joins_nobody_by_it():
    _, who = person_of([("de@0", "Heinrich von Lenzburg", 5), ("rec@0", "Registrum", 2), ("rec@1", "Heinrich", 2)])
    assert who["de@0"] != who["rec@1"]


def test_the_one_name_before_a_surname_stays_a_given_name():
    _, who = person_of([("de@0", "Wolfram Lenzburg", 5), ("rec@0", "Registrum", 2), ("rec@1", "Wolfram", 2)])
    assert who["de@0"] != who["rec@1"]
