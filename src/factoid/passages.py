"""Split a document into paragraph-level passages with exact character offsets.

Every later stage cites passages by offset, so a passage is always a verbatim slice of
``Document.text``: ``doc.text[p.start:p.end] == p.text``, stripped of surrounding whitespace,
never empty.

The splitting rule
------------------
1. **Blank lines** (lines holding only whitespace) always separate paragraphs.
2. Inside a block of consecutive non-blank lines, **each line is its own paragraph** by default:
   web scrapes and text exports usually put one paragraph, heading, caption or infobox row per
   line, and merging them would glue headings onto prose.
3. The exception is **hard-wrapped prose** (mail archives, comment threads, plain-text books),
   where one paragraph is broken into lines of roughly constant width. A line is joined to the
   next one when it looks wrapped:

   * it is not immediately repeated verbatim (a doubled line is a scraped caption), and
   * it does not end a sentence (``. ! ? : ;`` or a closing quote after one), and
   * both lines are no longer than :data:`MAX_WRAP_WIDTH` and the line is long enough to be a
     wrapped line, and
   * either the next line starts in lower case (the sentence visibly continues), or the
     document has a consistent wrap width ``W`` and the next line's first word would not have
     fitted on this line (``len(line) + 1 + len(word) > W``), which is what a greedy line
     wrapper produces.
4. A paragraph longer than :data:`MAX_PASSAGE_CHARS` (a whole page scraped onto one line, a
   text without line breaks) is cut into pieces at sentence ends, else at a space, never
   inside a word when it can be helped. Nothing is truncated: the pieces cover the paragraph,
   and each is short enough for the parser (spaCy refuses texts over 1,000,000 characters and
   needs about 1 GB per 100,000 characters of one text).
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from .model import Document, Passage

__all__ = ["MAX_PASSAGE_CHARS", "MAX_WRAP_WIDTH", "split_passages"]

#: Longest passage handed to later stages; longer paragraphs are cut at sentence ends.
MAX_PASSAGE_CHARS = 5_000
#: A sentence end followed by whitespace: the preferred place to cut a long paragraph.
_CUT_AFTER_SENTENCE = re.compile(r"[.!?…]['\"’”»)\]]*\s+")
_SPACE = re.compile(r"\s+")

#: Hard-wrapped text is wrapped at or below this many characters (mail and terminals use 72-80).
MAX_WRAP_WIDTH = 100
#: A wrapped line fills at least this share of the wrap width.
_MIN_FILL = 0.6
#: Shortest wrap width we believe in: narrower "wrapping" is a list of short items.
_MIN_WIDTH = 40
_SENTENCE_END = re.compile(r"[.!?:;…]['\"’”»)\]]*$")
_FIRST_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class _Line:
    """A non-blank line, its offsets already stripped of surrounding whitespace."""

    start: int
    end: int
    text: str
    block: int


def split_passages(doc: Document) -> list[Passage]:
    """Cut ``doc.text`` into paragraphs (see the module docstring for the rule)."""
    lines = _lines(doc.text)
    width = _wrap_width(lines)
    passages: list[Passage] = []
    for group in _paragraph_groups(lines, width):
        for start, end in _pieces(doc.text, group[0].start, group[-1].end):
            passages.append(Passage(doc.id, len(passages), start, end, doc.text[start:end]))
    return passages


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``(start, end)`` of a paragraph, or of its pieces when it is longer than the limit: each
    piece ends at the last sentence end (else space) before the limit, whitespace trimmed."""
    pieces: list[tuple[int, int]] = []
    while end - start > MAX_PASSAGE_CHARS:
        cut = _cut(text, start, start + MAX_PASSAGE_CHARS)
        piece_end = start + len(text[start:cut].rstrip())
        pieces.append((start, piece_end))
        start = cut + len(text[cut:end]) - len(text[cut:end].lstrip())
    pieces.append((start, end))
    return pieces


def _cut(text: str, start: int, limit: int) -> int:
    """Where to cut ``text[start:limit]``: after its last sentence end, else at its last
    whitespace (both in the second half, so pieces stay long), else hard at ``limit``."""
    window = text[start:limit]
    half = len(window) // 2
    for pattern in (_CUT_AFTER_SENTENCE, _SPACE):
        ends = [m.end() for m in pattern.finditer(window, half)]
        if ends:
            return start + ends[-1]
    return limit

def _lines(text: str) -> list[_Line]:
    """Non-blank lines with stripped offsets, numbered by the blank-line block they sit in."""
    lines: list[_Line] = []
    block, offset, previous_blank = 0, 0, False
    for raw in text.split("\n"):
        stripped = raw.strip()
        if not stripped:
            previous_blank = True
        else:
            if previous_blank and lines:
                block += 1
            previous_blank = False
            start = offset + len(raw) - len(raw.lstrip())
            end = offset + len(raw.rstrip())
            lines.append(_Line(start, end, text[start:end], block))
        offset += len(raw) + 1
    return lines


def _paragraph_groups(lines: Sequence[_Line], width: int | None) -> list[list[_Line]]:
    """Group lines into paragraphs: a new group at each block change or unwrapped line break."""
    groups: list[list[_Line]] = []
    for i, line in enumerate(lines):
        if i > 0 and lines[i - 1].block == line.block and _joins(lines[i - 1], line, width):
            groups[-1].append(line)
        else:
            groups.append([line])
    return groups


def _joins(line: _Line, following: _Line, width: int | None) -> bool:
    """True when ``following`` continues the hard-wrapped paragraph that ``line`` belongs to."""
    text, nxt = line.text, following.text
    if _normal(text) == _normal(nxt) or _SENTENCE_END.search(text):
        return False
    if len(text) > MAX_WRAP_WIDTH or len(nxt) > MAX_WRAP_WIDTH:
        return False
    if nxt[0].islower() and len(text) >= _MIN_WIDTH:
        return True
    if width is None or len(text) < _MIN_FILL * width or len(nxt) > width:
        return False
    return len(text) + 1 + len(_FIRST_WORD.match(nxt).group()) > width  # type: ignore[union-attr]


def _wrap_width(lines: Sequence[_Line]) -> int | None:
    """The document's hard-wrap width, or None when its line breaks do not look like wrapping.

    Looks at lines followed by another line of the same block that do not end a sentence:
    in wrapped text there are several of them and their lengths cluster just below the width.
    """
    lengths = [
        len(a.text)
        for a, b in zip(lines, lines[1:], strict=False)
        if a.block == b.block
        and _MIN_WIDTH <= len(a.text) <= MAX_WRAP_WIDTH
        and not _SENTENCE_END.search(a.text)
        and _normal(a.text) != _normal(b.text)
    ]
    if len(lengths) < 3:
        return None
    quartiles = statistics.quantiles(lengths, n=4)
    if quartiles[2] - quartiles[0] > 15:
        return None
    return max(lengths)


def _normal(text: str) -> str:
    """Case- and whitespace-insensitive form, to spot a line repeated right after itself."""
    return " ".join(text.lower().split())
