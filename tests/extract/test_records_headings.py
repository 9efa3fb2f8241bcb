"""A catalogue's or an authority file's inverted heading of the document's subject with a
life span ("Artist: Lomi, Anna, 1590-1652?", "Title: Vell, Thomas, Saint, 1118-1170: ...")
gives the subject's birth and death years; another person's heading gives nothing."""

from __future__ import annotations

import pytest

from tests.extract.conftest import values

pytestmark = pytest.mark.slow


def test_a_labelled_heading_of_the_subject(extract):
    _, _, claims = extract("Collection record 12\n\nArtist: Lomi, Anna, 1590-1652?\nTitle: A still life\n\n"
                           "Artist note:\nAnna Lomi was born in Rome, the daughter of the painter Orazio Lomi.")
    assert values(claims, "date_of_birth", "Anna Lomi") == ["1590"]
    assert values(claims, "date_of_death", "Anna Lomi") == ["1652?"]


def test_a_heading_with_an_epithet_and_a_title_after_it(extract):
    _, _, claims = extract("Reference: XY/7\nTitle: Vell, Thomas, Saint, c. 1118-1170: transcripts of letters\n"
                           "Biographical history:\nThomas Vell was a monk of York.")
    assert values(claims, "date_of_birth", "Thomas Vell") == ["1118~"]
    assert values(claims, "date_of_death", "Thomas Vell") == ["1170"]


def test_another_persons_heading_gives_nothing(extract):
    _, _, claims = extract("Collection record 12\n\nDonor: Rowe, Jane, 1871-1958\n\n"
                           "Artist note:\nAnna Lomi was born in Rome, the daughter of the painter Orazio Lomi.")
    assert not values(claims, "date_of_birth", "Anna Lomi")
