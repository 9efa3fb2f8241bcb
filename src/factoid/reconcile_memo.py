"""Reconciliation that assesses again only the persons and properties whose inputs changed
(issue 14: a rebuild after one added document costs what changed).

The assessments and disputes of one person and property (``partition.assess_part``) are a
pure function of its agreement groups and of a few values read for them: which of its groups
the sanity checks mark (they read the person's other properties and the births of the kin it
names: ``sanity.implausible``, run over every person, is cheap), the confidence the trust
rounds gave its contested groups, the trust of the documents it cites (and the trust the last
round read), their years, the independent witness of each citation (copy classes, passage
layout), and the decisions that rank its groups (``curation.apply.rank``). ``key_digest``
hashes exactly these. The corpus-wide step (``partition.weigh``: years, copies, the trust
fixpoint) still runs over everyone, since one new source can move any source's trust; the
per-property step then runs only where the digest is not the one the last build stored, and
the rows of the others stay as written (``writes.sync_parts`` with ``kept``). Per person and
property, not per person: a person cited thousands of times gains a claim or two of one
property from a new document, and the rest of the person stays as it was.

The memo (person -> property -> digest, its agreement group ids, its disputes) is stored by
every build (``dump``/``load``); the caller passes it only when that build derived with the
same code and data (``reconcile.reuse``), and drops the entries whose stored rows are not
intact. The result is that of ``reconcile.reconcile``, in the same order, for the groups
assessed; the kept ones' disputes come from the memo.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field

from factoid.model import Assessment, Claim, Dispute, Passage
from factoid.reconcile import Layout, witness_fn
from factoid.reconcile import partition
from factoid.reconcile.groups import Group, Previous
from factoid.reconcile.sanity import implausible

__all__ = ["DOCUMENTS", "STATE", "Decisions", "Entry", "Memo", "Memoised", "dump", "dump_documents", "key_digest", "load",
           "load_documents"]

#: The ``derived_state`` row holding the memo of the last build.
STATE = "reconciled"


@dataclass
class Entry:
    """One person and property as the last build stored it: the digest of its inputs, its
    agreement group ids (the parts of the assessments table holding its rows), its disputes
    and its successor disputes (in group order)."""

    digest: str
    groups: list[str]
    disputes: list[Dispute] = field(default_factory=list)
    successors: list[Dispute] = field(default_factory=list)


#: (Person id, property) -> its entry.
Memo = dict[tuple[str, str], Entry]


@dataclass(frozen=True)
class Decisions:
    """What ranking reads of the decisions (``curation.apply.Applied``): the preferred value
    per (person, property) and the confirmed claims."""

    prefer: Mapping[tuple[str, str], tuple[str, str]] = field(default_factory=dict)
    confirmed: Mapping[str, str] = field(default_factory=dict)


@dataclass
class Context:
    """The values a digest reads beside the groups, found once per build."""

    weighed: partition.Weighed
    witness: Callable[[Claim], str]
    odd: Mapping[str, str]
    decisions: Decisions


def key_digest(key: tuple[str, str], groups: Sequence[Group], ctx: Context) -> str:
    """What the per-property step reads for one person and property (its groups in order),
    hashed: each claim with what its id leaves out (its name as written, role, hedge, quote),
    its witness and confirmation; per group the confidence the trust rounds gave it and its
    sanity mark; the preference on the property; per cited document its trust, last-round
    trust and year."""
    w, confirmed = ctx.weighed, ctx.decisions.confirmed
    docs: set[str] = set()
    data: list[object] = [key, ctx.decisions.prefer.get(key)]
    for g in groups:
        claims = [(c.id, c.subject_name, c.value_text, str(c.span.role), c.span.hedge, c.span.quote, ctx.witness(c),
                   confirmed.get(c.id)) for c in g.claims]
        docs.update(c.span.document_id for c in g.claims)
        data.append((g.id, w.conf.get(g.id), ctx.odd.get(g.id), claims))
    data.append([(d, w.trust.get(d), w.last.get(d), w.years.get(d)) for d in sorted(docs)])
    return hashlib.blake2b(repr(data).encode("utf-8"), digest_size=16).hexdigest()


def _by_key(groups: Sequence[Group]) -> dict[tuple[str, str], list[Group]]:
    out: dict[tuple[str, str], list[Group]] = {}
    for g in groups:
        out.setdefault((g.person_id, g.property), []).append(g)
    return out


def reconcile_memoised(
    claims: Sequence[Claim], entity_person: Mapping[str, str], passages: Sequence[Passage],
    written: Mapping[str, int] | None, previous: Previous | None, memo: Memo, decisions: Decisions,
    documents: Mapping[str, partition.DocFacts] | None = None,
) -> tuple[list[Assessment], list[Dispute], dict[str, dict], Memo, list[str], dict[str, partition.DocFacts]]:
    """``reconcile.reconcile`` (one partition, this process), assessing only the persons and
    properties not in ``memo`` under the same digest, and reading the text of only the
    documents not in ``documents`` (``partition.document_facts``). Returns the assessments of
    the groups assessed, every dispute and source, the memo of this build, the group ids
    whose stored rows stay, and the facts of every document."""
    grouped = partition.group_part(partition.split(1, claims, entity_person, passages, previous)[0])
    facts = partition.document_facts(passages, documents)
    layout = Layout(grouped.passages)  # the same passages: one layout for both steps
    weighed, relations = partition.weigh([partition.summarise(grouped)], claims, passages, written, facts, layout)
    witness = witness_fn(layout, weighed.doc_class)
    ctx = Context(weighed, witness, implausible(grouped.groups, kin=weighed.kin), decisions)
    made: Memo = {}
    fresh: list[Group] = []
    digests: dict[tuple[str, str], str] = {}
    for key, gs in _by_key(grouped.groups).items():
        digests[key] = key_digest(key, gs, ctx)
        entry = memo.get(key)
        if entry is not None and entry.digest == digests[key]:
            made[key] = entry
        else:
            fresh.extend(gs)
    kept = [gid for e in made.values() for gid in e.groups]
    result = partition.assess_part(partition.Grouped(fresh, grouped.passages), weighed, ctx.odd, witness)
    for key, gs in _by_key(fresh).items():
        made[key] = Entry(digests[key], [g.id for g in gs])
    for key, _, ds in result.keyed:
        made[key].disputes = ds
    for d in result.successors:
        made[(d.person_id, d.property)].successors.append(d)
    made = dict(sorted(made.items()))
    disputes = [d for e in made.values() for d in e.disputes]
    disputes += sorted((d for e in made.values() for d in e.successors), key=lambda d: (d.person_id, d.property))
    assessments = [a for _, as_, _ in sorted(result.keyed, key=lambda k: k[0]) for a in as_]
    return (assessments, sorted(disputes, key=lambda d: -d.strength),
            partition.sources_of(weighed.trust, relations, passages), made, kept, facts)


def _dispute(d: Dispute) -> list:
    return [d.topic, list(d.groups), list(d.values), d.strength]


def dump(memo: Memo) -> str:
    """The memo as JSON text, for ``derived_state``: person -> property -> entry."""
    data: dict[str, dict[str, list]] = {}
    for (pid, prop), e in memo.items():
        data.setdefault(pid, {})[prop] = [e.digest, e.groups, [_dispute(d) for d in e.disputes],
                                          [_dispute(d) for d in e.successors]]
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def load(text: str | None, intact: Collection[str]) -> Memo:
    """The memo ``dump`` wrote, without the entries any of whose groups' stored rows are not
    ``intact`` (a cascade removed some: they are assessed again); empty when none was stored
    or it is unreadable (then everything is assessed, which is only slower)."""
    if not text:
        return {}
    try:
        memo = {(pid, prop): Entry(digest, groups, [_from(pid, prop, d) for d in ds], [_from(pid, prop, d) for d in ss])
                for pid, props in json.loads(text).items() for prop, (digest, groups, ds, ss) in props.items()}
    except (ValueError, TypeError, AttributeError):
        return {}
    return {k: e for k, e in memo.items() if all(g in intact for g in e.groups)}


#: The ``derived_state`` row holding the ``DocFacts`` of every document of the last build.
DOCUMENTS = "document_facts"


def dump_documents(facts: Mapping[str, partition.DocFacts], hashes: Mapping[str, str]) -> str:
    """The documents' facts with the content hash of the text they were read from."""
    return json.dumps({d: [hashes.get(d), y, n] for d, (y, n) in sorted(facts.items())}, separators=(",", ":"))


