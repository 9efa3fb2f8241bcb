"""A newspaper's nickname in brackets inside a name ("Walter Harold (Dutch) Kessel"): the
name stays one (extract.mentions ``join_bracketed_nickname``) and the nickname is read
(names.parse ``nickname_of``), so the surname alone goes to him, not to his mother."""

from __future__ import annotations

from factoid.extract.mentions import NameSpan, join_bracketed_nickname
from factoid.names import parse_name
from tests.extract_run import extract_text


def test_a_name_cut_at_its_bracketed_nickname_is_joined():
    text = "Walter Harold (Dutch) Kessel died."
    spans = [NameSpan(0, 20, "Walter Harold (Dutch"), NameSpan(22, 28, "Kessel")]
    assert join_bracketed_nickname(spans, text) == [NameSpan(0, 28, "Walter Harold (Dutch) Kessel")]


def test_two_names_with_a_year_in_brackets_between_stay_two():
    text = "Anna Kessel (1870) Otto Brand"
    spans = [NameSpan(0, 11, "Anna Kessel"), NameSpan(19, 29, "Otto Brand")]
    assert join_bracketed_nickname(spans, text) == spans


def test_the_bracketed_word_is_the_nickname():
    parts = parse_name("Walter Harold (Dutch) Kessel")
    assert (parts.given, parts.surname, parts.nickname) == ("Walter", "Kessel", "Dutch")
    assert parse_name("Kessel (1899)").nickname is None


def test_the_surname_alone_goes_to_the_man_not_to_his_mother():
    # an invented obituary: his mother shares his surname and has a full name
    text = ("NEW YORK, Aug. 16 (AP). — Walter Harold (Dutch) Kessel, the pitcher, died tonight at Mercy "
            "Hospital. Kessel was born in Dayton on May 3, 1899. His mother, Anna Meyer Kessel, died when he "
            "was a boy.")
    mentions, claims = extract_text(text)
    who = {m.text: m.entity for m in mentions}
    assert who["Kessel"] == who["Walter Harold (Dutch) Kessel"] != who["Anna Meyer Kessel"]
    assert {c.value for c in claims if c.subject == who["Kessel"] and c.property == "date_of_birth"} == {"1899-05-03"}
