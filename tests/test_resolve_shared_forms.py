"""Resolution asks what it reads of a local person's names (one-word keys, the given names
the corpus writes, the links between components) once per distinct list of forms, not once per
local person: the answers are those asked person by person (written out here as they were)."""

from __future__ import annotations

from collections import Counter, defaultdict

from factoid import resolve, resolve_partition
from factoid.model import Mention
from factoid.names.exonyms import exonym_keys
from factoid.resolve import Coupling, Profile, is_full_name, profiles_of, single_keys, usable_single_keys

#: Invented local persons; many documents write one person's name in the same few ways, as a
#: corpus does, and some persons are what their documents are about (most mentioned).
FORMS = [
    ["Hollis Brackwater", "Brackwater"], ["Hollis Brackwater"], ["Brackwater"], ["H. Brackwater"],
    ["Ferrand", "Ferrand Oakhurst"], ["Ferrand"], ["Ferrant"], ["Lisette Vaun", "Vaun"],
    ["Ilsabet of Marrow"], ["Ilsabet"], ["Tamsin Rue"], ["Tamsinrue"], ["Oswin"], ["Oswin Tarrant"],
    ["Perrine Dulac"], ["Perrina Dulaque"], ["Dulac"], ["Corvin the Grey"], ["Corvin"],
]


def _mentions() -> list[Mention]:
    out = []
    for doc in range(12):
        for n, forms in enumerate(FORMS[doc % 5:] + FORMS[: doc % 5]):
            if (doc + n) % 3 == 0:
                continue
            for k, form in enumerate(forms * (1 + (n == doc % 7))):
                out.append(Mention(f"d{doc}", 100 * n + 10 * k, 100 * n + 10 * k + len(form), form, f"d{doc}@{n}"))
    return out


def _coupling_person_by_person(profiles: list[Profile]) -> Coupling:
    given = frozenset(resolve._single_key(p.given) for prof in profiles
                      for f, p in zip(prof.forms, prof.parts, strict=True)
                      if p.given and p.surname and resolve._byname_given(f) is None)
    return Coupling(given, frozenset(resolve._document_tops(profiles)))


def _components_person_by_person(profiles: list[Profile], coupling: Coupling) -> list[list[int]]:
    union = resolve_partition._Union(len(profiles))
    first: dict[tuple[str, str], int] = {}

    def meet(key: tuple[str, str], i: int) -> None:
        if key in first:
            union.join(first[key], i)
        else:
            first[key] = i

    usable = {k for p in profiles for k in usable_single_keys(p, coupling)}
    partial: dict[str, list[int]] = defaultdict(list)
    for i, prof in enumerate(profiles):
        if is_full_name(prof.best):
            for part in prof.parts:
                if part.surname:
                    meet(("surname", part.surname), i)
        elif prof.best.surname:
            partial[prof.best.surname].append(i)
        for key in single_keys(prof) & usable:
            meet(("single", key), i)
        if prof.entity in coupling.tops and is_full_name(prof.best):
            for key in exonym_keys(prof.best):
                meet(("translated", key), i)
    fulls = {s for (kind, s) in first if kind == "surname"}
    for a, b in resolve_partition.matching_surnames(fulls | partial.keys()):
        for x, y in ((a, b), (b, a)):
            if x in fulls:
                for i in [first[("surname", y)]] if y in fulls else partial.get(y, []):
                    union.join(first[("surname", x)], i)
    for s in partial.keys() & fulls:
        for i in partial[s]:
            union.join(first[("surname", s)], i)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(profiles)):
        groups[union.find(i)].append(i)
    return list(groups.values())


def test_the_coupling_is_the_one_asked_person_by_person() -> None:
    profiles = profiles_of(_mentions())
    got = Coupling.of(profiles)
    assert got == _coupling_person_by_person(profiles_of(_mentions()))
    assert got.given and got.tops  # the fixture has given names written before surnames


def test_the_components_are_the_ones_asked_person_by_person() -> None:
    profiles = profiles_of(_mentions())
    coupling = Coupling.of(profiles)
    got = resolve_partition.components(profiles, coupling)
    assert got == _components_person_by_person(profiles, coupling)
    assert 1 < len(got) < len(profiles)  # some local persons linked, not all


def test_single_keys_are_asked_once_per_list_of_forms() -> None:
    a, b = Profile("x@0", Counter({"Tamsin Rue": 2, "Oswin": 1})), Profile("y@3", Counter({"Tamsin Rue": 1, "Oswin": 4}))
    words = [*map(resolve._single_word, a.forms), *map(resolve._joined_word, a.forms), *map(resolve._byname_given, a.forms)]
    assert single_keys(a) == {resolve._single_key(w) for w in words if w and len(w) > 2} == single_keys(b)
    assert single_keys(a) is single_keys(b)  # one answer for both
    assert single_keys(Profile("z@1", Counter({"Tamsin Rue": 1}))) != single_keys(a)


def test_the_forms_of_a_cluster_add_up_in_the_order_met() -> None:
    profiles = [Profile("a@0", Counter({"Vaun": 2, "Lisette Vaun": 1})), Profile("b@0", Counter({"L. Vaun": 1, "Vaun": 3})),
                Profile("c@0", Counter({"Lisette Vaun": 4}))]
    want: Counter = Counter()
    for p in profiles:
        want.update(p.forms)
    got = resolve.cluster_forms(profiles)
    assert got == want and list(got.items()) == list(want.items()) == [("Vaun", 5), ("Lisette Vaun", 5), ("L. Vaun", 1)]
    assert isinstance(got, Counter)
