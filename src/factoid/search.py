"""Search that forgives scripts, transliterations and diacritics, ranked and paged.

Why here and not only in SQL: a historian types "Ljushkov", "Lushkov" or "Люшков" for one man
whose sources write Lyushkov, and "Reiß" for Reiss. The names package already knows how to
make these meet: ``fold`` (Cyrillic transliterated, accents and case dropped) and ``skeleton``
(a phonetic key equating transliteration schemes). So people and claims are matched on those
keys over the cached snapshot, and passages through the store's text search run once per
spelling of the query: as typed, transliterated, and, when the query names people, under each
of their names. Results are ranked people first, then claims (those about the people found
first, then those whose value or quote matches), then passages; and paged.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from sqlalchemy import Connection, select

from factoid import cite
from factoid.export import claim_lines
from factoid.names import fold, skeleton
from factoid.store import reads
from factoid.store import schema as s
from factoid.store import search as store_search
from factoid.readmodel import Snapshot

PAGE_SIZE = 30
#: Passages fetched per spelling; enough for many pages, bounded so a common word stays quick.
PASSAGE_CAP = 300
#: Spellings of a matched person's surname tried against the passage index.
NAME_VARIANTS = 6


@dataclass(frozen=True)
class Key:
    """One query word as comparison keys: folded spelling and phonetic skeleton."""

    folded: str
    sound: str

    @classmethod
    def of(cls, word: str) -> Key:
        return cls(fold(word).replace(" ", ""), skeleton(word) if any(ch.isalpha() for ch in word) else fold(word))

    def hits(self, token: str, token_sound: str) -> bool:
        """Whether this key matches one word of a name or text: the folded spelling as a
        prefix, or (for words of four letters or more) the same phonetic key."""
        if token.startswith(self.folded):
            return True
        return len(self.folded) >= 4 and bool(token_sound) and token_sound.startswith(self.sound)


class Index:
    """Folded and phonetic keys of the names and claim lines of one snapshot (built once)."""

    def __init__(self, snap: Snapshot) -> None:
        self.snap = snap

    @cached_property
    def names(self) -> dict[str, list[tuple[str, list[tuple[str, str]]]]]:
        """Person id -> each name or alias with its words as (folded, skeleton)."""
        out: dict[str, list[tuple[str, list[tuple[str, str]]]]] = {}
        for pid, p in self.snap.persons.items():
            out[pid] = [(label, _tokens(label)) for label in dict.fromkeys([p.name, *p.aliases])]
        return out

    @cached_property
    def lines(self) -> list[tuple[dict[str, Any], str, set[str]]]:
        """Each claim line with its folded text (value, qualifiers, quotes) and the phonetic keys
        of its capitalised words (names and places)."""
        out = []
        for line in self.snap.lines:
            text = " ".join([str(line["value"]), str(line["qualifiers"] or ""), *(s["quote"] for s in line["sources"])])
            sounds = {skeleton(w) for w in store_search.words(text) if w[:1].isupper() and len(w) >= 4}
            out.append((line, " " + fold(text) + " ", sounds))
        return out


def snapshot(conn: Connection) -> Snapshot:
    """A snapshot holding only what a search reads: the people (names, aliases, claim counts),
    every claim line with its citations, the claim on each cited span and the documents'
    metadata. Why not ``readmodel.build_snapshot``: a one-off search (``factoid search``,
    ``api.search``) would pay for every mention, dispute and summary of the corpus, most of
    its time on a large one, and use none of them. The web workspace keeps its full snapshot."""
    persons = {p.id: p for p in reads.get_persons(conn)}
    metas = reads.document_meta(conn)
    lines = [dict(line, sources=cite.annotate(line["sources"], metas))
             for line in claim_lines(conn, include_deprecated=True)]
    claims_n: dict[str, int] = defaultdict(int)
    for a in reads.assessments(conn).values():
        if (a["features"] or {}).get("rank") != "deprecated":
            claims_n[a["person_id"]] += 1
    spans: dict[tuple[str, int, int], list[str]] = defaultdict(list)
    c = s.claims
    for cid, doc, start, end in conn.execute(
        select(c.c.id, c.c.document_id, c.c.start, c.c.end).order_by(c.c.document_id, c.c.start, c.c.id)
    ):
        spans[(doc, start, end)].append(cid)
    people = [{"id": pid, "name": p.name, "claims": claims_n[pid]} for pid, p in persons.items()]
    return Snapshot(persons=persons, lines=lines, lines_by_person={}, disputes=[], people=people,  # type: ignore[arg-type]
                    sources={}, cooccurrence={}, span_claims=dict(spans), titles={}, documents=metas)


def index_of(snap: Snapshot) -> Index:
    """The search index of a snapshot, kept on it (a new snapshot gets a new index)."""
    idx = getattr(snap, "_search_index", None)
    if idx is None:
        idx = Index(snap)
        snap._search_index = idx  # type: ignore[attr-defined]
    return idx


def _tokens(text: str) -> list[tuple[str, str]]:
    return [(fold(w).replace(" ", ""), skeleton(w)) for w in store_search.words(text)]


def people(idx: Index, keys: list[Key]) -> list[dict[str, Any]]:
    """People one of whose names has a word matching every query word; exact spellings first,
    then by number of claims."""
    claims = {r["id"]: r["claims"] for r in idx.snap.people}
    found = []
    for pid, labels in idx.names.items():
        matched = [label for label, toks in labels if all(any(k.hits(t, s) for t, s in toks) for k in keys)]
        if matched:
            exact = any(all(any(t.startswith(k.folded) for t, _ in _tokens(m)) for k in keys) for m in matched)
            found.append((not exact, -claims.get(pid, 0), idx.snap.persons[pid].name, pid, matched))
    found.sort()
    return [{"id": pid, "name": name, "matched": sorted(matched)[:5], "exact": not inexact}
            for inexact, _n, name, pid, matched in found]


def claims(idx: Index, keys: list[Key], person_ids: list[str]) -> list[dict[str, Any]]:
    """Claim lines about the people found (in their rank order, most confident first), then the
    lines whose value or quotes contain every query word (folded, or by sound for names)."""
    rank = {pid: i for i, pid in enumerate(person_ids)}
    about, text = [], []
    for line, folded, sounds in idx.lines:
        pid = line["subject"]["id"]
        if pid in rank:
            about.append((rank[pid], -line["confidence"], line))
        elif all(f" {k.folded}" in folded or (len(k.folded) >= 4 and k.sound in sounds) for k in keys):
            text.append((-line["confidence"], line["subject"]["name"], line))
    about.sort(key=lambda t: (t[0], t[1], t[2]["property"]))
    text.sort(key=lambda t: (t[0], t[1]))
    return [_claim(idx.snap, t[-1]) for t in about] + [_claim(idx.snap, t[-1]) for t in text]


def _claim(snap: Snapshot, line: dict[str, Any]) -> dict[str, Any]:
    src = line["sources"][0] if line["sources"] else {"document": None, "start": None, "end": None, "quote": ""}
    return {"claim": snap.claim_id(src) if src["document"] else None, "document": src["document"],
            "property": line["property"], "value": line["value"], "quote": src["quote"], "start": src["start"],
            "end": src["end"], "person_id": line["subject"]["id"], "person": line["subject"]["name"],
            "citations": len(line["sources"]), "disputed": line["disputed"], "confidence": line["confidence"],
            "citation": src.get("citation") or src["document"], "url": src.get("url")}


def spellings(query: str, found: list[dict[str, Any]], idx: Index) -> list[str]:
    """The query as typed, transliterated, and the names of the people it found (other scripts
    and schemes), each tried against the passage index."""
    out = [query, fold(query)]
    for person in found[:2]:
        # each spelling of the surname (the last word of a name), the display name's first
        surnames = [store_search.words(label)[-1] for label, _ in idx.names.get(person["id"], [])
                    if store_search.words(label)]
        out += list(dict.fromkeys(surnames))[:NAME_VARIANTS]
    seen: dict[str, str] = {}
    for s in out:
        if store_search.words(s):
            seen.setdefault(" ".join(store_search.words(s)).lower(), s)
    return list(seen.values())


def passages(conn: Connection, variants: list[str], *, snippets: bool = True) -> list[dict[str, Any]]:
    """Passages matching any spelling, best spelling's hits first, each passage once. With
    ``snippets`` off, hits carry their text for ``with_snippet`` (only the page shown needs one)."""
    out: dict[tuple[str, int], dict[str, Any]] = {}
    for v in variants:
        for p in store_search.search_passages(conn, v, PASSAGE_CAP, snippets=snippets):
            out.setdefault((p["document"], p["index"]), p)
    return list(out.values())


def with_snippet(hit: dict[str, Any]) -> dict[str, Any]:
    """A passage hit fetched without its snippet, given one (in place, once). Why: a common
    word hits about a thousand passages and cutting each snippet was most of a search's time,
    though a page shows thirty."""
    if "snippet" not in hit:
        hit["snippet"] = store_search.snippet(hit.pop("text"), hit.pop("words"))
    return hit


def search(conn: Connection, snap: Snapshot, query: str, page: int = 1, size: int = PAGE_SIZE) -> dict[str, Any]:
    """People, claims and passages for a query, ranked and cut to one page of ``size`` results.

    The answer holds ``people``, ``claims`` and ``passages`` (this page's share of each), the
    totals and the paging."""
    keys = [Key.of(w) for w in store_search.words(query)]
    if not keys:
        return {"query": query, "backend": store_search.backend(conn), "people": [], "claims": [], "passages": [], "page": 1, "pages": 1,
                "total": 0, "totals": {"people": 0, "claims": 0, "passages": 0}, "spellings": []}
    idx = index_of(snap)
    found = people(idx, keys)
    lines = claims(idx, keys, [p["id"] for p in found])
    variants = spellings(query, found, idx)
    texts = passages(conn, variants, snippets=False)
    ranked = [("people", x) for x in found] + [("claims", x) for x in lines] + [("passages", x) for x in texts]
    pages = max(1, -(-len(ranked) // size))
    page = min(max(page, 1), pages)
    shown = ranked[(page - 1) * size: page * size]
    for kind, x in shown:  # a source is cited by what is known of it, not by its file name
        if kind == "passages":
            with_snippet(x)
            x.update(cite.cite(snap.documents.get(x["document"], {}), x["document"]))
    return {
        "query": query, "backend": store_search.backend(conn),
        "people": [x for k, x in shown if k == "people"], "claims": [x for k, x in shown if k == "claims"],
        "passages": [x for k, x in shown if k == "passages"], "page": page, "pages": pages, "total": len(ranked),
        "totals": {"people": len(found), "claims": len(lines), "passages": len(texts)},
        "spellings": variants, "offset": (page - 1) * size,
    }
