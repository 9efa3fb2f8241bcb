"""Reconciliation in partitions of persons: per-person work on the workers of a Dask cluster,
the trust of the sources in the parent, the same result as in one process.

Reconciliation is per person except for one thing: a source's trust is a fixpoint over
everything it says about everyone (``trust.contested_rounds``), and every confidence reads
it. So it runs in three steps:

1. per partition (map): the agreement groups of its persons (``group_claims``), and what
   the parent needs of them: the contested groups (the only ones trust is made of, a
   single-valued property with rival values), the documents each person and property cites,
   and what the sanity checks read of other people (``sanity.kin_facts``: births, names);
2. in the parent: the documents' years and witness classes (copies), the two trust rounds
   over the contested groups of every partition, the sources;
3. per partition (map): the sanity checks, the confidence of the uncontested groups, the
   ranking, disputes and assessments (``reconcile.assess``), successor disputes.

The groups stay where step 1 made them (a Dask future; step 3 runs beside it), so only the
claims go out once and the contested groups come back. Persons go to partitions by a hash of
their id (stable across processes and runs), and the parent merges the results in the order
of one process (persons and properties sorted, as ``group_claims`` makes them), so the output
is identical to ``reconcile.reconcile``, which is this module's steps run here in one
partition.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, Protocol

from factoid.model import Assessment, Claim, Dispute, Passage
from factoid.reconcile import Layout, losing_sources, witness_fn, assess, document_years
from factoid.reconcile.groups import Group, Previous, group_claims
from factoid.reconcile.independence import classes_of, copy_facts, long_passages, shared_minority_values
from factoid.reconcile.sanity import Kin, implausible, kin_facts, marked_confidence, merged_kin
from factoid.reconcile.successors import successor_disputes
from factoid.reconcile.trust import competing, contested, contested_rounds, iterate, settled_confidence

__all__ = ["HERE", "PARTS_PER_WORKER", "Executor", "on_cluster", "part_of", "reconcile_parts", "sources_of"]

#: Partitions per worker: more than one, so a partition of many claims does not hold up the rest.
PARTS_PER_WORKER = 3

Key = tuple[str, str]


def part_of(person_id: str, parts: int) -> int:
    """The partition of a person: a hash of the id (Python's own ``hash`` of a string changes
    with every process)."""
    return int.from_bytes(hashlib.blake2b(person_id.encode(), digest_size=8).digest(), "big") % parts


@dataclass
class Part:
    """The input of one partition: its persons' claims (in the order of the whole), the
    persons of their subjects, the last build's groups of those claims, and the passages of
    the documents they cite (without their text: only where each passage lies is read)."""

    claims: list[Claim]
    entity_person: dict[str, str]
    previous: dict[str, tuple[str, str, int]] | None
    passages: list[Passage]


@dataclass
class Grouped:
    """Step 1's result, kept where it was made: the partition's groups and passages."""

    groups: list[Group]
    passages: list[Passage]


@dataclass
class Summary:
    """What the parent needs of one partition's groups."""

    contested: list[Group]
    cited: list[tuple[Key, list[str]]]
    kin: Kin


@dataclass
class Weighed:
    """What the parent found over every partition, for step 3."""

    doc_class: dict[str, str]
    conf: dict[str, float]
    trust: dict[str, float]
    last: dict[str, float]
    years: dict[str, int]
    kin: Kin


@dataclass
class PartResult:
    """Step 3's result: assessments and disputes per person and property, successor disputes."""

    keyed: list[tuple[Key, list[Assessment], list[Dispute]]]
    successors: list[Dispute]


def group_part(part: Part) -> Grouped:
    """Step 1: the agreement groups of a partition's persons."""
    return Grouped(group_claims(part.claims, part.entity_person, part.previous), part.passages)


def summarise(grouped: Grouped) -> Summary:
    """Step 1's summary for the parent: contested groups, documents cited per person and
    property (in order of citation: the parent rebuilds the set of documents exactly as one
    process does), kin facts."""
    by_key = competing(grouped.groups)
    cited = [(k, list(dict.fromkeys(c.span.document_id for g in gs for c in g.claims))) for k, gs in by_key.items()]
    rivals = [g for k, gs in by_key.items() if contested(k, gs) for g in gs]
    return Summary(rivals, cited, kin_facts(grouped.groups))


