"""Posts of clinics, journals and universities held with dates ("From 1832 to 1836 he was
assistant in the X Clinic", "was editor of the journal Y from 1912 to 1917"), a post's name
running past an abbreviation's dot ("head of the ward of St. John Hospital"), and "assistant
to" a person, which is no post."""

from __future__ import annotations

import pytest

from tests.extract.conftest import values

pytestmark = pytest.mark.slow

_LIFE = "Tomas Varga (1820-1870) was a Hungarian surgeon.\n\n"


@pytest.mark.parametrize("sentence, post", [
    ("From 1832 to 1836 he was assistant in the Second Surgical Clinic of the Szeged City Hospital.",
     "assistant in the Second Surgical Clinic of the Szeged City Hospital"),
    ("He served as head of the surgical ward of St. John Hospital in Győr from 1838 to 1844.",
     "head of the surgical ward of St. John Hospital in Győr"),
    ("Varga was editor of the medical weekly Sebész Lap from 1850 to 1855.",
     "editor of the medical weekly Sebész Lap"),
    ("In 1858 he was elected rector of the University of Szeged.", "rector of the University of Szeged"),
])
def test_posts_with_their_dates(extract, sentence, post):
    _, _, claims = extract(_LIFE + sentence)
    assert values(claims, "position_held", "Tomas Varga") == [post]


def test_assistant_to_a_person_is_no_post(extract):
    _, _, claims = extract(_LIFE + "In 1840 he worked as an assistant to the painter Karl Marko.")
    assert values(claims, "position_held", "Tomas Varga") == []
