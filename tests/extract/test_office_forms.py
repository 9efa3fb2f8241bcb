"""Offices in English prose: where a title's name ends, a gloss that is no second office, and a
seat in a ruling body."""

from __future__ import annotations


def values(claims, prop):
    return [c.value for c in claims if c.property == prop]


def test_office_ends_before_and_the_next_description(extract):
    _, _, claims = extract("Ivan Bolotov (1700-1760) was an ataman of the Terek Cossacks and the leader "
                           "of the Bolotov revolt, a rising in the south.")
    assert values(claims, "position_held") == ["ataman of the Terek Cossacks"]


def test_office_name_with_and_between_capitals_is_kept_whole(extract):
    _, _, claims = extract("In 1950 Pedro Alvarez was appointed Minister of Trade and Industry of Chile.")
    assert values(claims, "position_held") == ["Minister of Trade and Industry of Chile"]


def test_title_glossing_a_term_just_held_is_no_second_office(extract):
    _, _, claims = extract("Peter Hansen (1470-1530) was a Danish official. In 1510 he became rigsdrost, "
                           "the head of the Royal Council at Copenhagen.")
    assert values(claims, "position_held") == []


def test_title_after_a_held_title_is_still_read(extract):
    _, _, claims = extract("Pavel Orlov (1870-1930) was a Russian official. In 1920 he became Governor of "
                           "Tula, the chief of the Tula Police.")
    assert values(claims, "position_held") == ["Governor of Tula", "chief of the Tula Police"]


def test_seat_in_a_central_committee_is_a_position(extract):
    _, _, claims = extract("Anna Weber (1911-1988) moved to Leipzig in 1959, where she "
                           "became a member of the SED central committee.")
    assert values(claims, "position_held") == ["Member of the SED central committee"]


def test_membership_of_a_party_is_no_position(extract):
    _, _, claims = extract("Anna Weber (1911-1988) became a member of the Communist Party of Germany in 1931.")
    assert values(claims, "position_held") == []
