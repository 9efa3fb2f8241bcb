"""Killers named in the passive after a plural noun of office ("fatally beaten by the guards A,
B and C"), by the verb that led the group which killed ("the party that killed him was led by
the centurion A and the tribune B"); a harm that killed only later ("fatally beaten in P",
"mortally wounded on D") gives the manner and the killers, not the place or day of death."""

from __future__ import annotations

import pytest

from tests.extract.conftest import values

pytestmark = pytest.mark.slow


def test_fatally_beaten_by_officers_listed_by_name(extract):
    _, _, claims = extract("Mr John Molo was born on 18 December 1946 in Tarkastad. In 1997 it emerged "
                           "that he had been fatally beaten in Port Elizabeth by the security policemen "
                           "Harold Snyer, Gideon Nieuwer and Rubin Marks.")
    assert values(claims, "manner_of_death", "John Molo") == ["homicide"]
    assert values(claims, "killed_by", "John Molo") == ["Gideon Nieuwer", "Harold Snyer", "Rubin Marks"]
    assert values(claims, "place_of_death", "John Molo") == []
    assert values(claims, "date_of_death", "John Molo") == []


def test_beaten_without_a_word_of_death_is_no_killing(extract):
    _, _, claims = extract("Mr John Molo was born on 18 December 1946 in Tarkastad. In 1976 he was "
                           "beaten in Port Elizabeth by the policemen Harold Snyer and Rubin Marks.")
    assert values(claims, "killed_by", "John Molo") == []
    assert values(claims, "manner_of_death", "John Molo") == []


def test_the_leaders_of_the_party_that_killed_him(extract):
    _, _, claims = extract("Marcus Lucius Varro (90 BC – 40 BC) was a Roman senator. He was overtaken "
                           "near his villa and executed on the spot. The party that killed him was led "
                           "by the centurion Herennius and the military tribune Popillius Laenas.")
    assert values(claims, "killed_by", "Marcus Lucius Varro") == ["Herennius", "Popillius Laenas"]


@pytest.mark.parametrize("kin", ["bride", "wife", "son"])
def test_a_one_word_name_after_a_kinship_noun_of_by_is_the_killer_not_a_place(extract, kin):
    # the tagger takes the unfamiliar name for a place
    _, _, claims = extract(f"Berig Aldane was king of the Varni. He died in 453. Some chroniclers claimed that he was "
                           f"stabbed by his {kin} Ildico, but most historians doubt it.")
    assert values(claims, "killed_by", "Berig Aldane") == ["Ildico"]
    assert values(claims, "place_of_death", "Berig Aldane") == []
