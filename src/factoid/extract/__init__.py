"""Extraction: from a document's passages to person mentions and claims.

Passages whose role is ``boilerplate`` or ``offtopic`` are never read; ``comment`` passages
are read and their claims carry the role, so reconciliation can weigh them. Two extractors
feed one claim type: the infobox reader (``extract.infobox.v2``) for label/value blocks, and
the prose reader (``extract.prose.v1``) over the dependency parse.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc as ParsedDoc

from factoid.extract.common import Subject, passage_at
from factoid.extract.entities import alias_pairs, group_names, main_subject, merge_aliases
from factoid.extract.infobox import alias_pairs as infobox_alias_pairs
from factoid.extract.infobox import find_blocks, read_infoboxes
from factoid.extract.mentions import NameSpan, find_known_surnames, find_names
from factoid.extract.prose import read_prose
from factoid.extract.refs import References
from factoid.model import Claim, Document, Mention, Passage, PassageRole

__all__ = ["PIPELINE", "extract_document", "processable"]

#: Recorded with every extraction; a change re-extracts every document on the next build.
PIPELINE = "extract-v1+en_core_web_sm-3.8.0"

_YEAR = re.compile(r"\b1[0-9]{3}\b|\b20[0-9]{2}\b")

READ_ROLES = (PassageRole.MAIN, PassageRole.QUOTE, PassageRole.COMMENT)


def processable(passage: Passage) -> bool:
    """Passages the NLP stage reads: main text, quotations and reader comments."""
    return passage.role in READ_ROLES


def _title(doc: Document, passages: Sequence[Passage]) -> str | None:
    return doc.title or (passages[0].text.split("\n", 1)[0] if passages else None)


def _names(parsed: Sequence[tuple[Passage, ParsedDoc]]) -> list[NameSpan]:
    spans = [s for p, d in parsed for s in find_names(d, p.start)]
    surnames = set()
    for s in spans:
        words = s.text.replace(".", ". ").split()
        if len(words) > 1 and words[-1][0].isupper() and len(words[-1]) > 2:
            surnames.add(words[-1])
    extra = [x for p, _ in parsed for x in find_known_surnames(p.text, p.start, surnames, spans)]
    return sorted(spans + extra, key=lambda s: s.start)


def extract_document(
    doc: Document, passages: Sequence[Passage], parsed: Sequence[ParsedDoc]
) -> tuple[list[Mention], list[Claim]]:
    """Mentions and claims of one document.

    ``parsed`` holds the spaCy parses of the document's processable passages, in order.
    """
    readable = [p for p in passages if processable(p)]
    pairs = list(zip(readable, parsed, strict=True))
    spans = _names(pairs)
    people, assignment = group_names(doc.id, spans)
    links = alias_pairs(doc.text, spans) + infobox_alias_pairs(doc, spans)
    people = merge_aliases(people, assignment, links)
    by_id = {p.id: p for p in people}
    main = main_subject(people, _title(doc, passages))
    refs = References(base=0, names={s.start: (s.end, assignment[s.start]) for s in spans}, people=by_id, main=main)
    ordered = sorted(passages, key=lambda p: p.start)
    mentions = [
        Mention(doc.id, s.start, s.end, s.text, assignment[s.start], "name",
                (passage_at(ordered, s.start) or ordered[0]).index)
        for s in spans
    ]
    claims: list[Claim] = []

    def role_at(offset: int) -> PassageRole:
        p = passage_at(ordered, offset)
        return p.role if p else PassageRole.BOILERPLATE

    def header(start: int, end: int) -> Subject | None:
        """The person a line consists of (a box's title line)."""
        for s in spans:
            if s.start == start and s.end >= end - 1:
                pid = assignment[s.start]
                return Subject(pid, by_id[pid].display) if pid in by_id else None
        return None

    if main is not None:
        claims += read_infoboxes(doc, Subject(main.id, main.display), role_at=role_at, header=header)
    blocks = [(b[0].start, b[-1].end) for b in find_blocks(doc.text)]
    claims += read_prose(doc, [(d, p.start, p.role) for p, d in pairs], refs, skip=blocks)
    return mentions, [c for c in claims if _anchored(c, by_id, main, ordered, spans, assignment)]


def _anchored(claim: Claim, people, main, ordered, spans, assignment) -> bool:  # type: ignore[no-untyped-def]
    """Keep a claim about someone known only by a single name ("Natasha married Pierre") only
    when its passage is tied to the biography: it has a year or names the document's
    subject. A pasted story that escaped the off-topic role then still yields nobody."""
    person = people.get(claim.subject)
    if person is None or main is None or person is main or any(len(f.split()) > 1 for f in person.forms):
        return True
    passage = passage_at(ordered, claim.span.start)
    if passage is None:
        return False
    if _YEAR.search(passage.text):
        return True
    return any(assignment[s.start] == main.id for s in spans if passage.start <= s.start < passage.end)