def load_documents(text: str | None, hashes: Mapping[str, str]) -> dict[str, partition.DocFacts]:
    """The facts ``dump_documents`` wrote, of the documents whose text is still the one they
    were read from (same content hash); empty when none were stored or they are unreadable
    (then every document is read, which is only slower)."""
    if not text:
        return {}
    try:
        return {d: (y, n) for d, (h, y, n) in json.loads(text).items() if h is not None and hashes.get(d) == h}
    except (ValueError, TypeError, AttributeError):
        return {}


def _from(pid: str, prop: str, d: list) -> Dispute:
    topic, groups, values, strength = d
    return Dispute(pid, prop, topic, tuple(groups), tuple(values), strength)


class Memoised:
    """A ``reconcile`` (same arguments, same assessments for the persons it assesses, same
    disputes and sources) over a memo; after the call, ``made`` is the memo to store and
    ``kept`` the group ids whose stored assessment rows stay (None until it ran).
    ``documents``: the ``DocFacts`` of documents whose text did not change (read from
    ``DOCUMENTS``); ``documents_made`` those of every document, after the call."""

    def __init__(self, memo: Memo, decisions: Decisions | None = None,
                 documents: Mapping[str, partition.DocFacts] | None = None) -> None:
        self.memo = memo
        self.decisions = decisions or Decisions()
        self.documents = documents or {}
        self.made: Memo | None = None
        self.kept: list[str] | None = None
        self.documents_made: dict[str, partition.DocFacts] | None = None

    def __call__(self, claims: Sequence[Claim], entity_person: Mapping[str, str], passages: Sequence[Passage],
                 written: Mapping[str, int] | None = None, previous: Previous | None = None,
                 ) -> tuple[list[Assessment], list[Dispute], dict[str, dict]]:
        assessments, disputes, sources, self.made, self.kept, self.documents_made = reconcile_memoised(
            claims, entity_person, passages, written, previous, self.memo, self.decisions, self.documents)
        return assessments, disputes, sources
