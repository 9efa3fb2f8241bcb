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
