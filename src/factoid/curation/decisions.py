"""The decisions log and what it amounts to: pure functions over decision rows.

A decision is a row of the append-only ``decisions`` table (``factoid.store.schema``):

* ``same`` / ``different`` / ``unsure`` on two mentions (two anchors): merge, split, or only
  "do not propose this pair again". A person-level judgement is stored on one mention of each
  person, so it survives any change of person ids.
* ``claim`` with verdict ``wrong`` / ``confirmed`` / ``unsure`` on one claim anchor.
* ``prefer``: a person (one mention anchor), a ``property`` and the preferred ``value``.
* ``note``: free text (in ``value``) on a person, a claim or a source (a document anchor).
* ``undo``: ``undoes`` holds the uid of an earlier decision; undoing an undo restores it.

Every row has its ``user``, ``reason`` and ``created_at``. Its ``uid`` is a digest of all of
that, so importing the same decision twice adds it once. Nothing is ever deleted: the state
in effect is a fold over the whole log (:func:`in_effect`, :func:`fold`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from factoid.errors import UsageError

__all__ = ["KINDS", "PAIR_KINDS", "VERDICTS", "State", "alive_uids", "fold", "in_effect", "make", "validate"]

PAIR_KINDS = ("same", "different", "unsure")
KINDS = (*PAIR_KINDS, "claim", "prefer", "note", "undo")
VERDICTS = ("wrong", "confirmed", "unsure")
#: The fields that make a decision what it is (and its uid); ``id`` is local to one store.
FIELDS = ("kind", "verdict", "targets", "property", "value", "undoes", "user", "reason", "created_at")

Row = dict[str, Any]


def uid_of(row: Mapping[str, Any]) -> str:
    """A digest of a decision's content: the same decision has the same uid in any store."""
    payload = json.dumps([row.get(f) for f in FIELDS], sort_keys=True, ensure_ascii=False)
    return hashlib.sha1(payload.encode("utf-8")).hexdigest()[:16]


def validate(row: Mapping[str, Any]) -> None:
    """Raise UsageError (one line) when a decision row is malformed."""
    kind = row.get("kind")
    if kind not in KINDS:
        raise UsageError(f"unknown decision kind {kind!r} (known: {', '.join(KINDS)})")
    targets = row.get("targets")
    if not isinstance(targets, list) or not all(isinstance(t, dict) for t in targets):
        raise UsageError("decision targets must be a list of anchors")
    want = {"same": 2, "different": 2, "unsure": 2, "claim": 1, "prefer": 1, "note": 1, "undo": 0}[kind]
    if len(targets) != want:
        raise UsageError(f"a {kind!r} decision takes {want} target(s), not {len(targets)}")
    for t in targets:
        missing = [k for k in ("type", "document", "hash", "start", "end", "quote") if k not in t]
        if missing:
            raise UsageError(f"an anchor lacks {', '.join(missing)}")
    if kind == "claim" and row.get("verdict") not in VERDICTS:
        raise UsageError(f"a claim verdict is one of {', '.join(VERDICTS)}, not {row.get('verdict')!r}")
    if kind == "prefer" and not (row.get("property") and row.get("value")):
        raise UsageError("a preference needs a property and a value")
    if kind == "note" and not row.get("value"):
        raise UsageError("a note needs its text")
    if kind == "undo" and not row.get("undoes"):
        raise UsageError("an undo names the decision it undoes")
    if not row.get("user") or not row.get("created_at"):
        raise UsageError("a decision needs its user and time")


def make(kind: str, targets: Sequence[Mapping[str, Any]], *, user: str, created_at: str, reason: str = "",
         verdict: str | None = None, prop: str | None = None, value: str | None = None,
         undoes: str | None = None) -> Row:
    """A new, validated decision row with its uid."""
    row: Row = {"kind": kind, "verdict": verdict, "targets": [dict(t) for t in targets], "property": prop,
                "value": value, "undoes": undoes, "user": user, "reason": reason or "", "created_at": created_at}
    validate(row)
    row["uid"] = uid_of(row)
    return row


def in_effect(rows: Sequence[Mapping[str, Any]]) -> list[Row]:
    """The non-undo decisions not undone, oldest first. An undo undone restores its target."""
    alive = alive_uids(rows)
    return [dict(r) for r in rows if r["kind"] != "undo" and r["uid"] in alive]


def alive_uids(rows: Sequence[Mapping[str, Any]]) -> set[str]:
    """The uids of every row (undo rows included) that no row in effect undoes."""
    by_uid = {r["uid"]: r for r in rows}
    undos: dict[str, list[str]] = {}
    for r in rows:
        if r["kind"] == "undo" and r.get("undoes") in by_uid:
            undos.setdefault(r["undoes"], []).append(r["uid"])
    memo: dict[str, bool] = {}

    def alive(uid: str, depth: int = 0) -> bool:
        if uid not in memo:
            memo[uid] = depth > 64 or not any(alive(u, depth + 1) for u in undos.get(uid, ()))
        return memo[uid]

    return {r["uid"] for r in rows if alive(r["uid"])}


@dataclass
class State:
    """What the decisions in effect say, keyed by current anchor keys.

    ``pairs``: the latest same/different/unsure per unordered pair of mention keys;
    ``claims``: the latest verdict per claim key; ``prefers`` and ``notes`` in log order;
    ``orphaned``: decisions whose anchors cannot be found in the current texts."""

    pairs: dict[frozenset[str], Row] = field(default_factory=dict)
    claims: dict[str, Row] = field(default_factory=dict)
    prefers: list[Row] = field(default_factory=list)
    notes: list[Row] = field(default_factory=list)
    orphaned: list[Row] = field(default_factory=list)


def fold(rows: Iterable[Mapping[str, Any]]) -> State:
    """The state of decisions in effect whose anchors are located (``anchor`` set to None
    on any target marks the row orphaned: kept, listed, not applied)."""
    state = State()
    for row in in_effect(list(rows)):
        if any(t.get("key") is None for t in row["targets"]):
            state.orphaned.append(row)
            continue
        keys = [t["key"] for t in row["targets"]]
        if row["kind"] in PAIR_KINDS:
            if keys[0] != keys[1]:
                state.pairs[frozenset(keys)] = row
        elif row["kind"] == "claim":
            state.claims[keys[0]] = row
        elif row["kind"] == "prefer":
            state.prefers.append(row)
        elif row["kind"] == "note":
            state.notes.append(row)
    return state
