"""``resolve_partition``: resolution in partitions of local persons equals ``resolve`` in one
process, for any number of partitions, on hand-made mentions of several people."""

from __future__ import annotations

import pytest

from factoid.model import Mention
from factoid.names import surnames_match
from factoid.reconcile.partition import HERE
from factoid.resolve import Coupling, Links, profiles_of, resolve
from factoid.resolve_partition import components, matching_surnames, resolve_parts, split

#: (entity, form, count): the entity's document is what comes before "@".
NAMES = [
    # one man in two scripts, with initials, a bare surname, and his wife apart
    ("a@0", "Genrikh Samoilovich Lyushkov", 3), ("b@0", "Генрих Самойлович Люшков", 2),
    ("c@1", "G. S. Lyushkov", 1), ("e@2", "Lyushkov", 1), ("f@1", "Nina Lyushkova", 2),
    # spellings and initials of another
    ("a@1", "Nikolai Yezhov", 2), ("b@1", "Nikolai Ezhov", 2), ("d@0", "N. I. Ezhov", 1),
    # one-word names: the same across documents and scripts, an alias a page declares
    ("g@0", "Saladin", 3), ("h@0", "Salah ad-Din", 2), ("h@0", "Saladin", 1),
    ("g@1", "Timur", 1), ("k@0", "Тимур", 2), ("j@0", "Timur", 2), ("j@0", "Tamerlane", 1),
    ("m@3", "Tamerlane", 1),
    # "Orlov, born Leiba Feldbin": two full names of one man glue the clusters of each
    ("l@0", "Alexander Orlov", 3), ("l@0", "Leiba Feldbin", 1), ("m@0", "Leiba Lazarevich Feldbin", 2),
    ("n@0", "Alexander Mikhailovich Orlov", 2),
    # a one-word name that another document writes before a surname: a given name there, so
    # the passing "Zoltar"s join nobody; the one a page is about joins them
    ("p@0", "Zoltar Brin", 2), ("q@0", "Ivan Petrov", 4), ("q@1", "Zoltar", 1),
    ("r@0", "Olga Sidorova", 4), ("r@1", "Zoltar", 1), ("s@0", "Zoltar", 3),
    # passing one-word names that are given names elsewhere and join nobody: two ids of one slug
    ("t@0", "Wendel Hoss", 2), ("u@0", "Boris Kuznets", 3), ("u@1", "Wendel", 1),
    ("v@0", "Lidia Marr", 3), ("v@1", "Wendel", 1),
    # namesakes of one surname, and two people a researcher says are one
    ("w@0", "Ivan Ivanovich Petrov", 2), ("x@0", "Pavel Sergeyevich Petrov", 2),
    ("y@0", "Pyotr Kuznetsov", 2), ("z@0", "Semyon Belov", 2),
]

LINKS = Links(must=(("y@0", "z@0", "one man under two names"),),
              cannot=(("a@0", "b@0", "two Lyushkovs"), ("q@0", "nobody@0", "an entity that is gone")))


def mentions(items: list[tuple[str, str, int]] = NAMES) -> list[Mention]:
    out = []
    for entity, form, count in items:
        doc = entity.split("@")[0]
        start = 1000 * int(entity.split("@")[1]) + 100 * len([m for m in out if m.entity == entity])
        for k in range(count):
            out.append(Mention(doc, start + k * 10, start + k * 10 + len(form), form, entity))
    return out


@pytest.mark.parametrize("links", [None, LINKS], ids=["undecided", "decided"])
@pytest.mark.parametrize("parts", [1, 2, 7])
def test_partitions_resolve_as_one_process(parts: int, links: Links | None) -> None:
    assert resolve_parts(HERE, parts, mentions(), links) == resolve(mentions(), links)


def test_the_reference_resolves_the_cases_it_is_meant_to() -> None:
    """The cases above do what their comments say, so the equality above is about them."""
    persons, identities = resolve(mentions(), LINKS)
    who = {e: pid for e, (pid, _, _) in identities.items()}
    assert who["c@1"] == who["e@2"] != who["f@1"]
    assert who["a@0"] != who["b@0"] and "by decision: two Lyushkovs" in identities["b@0"][2] + identities["a@0"][2]
    assert who["a@1"] == who["b@1"] == who["d@0"]
    assert who["g@0"] == who["h@0"] and who["g@1"] == who["k@0"] == who["j@0"] == who["m@3"]
    assert who["l@0"] == who["m@0"] == who["n@0"]
    assert who["q@1"] != who["r@1"] and who["s@0"] in (who["q@1"], who["r@1"])
    assert {who["u@1"], who["v@1"]} == {"person/wendel", "person/wendel-2"}
    assert who["w@0"] != who["x@0"] and who["y@0"] == who["z@0"]
    assert len({p.id for p in persons}) == len(persons)


