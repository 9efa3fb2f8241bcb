"""A capitalised title without an "of ..." tail is an office right after a verb of taking
office ("became Grand Vizier"), never a title before a name ("as King Henry")."""

from __future__ import annotations


def offices(claims):
    return sorted({c.value for c in claims if c.property == "position_held"})


def test_became_a_bare_capitalised_title(extract):
    _, _, claims = extract("Osman Tarik (1510-1570) was an Ottoman statesman. In 1561 he became Grand Vizier, "
                           "succeeding a rival.")
    assert "Grand Vizier" in offices(claims)


def test_served_as_one_title_then_as_another(extract):
    _, _, claims = extract("Osman Tarik (1510-1570) was an Ottoman statesman. He served as Chief Judge from "
                           "1540, then as Beylerbey of Anatolia from 1550.")
    assert offices(claims) == ["Beylerbey of Anatolia", "Chief Judge"]


def test_title_before_a_name_is_no_office(extract):
    _, _, claims = extract("Tom Reade (1600-1660) was an English courtier. He served as King Charles wished "
                           "and retired in 1650.")
    assert offices(claims) == []


def test_lowercase_bare_title_is_not_read(extract):
    _, _, claims = extract("Tom Reade (1600-1660) was an English courtier. In 1640 he became judge.")
    assert offices(claims) == []


def test_title_the_tagger_took_for_a_name_is_not_its_own_holder(extract):
    _, mentions, claims = extract("Conn Ardagh was born in 950 in Meath.\n\nIn 1000 Conn Ardagh ruled as "
                                  "High King of Ireland until his death.")
    main = {m.entity for m in mentions if m.text == "Conn Ardagh"}
    assert [c.value for c in claims if c.property == "position_held" and c.subject in main] == \
        ["High King of Ireland"]
    assert not [c for c in claims if c.property == "position_held" and c.subject not in main]
