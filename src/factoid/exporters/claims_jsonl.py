"""The ``claims-jsonl`` format: one JSON line per agreement group (``../shared/eval/FORMAT.md``).

Each line holds the group's most informative value, its merged qualifiers, whether the
property is disputed, the group's confidence, and every citation behind it. Lines are sorted
so the same knowledge base always exports byte-identical files. :func:`claim_lines` is also
the read model's source of claim lines (``factoid.readmodel``), so every view and every other
export format is cut from these same records.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection

from factoid import dates, schema
from factoid.curation.keys import claim_key
from factoid.model import Claim, PassageRole, Person
from factoid.reconcile.values import distinct_names, specificity
from factoid.store import reads

if TYPE_CHECKING:
    from factoid.exporters import ExportOptions, ExportReport, Sink
    from factoid.exporters.view import ExportView, PageSpans

__all__ = ["CURATION_FIELDS", "claim_lines", "file_line", "merge_qualifiers", "write"]



def _merge_dates(values: list[str]) -> str | None:
    """The most precise of the given EDTF values (they come from agreeing claims)."""
    values = [v for v in values if v and not v.startswith("X")]
    return max(values, key=lambda v: (dates.precision_rank(v), -len(v))) if values else None


def _merge_names(values: list[Any]) -> str | list[str] | None:
    out = distinct_names(values)
    if not out:
        return None
    return out[0] if len(out) == 1 else out


def merge_qualifiers(claims: list[Claim]) -> dict[str, Any]:
    """Qualifiers of a group, merged by each key's value type in the registry: the most
    precise date (start, end), every distinct person (predecessor, successor), the first of
    anything else."""
    merged: dict[str, Any] = {}
    keys = sorted({k for c in claims for k in c.qualifiers})
    for key in keys:
        vals = [c.qualifiers[key] for c in claims if key in c.qualifiers]
        kind = schema.qualifier_type(key)
        if kind == "date":
            v = _merge_dates([x for x in vals if isinstance(x, str)])
        elif kind == "person":
            v = _merge_names(vals)
        else:
            v = vals[0]
        if v:
            merged[key] = v
    return merged


def _source(c: Claim, hashes: dict[str, str]) -> dict[str, Any]:
    key = claim_key(hashes.get(c.span.document_id, ""), c.span.start, c.span.end, c.property, c.value)
    return {"document": c.span.document_id, "start": c.span.start, "end": c.span.end,
            "quote": c.span.quote, "role": str(c.span.role), "hedge": c.span.hedge, "key": key}


#: The fields of a citation in the claims-jsonl file (FORMAT.md), in order; the read model adds
#: others (the curation ``key``, the source's ``citation`` and ``url``) that the file leaves out.
FILE_SOURCE_FIELDS = ("document", "start", "end", "quote", "role", "hedge")


def _cited(source: dict[str, Any], pages: PageSpans | None = None) -> dict[str, Any]:
    """A citation as the claims-jsonl file shows it. A quote from a web page cites the saved
    page (``offsets: "page"``: its offsets and characters, inline tags and entities
    included), or, when no single place in the page shows it, the extracted text as before
    (``offsets: "extracted"``); other documents' offsets index the file already."""
    out = {k: source[k] for k in FILE_SOURCE_FIELDS if k in source}
    key = (source.get("document"), source.get("start"), source.get("end"))
    if pages is None or key not in pages:
        return out
    page = pages[key]
    if page is None:
        return out | {"offsets": "extracted"}
    return out | {"start": page[0], "end": page[1], "quote": page[2], "offsets": "page",
                  "text_start": source["start"], "text_end": source["end"]}


def file_line(line: dict[str, Any], pages: PageSpans | None = None) -> dict[str, Any]:
    """A read-model line as claims-jsonl writes it: the curation fields left out, and
    ``implausible`` only on a line the sanity check marked (its reason). ``pages`` (the
    export view's ``page_spans``) turns web-page quotes into quotes of the saved page; two
    quotes that land on the same place of the page are cited once, and citations stay in
    the order of their offsets."""
    out = {k: v for k, v in line.items() if k not in CURATION_FIELDS and not (k == "implausible" and v is None)}
    cited = [_cited(x, pages) for x in line["sources"]]
    unique = [x for i, x in enumerate(cited) if all(_place(x) != _place(y) for y in cited[:i])]
    out["sources"] = sorted(unique, key=lambda x: (x["document"], x["start"], x["end"]))
    return out


def _place(cited: dict[str, Any]) -> tuple:
    """What makes two citations the same in the file: document, offsets, quote, role, hedge."""
    return tuple(cited.get(k) for k in FILE_SOURCE_FIELDS)


def _subject(person: Person) -> dict[str, Any]:
    aliases = sorted((a for a in person.aliases if a != person.name), key=lambda a: (-person.aliases[a], a))
    return {"id": person.id, "name": person.name, "aliases": aliases}


