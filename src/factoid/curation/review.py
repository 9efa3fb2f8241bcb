"""The review queue: what most deserves a human look, ranked by impact, each item saying why
in words and giving the commands that would settle it. Pure: ``workflow.review`` gathers
the inputs from the store.

Kinds of item, and how their impact is weighed (0..1, higher first):

* ``merge``: a local person joined a person on weak evidence (a surname only, one word), or
  two people whose names are close were kept apart; near the resolver's threshold, with the
  features behind the score: name similarity, shared documents, shared dates, conflicting
  facts. Weighed by uncertainty and by how many claims ride on it.
* ``dispute``: sources disagree; weighed by how balanced the sides are.
* ``claim``: a claim of low confidence nobody contradicts.
* ``person``: a person known from one mention (often an extraction slip, or someone who
  belongs to another person).

Pairs already judged (same, different or unsure), claims already judged and properties
with a stated preference are never proposed again.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

from factoid import schema
from factoid.model import DATE_PROPERTIES, SINGLE_VALUED
from factoid.names import fold, name_compatibility, parse_name
from factoid.resolve import SAME_PERSON

__all__ = ["Inputs", "queue"]

#: A claim below this confidence, undisputed, is worth a look.
LOW_CONFIDENCE = 0.35
#: Close names kept apart are proposed when their compatibility reaches this.
NEAR = 0.45


@dataclass
class Inputs:
    """What the queue is computed from (one snapshot of the store)."""

    people: list[dict[str, Any]]  # readmodel people rows
    names: dict[str, str]  # person id -> display name
    lines: list[dict[str, Any]]  # export lines, deprecated left out
    disputes: list[dict[str, Any]]  # readmodel dispute views
    identities: list[dict[str, Any]]  # entity, person_id, score, origin, reason
    entity_mentions: dict[str, list[dict[str, Any]]]  # entity -> mentions with "key"
    judged_pairs: set[frozenset[str]] = field(default_factory=set)  # of entities
    judged_claims: set[str] = field(default_factory=set)
    preferred: set[tuple[str, str]] = field(default_factory=set)


def _rep(inputs: Inputs, entity: str) -> dict[str, Any] | None:
    ms = [m for m in inputs.entity_mentions.get(entity, []) if m["kind"] == "name"] or inputs.entity_mentions.get(entity, [])
    return max(ms, key=lambda m: (len(m["text"]), -m["start"])) if ms else None


def _facts(lines: Sequence[Mapping[str, Any]], docs: set[str] | None = None) -> dict[str, set[str]]:
    """Property -> values, from the lines (only citations in ``docs`` when given)."""
    out: dict[str, set[str]] = defaultdict(set)
    for ln in lines:
        if docs is None or any(s["document"] in docs for s in ln["sources"]):
            out[ln["property"]].add(str(ln["value"]))
    return out


def _features(a_name: str, b_name: str, a_docs: set[str], b_docs: set[str],
              a_facts: dict[str, set[str]], b_facts: dict[str, set[str]]) -> tuple[list[str], float]:
    """The features of a candidate pair, in words, and a signal (-1 apart .. +1 together)."""
    why = []
    sim = fuzz.token_sort_ratio(fold(a_name), fold(b_name)) / 100
    why.append(f"name similarity {sim:.2f} ({a_name!r} ~ {b_name!r})")
    shared_docs = a_docs & b_docs
    why.append(f"shared documents: {', '.join(sorted(shared_docs)[:3])}" if shared_docs else "no shared document")
    signal = 0.0
    shared_dates = sorted(f"{schema.label(p)} {v}" for p in DATE_PROPERTIES & a_facts.keys() & b_facts.keys()
                          for v in a_facts[p] & b_facts[p])
    if shared_dates:
        why.append("shared dates: " + ", ".join(shared_dates[:3]))
        signal += 0.5
    conflicts = sorted(f"{schema.label(p)} {' / '.join(sorted(a_facts[p]))} vs {' / '.join(sorted(b_facts[p]))}"
                       for p in SINGLE_VALUED & a_facts.keys() & b_facts.keys() if not a_facts[p] & b_facts[p])
    if conflicts:
        why.append("conflicting facts: " + "; ".join(conflicts[:3]))
        signal -= 0.5
    return why, signal


def _uncertain_merges(inputs: Inputs, by_person: dict[str, list[dict]]) -> list[dict]:
    """Local persons that joined a person on weak evidence (score below the threshold)."""
    entities: dict[str, list[str]] = defaultdict(list)
    for row in inputs.identities:
        entities[row["person_id"]].append(row["entity"])
    items = []
    for row in inputs.identities:
        pid, entity = row["person_id"], row["entity"]
        if row["origin"] != "auto" or row["score"] >= SAME_PERSON or len(entities[pid]) < 2:
            continue
        others = [e for e in entities[pid] if e != entity]
        if any(frozenset((entity, o)) in inputs.judged_pairs for o in others):
            continue
        mine, anchor = _rep(inputs, entity), _rep(inputs, sorted(others)[0])
        if mine is None or anchor is None:
            continue
        doc = entity.rsplit("@", 1)[0]
        other_docs = {o.rsplit("@", 1)[0] for o in others}
        lines = by_person.get(pid, [])
        why, signal = _features(mine["text"], inputs.names[pid], {doc}, other_docs,
                                _facts(lines, {doc}), _facts(lines, other_docs - {doc}))
        why.insert(0, f"joined {inputs.names[pid]} with score {row['score']:.2f}: {row['reason']}")
        riding = sum(1 for ln in lines if any(s["document"] == doc for s in ln["sources"]))
        impact = min(1.0, (SAME_PERSON - row["score"] + 0.3) * (0.6 + 0.1 * min(riding, 4)) * (1 - signal / 2))
        items.append({"kind": "merge", "impact": round(impact, 3),
                      "title": f"Is {mine['text']!r} in {doc} the same person as {inputs.names[pid]}?",
                      "why": why, "targets": [mine["key"], anchor["key"]], "person": pid,
                      "commands": [f"factoid judge same {mine['key']} {anchor['key']} --reason ...",
                                   f"factoid judge different {mine['key']} {anchor['key']} --reason ..."]})
    return items


def _near_misses(inputs: Inputs, by_person: dict[str, list[dict]], docs: dict[str, set[str]],
                 person_entities: dict[str, list[str]]) -> list[dict]:
    """Two people with close names that resolution kept apart."""
    by_surname: dict[str, list[str]] = defaultdict(list)
    for pid, name in inputs.names.items():
        parts = parse_name(name)
        if parts.surname:
            by_surname[fold(parts.surname)].append(pid)
    items = []
    for pids in by_surname.values():
        for i, a in enumerate(sorted(pids)[:40]):
            for b in sorted(pids)[i + 1:40]:
                score = name_compatibility(parse_name(inputs.names[a]), parse_name(inputs.names[b]))
                ea, eb = person_entities.get(a, []), person_entities.get(b, [])
                judged = any(frozenset((x, y)) in inputs.judged_pairs for x in ea for y in eb)
                if judged or not (NEAR <= score < SAME_PERSON) or not ea or not eb:
                    continue
                ra, rb = _rep(inputs, sorted(ea)[0]), _rep(inputs, sorted(eb)[0])
                if ra is None or rb is None:
                    continue
                why, signal = _features(inputs.names[a], inputs.names[b], docs.get(a, set()), docs.get(b, set()),
                                        _facts(by_person.get(a, [])), _facts(by_person.get(b, [])))
                why.insert(0, f"kept apart: name compatibility {score:.2f}, below the threshold {SAME_PERSON}")
                impact = min(1.0, (0.3 + score - NEAR) * (1 + signal / 2))
                items.append({"kind": "merge", "impact": round(impact, 3),
                              "title": f"Are {inputs.names[a]} ({a}) and {inputs.names[b]} ({b}) one person?",
                              "why": why, "targets": [ra["key"], rb["key"]], "person": a,
                              "commands": [f"factoid judge same {a} {b} --reason ...",
                                           f"factoid judge unsure {a} {b}"]})
    return items


def _disputes(inputs: Inputs) -> list[dict]:
    items = []
    for d in inputs.disputes:
        if (d["person_id"], d["property"]) in inputs.preferred:
            continue
        values = [str(s["value"]) for s in d["sides"]]
        why = [f"{s['value']}: {s['witnesses']} independent source(s), confidence {s['confidence']}" for s in d["sides"]]
        items.append({"kind": "dispute", "impact": round(0.3 + 0.6 * float(d["strength"]), 3),
                      "title": f"Sources disagree on the {d['topic']} of {d['person']}",
                      "why": why, "targets": [d["person_id"], d["property"], *values], "person": d["person_id"],
                      "commands": [f"factoid judge prefer {d['person_id']} {d['property']} {v!r} --reason ..."
                                   for v in values]})
    return items


def _low_confidence(inputs: Inputs) -> list[dict]:
    items = []
    for ln in inputs.lines:
        if ln["disputed"] or ln["confidence"] >= LOW_CONFIDENCE or ln["key"] in inputs.judged_claims:
            continue
        s = ln["sources"][0]
        items.append({"kind": "claim", "impact": round(0.2 + (LOW_CONFIDENCE - ln["confidence"]), 3),
                      "title": f"{ln['subject']['name']}: {schema.label(ln['property'])} {ln['value']}?",
                      "why": [f"confidence {ln['confidence']:.2f} from {len(ln['sources'])} citation(s)",
                              f"{s['document']}: “{s['quote'][:120]}”"],
                      "targets": [ln["key"]], "person": ln["subject"]["id"],
                      "commands": [f"factoid judge claim {ln['key']} wrong --reason ...",
                                   f"factoid judge claim {ln['key']} confirmed"]})
    return items


def _one_mention(inputs: Inputs, person_entities: dict[str, list[str]]) -> list[dict]:
    items = []
    for pid, ents in person_entities.items():
        ms = [m for e in ents for m in inputs.entity_mentions.get(e, [])]
        if len(ms) != 1:
            continue
        m = ms[0]
        items.append({"kind": "person", "impact": 0.15,
                      "title": f"{inputs.names.get(pid, pid)} is known from one mention",
                      "why": [f"{m['document_id']}:{m['start']}-{m['end']} “{m['text']}”",
                              "a single mention is often an extraction slip or belongs to another person"],
                      "targets": [m["key"]], "person": pid,
                      "commands": [f"factoid judge same {m['key']} OTHER-PERSON --reason ...",
                                   f"factoid judge note {pid} '...'"]})
    return items


def queue(inputs: Inputs, limit: int = 50) -> list[dict]:
    """The review items, most impact first (ties in a fixed order), at most ``limit``."""
    by_person: dict[str, list[dict]] = defaultdict(list)
    for ln in inputs.lines:
        by_person[ln["subject"]["id"]].append(ln)
    person_entities: dict[str, list[str]] = defaultdict(list)
    docs: dict[str, set[str]] = defaultdict(set)
    for row in inputs.identities:
        person_entities[row["person_id"]].append(row["entity"])
        docs[row["person_id"]].add(row["entity"].rsplit("@", 1)[0])
    items = (_uncertain_merges(inputs, by_person) + _near_misses(inputs, by_person, docs, person_entities)
             + _disputes(inputs) + _low_confidence(inputs) + _one_mention(inputs, person_entities))
    items.sort(key=lambda it: (-it["impact"], it["kind"], it["title"]))
    return items[:limit]
