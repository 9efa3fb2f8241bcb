"""Reading semi-structured infobox blocks: label/value rows left behind by scraping.

Scrapers flatten a biography infobox into short lines in many layouts (``rows``): labels
glued to values, template dumps, pipe tables, quick-facts lists, tab-separated tables,
numbered keys, values on the line after their label. The small English model reads such
lines as junk entities, so they are recognised by layout and read by label (``reader``);
what a label means is data in ``lang/<code>/labels.toml`` (``labels``), so a French, German
or Russian box is read too. Extractor name: ``extract.infobox.v2``.
"""

from __future__ import annotations

import re

from collections.abc import Callable, Iterator, Sequence
from typing import Protocol

from factoid.extract.common import Subject
from factoid.extract.infobox.reader import EXTRACTOR, Reader
from factoid.extract.infobox.rows import MAX_LINE, Line, Row, find_blocks, find_rows, parse_line
from factoid.model import Claim, Document, PassageRole

__all__ = ["EXTRACTOR", "MAX_LINE", "Line", "Row", "alias_pairs", "alias_spans", "find_blocks",
           "find_rows", "parse_line", "read_infoboxes"]


class _Span(Protocol):
    """A name span as ``extract.mentions`` finds them."""

    start: int
    end: int


def _header(block: list[Row]) -> tuple[int, int] | None:
    """The span of a block's title line (a name above the first field), without table pipes."""
    first = block[0]
    if first.kind is not None or not first.value:
        return None
    start = first.value_start
    return start, start + len(first.value)


def read_infoboxes(
    doc: Document,
    subject: Subject,
    *,
    role_at: Callable[[int], PassageRole],
    header: Callable[[int, int], Subject | None] | None = None,
) -> Iterator[Claim]:
    """Claims from every infobox block of a document, about its main subject, or about the
    person a block's header line names (a page may carry a second box for someone else).

    ``role_at(offset)`` gives the passage role at an offset; rows inside comments or off-topic
    passages are not read. ``header(line_start, line_end)`` returns the Subject a line names,
    or None.
    """
    for block in find_rows(doc.text):
        named = None
        if header is not None:
            spans = [s for s in (_header(block), _line_above(doc.text, block[0].line.start), _name_row(block)) if s]
            named = next((n for n in (header(*s) for s in spans) if n is not None), None)
        yield from Reader(doc, named or subject, role_at).read(block)


#: labels of a row that names the record's own person ("Name: A" in a genealogy record)
_NAME_LABELS = frozenset({"name", "full name"})


def _name_row(block: list[Row]) -> tuple[int, int] | None:
    """The span of a "Name:" row's value: a person record is about the one it names first,
    not about the first parent or child the page's mentions happen to put ahead."""
    for row in block:
        if row.kind == "alias" and labels.normalise(row.label)[0] in _NAME_LABELS and row.value:
            return row.value_start, row.value_start + len(row.value)
    return None


def _line_above(text: str, start: int) -> tuple[int, int] | None:
    """The line right above a block (no blank line between): a box's title when the block
    opens with an office title ("Abram Slutsky" above "Head of the Foreign Department")."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start < 2 or text[line_start - 1] != "\n":
        return None
    above_end = line_start - 1
    above_start = text.rfind("\n", 0, above_end) + 1
    line = text[above_start:above_end]
    if not line.strip():
        return None
    lead = len(line) - len(line.lstrip())
    return above_start + lead, above_start + len(line.rstrip())


def _block_aliases(doc: Document, block: list[Row], subject: Subject) -> list[tuple[int, int]]:
    reader = Reader(doc, subject, lambda _offset: PassageRole.MAIN)
    reader.read(block)
    return reader.aliases


def alias_spans(doc: Document, subject: Subject) -> list[tuple[int, int]]:
    """Spans of the subject's other names in its infobox ("Names", "Other names", "Birth
    name", codenames): name variants of the subject in any script, never other people."""
    return [span for block in find_rows(doc.text) for span in _block_aliases(doc, block, subject)]


def _box_title(block: list[Row]) -> bool:
    """Does the block open with a short title line of its own ("Quick Facts", "At a glance"),
    not with a page's tagline ("From the free encyclopedia, ...") or a field?"""
    first = block[0]
    words = first.line.text.split()
    return first.kind is None and 0 < len(words) <= 3 and not re.search(r"[,.:;]", first.line.text)


def alias_pairs(doc: Document, spans: Sequence[_Span], cues: Sequence[str] = ()) -> list[tuple[int, int]]:
    """Pairs of name spans (by start offset) that an infobox says name one person: the box's
    title name and each name found in its alias fields, in the shape of
    ``extract.entities.alias_pairs``, so the names box of a page joins its subject instead of
    becoming other people. A box under a title that is no name ("Quick Facts") speaks of the
    page's subject: its aliases join the first name written before it that a subject cue
    (``mentions.subject_cues``) gives."""
    pairs = []
    for block in find_rows(doc.text):
        header = _header(block)
        anchor = next((s for s in spans if header and s.start == header[0] and s.end >= header[1] - 1), None)
        if anchor is None and _box_title(block):
            anchor = next((s for s in spans if s.text in cues and s.end <= block[0].line.start), None)
        if anchor is None:
            continue
        for start, end in _block_aliases(doc, block, Subject("", doc.text[anchor.start : anchor.end])):
            pairs += [(anchor.start, s.start) for s in spans if start <= s.start and s.end <= end and s.start != anchor.start]
    return pairs
