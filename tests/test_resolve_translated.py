"""Pages in two languages about one person, the name translated whole."""

from __future__ import annotations

from factoid.resolve import resolve
from tests.test_resolve import person_of


def test_the_subjects_of_pages_in_three_languages_are_one_person():
    # an invented navigator: Portuguese, Spanish and English forms of one name
    _, who = person_of([
        ("pt@0", "Fernão de Barralhães", 5), ("pt@1", "Beatriz Sousa", 1),
        ("es@0", "Fernando de Barrallanes", 4),
        ("en@0", "Ferdinand Barrellan", 6), ("en@1", "Rui Tavares", 1),
    ])
    assert who["pt@0"] == who["es@0"] == who["en@0"]


def test_a_translated_name_in_passing_joins_nobody():
    # the English page is about someone else; the navigator is only named there
    _, who = person_of([
        ("pt@0", "Fernão de Barralhães", 5),
        ("en@0", "Ferdinand Barrellan", 1), ("en@1", "Rui Tavares", 6),
    ])
    assert who["pt@0"] != who["en@0"]


def test_subjects_with_the_same_given_name_spelling_are_not_translations():
    _, who = person_of([("a@0", "Fernando Barrales", 4), ("b@0", "Fernando Borullo", 4)])
    assert who["a@0"] != who["b@0"]


def test_another_surname_stem_is_another_person():
    _, who = person_of([("pt@0", "Fernão de Barralhães", 5), ("en@0", "Ferdinand Bertram", 5)])
    assert who["pt@0"] != who["en@0"]


def test_the_subjects_of_roman_names_in_three_languages_are_one_person():
    # an invented senator: Latin, Italian and Catalan pages
    _, who = person_of([
        ("la@0", "Aulus Licinius Naso", 5), ("la@1", "Gaius Licinius Naso", 1),
        ("it@0", "Aulo Licinio Nasone", 4),
        ("ca@0", "Aule Licini Nasó", 3),
    ])
    assert who["la@0"] == who["it@0"]
    assert who["la@1"] != who["la@0"]  # his brother, named on the Latin page


def test_a_roman_name_in_passing_joins_nobody():
    _, who = person_of([("la@0", "Aulus Licinius Naso", 5), ("it@0", "Aulo Licinio Nasone", 1),
                        ("it@1", "Publio Rufo", 6)])
    assert who["la@0"] != who["it@0"]


def test_a_russian_page_writes_a_german_s_as_z():
    # an invented engineer: German "s" before a vowel is Russian "з", German "z" is "ц"
    _, who = person_of([("de@0", "Friedrich Saalberg", 5), ("ru@0", "Фридрих Заальберг", 4),
                        ("de2@0", "Heinrich Zetterling", 5), ("ru2@0", "Генрих Цеттерлинг", 4)])
    assert who["de@0"] == who["ru@0"]
    assert who["de2@0"] == who["ru2@0"] != who["de@0"]


def test_a_sibilant_alone_does_not_join_another_surname_stem():
    _, who = person_of([("de@0", "Friedrich Saalberg", 5), ("ru@0", "Фридрих Зальцман", 4)])
    assert who["de@0"] != who["ru@0"]


