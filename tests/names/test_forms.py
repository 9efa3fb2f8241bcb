"""Surname forms that languages and romanisations vary (``names/name_forms.toml``): a woman's
marked form against the unmarked one, and soft-vowel spellings of one given name. The pairs are
made-up names or common name shapes, not people of the evaluation sets."""

from __future__ import annotations

from factoid.names import name_compatibility, parse_name, skeleton, surnames_match
from factoid.names.forms import feminine_base, is_marked_feminine
from factoid.names.match import SURNAME_MATCH_THRESHOLD


def compat(a: str, b: str) -> float:
    return name_compatibility(parse_name(a), parse_name(b))


def test_czech_feminine_form_has_the_unmarked_base() -> None:
    assert feminine_base("Dvořáková") == "Dvořák"
    assert feminine_base("Maslakova") is None  # a Russian -ova, written without the accent
    assert is_marked_feminine("Sokolová") and not is_marked_feminine("Sokolov")


def test_marked_woman_meets_her_unmarked_name_when_it_names_a_woman() -> None:
    # a Czech page writes a Russian woman's surname with -ová, an English one leaves it alone
    assert surnames_match("Grišaková", "Grishak") >= SURNAME_MATCH_THRESHOLD
    assert compat("Olga Grišaková", "Olga Grishak") >= 0.75
    assert compat("Jelena Petrovna Sokolová", "Elena Petrovna Sokol") >= 0.75


def test_marked_woman_is_not_her_father_or_a_bare_surname() -> None:
    assert compat("Olga Grišaková", "Pavel Grišak") == 0.0
    assert compat("Olga Grišaková", "Grišak") == 0.0
    assert compat("Olga Grišaková", "P. Grišak") == 0.0


def test_russian_feminine_forms_still_part_from_the_masculine() -> None:
    assert surnames_match("Maslakova", "Maslakov") == 0.0
    assert compat("Anna Maslakova", "Anna Maslakov") == 0.0


def test_two_marked_forms_compare_as_written() -> None:
    assert compat("Olga Grišaková", "Olga Grishakova") >= 0.75


def test_doubled_soft_vowel_spellings_share_a_key() -> None:
    assert skeleton("Lidiya") == skeleton("Lidija") == skeleton("Lydia") == skeleton("Lidia")
    assert skeleton("Mariya") == skeleton("Maria")
    assert skeleton("Sofiya") == skeleton("Sofia")
    assert skeleton("Maria") != skeleton("Marina")


def test_lithuanian_and_polish_women_have_the_unmarked_base() -> None:
    assert feminine_base("Vaitkienė") == "Vaitkas"      # a wife's form
    assert feminine_base("Vaitkaitė") == "Vaitkas"      # a daughter's
    assert feminine_base("Gudaitytė") == "Gudaitis"
    assert feminine_base("Kowalczykówna") == "Kowalczyk"  # a Polish daughter's
    assert compat("Rūta Vaitkienė", "Ruta Vaitkas") >= 0.75
    assert compat("Rūta Vaitkienė", "Jonas Vaitkas") == 0.0  # her husband