#: Fields of a line (and ``key`` of a source) that the read model carries for curation but the
#: claims-jsonl file leaves out, so the file keeps the format of FORMAT.md.
CURATION_FIELDS = ("key", "rank", "rank_reason", "preferred_by_user", "preferred_computed")


def _rank(assessed: list[dict]) -> tuple[str, str | None, bool, bool]:
    """A line's rank ('preferred' | 'normal' | 'deprecated') and reason, from its claims'
    assessments (``factoid.curation.ranks`` put them in the features); whether the user
    and whether reconciliation prefers it."""
    ranks = [(a["features"] or {}).get("rank", "normal") for a in assessed]
    reasons = [(a["features"] or {}).get("rank_reason") for a in assessed]
    if all(r == "deprecated" for r in ranks):
        rank = "deprecated"
    elif "preferred" in ranks:
        rank = "preferred"
    else:
        rank = "normal"
    reason = next((why for r, why in zip(ranks, reasons, strict=True) if r == rank and why), None)
    by_user = any((a["features"] or {}).get("preferred_by_user") for a in assessed)
    return rank, reason, by_user, any(bool(a["preferred"]) for a in assessed)


def claim_lines(
    conn: Connection, *, include_comments: bool = True, include_deprecated: bool = False
) -> Iterator[dict[str, Any]]:
    """The export records, one per (person, property, agreement group).

    With ``include_comments=False`` a group cited only from reader comments is left out: it
    stays in the knowledge base (dossiers show it) but is not exported as a fact. Claims a
    researcher marked wrong (rank ``deprecated``) are left out unless ``include_deprecated``.
    Each line carries the ``key`` of its first citation (each citation its claim ``key``),
    its ``rank`` and ``rank_reason``."""
    persons = {p.id: p for p in reads.get_persons(conn)}
    assess = reads.assessments(conn)
    hashes = reads.document_hashes(conn)
    groups: dict[str, list[Claim]] = defaultdict(list)
    for c in reads.get_claims(conn):
        a = assess.get(c.id)
        if a is not None:
            groups[a["grp"]].append(c)
    lines = []
    for gid, claims in groups.items():
        if not include_comments and all(c.span.role == PassageRole.COMMENT for c in claims):
            continue
        a = assess[claims[0].id]
        rank, reason, by_user, computed = _rank([assess[c.id] for c in claims])
        odd = next((f["implausible"] for c in claims if (f := assess[c.id]["features"] or {}).get("implausible")), None)
        if rank == "deprecated" and not include_deprecated:
            continue
        person = persons[a["person_id"]]
        prop = claims[0].property
        value = max((c.value for c in claims), key=lambda v: (specificity(prop, v), sum(c.value == v for c in claims)))
        sources = sorted((_source(c, hashes) for c in claims), key=lambda s: (s["document"], s["start"], s["end"], s["key"]))
        unique = [s for i, s in enumerate(sources) if i == 0 or _cited(s) != _cited(sources[i - 1])]
        lines.append({
            "subject": _subject(person), "property": prop, "value": value,
            "qualifiers": merge_qualifiers(claims), "disputed": bool(a["disputed"]),
            "confidence": a["confidence"], "implausible": odd, "sources": unique, "key": unique[0]["key"],
            "rank": rank, "rank_reason": reason, "preferred_by_user": by_user, "preferred_computed": computed,
        })
    lines.sort(key=lambda r: (r["subject"]["id"], r["property"], str(r["value"]), json.dumps(r["qualifiers"], sort_keys=True)))
    yield from lines


def write(view: ExportView, sink: Sink, options: ExportOptions) -> ExportReport:
    """The view's claim lines (already filtered by person, comments and curation), one JSON
    object per line."""
    from factoid.exporters import ExportReport

    report = ExportReport(format="claims-jsonl", unit="lines", files=["claims.jsonl"])
    unmapped: dict[str, int] = defaultdict(int)
    with sink.open("claims.jsonl") as out:
        for line in view.lines:
            written = file_line(line, view.page_spans)
            for x in written["sources"]:
                unmapped[x["document"]] += x.get("offsets") == "extracted"
            out.write(json.dumps(written, ensure_ascii=False, sort_keys=False) + "\n")
            report.records += 1
    report.skipped.extend(unmapped_note(unmapped))
    return report


def unmapped_note(unmapped: dict[str, int]) -> list[str]:
    """One report line per web page with quotes no single place of the saved page shows:
    they are not left out, but cite the extracted text (``offsets: "extracted"``)."""
    return [f"{doc}: {n} quote(s) found at no single place of the saved page; cited at "
            f"extracted-text offsets (offsets: extracted)" for doc, n in sorted(unmapped.items()) if n]
