"""Given-name equivalence read from the registry names/given_names.toml."""

from __future__ import annotations

import pytest

from factoid.names import given_names_equivalent, name_compatibility, parse_name
from factoid.names.given import DIMINUTIVES, equivalents, is_diminutive, is_known_given_name


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("Stenka", "Stepan"),
        ("Stenka", "Stephen"),  # through Stepan's class
        ("Стенька", "Stepan"),  # Cyrillic reaches the registry through transliteration
        ("Kolya", "Nikolai"),
        ("Sasha", "Aleksandr"),
        ("Sasha", "Aleksandra"),
        ("Bill", "William"),
        ("Harry", "Henry"),
        ("Harry", "Harold"),
        ("Hans", "Johannes"),
        ("Hans", "John"),
        ("Vanya", "Ivan"),  # a full name no class holds is a class of its own
    ],
)
def test_diminutive_is_equivalent_to_its_full_names(short: str, full: str) -> None:
    assert given_names_equivalent(short, full)
    assert given_names_equivalent(full, short)


@pytest.mark.parametrize(
    ("a", "b"),
    [("Henry", "Harold"), ("Aleksandr", "Aleksandra"), ("Ivan", "John"), ("Stenka", "Nikolai"), ("Bill", "Robert")],
)
def test_names_a_diminutive_shares_stay_apart(a: str, b: str) -> None:
    """Harry is Henry and Harold, but Henry is not Harold: equivalence does not chain
    through a diminutive's several names."""
    assert not given_names_equivalent(a, b)


def test_registry_shape() -> None:
    assert all(names and all(isinstance(n, str) for n in names) for names in DIMINUTIVES.values())
    assert is_diminutive("Stenka") and not is_diminutive("Stepan")


def test_known_given_names_include_diminutives_but_not_bare_targets() -> None:
    assert is_known_given_name("Kolya") and is_known_given_name("Stenka")
    # James is only the target of Jim/Jimmy: as a lone word it stays free to be a surname
    assert not is_known_given_name("James")


def test_equivalents_of_a_diminutive_reach_the_full_name_class() -> None:
    assert {"Stepan", "Stephen"} <= set(equivalents("Stenka"))


def test_full_names_with_a_diminutive_are_compatible() -> None:
    assert name_compatibility(parse_name("Stenka Razin"), parse_name("Stepan Razin")) >= 0.75
    assert name_compatibility(parse_name("Bill Haywood"), parse_name("William Haywood")) >= 0.75
    assert name_compatibility(parse_name("Kolya Ivanov"), parse_name("Pyotr Ivanov")) == 0.0


@pytest.mark.parametrize("name", ["Stenka", "Vanka", "Grishka", "Стенька", "Nikita", "Ilya", "Ivan"])
def test_mens_names_and_masculine_diminutives_are_not_female(name: str) -> None:
    from factoid.names.given import looks_female

    assert not looks_female(name)


@pytest.mark.parametrize("name", ["Anna", "Natasha", "Masha", "Maria", "Olga"])
def test_womens_names_and_their_diminutives_are_female(name: str) -> None:
    from factoid.names.given import looks_female

    assert looks_female(name)


@pytest.mark.parametrize(("a", "b"), [
    ("Joan", "Juan"),  # Catalan Joan is Juan, John
    ("Joan", "Jeanne"),  # English Joan stays a woman's name too
    ("Olav", "Olaf"),
    ("Óláfr", "Olav"),  # Old Norse, accents folded
])
def test_given_names_across_languages(a: str, b: str) -> None:
    assert given_names_equivalent(a, b)


def test_full_names_with_a_given_name_of_another_language_are_compatible() -> None:
    assert name_compatibility(parse_name("Olav Haraldsson"), parse_name("Olaf Haraldsson")) >= 0.75
    assert name_compatibility(parse_name("Joan Pujol García"), parse_name("Juan Pujol García")) >= 0.75
    assert name_compatibility(parse_name("Olaf Haraldsson"), parse_name("Olaf Tryggvason")) < 0.75


def test_welsh_forms_of_william_richard_and_henry() -> None:
    from factoid.names.given import given_names_equivalent
    assert given_names_equivalent("Gwilym", "William")
    assert given_names_equivalent("Rhisiart", "Richard")
    assert given_names_equivalent("Harri", "Henry")
    assert not given_names_equivalent("Gwilym", "Henry")
