"""Applying decisions on a build: from the decisions log and the current corpus to the inputs
of resolution (must-link and cannot-link pairs) and the ranks of reconciliation (deprecated,
preferred). Pure functions; ``factoid.api`` reads the store and passes the records in.

Why decisions are applied as inputs, not patched onto outputs: a merge or split changes which
claims are one person's, hence agreement, disputes and confidence; a claim marked wrong must
not keep a dispute alive. So resolution and reconciliation run again with the decisions in.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from factoid.curation.anchor import relocate
from factoid.curation.decisions import State
from factoid.curation.keys import claim_key, mention_key
from factoid.model import Assessment, Claim, Mention
from factoid.names import fold as fold_name
from factoid.resolve import Links

__all__ = ["Applied", "claim_keys", "documents_of", "entity_keys", "links", "locate", "matches", "prepare", "rank"]

Row = dict[str, Any]


def entity_keys(mentions: Iterable[Mention], hashes: Mapping[str, str],
                stored: Sequence[str | None] | None = None) -> dict[str, list[str]]:
    """Document-local entity -> the keys of its mentions. ``stored``: the key extraction
    stored for each mention, None where one must be made again (``reads.get_keyed_mentions``);
    a build reads them rather than hash every mention of the corpus."""
    out: dict[str, list[str]] = defaultdict(list)
    keyed = zip(mentions, stored, strict=True) if stored is not None else ((m, None) for m in mentions)
    for m, key in keyed:
        out[m.entity].append(key or mention_key(hashes.get(m.document_id, ""), m.start, m.end))
    return dict(out)


def claim_keys(claims: Iterable[Claim], hashes: Mapping[str, str],
               stored: Mapping[str, str | None] | None = None) -> dict[str, str]:
    """Claim id -> claim key; ``stored``: claim id -> the key extraction stored (None where
    one must be made again), as for ``entity_keys``."""
    known = stored or {}
    return {c.id: known.get(c.id) or claim_key(hashes.get(c.span.document_id, ""), c.span.start, c.span.end,
                                                c.property, c.value)
            for c in claims}


def documents_of(rows: Iterable[Mapping[str, Any]]) -> set[str]:
    """The documents the decisions' anchors name (their texts are needed to re-anchor)."""
    return {t["document"] for r in rows for t in r["targets"]}


def locate(rows: Sequence[Mapping[str, Any]], current: Mapping[str, tuple[str, str]],
           known: set[str]) -> list[Row]:
    """Decision rows with every anchor placed on the current texts; an anchor whose place
    holds no current mention or claim (``known`` keys) gets key None (orphaned)."""
    out = []
    for r in rows:
        targets = []
        for t in r["targets"]:
            moved = relocate(t, current)
            if moved["key"] is not None and moved["type"] != "document" and moved["key"] not in known:
                moved["key"] = None
            targets.append(moved)
        out.append({**r, "targets": targets})
    return out


def _why(row: Mapping[str, Any]) -> str:
    reason = f": {row['reason']}" if row.get("reason") else ""
    return f"decision {row.get('id', row['uid'])} by {row['user']}{reason}"


def links(state: State, entity_of: Mapping[str, str]) -> Links:
    """Must-link (``same``) and cannot-link (``different``) pairs of local entities."""
    must, cannot = [], []
    for pair, row in sorted(state.pairs.items(), key=lambda kv: kv[1].get("id") or 0):
        keys = [t["key"] for t in row["targets"]]
        a, b = (entity_of.get(k) for k in keys)
        if a is None or b is None:
            continue
        if row["kind"] == "same":
            must.append((a, b, _why(row)))
        elif row["kind"] == "different":
            cannot.append((a, b, _why(row)))
    return Links(must=tuple(must), cannot=tuple(cannot))


@dataclass
class Applied:
    """What reconciliation needs from the decisions: the claims to leave out (marked wrong)
    with why, the confirmed claims, and per (person, property) the preferred value."""

    wrong: dict[str, str] = field(default_factory=dict)  # claim id -> reason shown
    confirmed: dict[str, str] = field(default_factory=dict)  # claim id -> reason shown
    prefer: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)  # -> (value, reason)


def prepare(state: State, claims: Sequence[Claim], keys: Mapping[str, str],
            entity_of: Mapping[str, str], entity_person: Mapping[str, str]) -> Applied:
    """Claim verdicts and preferences in terms of this build's claim and person ids."""
    out = Applied()
    for c in claims:
        row = state.claims.get(keys[c.id])
        if row is None:
            continue
        if row["verdict"] == "wrong":
            out.wrong[c.id] = f"wrong: {_why(row)}"
        elif row["verdict"] == "confirmed":
            out.confirmed[c.id] = f"confirmed: {_why(row)}"
    for row in state.prefers:  # later preferences override earlier ones
        entity = entity_of.get(row["targets"][0]["key"])
        pid = entity_person.get(entity) if entity else None
        if pid:
            out.prefer[(pid, row["property"])] = (row["value"], f"preferred: {_why(row)}")
    return out


def matches(value: str, claim: Claim) -> bool:
    """Whether a preferred value names this claim's value (normalised or as written)."""
    v = fold_name(value.strip())
    return v in (fold_name(claim.value), fold_name(claim.value_text))


def rank(assessments: Sequence[Assessment], claims: Sequence[Claim], applied: Applied,
         entity_person: Mapping[str, str]) -> list[Assessment]:
    """Assessments with ``rank``/``rank_reason`` in their features, and one deprecated
    assessment per claim marked wrong (kept, in a group of its own, never preferred).

    What decides a rank is a property of the agreement group (a confirmed member, a member
    matching the preferred value), so it is found once per group: asked per claim, it walked
    the group for each of its claims, quadratic in a much-cited group."""
    by_id = {c.id: c for c in claims}
    members: dict[str, list[Claim]] = defaultdict(list)
    for a in assessments:
        members[a.group].append(by_id[a.claim_id])
    verdicts: dict[str, tuple[str, str | None, bool, str | None]] = {}
    out = []
    for a in assessments:
        verdict = verdicts.get(a.group)
        if verdict is None:
            verdict = verdicts[a.group] = _group_rank(members[a.group], applied.prefer.get((a.person_id, by_id[a.claim_id].property)), applied)
        rank_, reason, by_user, confirmed = verdict
        features = {**a.features, "rank": rank_, "rank_reason": reason, "preferred_by_user": by_user}
        if confirmed:
            features["confirmed"] = confirmed
        out.append(Assessment(a.claim_id, a.person_id, a.group, a.confidence, a.disputed, a.preferred, a.witnesses,
                              a.citations, features))
    for cid, reason in applied.wrong.items():
        c = by_id[cid]
        pid = entity_person.get(c.subject)
        if pid is None:
            continue
        out.append(Assessment(claim_id=cid, person_id=pid, group=f"deprecated/{cid}", confidence=0.0, disputed=False,
                              preferred=False, witnesses=0, citations=1,
                              features={"rank": "deprecated", "rank_reason": reason, "preferred_by_user": False}))
    return out


def _group_rank(group: Sequence[Claim], pref: tuple[str, str] | None,
                applied: Applied) -> tuple[str, str | None, bool, str | None]:
    """(rank, reason, whether a researcher preferred it, the confirmation) of one agreement
    group, given the preference in effect for its person and property."""
    confirmed = next((applied.confirmed[c.id] for c in group if c.id in applied.confirmed), None)
    if pref is not None and any(matches(pref[0], c) for c in group):
        return "preferred", pref[1], True, confirmed
    if confirmed and pref is None:
        return "preferred", confirmed, False, confirmed
    return "normal", None, False, confirmed