def _pairwise_merges(clusters, decided, blocks, tops):
    """The merging of translated names as first written: every pair of a key's entries
    compared, the clusters looked up afresh for each; ``_merge_translations`` must agree."""
    from collections import defaultdict

    from factoid import resolve as resolve_mod
    from factoid.resolve import _Namesakes, form_text, is_full_name

    exonym_keys, translated = resolve_mod.exonym_keys, resolve_mod.translated  # as patched

    buckets = defaultdict(list)
    for i, cluster in enumerate(clusters):
        for prof in cluster.profiles:
            if prof.entity in tops and is_full_name(prof.best):
                for key in exonym_keys(prof.best):
                    buckets[key].append((i, prof))
    home = list(range(len(clusters)))

    def find(i):
        while home[i] != i:
            i = home[i]
        return i

    for key in sorted(buckets):
        for x, (i, a) in enumerate(buckets[key]):
            for j, b in buckets[key][x + 1:]:
                ci, cj = sorted((find(i), find(j)))
                if ci == cj or not translated(a.best, b.best) or _Namesakes.apart(clusters[ci], clusters[cj]):
                    continue
                moved, kept = clusters[cj], clusters[ci]
                kept.profiles.extend(moved.profiles)
                kept.fulls.extend(moved.fulls)
                blocks.add(ci, moved.fulls)
                why = f"translated name: {form_text(a.best)} and {form_text(b.best)} are one name in two languages"
                for prof in moved.profiles:
                    decided[prof.entity] = (ci, 0.8, why)
                moved.profiles, moved.fulls = [], []
                home[cj] = ci


def test_many_pages_per_language_merge_as_comparing_every_pair_does(monkeypatch):
    # an invented navigator written about by many pages in three languages, and a namesake
    # page of the same name in one of them kept apart by its own document's two persons
    from factoid import resolve as resolve_mod
    from tests.test_resolve import mentions

    items = [(f"pt{n}@0", "Fernão de Barralhães", 5 + n) for n in range(4)]
    items += [(f"es{n}@0", "Fernando de Barrallanes", 4 + n) for n in range(3)]
    items += [(f"en{n}@0", "Ferdinand Barrellan", 3 + n) for n in range(3)]
    items += [("de@0", "Ferdinand Barrellan", 6), ("de@1", "Ferdinand Barrellan Jr.", 5),
              ("it@0", "Ferdinando Barragliani", 7), ("pt9@0", "Fernão de Barralhães", 9)]
    fast = resolve(mentions(*items))
    monkeypatch.setattr(resolve_mod, "_merge_translations", _pairwise_merges)
    assert resolve(mentions(*items)) == fast
    who = {e: pid for e, (pid, _, _) in fast[1].items()}
    assert who["pt0@0"] == who["es0@0"] == who["en0@0"]


def _clusters(groups):
    from collections import Counter

    from factoid.resolve import Cluster, Profile, is_full_name

    out = []
    for group in groups:
        profs = [Profile(entity, Counter({form: 1})) for entity, form in group]
        out.append(Cluster(profs, [q for p in profs for q in p.parts if is_full_name(q)]))
    return out


def test_a_cluster_merged_away_passes_its_later_pairs_to_the_one_it_joined(monkeypatch):
    # translations by a made-up relation: the first and third clusters' names are not one
    # name translated, the second's is a translation of both; every page is about its person
    from factoid import resolve as resolve_mod
    from factoid.resolve import _Blocks, _merge_translations

    pairs = {frozenset(("Aldo Kervan", "Aldus Kervanus")), frozenset(("Aldus Kervanus", "Alde Kerva"))}
    monkeypatch.setattr(resolve_mod, "exonym_keys", lambda p: {"one key"})
    monkeypatch.setattr(resolve_mod, "translated",
                        lambda a, b: frozenset((f"{a.given} {a.surname}", f"{b.given} {b.surname}")) in pairs)
    groups = [[("it@0", "Aldo Kervan"), ("it2@0", "Aldo Kervan")], [("la@0", "Aldus Kervanus")],
              [("fr@0", "Alde Kerva"), ("fr2@0", "Alde Kerva")], [("xx@0", "Olga Smirn")]]
    tops = frozenset(e for g in groups for e, _ in g)
    made = []
    for merge in (_merge_translations, _pairwise_merges):
        clusters, decided = _clusters(groups), {}
        merge(clusters, decided, _Blocks(), tops)
        made.append(([[p.entity for p in c.profiles] for c in clusters], decided))
    assert made[0] == made[1]
    assert made[0][0][0] == ["it@0", "it2@0", "la@0", "fr@0", "fr2@0"]
