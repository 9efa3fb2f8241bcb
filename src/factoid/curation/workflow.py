"""The store-facing half of curation, called by ``factoid.api`` inside its transactions:
turning what a user types (a person id or name, a mention or claim key, a document) into
anchors, recording decisions, listing them, and deriving people and claims with the
decisions applied. The other modules of this package are pure; this one reads and writes
through ``factoid.store`` only."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any, NamedTuple

from sqlalchemy import Connection

from factoid.curation import apply
from factoid.curation.anchor import make_anchor
from factoid.curation.decisions import FIELDS, KINDS, alive_uids, make, uid_of, validate
from factoid.curation.decisions import fold as fold_decisions
from factoid.curation.ids import assign_ids
from factoid.curation.keys import mention_key
from factoid.errors import NotFoundError, UsageError
from factoid.gcpause import paused
from factoid import reconcile_memo
from factoid.model import Passage
from factoid.names import fold
from factoid.reconcile import reconcile
from factoid.resolve import BY_DECISION, resolve
from factoid.store import reads, writes

__all__ = ["ImportReport", "derive", "import_lines", "judge", "listing", "undo"]

_KEY = re.compile(r"^[0-9a-f]{16}$")


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# ---- build -------------------------------------------------------------------------------------


class Derived(NamedTuple):
    """What a derivation made: numbers of claims, persons, disputes, and of decisions in
    effect that could not be applied because their quote is gone (orphaned)."""

    claims: int
    persons: int
    disputes: int
    orphaned: int


@paused()  # millions of records held, hardly a cycle made: see factoid.gcpause
def derive(conn: Connection, progress: Callable[[str, int, int], None], *,
           resolve: Callable[..., Any] = resolve, reconcile: Callable[..., Any] = reconcile,
           reconciled: reconcile_memo.Memoised | None = None) -> Derived:
    """Resolve people and reconcile claims over the whole corpus with the decisions in effect
    applied; person ids persist across builds. The stages are parameters so the API passes
    its own (tests interrupt a build through them). ``reconciled``: the memo ``reconcile``
    runs over (``reconcile_memo``), told the decisions that rank its persons' groups; the
    stored rows of the persons it kept stay."""
    progress("resolve", 0, 1)
    claims = reads.get_claims(conn)
    mentions, mention_keys = reads.get_keyed_mentions(conn)
    hashes = reads.document_hashes(conn)
    ekeys = apply.entity_keys(mentions, hashes, mention_keys)
    entity_of = {k: e for e, ks in ekeys.items() for k in ks}
    ckeys = apply.claim_keys(claims, hashes, reads.claim_keys(conn))
    state = fold_decisions(_located(conn, entity_of.keys() | set(ckeys.values())))
    persons, identities = resolve(mentions, apply.links(state, entity_of))
    known = reads.person_mentions(conn)  # last known mentions of every id ever given
    live = reads.person_ids(conn)
    issued = reads.issued_person_ids(conn)
    persons, identities, held = assign_ids(
        persons, identities, ekeys, {p: ks for p, ks in known.items() if p in live}, issued,
        retired={p: ks for p, ks in known.items() if p not in live})
    by_user = [e for e, (_, _, why) in identities.items() if why.startswith(BY_DECISION)]
    # what was read above is what the store holds: put_resolution need not read it again
    writes.put_resolution(conn, persons, identities, person_mentions=held, by_user=by_user,
                          stored=known, issued=issued)
    progress("resolve", 1, 1)
    progress("reconcile", 0, 1)
    entity_person = {e: pid for e, (pid, _, _) in identities.items()}
    applied = apply.prepare(state, claims, ckeys, entity_of, entity_person)
    active = [c for c in claims if c.id not in applied.wrong]
    if reconciled is not None:
        reconciled.decisions = reconcile_memo.Decisions(applied.prefer, applied.confirmed)
    assessments, disputes, sources = reconcile(active, entity_person, _passages(conn, reconciled))
    writes.put_reconciliation(conn, apply.rank(assessments, claims, applied, entity_person), disputes, sources,
                              kept=(reconciled and reconciled.kept) or ())
    progress("reconcile", 1, 1)
    return Derived(len(claims), len(persons), len(disputes), len(state.orphaned))


def _passages(conn: Connection, reconciled: reconcile_memo.Memoised | None) -> list[Passage]:
    """Every passage, for reconciliation: with its text only where the memo does not hold
    what reconciliation reads of the document's text (``partition.document_facts``), since
    reading the text of the whole corpus cost more than using it after one added document."""
    if reconciled is None or not reconciled.documents:
        return reads.get_passages(conn)
    passages = reads.get_passages(conn, text=False)
    unread = {p.document_id for p in passages} - reconciled.documents.keys()
    texts = reads.passage_texts(conn, unread) if unread else {}
    return [replace(p, text=texts[(p.document_id, p.index)]) if p.document_id in unread else p for p in passages]


def _located(conn: Connection, known: Iterable[str] | None = None) -> list[dict]:
    """The decisions log with every anchor placed on the current texts."""
    rows = reads.decisions(conn)
    if known is None:
        hashes = reads.document_hashes(conn)
        known = {m for ks in apply.entity_keys(reads.get_mentions(conn), hashes).values() for m in ks}
        known |= set(apply.claim_keys(reads.get_claims(conn), hashes).values())
    current = reads.document_texts(conn, apply.documents_of(rows))
    return apply.locate(rows, current, set(known))


# ---- targets -----------------------------------------------------------------------------------


def _person_id(conn: Connection, name: str) -> str:
    """A person by exact id (or slug), name or alias; an alias two people share is refused."""
    persons = reads.get_persons(conn)
    for p in persons:
        if name in (p.id, f"person/{name}"):
            return p.id
    key = fold(name)
    hits = sorted({p.id for p in persons if key in {fold(a) for a in [p.name, *p.aliases]}})
    if len(hits) == 1:
        return hits[0]
    if hits:
        raise UsageError(f"{name!r} names {len(hits)} people ({', '.join(hits[:5])}); give a person id")
    raise NotFoundError(f"no person, mention key or claim key {name!r} in the knowledge base")


def _text(conn: Connection, doc: str) -> tuple[str, str]:
    return reads.document_texts(conn, [doc])[doc]


def _representative(rows: list[dict], name: str) -> dict:
    """The mention a person-level decision is anchored on: one written as the person's name,
    the first in document order (any named mention when none is)."""
    named = [r for r in rows if r["kind"] == "name"] or rows
    return next((r for r in named if r["text"] == name), named[0])


def _mention_row(conn: Connection, target: str) -> dict:
    """A mention from what a user types: a mention key; a claim key (the mention of the
    claim's subject in its document); ``PERSON@DOCUMENT`` (the person as named in that
    document, for splitting); a person id, name or alias."""
    if _KEY.match(target):
        row = reads.mention_by_key(conn, target)
        if row is not None:
            return row
        claim = reads.claim_by_key(conn, target)
        if claim is not None:
            rows = [r for r in reads.mentions_of_document(conn, claim["document_id"]) if r["entity"] == claim["subject"]]
            if rows:
                return _representative(rows, claim.get("subject_name") or "")
    who, _, doc = target.rpartition("@")
    pid = _person_id(conn, who if who and doc else target)
    rows = reads.mentions_of_person(conn, pid)
    if who and doc:
        doc_id = reads.find_document_id(conn, doc)
        rows = [r for r in rows if r["document_id"] == doc_id]
    if not rows:
        raise NotFoundError(f"person {pid} has no mention there to anchor a decision on")
    return _representative(rows, next(p.name for p in reads.get_persons(conn) if p.id == pid))


def mention_anchor(conn: Connection, target: str) -> dict:
    """An anchor on a mention (see ``_mention_row`` for what ``target`` may be)."""
    row = _mention_row(conn, target)
    content_hash, text = _text(conn, row["document_id"])
    return make_anchor("mention", row["document_id"], content_hash, text, row["start"], row["end"])


def claim_anchor(conn: Connection, key: str) -> dict:
    row = reads.claim_by_key(conn, key)
    if row is None:
        raise NotFoundError(f"no claim with key {key!r} (see `factoid claims PERSON --json`)")
    content_hash, text = _text(conn, row["document_id"])
    return make_anchor("claim", row["document_id"], content_hash, text, row["start"], row["end"],
                       row["property"], row["value"])


def note_anchor(conn: Connection, target: str) -> dict:
    """A note's target: a claim key, a mention key or person, else a document (a source)."""
    if _KEY.match(target) and reads.claim_by_key(conn, target):
        return claim_anchor(conn, target)
    try:
        return mention_anchor(conn, target)
    except (NotFoundError, UsageError) as exc:
        try:
            doc = reads.find_document_id(conn, target)
        except NotFoundError:
            raise exc from None
        content_hash, text = _text(conn, doc)
        return make_anchor("document", doc, content_hash, text, 0, 0)


