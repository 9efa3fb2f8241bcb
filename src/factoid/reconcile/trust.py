"""Weighing sources and claims: confidence of each agreement group, trust of each source.

In the spirit of TruthFinder (Yin, Han and Yu 2007) and of Dong, Berti-Equille and
Srivastava (2009): a value's confidence grows with the independent sources behind it, each
counted by its trust and by how firmly it asserts (hedged claims and reader comments count
less); a source's trust is the average support its claims get where sources compete; copies
are one witness. A few rounds of this converge on small corpora.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence

from factoid.model import Claim, PassageRole, SINGLE_VALUED
from factoid.reconcile.groups import Group

PRIOR_TRUST = 0.7
ROUNDS = 4
HEDGE_WEIGHT = 0.5
ROLE_WEIGHT = {PassageRole.MAIN: 1.0, PassageRole.QUOTE: 0.8, PassageRole.COMMENT: 0.3}


def claim_weight(claim: Claim) -> float:
    """How firmly a citation asserts its value."""
    w = ROLE_WEIGHT.get(claim.span.role, 0.2)
    if claim.span.hedge:
        w *= HEDGE_WEIGHT
    return w


#: A source written this many years after the event it reports counts as late.
LATE_YEARS = 50
LATE_WEIGHT = 0.85


def late(claim: Claim, doc_year: dict[str, int]) -> bool:
    """Whether a dated claim comes from a source written long after the event (the latest
    year the source mentions, a rough stand-in for when it was written)."""
    written = doc_year.get(claim.span.document_id)
    event = claim.value[:4] if claim.value[:4].isdigit() else (claim.qualifiers.get("start") or "")[:4]
    return bool(written and event.isdigit() and written - int(event) >= LATE_YEARS)


def group_support(
    group: Group, trust: dict[str, float], witness: Callable[[Claim], str], doc_year: dict[str, int] | None = None
) -> tuple[float, int]:
    """Confidence that the group's value is true, and its number of independent witnesses.
    A value resting on a single late secondary source weighs less."""
    weights = support_weights(group, witness, doc_year)
    return support(weights, trust), len(weights)


def witness_count(group: Group, witness: Callable[[Claim], str]) -> int:
    """How many independent witnesses a group's claims have (copies of one text are one)."""
    return len({witness(c) for c in group.claims})


#: Per witness of a group, in order of its first citation: each of its documents with the
#: firmest weight a claim of the group gets there (before the document's trust).
Weights = list[dict[str, float]]


def support_weights(group: Group, witness: Callable[[Claim], str], doc_year: dict[str, int] | None = None) -> Weights:
    """What ``support`` needs of a group, apart from trust: made once per group, then read by
    every round of ``iterate`` (a much-cited group has thousands of claims; only the trust
    of their documents changes between rounds)."""
    single = witness_count(group, witness) == 1
    by_witness: dict[str, dict[str, float]] = {}
    for c in group.claims:
        factor = LATE_WEIGHT if single and doc_year and late(c, doc_year) else 1.0
        weight = claim_weight(c) * factor
        docs = by_witness.setdefault(witness(c), {})
        doc = c.span.document_id
        docs[doc] = max(docs.get(doc, 0.0), weight)
    return list(by_witness.values())


def support(weights: Weights, trust: dict[str, float]) -> float:
    """A group's confidence under ``trust``: one minus the chance that every witness errs,
    each counted by its firmest citation. The same numbers as weighing every claim (a product
    by a positive trust keeps the order of weights, so the firmest weight gives the greatest
    product), multiplied in the same order (the witnesses' first citations)."""
    miss = 1.0
    for docs in weights:
        s = max(w * trust.get(doc, PRIOR_TRUST) for doc, w in docs.items())
        miss *= 1.0 - min(s, 0.95)
    return 1.0 - miss


def competing(groups: Sequence[Group]) -> dict[tuple[str, str], list[Group]]:
    by: dict[tuple[str, str], list[Group]] = defaultdict(list)
    for g in groups:
        by[(g.person_id, g.property)].append(g)
    return by


