"""Reusing the last build's agreement groups gives the groups a fresh grouping gives, and is
refused whenever the claims of a person and property changed; the trust rounds over the
contested properties alone give what rounds over every group gave."""

from __future__ import annotations

from collections import defaultdict

from factoid.model import SINGLE_VALUED, Claim, PassageRole, SourceSpan
from factoid.reconcile import groups as g
from factoid.reconcile import trust

PID, OTHER = "person/a", "person/b"


def claim(doc: str, prop: str, value: str, start: int = 0, subject: str = "x@0", role=PassageRole.MAIN,
          hedge: str | None = None) -> Claim:
    quote = f"{prop} {value}"
    return Claim(subject, "A", prop, value, value, SourceSpan(doc, start, start + len(quote), quote, role, hedge), "test")


def previous_of(groups: list[g.Group]) -> dict[str, tuple[str, str, int]]:
    return {c.id: (grp.person_id, grp.id, len(grp.claims)) for grp in groups for c in grp.claims}


def shape(groups: list[g.Group] | None) -> list[tuple[str, str, list[str]]] | None:
    return None if groups is None else [(x.id, x.value, [c.id for c in x.claims]) for x in groups]


BIRTHS = [claim("d1", "date_of_birth", "1900"), claim("d2", "date_of_birth", "1900-03-12"),
          claim("d3", "date_of_birth", "1901"), claim("d4", "date_of_birth", "1900-03"),
          claim("d5", "date_of_birth", "1901-05-02"), claim("d6", "date_of_birth", "1900", start=9)]


def test_reused_groups_are_the_groups_made_afresh() -> None:
    made = g._group_person_property(PID, "date_of_birth", BIRTHS)
    assert len(made) > 1 and any(len(x.claims) > 1 for x in made)
    assert shape(g._reused(PID, "date_of_birth", BIRTHS, previous_of(made))) == shape(made)


def test_no_reuse_when_a_claim_is_new_moved_or_gone() -> None:
    made = g._group_person_property(PID, "date_of_birth", BIRTHS)
    prev = previous_of(made)
    new = claim("d7", "date_of_birth", "1900")
    assert g._reused(PID, "date_of_birth", [*BIRTHS, new], prev) is None  # a claim the last build did not have
    assert g._reused(OTHER, "date_of_birth", BIRTHS, prev) is None  # another person's claims then
    gone = next(c for x in made if len(x.claims) > 1 for c in x.claims)
    assert g._reused(PID, "date_of_birth", [c for c in BIRTHS if c is not gone], prev) is None  # a group shrank
    moved = dict(prev)
    moved[BIRTHS[0].id] = (OTHER, *prev[BIRTHS[0].id][1:])
    assert g._reused(PID, "date_of_birth", BIRTHS, moved) is None


def test_a_group_gone_whole_leaves_the_others_as_a_fresh_grouping_makes_them() -> None:
    made = g._group_person_property(PID, "date_of_birth", BIRTHS)
    alone = next(x for x in made if len(x.claims) == 1) if any(len(x.claims) == 1 for x in made) else made[-1]
    rest = [c for c in BIRTHS if c not in alone.claims]
    reused = g._reused(PID, "date_of_birth", rest, previous_of(made))
    assert shape(reused) == shape(g._group_person_property(PID, "date_of_birth", rest))


def test_group_claims_with_previous_is_group_claims_without() -> None:
    claims = [*BIRTHS, claim("d1", "place_of_birth", "Odessa", 40), claim("d2", "place_of_birth", "Kiev", 40),
              claim("d3", "date_of_death", "1945", 50, subject="y@0")]
    ent = {"x@0": PID, "y@0": OTHER}
    first = g.group_claims(claims, ent)
    extra = claim("d9", "date_of_death", "1946", 7, subject="y@0")
    assert shape(g.group_claims([*claims, extra], ent, previous_of(first))) == shape(g.group_claims([*claims, extra], ent))


# ---- trust rounds ---------------------------------------------------------------------------------


def _reference_iterate(groups, witness, doc_year=None):  # type: ignore[no-untyped-def]
    """The rounds as they ran before: every group in every round."""
    def competing(gs):  # type: ignore[no-untyped-def]
        by = defaultdict(list)
        for x in gs:
            by[(x.person_id, x.property)].append(x)
        return by

    def trust_of(gs, conf):  # type: ignore[no-untyped-def]
        sums, counts = defaultdict(float), defaultdict(int)
        for key, rivals in competing(gs).items():
            if key[1] not in SINGLE_VALUED or len(rivals) < 2:
                continue
            total = sum(conf[x.id] for x in rivals) or 1.0
            for x in rivals:
                for doc in {c.span.document_id for c in x.claims}:
                    sums[doc] += conf[x.id] / total
                    counts[doc] += 1
        docs = {c.span.document_id for x in gs for c in x.claims}
        return {d: (0.7 * 3 + sums[d] * 1.4) / (3 + counts[d]) if counts[d] else 0.7 for d in docs}

    t, conf = {}, {}
    for _ in range(trust.ROUNDS):
        for key, rivals in competing(groups).items():
            raw = {x.id: trust.group_support(x, t, witness, doc_year)[0] for x in rivals}
            if key[1] in SINGLE_VALUED and len(rivals) > 1:
                total = sum(raw.values()) or 1.0
                conf.update({gid: raw[gid] * raw[gid] / total for gid in raw})
            else:
                conf.update(raw)
        t = trust_of(groups, conf)
    return conf, t