def _check_preference(conn: Connection, anchor: dict, prop: str, value: str) -> None:
    """A preferred value must be one the sources give for that person and property."""
    pid = _person_of_anchor(conn, anchor)
    ident = reads.identities(conn)
    claims = [c for c in reads.get_claims(conn) if ident.get(c.subject) == pid and c.property == prop]
    values = sorted({c.value for c in claims})
    if not values:
        raise UsageError(f"no claim about {pid} has property {prop!r}")
    if not any(apply.matches(value, c) for c in claims):
        raise UsageError(f"{value!r} is not a value the sources give for {prop} of {pid} ({', '.join(values)})")


def _person_of_anchor(conn: Connection, anchor: dict) -> str:
    row = reads.mention_by_key(conn, anchor["key"])
    ident = reads.identities(conn)
    if row is None or row["entity"] not in ident:
        raise NotFoundError("the mention is not resolved to a person; build first")
    return ident[row["entity"]]


# ---- decisions ---------------------------------------------------------------------------------


def judge(conn: Connection, kind: str, targets: list[str], *, user: str, reason: str = "",
          verdict: str | None = None, prop: str | None = None, value: str | None = None) -> dict:
    """Record one decision (see ``factoid.curation.decisions``) and return its row."""
    if kind not in KINDS or kind == "undo":
        raise UsageError(f"unknown judgement {kind!r} (known: {', '.join(k for k in KINDS if k != 'undo')})")
    if kind in ("same", "different", "unsure"):
        if len(targets) != 2:
            raise UsageError(f"judge {kind} takes two people or mentions")
        anchors = [mention_anchor(conn, t) for t in targets]
        if anchors[0]["key"] == anchors[1]["key"]:
            raise UsageError("both sides name the same mention")
    elif kind == "claim":
        anchors = [claim_anchor(conn, targets[0])]
    elif kind == "prefer":
        anchors = [mention_anchor(conn, targets[0])]
        _check_preference(conn, anchors[0], prop or "", value or "")
    else:
        anchors = [note_anchor(conn, targets[0])]
    row = make(kind, anchors, user=user, created_at=now(), reason=reason, verdict=verdict, prop=prop, value=value)
    row["id"], _ = writes.add_decision(conn, row)
    return row


