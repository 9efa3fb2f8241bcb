"""Layouts: turning the lines of a scraped page into label/value rows, and rows into blocks.

Scrapers flatten a biography infobox in many ways, and each line is read as one of them:

- ``Born: 1 May 1900``, ``- Birth Place: Warsaw`` (template dumps), ``born: ...`` (quick-facts
  lists), ``Birthplace | Warsaw |`` (pipe tables), ``Born<TAB>1900`` (tab-separated), and
  ``Office 2: ...`` / ``Codename1: ...`` (numbered keys): an explicit separator;
- ``Born 1 May 1900``, ``BornMarch 3, 1850``, ``Preceded byV. A. Balitsky``: a known label
  at the start, followed by a space or glued to a capital or digit;
- ``Born |`` or ``- Birth Date:`` with the value on the next line.

A row with an explicit separator but an unknown label ("Residence | Germany") is kept as an
unknown row: it produces nothing but ends the field above it, so its value never leaks into
a neighbour. Lines that are none of these are plain: a value continuing the field above, an
office title, or a box's header.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from factoid.extract.infobox import labels, wikitext

MAX_LINE = 160
#: An explicit separator after a short label: colon (also the full-width one of Chinese and
#: Japanese boxes, "出生：1887年"), pipe (table cell) or tab.
_SEPARATED = re.compile(
    r"^(?P<bullet>[-*•·]\s+)?(?P<label>[^\s:：|\t\d][^:：|\t]{0,60}?)\s*(?:[:：]\s*\|?|\||\t)[ \t]*(?P<value>.*)$"
)
_BULLET = re.compile(r"^[-*•·]\s+")
#: The left border of a Markdown or wiki table row ("| Born | 1806 |"): layout, like a bullet.
_BORDER = re.compile(r"^\|\s*(?=[^\s|\-:])")
_CELL_JUNK = re.compile(r"^[\s|!\[\]()\-–—:]*$")
#: Markdown image cells and table rules ("---|---|", "![]() |").
_RULE = re.compile(r"^[\s|:\-]*$|^(?:!\[[^\]]*\]\([^)]*\)\s*\|?\s*)+$")


#: Kinds whose fields a box numbers ("Office 1", "Term 1", "Predecessor 1"), and that number
#: written after the label with only spaces around it: never a day ("Born 1 May 1900" is no
#: numbered kind).
_NUMBERED = frozenset({"office", "in_office", "replaces", "replaced_by"})
_FIELD_NUMBER = re.compile(r"\s+(\d{1,2})\s+(?=\S)")

#: "Bornc. 1680", "Diedca. 1750": a label glued to the approximation mark of its date.
_APPROX_DATE = re.compile(r"(?:c|ca|circa)\.?\s*\d")


@dataclass(frozen=True)
class Line:
    """One non-blank line, stripped; ``text == doc.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Row:
    """A line read as a field: ``kind`` is a label kind, "unknown" (a labelled field nobody
    reads) or None (a plain line); ``value`` is the text after the label with table pipes
    removed, starting at ``value_start`` in the document."""

    line: Line
    kind: str | None
    value: str
    value_start: int
    number: int | None = None
    piped: bool = False
    label: str = ""

    @property
    def labelled(self) -> bool:
        return self.kind is not None and self.kind != "unknown"

    @property
    def rule(self) -> bool:
        """A table rule or image cell: layout, no content."""
        return bool(_RULE.match(self.line.text))


def lines_of(text: str) -> list[Line]:
    """Every non-blank line with its offsets."""
    out, pos = [], 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            out.append(Line(pos + lead, pos + lead + len(stripped), stripped))
        pos += len(raw) + 1
    return out


def _cells(value: str) -> str:
    """A value with table pipes dropped: "June 25, 1982 | (aged 63) |" -> "June 25, 1982 (aged 63)"."""
    parts = [p.strip() for p in value.split("|")]
    return " ".join(p for p in parts if p and not _CELL_JUNK.match(p))


def _label_ok(label: str) -> bool:
    """A separator's left side that can be a label: a few words, no digits except a field
    number ("Office 2", "Codename1")."""
    core = re.sub(r"\([^)]*\)", " ", label)
    core = re.sub(r"\s*\d{1,2}$", "", core.strip())
    return bool(core) and not re.search(r"\d", core) and len(core.split()) <= 6


def _ignored_glued(label: str, rest: str) -> bool:
    """"Ocupațiepoet, prozator", "Limbiromână": a label of a field nobody reads, glued to a
    lower-case value, on a short line of a few words and no sentence. Read as that field, it
    ends the field above, whose value would otherwise run on into it (a list of siblings)."""
    return (labels.kind_of(label)[0] == "ignore" and len(label) >= 4 and rest[:1].islower()
            and len(rest) <= 60 and len(rest.split()) <= 6 and not re.search(r"[.;:!?]", rest))