def test_the_partitions_split_the_corpus_and_read_the_whole_one() -> None:
    """Several partitions of whole components: "Zoltar Brin", which makes "Zoltar" a given
    name, is not in the component of the one-word "Zoltar"s (so only the coupling computed
    over the whole keeps them apart), and the must-link joins two surnames' components."""
    profiles = profiles_of(mentions())
    coupling = Coupling.of(profiles)
    groups = [{profiles[i].entity for i in g} for g in components(profiles, coupling, LINKS)]
    home = {e: k for k, g in enumerate(groups) for e in g}
    assert home["p@0"] != home["q@1"] == home["r@1"] == home["s@0"]
    assert home["u@1"] != home["v@1"]
    assert home["a@0"] == home["b@0"] == home["e@2"] != home["f@1"]  # a wife's surname never matches
    assert home["y@0"] == home["z@0"] and home["y@0"] not in (home["u@0"],)
    assert home["l@0"] == home["m@0"] == home["n@0"]
    assert len(split(7, profiles, coupling, LINKS)) == 7
    two = split(2, profiles, coupling, LINKS)
    assert sorted(len(p.profiles) for p in two) == sorted([len(profiles) // 2, len(profiles) - len(profiles) // 2])
    assert sum(len(p.links.cannot) for p in two if p.links) == 1  # the gone entity's pair is moot


def test_order_of_mentions_does_not_matter_across_partitions() -> None:
    assert resolve_parts(HERE, 3, mentions(NAMES[::-1])) == resolve(mentions(NAMES[::-1]))


SURNAMES = ["Lyushkov", "Люшков", "Liushkov", "Lyuskhov", "Lyushkova", "Yezhov", "Ezhov", "Jezhov",
            "Pismennaya-Lyushkova", "Lyushkova-Pismennaya", "Pismennaya", "d'Arc", "Arc", "de la Cruz",
            "Cruz", "Soekarno", "Soeharto", "Mekhlis", "Mehlis", "Smith", "Smyth", "Smithe", "Holliday",
            "Halliday", "Holiday", "Kuznets", "Kuznetsov", "Orlov", "Orlova", "Feldbin", "Feldbine", "Nikolaev",
            "Nikolayev", "Nikolaeva", "Bryce", "Brice", "Schmidt", "Schmitt", "Shmidt", "van Gogh", "Gogh", "Ng", "O"]


def test_matching_surnames_finds_every_pair_all_pairs_would() -> None:
    """The keyed search misses no pair the score itself would find (and invents none)."""
    brute = {(a, b) for a in sorted(set(SURNAMES)) for b in sorted(set(SURNAMES))
             if a < b and surnames_match(a, b) >= 0.8}
    assert set(matching_surnames(SURNAMES)) == brute
    assert ("Lyushkov", "Люшков") in brute or ("Люшков", "Lyushkov") in brute


def _variants(name: str) -> list[str]:
    """Spellings one slip away: a letter dropped, two swapped, one changed, a feminine ending."""
    out = [name[:i] + name[i + 1:] for i in range(len(name))]
    out += [name[:i] + name[i + 1] + name[i] + name[i + 2:] for i in range(len(name) - 1)]
    out += [name[:i] + c + name[i + 1:] for i in range(0, len(name), 2) for c in "ey"]
    return [*out, name + "a", name + "e"]


def test_matching_surnames_misses_no_pair_among_slips_of_spelling() -> None:
    """Hundreds of near spellings (typos, transliterations, double names): every pair that
    ``surnames_match`` scores 0.8 or more is found, and only those."""
    names = sorted({v for s in ("Lyushkov", "Nikolayev", "Pismennaya-Lyushkova", "Mekhlis", "Schmidt",
                                "Holliday", "Kuznetsov", "de la Cruz") for v in [s, *_variants(s)] if v.strip()})
    brute = {(a, b) for x, a in enumerate(names) for b in names[x + 1:] if surnames_match(a, b) >= 0.8}
    assert len(names) > 200 and len(brute) > 1000
    assert set(matching_surnames(names)) == brute


def test_matching_surnames_finds_pairs_through_romanisation_and_marked_feminine_forms() -> None:
    """``surnames_match`` also compares a woman's marked form without its ending (and
    romanisation keys, where the table has groups): the keyed search finds those pairs too,
    not only near spellings."""
    names = ["Hrabal", "Hrabalová", "Hrabalova", "Dvořák", "Dvořáková", "Khandzhyan", "Khanjian", "Kowal"]
    brute = {(a, b) for x, a in enumerate(sorted(names)) for b in sorted(names)[x + 1:] if surnames_match(a, b) >= 0.8}
    assert ("Hrabal", "Hrabalová") in brute and ("Dvořák", "Dvořáková") in brute
    assert set(matching_surnames(names)) == brute


def test_a_woman_named_in_her_marked_form_elsewhere_resolves_as_one_process() -> None:
    """Invented: one woman written "Zdenka Hrabalová" in one document and "Zdenka Hrabal" in
    another; their components must meet, or partitions would keep two people apart."""
    items = [("a@0", "Zdenka Hrabal", 2), ("b@0", "Zdenka Hrabalová", 3), ("c@0", "Ivan Petrov", 2)]
    whole = resolve(mentions(items))
    assert whole[1]["a@0"][0] == whole[1]["b@0"][0]
    for parts in (2, 3):
        assert resolve_parts(HERE, parts, mentions(items)) == whole
