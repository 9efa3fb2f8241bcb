"""Death dates that no subject-bearing clause states: quick-facts items ("Born D; died D")."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def values(claims, prop, name=None):
    return [c.value for c in claims if c.property == prop and (name is None or c.subject_name == name)]


def test_quick_facts_item_died_after_born_item(extract):
    _, _, claims = extract("Mary Ellen Carter was a painter. Born 3 May 1841; died 9 June 1902 at age 61.")
    assert values(claims, "date_of_birth", "Mary Ellen Carter") == ["1841-05-03"]
    assert values(claims, "date_of_death", "Mary Ellen Carter") == ["1902-06-09"]


def test_quick_facts_item_with_place_before_the_date(extract):
    _, _, claims = extract("Mary Ellen Carter, painter. Born in Leeds on 3 May 1841; died in York on 9 June 1902.")
    assert values(claims, "date_of_death", "Mary Ellen Carter") == ["1902-06-09"]


def test_quick_facts_item_of_a_named_relative_is_the_relatives(extract):
    _, _, claims = extract("Mary Ellen Carter was a painter. Her teacher was Thomas Rowe Whitby; "
                           "born 3 May 1801; died 9 June 1872.")
    assert "1872-06-09" not in values(claims, "date_of_death", "Mary Ellen Carter")


def test_quick_facts_item_after_a_kin_word_is_nobodys(extract):
    _, _, claims = extract("Mary Ellen Carter was a painter. Her husband, born 3 May 1841; died 9 June 1902.")
    assert values(claims, "date_of_death", "Mary Ellen Carter") == []


def test_died_without_a_birth_item_keeps_its_own_subject_rule(extract):
    # no birth item on the line: a bare "; died D" is not taken as the page subject's
    _, _, claims = extract("Mary Ellen Carter was a painter. The school closed in 1890; died 9 June 1902.")
    assert values(claims, "date_of_death", "Mary Ellen Carter") == []


def test_killed_near_a_small_town_the_tagger_does_not_know(extract):
    _, _, claims = extract("Helen Novak was a Czech reporter. Novak was killed near Vrbovec on 3 May 1945, "
                           "crushed by a truck during the retreat.")
    got = {(c.property, c.value) for c in claims if c.subject_name == "Helen Novak"}
    assert ("place_of_death", "Vrbovec") in got
    assert ("manner_of_death", "accident") in got and ("manner_of_death", "homicide") not in got


def test_killed_near_a_person_or_the_thing_is_no_place(extract):
    _, _, claims = extract("Helen Novak was a Czech reporter. Novak was killed near the Grand Hotel on 3 May "
                           "1945 by a sniper.")
    got = {(c.property, c.value) for c in claims if c.subject_name == "Helen Novak"}
    assert not any(p == "place_of_death" and "Hotel" in v for p, v in got)
    assert ("manner_of_death", "homicide") in got


def test_died_in_a_harbour_aboard_a_named_ship(extract):
    _, _, claims = extract("Pieter Jansen was a Dutch admiral. He died of the wounds a week later in the harbour "
                           "of Messina, aboard his flagship Zeehond.")
    places = {c.value for c in claims if c.property == "place_of_death" and c.subject_name == "Pieter Jansen"}
    assert places == {"Messina", "Zeehond"}


def test_aboard_a_person_is_no_place(extract):
    _, _, claims = extract("Pieter Jansen was a Dutch admiral. He died in 1690 aboard with Willem Backer.")
    assert not [c for c in claims if c.property == "place_of_death" and "Backer" in c.value]


def test_died_at_a_town_the_tagger_left_unlabelled(extract):
    _, _, claims = extract("Janos Kovacs was a poet. Janos Kovacs was born in 1823 and died at Szeged in 1849.")
    assert [c.value for c in claims if c.property == "place_of_death"] == ["Szeged"]


@pytest.mark.parametrize("sentence", [
    "He died at Sandovka in Karelia on 3 November 1937.",
    "On 3 November 1937 he was shot at Sandovka in Karelia, with the other prisoners.",
])
def test_an_unknown_place_in_a_known_region_is_the_place(extract, sentence):
    """The tagger knows the region and not the camp or village inside it: the village the
    verb's "at" names is the place, the region only contains it."""
    _, _, claims = extract("Ivan Petrenko (1887–1937) was a Ukrainian actor.\n\n" + sentence)
    assert [c.value for c in claims if c.property == "place_of_death"] == ["Sandovka"]


def test_a_killer_the_tagger_calls_an_organisation_is_still_named(extract):
    """The tagger takes some Scandinavian names for organisations; after a killing's "by"
    a two-word title-case name is still the killer."""
    _, _, claims = extract("Olle Berg (1927–1986) was a Swedish politician.\n\n"
                           "Prosecutors said that Olle Berg was shot by Nils Dahl, a graphic designer.")
    assert [c.value for c in claims if c.property == "killed_by"] == ["Nils Dahl"]


@pytest.mark.parametrize("sentence", [
    "Olle Berg was shot by Scotland Yard officers in 1986.",
    "Olle Berg was killed by Red Guards in 1918.",
    pytest.param("Olle Berg was killed by the Gestapo in 1944.", marks=pytest.mark.xfail(
        strict=True, reason="a one-word body the tagger takes for a person is a killer (before this rule too)")),
])
def test_a_body_after_by_is_no_killer(extract, sentence):
    _, _, claims = extract("Olle Berg (1907–1986) was a Swedish politician.\n\n" + sentence)
    assert [c.value for c in claims if c.property == "killed_by"] == []