def _prefixed(line: Line, body: str, offset: int) -> Row | None:
    """A known label at the start of a line without a separator: followed by a space, or
    glued to a capital, digit, quote or bracket ("BornMarch 3, 1850"). Its value must not
    read like prose: a lower-case start ("Born in a family of ...", "Family members met")
    is allowed only when the value holds a date ("Born c. 1742")."""
    m = labels.prefix_pattern().match(body)
    if not m or not body[:1].isupper():
        return None
    plural = re.match(r"\((?:s|es|ren)\)", body[m.end() :])  # "Spouse(s)", "Child(ren)"
    rest = body[m.end() + (plural.end() if plural else 0) :]
    glued = rest[:1] and not rest[:1].isspace()
    if glued and _ignored_glued(m.group(0), rest):
        return Row(line, "ignore", rest, offset + m.end(), None, False, m.group(0))
    if glued and not (m.group(0)[-1].islower() and (rest[0].isupper() or rest[0].isdigit() or rest[0] in "\"“('«"
                                                    or _APPROX_DATE.match(rest))):
        return None
    value = rest.strip()
    if value[:1].islower() and not labels.find_dates(value) and not _APPROX_DATE.match(value):
        return None
    kind, number = labels.kind_of(m.group(0))
    field = _FIELD_NUMBER.match(rest) if kind in _NUMBERED and not glued else None
    if field is not None:  # "Office 2 Lieutenant-admiral of X", "Term 2 1665–1676"
        number, rest = int(field.group(1)), rest[field.end() :]
    value_start = len(body) - len(rest.lstrip())
    return Row(line, kind, _cells(body[value_start:]), offset + value_start, number, "|" in body, m.group(0))


def parse_line(line: Line, wrapped: bool = False) -> Row:
    """One line read as a row (see the module docstring for the layouts). A line of
    hard-wrapped prose (``wrapped``) may still carry an explicit separator, but a label word
    at its start is only the start of a sentence."""
    border = _BORDER.match(line.text)
    lead = border.end() if border else 0
    bullet = _BULLET.match(line.text, lead)
    offset = line.start + (bullet.end() if bullet else lead)
    body = line.text[bullet.end() if bullet else lead :]
    piped = "|" in body
    sep = _SEPARATED.match(line.text[lead:])
    if sep and _label_ok(sep.group("label")):
        kind, number = labels.kind_of(sep.group("label"))
        value = sep.group("value")
        start = line.start + lead + sep.start("value")
        if kind is not None:
            return Row(line, kind, _cells(value), start, number, piped, sep.group("label"))
        prefixed = None if wrapped else _prefixed(line, body, offset)
        if prefixed is not None and prefixed.labelled:
            return prefixed
        if _cells(value):
            return Row(line, "unknown", _cells(value), start, number, piped, sep.group("label"))
    prefixed = None if wrapped else _prefixed(line, body, offset)
    if prefixed is not None:
        return prefixed
    return Row(line, None, _cells(body), offset, None, piped)


def _gap_ok(text: str, prev: Row, row: Row, nxt: Row | None) -> bool:
    """Whether a line after a blank line still belongs to the block: scraped HTML infoboxes
    often put a blank line between rows; prose after a block is something else."""
    if "\n\n" not in text[prev.line.end : row.line.start]:
        return True
    return bool(
        row.labelled or row.kind == "unknown"
        or (prev.labelled and not prev.value)
        or prev.kind == "in_office"
        or (nxt is not None and nxt.kind == "in_office")
    )


def _is_block(run: list[Row]) -> bool:
    """At least two labelled rows, or one explicit life-event field on its own ("Died: 10 Feb
    1891 in Stockholm" heading a page)."""
    labelled = [r for r in run if r.labelled and r.kind != "ignore"]
    if len(labelled) >= 2:
        return True
    return len(labelled) == 1 and labelled[0].kind in {"born", "died"} and labelled[0].label != "" and (
        ":" in labelled[0].line.text or "|" in labelled[0].line.text)


def _wrapped(lines: list[Line], text: str) -> list[bool]:
    """Lines of hard-wrapped prose: a line running on into a next line that starts in lower
    case, with no separator or full stop between them (and that next line itself)."""
    out = [False] * len(lines)
    for i in range(len(lines) - 1):
        a, b = lines[i], lines[i + 1]
        if "\n\n" in text[a.end : b.start]:
            continue
        if b.text[:1].islower() and not a.text.endswith((":", "|", ".", ";")) and len(a.text.split()) >= 4:
            out[i] = out[i + 1] = True
    return out


def _trim(run: list[Row]) -> list[Row]:
    """A block starts at its first field, or at the title line just above it: the short
    prose lines before a box are not part of it."""
    first = next(i for i, r in enumerate(run) if r.labelled or r.kind == "unknown")
    return run[max(0, first - 1) :]


def find_rows(text: str) -> list[list[Row]]:
    """Runs of short lines holding labelled rows: the infobox blocks, as rows. A raw
    wikitext infobox is read through its same-length mask (``wikitext``).

    Extraction asks three times per document (the prose reader's skipped blocks, the infobox
    reader, its alias pairs), so the last few texts' blocks are kept; each caller gets lists
    of its own (the rows are frozen)."""
    return [list(block) for block in _blocks(text)]


@lru_cache(maxsize=4)
def _blocks(text: str) -> tuple[tuple[Row, ...], ...]:
    masked = wikitext.mask(text)
    lines = lines_of(masked) if masked is text else wikitext.widen(lines_of(masked), text, masked)
    text = masked
    rows = [parse_line(line, wrapped) for line, wrapped in zip(lines, _wrapped(lines, text), strict=True)]
    blocks, run = [], []
    for i, row in enumerate(rows + [None]):
        short = row is not None and len(row.line.text) <= MAX_LINE
        if short and (not run or _gap_ok(text, run[-1], row, rows[i + 1] if i + 1 < len(rows) else None)):
            run.append(row)
            continue
        if _is_block(run):
            blocks.append(tuple(_trim(run)))
        run = [row] if short else []
    return tuple(blocks)


def find_blocks(text: str) -> list[list[Line]]:
    """The infobox blocks of a text as lines (the prose reader skips them)."""
    return [[row.line for row in block] for block in find_rows(text)]