def test_rounds_over_contested_properties_give_the_same_confidence_and_trust() -> None:
    claims = [*BIRTHS, claim("d1", "place_of_birth", "Odessa", 40), claim("d3", "place_of_birth", "Kiev", 40),
              claim("d2", "place_of_birth", "Kiev", 41, hedge="reportedly"),
              claim("d4", "position_held", "head of the NKVD", 60), claim("d1", "position_held", "commissar", 60),
              claim("d5", "date_of_death", "1945", 70, subject="y@0"),
              claim("d2", "date_of_death", "1946", 70, subject="y@0", role=PassageRole.COMMENT),
              claim("d6", "date_of_death", "1945", 80, subject="y@0"), claim("d9", "award_received", "Order of Lenin", 5)]
    groups = g.group_claims(claims, {"x@0": PID, "y@0": OTHER})
    contested = [k for k, rs in trust.competing(groups).items() if k[1] in SINGLE_VALUED and len(rs) > 1]
    assert len(contested) >= 2 and len(groups) > len(contested) + 2

    def witness(c: Claim) -> str:
        return {"d6": "d5"}.get(c.span.document_id, c.span.document_id)

    years = {"d1": 1990, "d2": 2010}
    assert trust.iterate(groups, witness, years) == _reference_iterate(groups, witness, years)


def test_rounds_give_the_reference_numbers_on_many_generated_corpora() -> None:
    """The rounds read each contested group's id and documents once per build (not once per
    round): the confidences and trusts are the reference's to the last digit, on generated
    persons whose documents take sides on several contested properties at once."""
    import random

    values = {"date_of_birth": ["1900", "1901", "1900-03", "1899"], "place_of_birth": ["Odessa", "Kiev", "Minsk"],
              "date_of_death": ["1945", "1946", "1950"], "position_held": ["commissar", "head of the NKVD"]}
    for seed in range(40):
        rng = random.Random(seed)
        claims = []
        for k in range(rng.randint(4, 30)):
            prop = rng.choice(sorted(values))
            claims.append(claim(f"d{rng.randint(1, 8)}", prop, rng.choice(values[prop]), start=k * 10,
                                subject=rng.choice(["x@0", "y@0", "z@0"]),
                                role=rng.choice([PassageRole.MAIN, PassageRole.QUOTE, PassageRole.COMMENT]),
                                hedge=rng.choice([None, None, "reportedly"])))
        groups = g.group_claims(claims, {"x@0": PID, "y@0": OTHER, "z@0": "person/c"})
        copies = {f"d{rng.randint(1, 8)}": f"d{rng.randint(1, 8)}" for _ in range(2)}

        def witness(c: Claim) -> str:
            return copies.get(c.span.document_id, c.span.document_id)

        years = {f"d{i}": rng.choice([1950, 1990, 2010]) for i in range(1, 9) if rng.random() < 0.5}
        assert trust.iterate(groups, witness, years) == _reference_iterate(groups, witness, years), seed


def test_specificity_is_asked_of_the_value_rules_once_per_value(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Grouping remembers each (property, value)'s specificity: every claim of the corpus is
    sorted by it each build, over few distinct values; the groups are the same."""
    asked: list[tuple[str, str]] = []
    real = g._value_specificity
    g.specificity.cache_clear()
    monkeypatch.setattr(g, "_value_specificity", lambda prop, value: asked.append((prop, value)) or real(prop, value))
    many = [claim(f"d{i}", "date_of_birth", v, start=i) for i, v in enumerate(["1900", "1900-03", "1900"] * 20)]
    made = g._group_person_property(PID, "date_of_birth", many)
    assert shape(g._reused(PID, "date_of_birth", many, previous_of(made))) == shape(made)
    assert sorted(asked) == [("date_of_birth", "1900"), ("date_of_birth", "1900-03")]
    assert [g.specificity("date_of_birth", v) for v in ("1900", "1900-03")] == \
        [real("date_of_birth", v) for v in ("1900", "1900-03")]
    g.specificity.cache_clear()
