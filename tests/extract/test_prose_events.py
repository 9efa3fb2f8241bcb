"""Arrests and defections in the idioms biographies tell them with, on sentences about
invented people written for these tests (English over the parse, German over the rules)."""

from __future__ import annotations

import pytest
from extract_run import extract_text

pytestmark = pytest.mark.slow


def values(claims, prop, name=None):
    return sorted(c.value for c in claims if c.property == prop and (name is None or c.subject_name == name))


# ---- arrests -----------------------------------------------------------------------------------


def test_captured_soon_after_takes_the_date_just_told():
    _, claims = extract_text(
        "Osip Varlamov led the revolt of the river towns. In March 1702, Colonel Anton Brandt routed "
        "the rebels near the ford. Varlamov was captured soon after by his own followers."
    )
    assert values(claims, "arrested", "Osip Varlamov") == ["1702-03"]
    assert not values(claims, "arrested", "Anton Brandt")


def test_a_later_capture_does_not_take_another_persons_date():
    _, claims = extract_text(
        "Osip Varlamov led the revolt of the river towns. In March 1702, Colonel Anton Brandt routed "
        "the rebels near the ford. Varlamov was captured by his own followers."
    )
    assert not values(claims, "arrested")


def test_taken_prisoner():
    _, claims = extract_text("Marie Aubry rode with the army. She was taken prisoner at Rouen in May 1431.")
    assert values(claims, "arrested", "Marie Aubry") == ["1431-05"]


def test_taken_into_custody():
    _, claims = extract_text("Peter Kolb was a bank clerk. He was taken into custody on 4 June 1952.")
    assert values(claims, "arrested", "Peter Kolb") == ["1952-06-04"]


def test_handed_over_by_his_own_men():
    _, claims = extract_text("Ivan Zarutsky raised the steppe against the crown. In 1614 he was handed over "
                             "to the governor by his own men.")
    assert values(claims, "arrested", "Ivan Zarutsky") == ["1614"]


def test_handing_over_a_thing_arrests_nobody():
    _, claims = extract_text("Ivan Zarutsky was a courier. In 1614 he handed over the letters to the governor.")
    assert not values(claims, "arrested")


# ---- defections ----------------------------------------------------------------------------------


def test_walked_into_the_fbi_offices():
    _, claims = extract_text("Margaret Lowell ran a courier ring for Moscow. In March 1947, she walked into "
                             "the FBI's offices and named every agent she knew.")
    assert values(claims, "defected", "Margaret Lowell") == ["1947-03"]


def test_went_to_the_fbi_headquarters():
    _, claims = extract_text("Margaret Lowell ran a courier ring for Moscow. In June 1947, Lowell went to the "
                             "FBI headquarters in Boston and told her story.")
    assert values(claims, "defected", "Margaret Lowell") == ["1947-06"]


def test_contacted_mi5():
    _, claims = extract_text("Dennis Whitlow was a Soviet agent in London. He contacted MI5 in 1951.")
    assert values(claims, "defected", "Dennis Whitlow") == ["1951"]


def test_walked_into_an_embassy():
    _, claims = extract_text("Pyotr Sedov was a cipher officer. On 2 May 1954 he walked into the American "
                             "embassy in Vienna.")
    assert values(claims, "defected", "Pyotr Sedov") == ["1954-05-02"]


def test_turned_informant():
    _, claims = extract_text("Harold Quist was a courier for the ring. He turned informant in 1949.")
    assert values(claims, "defected", "Harold Quist") == ["1949"]


def test_going_to_a_party_or_working_at_an_embassy_is_no_defection():
    _, claims = extract_text("Pyotr Sedov was a cipher officer. In 1950 he went to a party with an FBI agent. "
                             "In 1951 he worked at the American embassy.")
    assert not values(claims, "defected")


# ---- German ------------------------------------------------------------------------------------------


def _rules(claims):
    return [c for c in claims if ".de." in c.extractor]


