"""A ruler's pages in several languages: the name translated with its number, a realm after
it, the surname first; and the subject of a page named once among kin named often."""

from __future__ import annotations

from factoid.model import Mention
from factoid.resolve import _document_tops, profiles_of, resolve
from tests.test_resolve import mentions, person_of


def test_a_rulers_name_and_number_in_two_languages_are_one_person():
    # an invented queen: English and Finnish pages, each about her
    _, who = person_of([("en@0", "Elizabeth IV", 4), ("pl@0", "Elżbieta IV", 3),
                        ("en@1", "Olof Brenner", 1)])
    assert who["en@0"] == who["pl@0"]


def test_another_number_is_another_ruler():
    _, who = person_of([("en@0", "Elizabeth II", 4), ("pl@0", "Elżbieta I", 3)])
    assert who["en@0"] != who["pl@0"]


def test_a_realm_after_the_number_joins_its_translation_even_in_passing():
    # an invented king: the French page names him with his realm once, beside its short form
    _, who = person_of([
        ("en@0", "Henry the Fowler", 6), ("en@0", "Henry VII of Navarre", 1),
        ("fr@0", "Henri l'Oiseleur", 4), ("fr@1", "Henri VII de Navarre", 1),
    ])
    assert who["fr@1"] == who["en@0"]


def test_two_realms_keep_two_rulers_of_one_name_and_number_apart():
    _, who = person_of([("a@0", "Henry VII of Navarre", 4), ("b@0", "Henry VII of Bohemia", 4)])
    assert who["a@0"] != who["b@0"]


def test_a_name_without_its_realm_joins_neither_of_two_realms():
    _, who = person_of([("a@0", "Henry IV of England", 4), ("b@0", "Henry IV of France", 4),
                        ("c@0", "Henry IV", 3)])
    assert who["c@0"] not in (who["a@0"], who["b@0"])


def test_a_name_with_the_surname_first_is_the_subject_of_another_page():
    # a machine translation of an encyclopaedia writes "Surname Given"; two pages about one man
    _, who = person_of([("ru@0", "Voronets Ivas", 3), ("uk@0", "Ivas Voronets", 5)])
    assert who["ru@0"] == who["uk@0"]


def test_a_reversed_name_in_passing_joins_nobody():
    _, who = person_of([("a@0", "Paul Thomas", 5), ("b@0", "Thomas Paul", 1), ("b@1", "Edith Crane", 4)])
    assert who["a@0"] != who["b@0"]


def test_the_subject_of_a_record_is_its_top_though_kin_are_named_more():
    # a genealogy record names its person once, her husband's family three times
    ms = mentions(("rec@0", "Peter Morrow", 3))
    ms.append(Mention("rec", 900, 911, "Elizabeth V", "rec@1", kind="subject"))
    assert _document_tops(profiles_of(ms)) == {"rec@1"}
    _, identities = resolve(ms + mentions(("it@0", "Elisabetta V", 3)))
    assert identities["rec@1"][0] == identities["it@0"][0]


def test_without_a_subject_mark_the_most_named_is_the_top():
    assert _document_tops(profiles_of(mentions(("d@0", "Peter Morrow", 3), ("d@1", "Ann Morrow", 1)))) == {"d@0"}
