"""Extraction: from a document's passages to person mentions and claims.

Passages whose role is ``boilerplate`` or ``offtopic`` are never read; ``comment`` passages
are read and their claims carry the role, so reconciliation can weigh them. Three extractors
feed one claim type, each registered through the :class:`~factoid.extract.base.Extractor`
protocol: the infobox reader (``extract.infobox``) for label/value blocks, the English prose
reader (``extract.prose``) over spaCy's dependency parse, and the Russian prose reader
(``extract.prose.ru``) over natasha's. Their claims are raw: ``factoid.extract.gate`` admits or
refuses each one before it is stored.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Doc as ParsedDoc

from factoid import dates
from factoid.extract import infobox as _infobox
from factoid.extract import prose as _prose
from factoid.extract.base import Context, extractors, register, version_of
from factoid.extract.common import Subject, passage_at
from factoid.extract.entities import alias_pairs, group_names, main_subject, merge_aliases
from factoid.extract.infobox import alias_pairs as infobox_alias_pairs
from factoid.extract.infobox import find_blocks, read_infoboxes
from factoid.extract.mentions import (NameSpan, add_cue_names, find_known_surnames, find_names, join_nasab,
                                      join_bracketed_nickname, join_particles, subject_cues)
from factoid.extract.prose import read_prose
from factoid.extract.refs import References
from factoid.extract import prose_rules, records, russian
from factoid.model import Claim, Document, Mention, Passage, PassageRole

__all__ = ["PIPELINE", "InfoboxExtractor", "ProseExtractor", "RussianExtractor", "extract_document", "processable"]

#: Recorded with every extraction; a change re-extracts every document on the next build. Bump the
#: version whenever rules or registries change what a document yields (v3: archive records, da/ro/sr
#: readers, killers who ordered a killing, denials), so a knowledge base built before re-extracts.
PIPELINE = "extract-v4+en_core_web_sm-3.8.0+natasha-1.6.0+fr_core_news_md-3.8.0+rules-fr-de-v1"

_YEAR = re.compile(r"\b1[0-9]{3}\b|\b20[0-9]{2}\b")

READ_ROLES = (PassageRole.MAIN, PassageRole.QUOTE, PassageRole.COMMENT)


def processable(passage: Passage) -> bool:
    """Passages the NLP stage reads: main text, quotations and reader comments.

    Passages guessed as another language than English are read too, for now: skipping them
    left the development corpus unchanged (F1 0.554, two claims fewer) but took the Russian
    one (dev-ru) from F1 0.105 to 0, since its names and infobox lines are found only there."""
    return passage.role in READ_ROLES


#: Below this length a passage's own language guess is trusted only when it is its
#: document's: an English list line "- Operation: X, (1944-1945)" guesses as German.
_SHORT = 150


def _language(doc: Document, passage: Passage) -> str | None:
    """A passage's language for the rule readers: its own when long enough to tell, else its
    document's (a head line "Nom: X (Lyon 1820 - Nantes 1858)" of a French page)."""
    if passage.language and (doc.language in (None, passage.language) or len(passage.text) >= _SHORT):
        return passage.language
    return doc.language


def _document_language(doc: Document, passages: Sequence[Passage]) -> str | None:
    """The language month words are read in (:func:`factoid.dates.reading`): the document's,
    else the one most of its passages are written in."""
    if doc.language:
        return doc.language
    codes = Counter(p.language for p in passages if p.language)
    return codes.most_common(1)[0][0] if codes else None


class _Wrapped:
    """An extractor over one of the existing reader modules, named by the id its claims carry."""

    def __init__(self, extractor_id: str) -> None:
        self.name, self.version = version_of(extractor_id)

    @property
    def id(self) -> str:
        return f"{self.name}.v{self.version}"


class InfoboxExtractor(_Wrapped):
    """Label/value blocks (``extract/infobox.py``); needs the document's subject."""

    def __init__(self) -> None:
        super().__init__(_infobox.EXTRACTOR)

    def run(self, ctx: Context) -> list[Claim]:
        if ctx.main is None:
            return []
        return read_infoboxes(ctx.doc, ctx.main, role_at=ctx.role_at, header=ctx.header)


class ProseExtractor(_Wrapped):
    """Sentences over the dependency parse (``extract/prose.py``), outside label/value blocks."""

    def __init__(self) -> None:
        super().__init__(_prose.EXTRACTOR)

    def run(self, ctx: Context) -> list[Claim]:
        return read_prose(ctx.doc, [(d, p.start, p.role, p.text) for p, d in ctx.parsed], ctx.refs, skip=ctx.blocks)


class RussianExtractor(_Wrapped):
    """Russian sentences over natasha's parse (``extract/russian.py``); they attach claims to
    the document's name spans themselves, so they read the names, people and subject."""

    def __init__(self) -> None:
        super().__init__(russian.EXTRACTOR)

    def run(self, ctx: Context) -> list[Claim]:
        ru = [p for p in ctx.passages if processable(p) and russian.is_russian(p)]
        return russian.read_russian(ctx.doc, ru, ctx.names, dict(ctx.assignment), dict(ctx.people), ctx.main_person)