def assess_part(grouped: Grouped, weighed: Weighed, odd: Mapping[str, str] | None = None,
                witness: Callable[[Claim], str] | None = None) -> PartResult:
    """Step 3: sanity, the confidence of uncontested groups, ranking, disputes, assessments.
    Everything but the sanity checks is per person and property, so a caller that ran the
    checks over whole persons (``odd``, ``sanity.implausible``) may pass the groups of some
    properties only (``reconcile_memo``), and the ``witness`` it made of these passages."""
    groups = grouped.groups
    witness = witness or witness_fn(Layout(grouped.passages), weighed.doc_class)
    odd = implausible(groups, kin=weighed.kin) if odd is None else dict(odd)
    conf = dict(weighed.conf)
    conf.update(settled_confidence(groups, witness, weighed.years, weighed.last))
    conf = marked_confidence(groups, odd, conf)
    keyed = assess(groups, odd, conf, witness, weighed.trust, weighed.years)
    return PartResult(keyed, successor_disputes(groups))


#: What reconciliation reads of one document's text: the latest year it mentions outside
#: comments and pasted text (``document_years``; None: none) and its number of passages of
#: eight words or more (``independence.copy_facts``).
DocFacts = tuple[int | None, int]


def document_facts(passages: Sequence[Passage], known: Mapping[str, DocFacts] | None = None) -> dict[str, DocFacts]:
    """``DocFacts`` of every document of ``passages``; those of documents in ``known`` are
    taken from it unread (``reconcile_memo``: a document whose text did not change since the
    last build has the same facts, and reading every passage's text for them cost more than
    anything else in this step after one added document)."""
    known = known or {}
    by_doc: dict[str, list[Passage]] = defaultdict(list)
    out: dict[str, DocFacts] = {}
    for p in passages:
        if p.document_id in known:
            out[p.document_id] = known[p.document_id]
        else:
            by_doc[p.document_id].append(p)
    for doc, ps in by_doc.items():
        out[doc] = (document_years(ps).get(doc), long_passages(ps)[doc])
    return out


def weigh(summaries: Sequence[Summary], claims: Sequence[Claim], passages: Sequence[Passage],
          written: Mapping[str, int] | None, facts: Mapping[str, DocFacts] | None = None,
          layout: Layout | None = None) -> tuple[Weighed, dict[str, list[dict]]]:
    """Step 2, in the parent: years, witness classes and the trust rounds over every
    partition's contested groups; also the copy relations of each document, for the sources.
    ``facts``: the ``document_facts`` of ``passages`` when the caller has them (else read);
    ``layout``: the ``Layout`` of ``passages`` when the caller made one (else made here)."""
    rivals = _in_key_order(s.contested for s in summaries)
    docs: set[str] = set()
    for _, cited in sorted((kc for s in summaries for kc in s.cited), key=lambda kc: kc[0]):
        docs.update(cited)
    facts = document_facts(passages) if facts is None else facts
    asked = {c.span.document_id for c in claims}  # the only documents whose year is asked for
    years = {d: y for d, (y, _) in facts.items() if d in asked and y is not None} | dict(written or {})
    copied = copy_facts(passages, {d: n for d, (_, n) in facts.items()})
    layout = Layout(passages) if layout is None else layout
    copies_only, _ = classes_of(copied, relations=False)
    conf, _ = iterate(rivals, witness_fn(layout, copies_only), years, contested_only=True)
    dependent = shared_minority_values(losing_sources(competing(rivals), conf))
    doc_class, relations = classes_of(copied, dependent)
    conf, trust, last = contested_rounds(rivals, witness_fn(layout, doc_class), years, docs)
    return Weighed(doc_class, conf, trust, last, years, merged_kin(s.kin for s in summaries)), relations


def _in_key_order(parts: Iterable[Sequence[Group]]) -> list[Group]:
    """Groups of several partitions in the order of one process: by person and property (a
    stable sort: the groups of one key come from one partition, in the order it made them)."""
    return sorted((g for gs in parts for g in gs), key=lambda g: (g.person_id, g.property))


