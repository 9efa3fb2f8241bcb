"""Children listed with their years in brackets, and the ranks of navies and branches of arms."""

from __future__ import annotations


def values(claims, prop, subject=None):
    return [c.value for c in claims if c.property == prop and (subject is None or c.subject_name == subject)]


def test_children_listed_with_bracketed_years_are_all_read(extract):
    _, _, claims = extract("John Miller (1701-1760) was an English sea captain. In 1730 he married Mary Carter. "
                           "His sons Thomas (b. 1731) and Edward (b. 1735?) became merchants in Bristol.")
    assert values(claims, "child", "John Miller") == ["Thomas", "Edward"]


def test_captain_commander_is_one_rank(extract):
    _, _, claims = extract("John Miller (1701-1760) was an English naval officer. He entered the Russian navy "
                           "in 1720 and was promoted captain-commander in 1742.")
    assert values(claims, "military_rank") == ["captain-commander"]
    assert values(claims, "position_held") == []


def test_a_rank_of_a_branch_of_arms_is_read_whole(extract):
    _, _, claims = extract("John Miller (1701-1760) was an English soldier. In 1745 he became a colonel of "
                           "engineers in the army of Virginia.")
    assert values(claims, "military_rank") == ["colonel of engineers"]
