"""Offices of other ages and lands are offices too: a Punic suffete, a doge, a sultan's qadi,
with the place they are "of" and BC years."""

from __future__ import annotations

import pytest

from tests.extract.conftest import values

pytestmark = pytest.mark.slow


def test_a_suffete_with_years_bc(extract):
    _, _, claims = extract("Tor Kell (310 – 250 BC) was a general. He served as suffete of Gadir from 280 to 279 BC.")
    assert values(claims, "position_held", "Tor Kell") == ["suffete of Gadir"]


def test_a_qadi_serving_a_ruler(extract):
    _, _, claims = extract("Marta Kell was born in Bergen on 3 May 1850. In Egypt she served the khedive as "
                           "qadi of Cairo from 1880 to 1885.")
    assert values(claims, "position_held", "Marta Kell") == ["qadi of Cairo"]


def test_a_doge_and_a_praetor(extract):
    _, _, claims = extract("Tor Kell was born in 1410. He was elected doge of Venice in 1460 and was later "
                           "praetor of Milan.")
    assert values(claims, "position_held", "Tor Kell") == ["doge of Venice", "praetor of Milan"]


def test_the_ruler_served_is_not_the_officeholder(extract):
    _, _, claims = extract("Omar Vell was born in Fez in 1310. In Bengal he served Sultan Karim Dalwan as qadi "
                           "of Sonargaon from 1346 to 1350.")
    assert values(claims, "position_held", "Omar Vell") == ["qadi of Sonargaon"]
    assert values(claims, "position_held", "Karim Dalwan") == []


def test_a_man_sent_as_envoy_holds_the_post_himself(extract):
    _, _, claims = extract("Omar Vell was born in Fez in 1310. The sultan sent Idris Hakam as governor of Ceuta in 1340.")
    assert values(claims, "position_held", "Idris Hakam") == ["governor of Ceuta"]


def test_had_been_is_a_tenure(extract):
    _, _, claims = extract("Marta Kell was born in Bergen in 1850. She had been prioress of the Visitation in "
                           "Bergen from 1890 to 1894, a post she disliked.")
    assert values(claims, "position_held", "Marta Kell") == ["prioress of the Visitation in Bergen"]


@pytest.mark.parametrize("sentence, office", [
    ("She was the founder of the weekly Nordlys and its editor from 1880 to 1888.", "editor of Nordlys"),
    ("In 1880 she established the Fjord Savings Bank and became its first president.",
     "president of Fjord Savings Bank"),
])
def test_its_title_after_the_body_she_founded(extract, sentence, office):
    _, _, claims = extract("Marta Kell was born in Bergen in 1850. " + sentence)
    assert values(claims, "position_held", "Marta Kell") == [office]


def test_being_watched_holds_no_office(extract):
    _, _, claims = extract("Marta Kell was born in Bergen in 1850. She was being watched by the police of Bergen.")
    assert values(claims, "position_held", "Marta Kell") == []