def split(parts: int, claims: Sequence[Claim], entity_person: Mapping[str, str], passages: Sequence[Passage],
          previous: Previous | None) -> list[Part]:
    """The claims of resolved subjects by partition of their person, in their order."""
    if parts == 1:
        return [Part(list(claims), dict(entity_person), dict(previous) if previous else None, list(passages))]
    out = [Part([], {}, {} if previous else None, []) for _ in range(parts)]
    docs: list[set[str]] = [set() for _ in range(parts)]
    for c in claims:
        pid = entity_person.get(c.subject)
        if not pid:
            continue
        k = part_of(pid, parts)
        out[k].claims.append(c)
        out[k].entity_person[c.subject] = pid
        docs[k].add(c.span.document_id)
        if previous and out[k].previous is not None and c.id in previous:
            out[k].previous[c.id] = previous[c.id]
    by_doc: dict[str, list[Passage]] = defaultdict(list)
    for p in passages:
        by_doc[p.document_id].append(replace(p, text=""))
    for part, ds in zip(out, docs):
        part.passages = [p for d in sorted(ds) for p in by_doc.get(d, [])]
    return out


class Executor(Protocol):
    """Where the steps run: ``submit`` a call (arguments may be earlier calls' handles),
    ``gather`` results, ``scatter`` a value to the workers. A Dask ``Client`` is one."""

    def submit(self, fn: Callable[..., Any], *args: Any, **kw: Any) -> Any: ...
    def gather(self, handles: Sequence[Any]) -> Any: ...
    def scatter(self, value: Any, **kw: Any) -> Any: ...


@dataclass
class _Done:
    value: Any


class _Here:
    """This process, call after call."""

    def submit(self, fn: Callable[..., Any], *args: Any, **kw: Any) -> _Done:
        return _Done(fn(*(a.value if isinstance(a, _Done) else a for a in args)))

    def gather(self, handles: Sequence[Any]) -> list[Any]:
        return [h.value for h in handles]

    def scatter(self, value: Any, **kw: Any) -> _Done:
        return _Done(value)


HERE: Executor = _Here()


def reconcile_parts(
    executor: Executor, parts: int, claims: Sequence[Claim], entity_person: Mapping[str, str],
    passages: Sequence[Passage], written: Mapping[str, int] | None = None, previous: Previous | None = None,
) -> tuple[list[Assessment], list[Dispute], dict[str, dict]]:
    """``reconcile.reconcile`` in ``parts`` partitions of persons, steps 1 and 3 run by
    ``executor``: the same assessments, disputes and sources, in the same order."""
    inputs = split(parts, claims, entity_person, passages, previous)
    grouped = [executor.submit(group_part, executor.scatter(p, hash=False), pure=False) for p in inputs]
    summaries = executor.gather([executor.submit(summarise, g, pure=False) for g in grouped])
    weighed, relations = weigh(summaries, claims, passages, written)
    shared = executor.scatter(weighed, broadcast=True, hash=False)
    results: list[PartResult] = executor.gather([executor.submit(assess_part, g, shared, pure=False) for g in grouped])
    keyed = sorted((k for r in results for k in r.keyed), key=lambda k: k[0])
    assessments = [a for _, as_, _ in keyed for a in as_]
    disputes = [d for _, _, ds in keyed for d in ds]
    disputes += sorted((d for r in results for d in r.successors), key=lambda d: (d.person_id, d.property))
    return assessments, sorted(disputes, key=lambda d: -d.strength), sources_of(weighed.trust, relations, passages)


def sources_of(trust: Mapping[str, float], relations: Mapping[str, list[dict]], passages: Sequence[Passage]) -> dict[str, dict]:
    """Per document: its reliability (the trust rounds' result, the prior for a document
    without claims) and the copy relations found."""
    sources = {
        doc: {"reliability": round(t, 3), "copies": relations.get(doc, []), "features": {"rounds": 4}}
        for doc, t in trust.items()
    }
    for doc in {p.document_id for p in passages} - set(sources):
        sources[doc] = {"reliability": 0.7, "copies": relations.get(doc, []), "features": {"claims": 0}}
    return sources


def on_cluster(address: str, workers: int = 2) -> Callable[..., tuple[list[Assessment], list[Dispute], dict[str, dict]]]:
    """A ``reconcile`` (same arguments, same result) that runs the per-person steps on the
    Dask scheduler at ``address`` (``local``: a cluster of ``workers`` processes here), in
    ``PARTS_PER_WORKER`` partitions per worker."""

    def run(claims: Sequence[Claim], entity_person: Mapping[str, str], passages: Sequence[Passage],
            written: Mapping[str, int] | None = None, previous: Previous | None = None
            ) -> tuple[list[Assessment], list[Dispute], dict[str, dict]]:
        from factoid.engine.dask import Cluster

        with Cluster(address, workers=workers) as cluster:
            return reconcile_parts(cluster.client, PARTS_PER_WORKER * cluster.workers, claims, entity_person,
                                   passages, written, previous)

    return run
