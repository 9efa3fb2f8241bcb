"""Whose office a title names: a description in brackets after another man's name, and a
"leader" of outlaws, are no office of the clause's subject."""

from __future__ import annotations


def values(claims, prop, subject=None):
    return [c.value for c in claims if c.property == prop and (subject is None or c.subject_name == subject)]


def test_title_in_brackets_after_an_unmarked_name_is_not_the_subjects(extract):
    _, _, claims = extract("Timur Lenk was a conqueror. Then he was caught by surprise when Toktamish "
                           "(a former protege and leader of the Golden Horde in southern Russia) made war against him.")
    assert values(claims, "position_held") == []


def test_title_in_brackets_after_a_known_name_is_that_persons(extract):
    _, _, claims = extract("Pavel Orlov was a Cossack. He was surprised when Ivan Petrov "
                           "(once his ally and later leader of the Yaik Cossacks) was arrested in 1772.")
    assert values(claims, "position_held", "Pavel Orlov") == []
    assert values(claims, "position_held", "Ivan Petrov") == ["leader of the Yaik Cossacks"]


def test_title_in_brackets_after_the_subjects_own_name_is_his(extract):
    _, _, claims = extract("Ivan Bolotov (he was the leader of the Don Cossacks from 1670) was arrested in 1671.")
    assert values(claims, "position_held", "Ivan Bolotov") == ["leader of the Don Cossacks"]


def test_leader_of_robbers_is_no_office(extract):
    _, _, claims = extract("Ivan Bolotov vanished in 1660 and then reappeared as the leader of a robber "
                           "community established at Kamenka, and later as the leader of the Kamenka bandits.")
    assert values(claims, "position_held") == []
