"""An "ibn X" right after a name is part of that name, not a person of its own (who then
took the father's name "X" and showed the father as "ibn X")."""

from factoid.extract.mentions import NameSpan, join_nasab


def test_a_name_and_its_nasab_are_one_span():
    text = "Yusuf al-Qadi ibn Harun wrote"
    spans = [NameSpan(0, 13, "Yusuf al-Qadi"), NameSpan(14, 23, "ibn Harun")]
    assert join_nasab(spans) == [NameSpan(0, 23, "Yusuf al-Qadi ibn Harun")]
    assert text[0:23] == "Yusuf al-Qadi ibn Harun"


def test_a_nasab_apart_from_a_name_and_other_neighbours_stay_as_they_are():
    spans = [NameSpan(0, 5, "Yusuf"), NameSpan(9, 18, "ibn Harun"), NameSpan(19, 24, "Omar")]
    assert join_nasab(spans) == spans
