"""Quoted nicknames inside names, and middle names that are not the one a person goes by."""

from __future__ import annotations

from factoid.names import name_compatibility, parse_name


def test_a_quoted_nickname_is_parsed_apart():
    p = parse_name('John Henry "Doc" Holliday')
    assert (p.given, p.middle, p.surname, p.nickname) == ("John", ("Henry",), "Holliday", "Doc")
    assert parse_name('Harold Adrian Russell “Kim” Philby').nickname == "Kim"
    assert parse_name("Ivan Petrov").nickname is None


def test_the_nickname_is_compatible_with_a_name_that_uses_it():
    assert name_compatibility(parse_name("Doc Holliday"), parse_name('John Henry "Doc" Holliday')) >= 0.75
    assert name_compatibility(parse_name("Kid Holliday"), parse_name('John Henry "Doc" Holliday')) == 0.0


def test_a_middle_name_joins_only_a_form_that_adds_no_other_middle_name():
    assert name_compatibility(parse_name("Henry Holliday"), parse_name("John Henry Holliday")) >= 0.75
    # the father, Henry Burroughs Holliday, is not the son John Henry Holliday
    assert name_compatibility(parse_name("Henry Burroughs Holliday"), parse_name("John Henry Holliday")) == 0.0


def test_an_epithet_alone_names_no_given_name():
    p = parse_name("the Lame")
    assert p.given is None and p.surname == "Lame"
    assert parse_name("Timur the Lame").given == "Timur"
