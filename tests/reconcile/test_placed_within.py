"""A source that names its place inside another source's place: one birthplace at two
precisions, not a dispute (``reconcile.values.placed_within``)."""

from __future__ import annotations

import pytest

from factoid.model import Claim, SourceSpan
from factoid.reconcile import reconcile
from factoid.reconcile.values import placed_within
from tests.reconcile.test_reconcile import ENT, passages_for


def said(doc: str, value: str, quote: str, prop: str = "place_of_birth") -> Claim:
    return Claim(f"{doc}@0", "Genrikh Lyushkov", prop, value, value, SourceSpan(doc, 0, len(quote), quote), "test", {})


@pytest.mark.parametrize("quote", [
    "he was born at Velikaya Zhizhka (district of Borovets, in Tulsk province) in 1900",
    "il naquit à Velikaya Zhizhka (canton de Borovets) en 1900",
    "born in Velikaya Zhizhka, in the Borovets district, in 1900",
    "| birth_place = [[Velikaya Zhizhka]], [[Borovets District]], [[Tulsk Province]]",
])
def test_the_village_a_source_puts_in_the_district(quote):
    village = said("a", "Velikaya Zhizhka", quote)
    district = said("b", "Borovets", "born in 1900 in Borovets")
    assert placed_within("place_of_birth", [village], [district])
    _, disputes, _ = reconcile([village, district], ENT, passages_for("a", "b"))
    assert disputes == []


@pytest.mark.parametrize("quote", [
    "born in Velikaya Zhizhka (or, some say, Borovets) in 1900",
    "born in Velikaya Zhizhka, not in Borovets as often said",
    "born in Velikaya Zhizhka, though others name Borovets",
    "born in Velikaya Zhizhka; his brother was born in Borovets",
])
def test_a_rival_in_the_same_breath_is_still_a_rival(quote):
    village = said("a", "Velikaya Zhizhka", quote)
    district = said("b", "Borovets", "born in 1900 in Borovets")
    assert not placed_within("place_of_birth", [village], [district])
    _, disputes, _ = reconcile([village, district], ENT, passages_for("a", "b"))
    assert [d.property for d in disputes] == ["place_of_birth"]


def test_only_places_are_placed():
    a = said("a", "1900", "born 1900 (Borovets records: 1901)", prop="date_of_birth")
    b = said("b", "1901", "born 1901", prop="date_of_birth")
    assert not placed_within("date_of_birth", [a], [b])


@pytest.mark.parametrize("quote", [
    "né à Velikaya Zhizhka (ou Borovets) en 1900",
    "geboren in Velikaya Zhizhka (oder Borovets) 1900",
    "nació en Velikaya Zhizhka (según otros, Borovets) en 1900",
    "родился в Velikaya Zhizhka (или Borovets) в 1900",
])
def test_rival_words_of_every_language_are_read_from_its_data(quote):
    """The words come from ``lang/<code>/rivals.toml``, folded like the quote."""
    village = said("a", "Velikaya Zhizhka", quote)
    district = said("b", "Borovets", "born in 1900 in Borovets")
    assert not placed_within("place_of_birth", [village], [district])


def test_each_pair_of_groups_is_asked_once(monkeypatch):
    """Whether two place groups are one place is symmetric: asked once per pair, and not for
    a pair whose sides already conflict with others."""
    import factoid.reconcile as rec

    asked = []
    monkeypatch.setattr(rec, "_one_place", lambda prop, g, h: asked.append((g, h)) or False)
    groups = ["A", "B", "C"]
    assert rec._conflicting("place_of_birth", groups) == groups  # type: ignore[arg-type]
    assert asked == [("A", "B"), ("A", "C")]
    asked.clear()
    monkeypatch.setattr(rec, "_one_place", lambda prop, g, h: asked.append((g, h)) or True)
    assert rec._conflicting("place_of_birth", groups) == []  # type: ignore[arg-type]
    assert len(asked) == 3


@pytest.mark.parametrize(("wide", "quote"), [
    ("Moravanech", "born 1900 at Velikaya Zhizhka, Moravany"),
    ("Moravany", "born 1900 at Velikaya Zhizhka, Moravanech"),
])
def test_the_wider_place_in_another_case_is_still_the_wider_place(wide, quote):
    # a Czech source names the wider place in the locative; another names it as a heading does
    village = said("a", "Velikaya Zhizhka", quote)
    region = said("b", wide, f"born in {wide}")
    assert placed_within("place_of_birth", [village], [region])


def test_another_place_of_a_like_beginning_is_not_the_wider_place():
    village = said("a", "Velikaya Zhizhka", "born 1900 at Velikaya Zhizhka, Moravskoye")
    assert not placed_within("place_of_birth", [village], [said("b", "Moravany", "born in Moravany")])


def test_a_value_that_carries_its_wider_places_is_placed_in_them():
    # an infobox value with its links stripped: the quote does not hold it as written
    village = said("a", "Velikaya Zhizhka, Borovets District, Tulsk Province",
                   "| birth_place = [[Velikaya Zhizhka]] ([[Borovets District|Borovets]]), [[Tulsk Province]]")
    assert placed_within("place_of_birth", [village], [said("b", "Borovets", "born in Borovets")])
    assert not placed_within("place_of_birth", [village], [said("b", "Moravany", "born in Moravany")])


def test_a_wide_place_the_other_sources_also_give_does_not_place_the_value():
    # the other side says Moravany (and, vaguely, the province): the village is not placed in Moravany
    village = said("a", "Velikaya Zhizhka, Tulsk Province", "| birth_place = [[Velikaya Zhizhka]] [[Tulsk Province]]")
    others = [said("b", "Tulsk Province", "born in Tulsk Province"), said("c", "Moravany", "born in Moravany")]
    assert not placed_within("place_of_birth", [village], others)
