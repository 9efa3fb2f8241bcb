"""An arrest "on the spot" happened where, and so when, the event just told did, though
undated sentences stand between."""

from __future__ import annotations


def arrests(claims):
    return [c.value for c in claims if c.property == "arrested"]


def test_arrested_on_the_spot_takes_the_protests_date(extract):
    _, _, claims = extract("Mary Dunne was born in 1900. On 3 May 1920 she joined a protest in the market "
                           "of Ennis.\n\nSoldiers fired on the crowd. Her brother Tom Dunne was among those "
                           "killed. Mary Dunne was arrested on the spot.")
    assert arrests(claims) == ["1920-05-03"]


def test_arrest_without_the_spot_takes_no_old_date(extract):
    _, _, claims = extract("Mary Dunne was born in 1900. On 3 May 1920 she joined a protest in the market "
                           "of Ennis.\n\nSoldiers fired on the crowd. Her brother Tom Dunne was among those "
                           "killed. Mary Dunne was arrested.")
    assert arrests(claims) == []


def test_spot_too_far_from_the_date_gives_none(extract):
    _, _, claims = extract("Mary Dunne was born in 1900. On 3 May 1920 she joined a protest in the market "
                           "of Ennis.\n\nShe wrote letters. She sang songs. She read books. She kept a diary. "
                           "Mary Dunne was arrested on the spot.")
    assert arrests(claims) == []