def undo(conn: Connection, decision: int | str, *, user: str, reason: str = "") -> dict:
    """Record the undoing of an earlier decision (by id or uid)."""
    rows = reads.decisions(conn)
    target = next((r for r in rows if str(r["id"]) == str(decision) or r["uid"] == str(decision)), None)
    if target is None:
        raise NotFoundError(f"no decision {decision!r}")
    if target["uid"] not in alive_uids(rows):
        raise UsageError(f"decision {target['id']} is undone already")
    row = make("undo", [], user=user, created_at=now(), reason=reason, undoes=target["uid"])
    row["id"], _ = writes.add_decision(conn, row)
    return row


def listing(conn: Connection, *, orphaned: bool = False) -> list[dict]:
    """Every decision, oldest first, with whether it is in effect, who undid it, and whether
    its anchors are orphaned (cannot be found in the current texts)."""
    located = _located(conn)
    alive = alive_uids(located)  # undo rows included: an undo can be undone too
    undone_by = {r["undoes"]: r["id"] for r in located if r["kind"] == "undo" and r["uid"] in alive}
    ident = reads.identities(conn)
    out = []
    for r in located:
        lost = any(t.get("key") is None for t in r["targets"])
        for t in r["targets"]:  # the person a mention anchor now belongs to (pages per person)
            if t["type"] == "mention" and t.get("key"):
                m = reads.mention_by_key(conn, t["key"])
                t["person_id"] = ident.get(m["entity"]) if m else None
        if orphaned and not lost:
            continue
        out.append({**r, "in_effect": r["uid"] in alive, "undone_by": undone_by.get(r["uid"]),
                    "orphaned": lost})
    return out


