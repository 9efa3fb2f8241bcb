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


@pytest.mark.parametrize("sentence", [
    "The couple had three sons: Anton, Franz and Leopold.",
    "The marriage produced three sons, Anton, Franz and Leopold.",
    "Their union produced three sons: Anton, Franz and Leopold.",
    "Their sons Anton, Franz and Leopold all became doctors.",
])
def test_the_couple_or_their_marriage_stands_for_both_spouses(extract, sentence):
    _, _, claims = extract(f"Karl Weber was born in 1820 in Graz. In 1845 he married Rosa Lang. {sentence}")
    assert values(claims, "child", "Karl Weber") == ["Anton", "Franz", "Leopold"]
    assert values(claims, "child", "Rosa Lang") == ["Anton", "Franz", "Leopold"]


def test_a_couple_named_without_a_marriage_before_gives_no_children(extract):
    _, _, claims = extract("Karl Weber was born in 1820 in Graz. The couple next door had three sons: Anton, "
                           "Franz and Leopold.")
    assert values(claims, "child", "Karl Weber") == []


@pytest.mark.parametrize("sentence, child, father, mother", [
    ("Tomas Varga was born in Pest, the third of seven children of Janos Varga, a wealthy tailor, and his "
     "wife Ilona Kiss.", "Tomas Varga", "Janos Varga", "Ilona Kiss"),
    ("Paul Reed was born in York, one of five children of Adam Reed and Jane Cole.",
     "Paul Reed", "Adam Reed", "Jane Cole"),
    ("Hugo Brandt was the second of four sons of Otto Brandt and Frieda Lenz.",
     "Hugo Brandt", "Otto Brandt", "Frieda Lenz"),
    ("Bessie Cole was born on January 26, 1892, in Atlanta, Texas, one of the many children of George and "
     "Susan Cole.", "Bessie Cole", "George Cole", "Susan Cole"),
])
def test_one_counted_out_of_the_children_of_a_couple(extract, sentence, child, father, mother):
    _, _, claims = extract(sentence)
    assert values(claims, "father", child) == [father]
    assert values(claims, "mother", child) == [mother]


def test_meeting_one_of_someones_daughters_makes_no_parent(extract):
    _, _, claims = extract("Carla Moro met one of the daughters of Luigi Sassi in 1901.")
    assert values(claims, "father", "Carla Moro") == []


def test_a_child_listed_by_a_parents_given_name_is_a_namesake(extract):
    _, _, claims = extract("Pyotr Ilyin (1880-1940) was a Russian chemist. His father, Ivan Ilyin, was a clerk; "
                           "his mother, Vera Nikolaevna Sokolova, taught music.\n\nIn 1905 Pyotr Ilyin married "
                           "Maria Orlova. The couple had three children: Ivan, Vera and Boris.")
    assert values(claims, "child", "Pyotr Ilyin") == ["Boris", "Ivan", "Vera"]
    assert values(claims, "mother", "Pyotr Ilyin") == ["Vera Nikolaevna Sokolova"]
