"""``resolve._fits`` keeps a cluster's scores while its voters stay the same."""

from __future__ import annotations

from collections import Counter

from factoid.resolve import Cluster, Profile, _fits, _min_compatibility, _parse, is_full_name


def _cluster(*forms: str) -> Cluster:
    profs = [Profile(f"d{n}@0", Counter({form: 1})) for n, form in enumerate(forms)]
    return Cluster(profs, [q for p in profs for q in p.parts if is_full_name(q)])


def test_a_kept_score_is_the_score_against_the_voters():
    cluster = _cluster("Marta Velikova", "Marta Ilinichna Velikova")
    name = _parse("Marta Velikova")
    first = _fits(cluster, name)
    assert first == _fits(cluster, name) == _min_compatibility(name, [_parse("Marta Velikova"),
                                                                      _parse("Marta Ilinichna Velikova")])


def test_a_new_voter_scores_the_name_again():
    cluster = _cluster("Marta Velikova")
    name = _parse("Marta Velikova")
    assert _fits(cluster, name) > 0.75
    # a second local person of the cluster, another Velikova: the name no longer fits all
    cluster.profiles.append(Profile("d9@0", Counter({"Sofia Velikova": 1})))
    assert _fits(cluster, name) == _min_compatibility(name, [_parse("Marta Velikova"), _parse("Sofia Velikova")])
    assert _fits(cluster, name) < 0.75


def test_a_replaced_list_of_persons_scores_the_name_again():
    cluster = _cluster("Marta Velikova", "Sofia Velikova")
    name = _parse("Marta Velikova")
    assert _fits(cluster, name) < 0.75
    cluster.profiles = cluster.profiles[:1]  # a split by a researcher's decision
    assert _fits(cluster, name) > 0.75