def export_rows(conn: Connection) -> list[dict]:
    """The log as stored (original anchors), for ``decisions export``."""
    return [{"uid": r["uid"], **{f: r[f] for f in FIELDS}} for r in reads.decisions(conn)]


@dataclass
class ImportReport:
    added: int = 0
    known: int = 0
    errors: list[str] = field(default_factory=list)


def import_lines(conn: Connection, name: str, lines: Iterable[str]) -> ImportReport:
    """Add the decisions of a ``decisions export`` file; ones stored already are skipped, bad
    lines reported as ``file:line: problem`` and skipped."""
    report = ImportReport()
    uids = {r["uid"] for r in reads.decisions(conn)}
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            try:
                data = json.loads(line)
            except json.JSONDecodeError as exc:
                raise UsageError(f"not a JSON line ({exc.msg})") from None
            if not isinstance(data, dict):
                raise UsageError("not a JSON object")
            row: dict[str, Any] = {f: data.get(f) for f in FIELDS}
            row["reason"] = row["reason"] or ""
            validate(row)
            if row["kind"] == "undo" and row["undoes"] not in uids:
                raise UsageError(f"undoes decision {row['undoes']!r}, which is neither stored nor earlier in the file")
        except (ValueError, UsageError) as exc:
            report.errors.append(f"{name}:{n}: {exc}")
            continue
        row["uid"] = uid_of(row)
        _, added = writes.add_decision(conn, row)
        uids.add(row["uid"])
        report.added += added
        report.known += not added
    return report


# ---- review ------------------------------------------------------------------------------------


def review(conn: Connection, limit: int = 50) -> list[dict]:
    """The review queue (``factoid.curation.review``) over the current knowledge base."""
    from factoid import readmodel
    from factoid.curation.review import Inputs, queue

    snap = readmodel.build_snapshot(conn)
    hashes = reads.document_hashes(conn)
    by_entity: dict[str, list[dict]] = {}
    for m in reads.get_mentions(conn):
        by_entity.setdefault(m.entity, []).append(
            {"document_id": m.document_id, "start": m.start, "end": m.end, "text": m.text, "kind": m.kind,
             "key": mention_key(hashes.get(m.document_id, ""), m.start, m.end)})
    entity_of = {m["key"]: e for e, ms in by_entity.items() for m in ms}
    state = fold_decisions(_located(conn))
    pairs = set()
    for pair in state.pairs:
        ents = [entity_of.get(k) for k in pair]
        if all(ents):
            pairs.add(frozenset(ents))
    ident = reads.identities(conn)
    preferred = set()
    for row in state.prefers:
        e = entity_of.get(row["targets"][0]["key"])
        if e in ident:
            preferred.add((ident[e], row["property"]))
    inputs = Inputs(people=snap.people, names={p.id: p.name for p in snap.persons.values()},
                    lines=readmodel.current(snap.lines), disputes=snap.disputes, identities=reads.identity_rows(conn),
                    entity_mentions=by_entity, judged_pairs=pairs, judged_claims=set(state.claims), preferred=preferred)
    return queue(inputs, limit=limit)
