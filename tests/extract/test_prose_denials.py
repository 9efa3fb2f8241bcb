"""A sentence that denies the event it tells ("the story that he died in 1985 is a legend",
"there is no proof that he was killed") makes no claim of that event; the same event told
plainly beside it still does."""

from __future__ import annotations

import pytest

from tests.extract.conftest import values

from factoid.extract.hedges import denied_spans


def test_denied_spans_cover_the_denied_statement():
    text = "He died in Lisbon in 1945; the tale that he died in Goa in 1985 is pure fiction."
    (a, b), = denied_spans(text)
    assert text[a:b].startswith("the tale that he died in Goa") and text[a:b].endswith("fiction")
    assert text.index("Lisbon") < a


def test_an_opening_denial_runs_to_the_end():
    text = "He died in Lisbon, and there is no evidence that he was poisoned."
    (a, b), = denied_spans(text)
    assert text[a:] == "there is no evidence that he was poisoned." and b == len(text)


def test_a_story_told_without_denial_is_no_denial():
    assert denied_spans("The story that he died in Goa in 1985 is well known.") == []


@pytest.mark.slow
def test_a_legend_gives_no_second_death(extract):
    _, _, claims = extract("Carl Vos was a rebel. He died in Lisbon in 1945. The story that he died in Goa "
                           "in 1985 is a legend.")
    assert values(claims, "date_of_death", "Carl Vos") == ["1945"]
    assert values(claims, "place_of_death", "Carl Vos") == ["Lisbon"]


@pytest.mark.slow
def test_no_proof_of_a_killing_gives_no_homicide(extract):
    _, _, claims = extract("Carl Vos was a rebel. He died in Lisbon in 1945, but there is no proof that he "
                           "was killed.")
    assert values(claims, "date_of_death", "Carl Vos") == ["1945"]
    assert not values(claims, "manner_of_death", "Carl Vos")
