"""Children and parents told in running prose: a list after a colon that closes the kinship
noun's phrase ("They had five children who lived: A, B and C", also when the parser starts a
new sentence at the colon, the quote then reaching the names), a plural noun joined by "and"
to a possessed one ("his wife, A, and two sons, B and C"), and "his" in a clause beside "his
mother, B" that is not B's."""

from __future__ import annotations

import pytest

from tests.extract.conftest import values

pytestmark = pytest.mark.slow


def test_children_listed_after_a_colon_past_a_relative_clause(extract):
    _, _, claims = extract("Anna Kovacs was born in 1560 in Buda. At fifteen she was married to Count "
                           "Ferenc Nadas on 8 May 1575. They had four children who outlived her: Ilona, "
                           "Zsofia, Gergely and Miklos.")
    assert values(claims, "child", "Anna Kovacs") == ["Gergely", "Ilona", "Miklos", "Zsofia"]


def test_children_after_a_colon_the_parser_splits_at(extract):
    _, _, claims = extract("Mara Dunn was born in 1880 in Leeds. She married Tom Pike in 1900. They had "
                           "three children: Ann, Bess and Carl.")
    assert values(claims, "child", "Mara Dunn") == ["Ann", "Bess", "Carl"]
    assert values(claims, "child", "Tom Pike") == ["Ann", "Bess", "Carl"]
    quotes = {c.span.quote for c in claims if c.property == "child"}
    assert quotes == {"They had three children: Ann, Bess and Carl."}


def test_sons_joined_to_a_possessed_wife_share_the_possessor(extract):
    _, _, claims = extract("Mr Stephen Molo, 30, died on 12 September 1977. He leaves his wife, Thandi "
                           "Nkosi, whom he married in 1970, and two sons, Lwazi and Sipho.")
    assert values(claims, "child", "Stephen Molo") == ["Lwazi", "Sipho"]
    assert values(claims, "spouse", "Stephen Molo") == ["Thandi Nkosi"]


def test_his_beside_his_mother_named_is_not_the_mothers(extract):
    _, _, claims = extract("John Vunk was born in 1901 in Leeds. His father, Mzingo Vunk, died when he "
                           "was a boy; his mother, Alice Vunk, was a cook.")
    assert values(claims, "father", "John Vunk") == ["Mzingo Vunk"]
    assert values(claims, "mother", "John Vunk") == ["Alice Vunk"]
    assert values(claims, "father", "Alice Vunk") == []


def test_her_mother_joined_to_a_named_father_is_still_hers(extract):
    _, _, claims = extract("Anna Kovacs was born on August 7, 1560 at Buda. Her father was George Kovacs, "
                           "and her mother Anna Batori was a sister of Stephen Batori, Prince of Transylvania.")
    assert values(claims, "father", "Anna Kovacs") == ["George Kovacs"]
    assert values(claims, "mother", "Anna Kovacs") == ["Anna Batori"]
    assert values(claims, "mother", "George Kovacs") == []


def test_their_child_beside_later_daughters_and_the_daughters_who_came(extract):
    _, _, claims = extract("Tom Vell was born in 1887 in Leeds. Vell married Iva Miller in 1913. Their "
                           "first child, Jim Vell Jr. (1915–1918), died of polio; then came three "
                           "daughters, Gail, Charlotte and Grace.")
    assert values(claims, "child", "Tom Vell") == ["Charlotte", "Gail", "Grace", "Jim Vell Jr"]
    assert values(claims, "child", "Iva Miller") == ["Charlotte", "Gail", "Grace", "Jim Vell Jr"]
    assert values(claims, "child", "Gail") == []