class RulesExtractor(_Wrapped):
    """Prose of one language read by rules (``extract/prose_rules.py``: French, German): the
    passages ingest gave that language, parsed with its own pipeline."""

    def __init__(self, code: str) -> None:
        super().__init__(prose_rules.extractor_id(code))
        self.code = code

    def run(self, ctx: Context) -> list[Claim]:
        mine = [p for p in ctx.passages if processable(p) and _language(ctx.doc, p) == self.code]
        return prose_rules.read_language(ctx.doc, self.code, mine, ctx.names, ctx.assignment, ctx.people,
                                         ctx.main_person, ctx.blocks)


class RecordsExtractor(_Wrapped):
    """Abbreviated record lines (``extract/records.py``): "b. 1546, Knutstorp; s. of A and B"
    in finding aids, genealogy records and catalogue cards, in the passage's language."""

    def __init__(self) -> None:
        super().__init__(records.EXTRACTOR)

    def run(self, ctx: Context) -> list[Claim]:
        def code_at(offset: int) -> str:
            p = passage_at(list(ctx.passages), offset)
            return (_language(ctx.doc, p) if p else ctx.doc.language) or "en"

        return records.read_records(ctx.doc, ctx.main, role_at=ctx.role_at, code_at=code_at, names=ctx.names,
                                    assignment=ctx.assignment, people=ctx.people)


register(InfoboxExtractor())
register(ProseExtractor())
register(RussianExtractor())
for _code in prose_rules.LANGUAGES:
    register(RulesExtractor(_code))
register(RecordsExtractor())


def _title(doc: Document, passages: Sequence[Passage]) -> str | None:
    return doc.title or (passages[0].text.split("\n", 1)[0] if passages else None)


def _names(parsed: Sequence[tuple[Passage, ParsedDoc]], cues: tuple[str, ...] = ()) -> list[NameSpan]:
    spans = [s for p, d in parsed for s in find_names(d, p.start, p.text)]
    spans = add_cue_names(spans, [(p.text, p.start) for p, _ in parsed], cues)
    surnames = set()
    for s in spans:
        words = s.text.replace(".", ". ").split()
        if len(words) > 1 and words[-1][0].isupper() and len(words[-1]) > 2:
            surnames.add(words[-1])
    extra = [x for p, _ in parsed for x in find_known_surnames(p.text, p.start, surnames, spans)]
    return join_nasab(sorted(spans + extra, key=lambda s: s.start))


def extract_document(
    doc: Document, passages: Sequence[Passage], parsed: Sequence[ParsedDoc]
) -> tuple[list[Mention], list[Claim]]:
    """Mentions and claims of one document.

    ``parsed`` holds the spaCy parses of the document's processable passages, in order.
    """
    readable = [p for p in passages if processable(p)]
    ru = [p for p in readable if russian.is_russian(p)]  # Russian passages go to extract.russian
    pairs = [(p, d) for p, d in zip(readable, parsed, strict=True) if p not in ru]
    cues = subject_cues(doc.text, doc.title, doc.url)
    ru_spans = russian.find_names(ru)
    languages = [(p.start, p.end, _language(doc, p)) for p in readable]
    spans = prose_rules.past_function_words(_names(pairs, cues), languages) + ru_spans
    for code in prose_rules.LANGUAGES:  # French and German names the English tagger missed
        mine = [p for p in readable if _language(doc, p) == code]
        spans += [s for s in prose_rules.find_names(mine, code) if not any(s.start < t.end and t.start < s.end for t in spans)]
    spans = join_bracketed_nickname(join_particles(spans, doc.text), doc.text)
    people, assignment = group_names(doc.id, spans, doc.text, cues)
    links = alias_pairs(doc.text, spans) + infobox_alias_pairs(doc, spans, cues) + russian.bracket_alias_pairs(doc.text, ru_spans)
    people = merge_aliases(people, assignment, links, {s.start: s.text for s in spans})
    by_id = {p.id: p for p in people}
    main = main_subject(people, _title(doc, passages), cues)
    refs = References(base=0, names={s.start: (s.end, assignment[s.start]) for s in spans}, people=by_id, main=main)
    ordered = sorted(passages, key=lambda p: p.start)
    mentions = [
        Mention(doc.id, s.start, s.end, s.text, assignment[s.start],
                "subject" if main is not None and assignment[s.start] == main.id else "name",
                (passage_at(ordered, s.start) or ordered[0]).index)
        for s in spans
    ]

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

    ctx = Context(doc=doc, passages=ordered, parsed=pairs, refs=refs,
                  main=Subject(main.id, main.display) if main is not None else None, role_at=role_at,
                  header=header, blocks=[(b[0].start, b[-1].end) for b in find_blocks(doc.text)],
                  names=spans, assignment=assignment, people=by_id, main_person=main)
    with dates.reading(_document_language(doc, readable)):
        claims = [c for extractor in extractors() for c in extractor.run(ctx)]
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