def iterate(
    groups: Sequence[Group], witness: Callable[[Claim], str], doc_year: dict[str, int] | None = None,
    *, contested_only: bool = False,
) -> tuple[dict[str, float], dict[str, float]]:
    """Group confidences (normalised among competitors of single-valued properties) and
    source trust after a few rounds.

    Why the rounds run over the contested properties alone: trust moves only where sources
    compete on a single-valued property (``_trust``), so the other groups cannot feed back
    into it; their confidence is computed once, from the trust the last round read, which is
    what a round over every group would give them. The result is the same, and a corpus of
    many people with few disputes pays for one pass instead of ``ROUNDS``. With
    ``contested_only`` that pass is skipped: a caller that reads only the confidence of
    contested groups (the first round of witnesses, ``reconcile``) gets the same numbers
    for them without paying for every other group's.

    The two halves are separate functions so that reconciliation in partitions of persons
    (``reconcile.partition``) runs the rounds once over every contested group and the pass
    over the others in each partition."""
    conf, trust, last = contested_rounds(groups, witness, doc_year)
    if not contested_only:
        conf.update(settled_confidence(groups, witness, doc_year, last))
    return conf, trust


def contested(key: tuple[str, str], rivals: Sequence[Group]) -> bool:
    """Whether the groups of one person and property compete: a single-valued property with
    more than one group. Only these move a source's trust."""
    return key[1] in SINGLE_VALUED and len(rivals) > 1


def contested_rounds(
    groups: Sequence[Group], witness: Callable[[Claim], str], doc_year: dict[str, int] | None = None,
    docs: set[str] | None = None,
) -> tuple[dict[str, float], dict[str, float], dict[str, float]]:
    """The rounds of ``iterate`` over the contested groups among ``groups``: their
    confidences, the trust of every document of ``docs`` (default: those ``groups`` cite), and
    the trust the last round read (what the other groups' confidence is computed from)."""
    rivals_by_key = competing(groups)
    by_key = {k: rs for k, rs in rivals_by_key.items() if contested(k, rs)}
    docs = {c.span.document_id for g in groups for c in g.claims} if docs is None else docs
    trust: dict[str, float] = {}
    conf: dict[str, float] = {}
    last = trust
    weights = {g.id: support_weights(g, witness, doc_year) for rivals in by_key.values() for g in rivals}
    # what each round reads of a key's groups, found once: their ids and their documents
    # (every round asked every group for both again; the rounds' arithmetic is unchanged)
    cited = [[(g.id, {c.span.document_id for c in g.claims}) for g in rivals] for rivals in by_key.values()]
    for _ in range(ROUNDS):
        last = trust
        for rivals in cited:
            raw = {gid: support(weights[gid], trust) for gid, _ in rivals}
            total = sum(raw.values()) or 1.0
            conf.update({gid: raw[gid] * raw[gid] / total for gid in raw})
        trust = _trust(cited, conf, docs)
    return conf, trust, last


def settled_confidence(
    groups: Sequence[Group], witness: Callable[[Claim], str], doc_year: dict[str, int] | None, last: dict[str, float]
) -> dict[str, float]:
    """The confidence of the groups among ``groups`` that compete with none, under the trust
    the last round read (``contested_rounds``): one pass, per person and property."""
    conf: dict[str, float] = {}
    for key, rivals in competing(groups).items():
        if not contested(key, rivals):
            conf.update({g.id: support(support_weights(g, witness, doc_year), last) for g in rivals})
    return conf


def _trust(contested: Sequence[Sequence[tuple[str, set[str]]]], conf: dict[str, float], docs: set[str]
           ) -> dict[str, float]:
    """A source's trust: the prior, moved by how its values fare where sources compete.

    Only contested single-valued properties count (``contested``: per such property, its
    rival groups' ids and the documents each cites, in order): there a source that sides with
    the better-supported value gains, one contradicted by an independent majority loses.
    Uncontested values say nothing about a source's reliability, so a lone source keeps its
    prior rather than sinking by its own uncorroborated claims. Every document of ``docs``
    gets a trust."""
    sums: dict[str, float] = defaultdict(float)
    counts: dict[str, int] = defaultdict(int)
    for rivals in contested:
        total = sum(conf[gid] for gid, _ in rivals) or 1.0
        for gid, cited in rivals:
            for doc in cited:
                sums[doc] += conf[gid] / total
                counts[doc] += 1
    # smoothing: a source's trust moves from the prior by at most its share-weighted record
    return {d: (PRIOR_TRUST * 3 + sums[d] * 1.4) / (3 + counts[d]) if counts[d] else PRIOR_TRUST for d in docs}
