"""Relatives listed after "included", parents joined by a second "and of", a second "his"
that keeps the first one's owner, and a relative's title that is not the subject's."""

from __future__ import annotations


def owned(claims, prop, owner):
    return sorted(c.value for c in claims if c.property == prop and c.subject_name == owner)


def test_wives_included_a_list_of_names(extract):
    _, _, claims = extract("Odo Varrin was born in 1102 in Rouen. Odo married three times; his wives "
                                  "included Alix, Berthe and Sibyl, the niece of the abbot.")
    assert owned(claims, "spouse", "Odo Varrin") == ["Alix", "Berthe", "Sibyl"]


def test_children_were_a_list_still_read(extract):
    _, _, claims = extract("Anna Holt was born in 1850 in Bergen. Her children were Thomas Holt and "
                                  "Mary Holt.")
    assert owned(claims, "child", "Anna Holt") == ["Mary Holt", "Thomas Holt"]


def test_son_of_a_and_of_b_after_a_relative_clause(extract):
    _, _, claims = extract("Peter Dunmore was born in 1230. He was a son of Walter Dunmore, lord of "
                                  "Ashby, who died in 1251, and of Joan Tresk.")
    assert owned(claims, "father", "Peter Dunmore") == ["Walter Dunmore"]
    assert owned(claims, "mother", "Peter Dunmore") == ["Joan Tresk"]


def test_title_after_an_unrecognised_fathers_name_is_not_the_subjects(extract):
    _, _, claims = extract("Niall Ardan was born in 1030. He was a son of Fiach mac Donnel, king of the Uí "
                           "Cairpri, who died in 1051, and of Eithne.")
    assert owned(claims, "position_held", "Niall Ardan") == []
    assert owned(claims, "father", "Niall Ardan") == ["Fiach mac Donnel"]
    assert owned(claims, "mother", "Niall Ardan") == ["Eithne"]


def test_title_after_a_named_place_is_still_the_subjects(extract):
    _, _, claims = extract("Pavel Orlov (1870-1930) was a Russian official. In 1920 he became Governor of "
                           "Tula, the chief of the Tula Police.")
    assert owned(claims, "position_held", "Pavel Orlov") == ["Governor of Tula", "chief of the Tula Police"]


def test_second_his_in_a_list_of_children_is_the_first_owners(extract):
    _, _, claims = extract("Hugh Conry was born in 980 in Cashel. His sons Fergal, Colm and Niall are "
                                  "named in the chronicle, and his daughter Orla married Ivar Longhand, a "
                                  "merchant of Waterford.")
    assert "Orla" in owned(claims, "child", "Hugh Conry")
    assert owned(claims, "child", "Fergal") == []


def test_parent_named_with_a_title_is_given_without_it(extract):
    _, _, claims = extract("Lee Wonmin (1402-1460) was a Korean prince. He was the second son of King Haedo "
                           "and Queen Sunmi.")
    assert owned(claims, "father", "Lee Wonmin") == ["Haedo"]


def test_two_of_them_named_after_had_children(extract):
    _, _, claims = extract("Anna Visser was a Dutch painter. In 1640 she married the painter Jan Brouwer. They "
                           "had four children, but only two of them, Maria and Pieter, lived to grow up.")
    assert owned(claims, "child", "Anna Visser") == ["Maria", "Pieter"]


def test_a_was_his_brother_is_the_pages_subjects_brother(extract):
    _, _, claims = extract("John Carver was born in 1500 in York. Peter Lowry was his brother according to "
                           "most writers.")
    assert owned(claims, "sibling", "John Carver") == ["Peter Lowry"]
    assert owned(claims, "sibling", "Peter Lowry") == []


def test_married_her_half_brother_is_spouse_and_sibling(extract):
    _, _, claims = extract("Anna Reed was born in 1500 in York. As a girl she married her half-brother Tom Reed, "
                           "whose mother was a servant, and served as his chief wife.")
    assert owned(claims, "sibling", "Anna Reed") == ["Tom Reed"]
    assert owned(claims, "spouse", "Anna Reed") == ["Tom Reed"]