def test_german_dictionary_entry_gefangen_without_a_subject():
    text = ("Ilja Wolkow\n\nWolkow, Ilja, Kosak, geb. 1731 am Ural, Räuber, dann Soldat. Eroberte Orenburg an der Spitze "
            "von 9000 Mann, wurde von General Brenner 1776 gefangen und in Kiew hingerichtet.")
    claims = _rules(extract_text(text, "de")[1])
    assert values(claims, "arrested") == ["1776"]
    assert values(claims, "place_of_death") == ["Kyiv"] or values(claims, "place_of_death") == ["Kiev"]
    assert {c.subject_name for c in claims} == {"Ilja Wolkow"}


@pytest.mark.parametrize("verb", ["festgenommen", "ausgeliefert", "arretiert"])
def test_german_arrest_verbs(verb):
    text = f"Konrad Sailer\n\nKonrad Sailer wurde am 3. Mai 1849 in Dresden {verb}."
    claims = _rules(extract_text(text, "de")[1])
    assert values(claims, "arrested") == ["1849-05-03"]


# ---- killers -------------------------------------------------------------------------------------


def test_killers_are_the_subject_next_to_the_verb_not_a_possessive_in_it():
    _, claims = extract_text(
        "Tom Harlan was an outlaw of the plains.\n\n"
        "$5,000 offered by Judge Paxton of Kansas for the arrest of Tom Harlan, dead or alive, two members of "
        "his own gang, Peter and Paul Sutter, turned traitors and shot and killed him in his cabin at Elk Creek, "
        "May 2, 1889."
    )
    assert values(claims, "killed_by", "Tom Harlan") == ["Paul Sutter", "Peter Sutter"]
    assert values(claims, "date_of_death", "Tom Harlan") == ["1889-05-02"]
    assert not values(claims, "date_of_death", "Paul Sutter")


def test_only_a_given_name_right_before_and_shares_the_surname():
    from factoid.extract.prose import _shared_surname

    assert _shared_surname(["Robert", "Charles Ford"], "Robert and Charles Ford shot him") == ["Robert Ford", "Charles Ford"]
    assert _shared_surname(["Stalin", "Nikolai Yezhov"], "Stalin and Nikolai Yezhov") == ["Stalin", "Nikolai Yezhov"]
    assert _shared_surname(["Robert", "Charles Ford"], "Robert, with Charles Ford") == ["Robert", "Charles Ford"]


# ---- marriages -----------------------------------------------------------------------------------


def test_marriage_to_a_name_the_tagger_does_not_know():
    _, claims = extract_text("Ivan Orkhonov was a chieftain of the steppe. His marriage to Tsagaan was arranged "
                             "when he was nine.")
    assert values(claims, "spouse", "Ivan Orkhonov") == ["Tsagaan"]


def test_marriage_to_a_title_is_no_spouse():
    _, claims = extract_text("Ivan Orkhonov was a chieftain of the steppe. His marriage to the Princess "
                             "was arranged when he was nine.")
    assert not values(claims, "spouse")


# ---- kin told from the relative's side -------------------------------------------------------------


def test_who_was_her_half_brother():
    _, claims = extract_text("Anton Kessler was a chemist. Paul Kessler, who was Anton Kessler's younger "
                             "half-brother, died in 1920.")
    assert values(claims, "sibling", "Anton Kessler") == ["Paul Kessler"]


def test_a_was_bs_father():
    _, claims = extract_text("Anton Kessler was a chemist. Paul Kessler was Anton Kessler's father.")
    assert values(claims, "father", "Anton Kessler") == ["Paul Kessler"]
    assert not values(claims, "father", "Paul Kessler")


def test_a_date_of_a_coordinated_arrest_is_not_the_execution_date(extract):
    """"arrested in 523, kept prisoner ..., and then executed": 523 dates the arrest only;
    a date before both verbs ("In 1650 Holm was captured and executed") dates both."""
    _, _, claims = extract("Tomas Karvel was a senator. He was arrested in 523, kept prisoner for months, and then executed.")
    got = {(c.property, c.value) for c in claims}
    assert ("arrested", "0523") in got and ("manner_of_death", "execution") in got
    assert not [c for c in claims if c.property == "date_of_death"]
    _, _, claims = extract("Peter Holm was a rebel. In 1650 Holm was captured and executed.")
    assert [c.value for c in claims if c.property == "date_of_death"] == ["1650"]
