"""Map a span of a web page's extracted text back to the page's markup.

Why: factoid reads an HTML page through its extracted text (``factoid.ingest.htmltext``:
infobox lines first, then trafilatura's main text and comments, then sidebars), and every
offset it cites is an index into that text. But a historian checks a quote against the page
they saved, and the claims export promises ``text[start:end] == quote`` over the file as
``Path.read_text`` decodes it. This module finds, for a span of the extracted text, the
characters of the markup that show it, so the export can cite the page itself.

How: the markup's *visible* characters are listed with the markup range each comes from
(tags, comments, ``<script>``/``<style>`` and the ``<head>`` skipped; an entity such as
``&amp;`` is one character spanning the whole entity; whitespace dropped, since extractors
collapse, add and remove it freely). A span's non-space characters are then searched in that
list, wherever they are (the extracted text reorders the page: its infobox comes first). A
span found exactly once maps; a span found several times is placed by the unique occurrence
of its whole line; anything else maps to None. A wrong span is worse than none: a caller
falls back to the extracted-text offsets and says so.
"""

from __future__ import annotations

import html
import re
from array import array
from dataclasses import dataclass, field

__all__ = ["SourceMap", "Visible", "align", "visible"]

#: Elements whose content a reader never sees (or that an extractor never keeps).
_HIDDEN = ("script", "style", "noscript", "template", "head", "title", "textarea", "svg")
_SKIP = re.compile(
    r"<!--.*?(?:-->|\Z)"  # a comment (an unterminated one runs to the end)
    r"|<!\[CDATA\[.*?(?:\]\]>|\Z)"
    r"|<[!?][^>]*>?"  # doctype, processing instruction
    r"|<(?P<hidden>" + "|".join(_HIDDEN) + r")\b[^>]*>.*?(?:</(?P=hidden)\s*>|\Z)"
    r"|</?[A-Za-z][^>\"']*(?:(?:\"[^\"]*\"|'[^']*')[^>\"']*)*>?",
    re.DOTALL | re.IGNORECASE,
)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};?)")
#: Characters extractors drop silently (soft hyphen, zero-width marks, BOM): ignored on both sides.
_IGNORED = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")
#: Punctuation the extracted text may add between parts of the page: the infobox's
#: "Label: value" and "; " joins, a table's "|" cells and a list's "-" / "•" items.
_JOINERS = frozenset(":;|-•*")


@dataclass(frozen=True)
class Visible:
    """The visible, non-space characters of a page and where each sits in the markup."""

    chars: str
    starts: array = field(repr=False)
    ends: array = field(repr=False)


def visible(markup: str) -> Visible:
    """List the markup's visible non-space characters with their ``[start, end)`` in it."""
    chars: list[str] = []
    starts, ends = array("l"), array("l")
    pos = 0
    for m in _SKIP.finditer(markup):
        _text(markup, pos, m.start(), chars, starts, ends)
        pos = m.end()
    _text(markup, pos, len(markup), chars, starts, ends)
    return Visible("".join(chars), starts, ends)


def _text(markup: str, a: int, b: int, chars: list[str], starts: array, ends: array) -> None:
    """Add the characters of the text run ``markup[a:b]``, decoding entities."""
    pos = a
    for m in _ENTITY.finditer(markup, a, b):
        _plain(markup, pos, m.start(), chars, starts, ends)
        decoded = html.unescape(m.group())
        if decoded == m.group():  # not an entity after all: a bare "&"
            _plain(markup, m.start(), m.end(), chars, starts, ends)
        else:
            for ch in decoded:
                if not ch.isspace() and ch not in _IGNORED:
                    chars.append(ch)
                    starts.append(m.start())
                    ends.append(m.end())
        pos = m.end()
    _plain(markup, pos, b, chars, starts, ends)


def _plain(markup: str, a: int, b: int, chars: list[str], starts: array, ends: array) -> None:
    for i in range(a, b):
        ch = markup[i]
        if not ch.isspace() and ch not in _IGNORED:
            chars.append(ch)
            starts.append(i)
            ends.append(i + 1)


class SourceMap:
    """The alignment of one page's extracted text to its markup (build with :func:`align`)."""

    def __init__(self, text: str, markup: str) -> None:
        self.text = text
        self.markup = markup
        self.page = visible(markup)

    def raw_span(self, start: int, end: int) -> tuple[int, int] | None:
        """``[start, end)`` of the extracted text as ``[raw_start, raw_end)`` of the markup,
        or None when the span's characters are not found, or not found at one place."""
        if not 0 <= start < end <= len(self.text):
            return None
        found = self._find(start, end)
        if found is None:
            return None
        first, last = found
        return self.page.starts[first], self.page.ends[last]

    def quote(self, start: int, end: int) -> str | None:
        """The markup that shows the span (inline tags and entities included), or None."""
        span = self.raw_span(start, end)
        return self.markup[span[0] : span[1]] if span else None

    def _find(self, start: int, end: int) -> tuple[int, int] | None:
        """Indexes of the span's first and last character in the visible characters."""
        hits = _matches(_pattern(self.text, start, end, start, end), self.page.chars)
        if len(hits) == 1:
            return hits[0]
        if not hits:
            return None
        # Several places: the span's whole line, if it is found once, says which.
        a = self.text.rfind("\n", 0, start) + 1
        b = self.text.find("\n", end)
        b = len(self.text) if b < 0 else b
        if (a, b) == (start, end):
            return None
        lines = _matches(_pattern(self.text, a, b, start, end), self.page.chars)
        return lines[0] if len(lines) == 1 else None


def align(text: str, markup: str) -> SourceMap:
    """Align a page's extracted ``text`` to its ``markup`` (both as stored at ingest)."""
    return SourceMap(text, markup)


def _pattern(text: str, a: int, b: int, start: int, end: int) -> re.Pattern[str] | None:
    """A pattern of the non-space characters of ``text[a:b]``, those of ``[start, end)`` in
    group 1. Punctuation the extractor may have added at a word's edge (``_JOINERS``) is
    optional; all else must match exactly."""
    words = [m for m in re.finditer(r"\S+", text[a:b])]
    parts: list[str] = []
    opened = closed = False
    for i, m in enumerate(words):
        word = m.group()
        lead = len(word) - len(word.lstrip("".join(_JOINERS))) if i > 0 else 0
        trail = len(word) - len(word.rstrip("".join(_JOINERS))) if i < len(words) - 1 else 0
        for j, ch in enumerate(word):
            pos = a + m.start() + j
            if not opened and pos >= start:
                parts.append("(")
                opened = True
            if opened and not closed and pos >= end:
                parts.append(")")
                closed = True
            if ch in _IGNORED:
                continue
            optional = j < lead or j >= len(word) - trail
            parts.append(re.escape(ch) + ("?" if optional else ""))
    if not opened:
        return None
    if not closed:
        parts.append(")")
    return re.compile("".join(parts))


def _matches(pattern: re.Pattern[str] | None, chars: str, limit: int = 3) -> list[tuple[int, int]]:
    """Up to ``limit`` places (first, last index) of group 1, where the pattern matches and
    the group is not empty."""
    if pattern is None:
        return []
    out: list[tuple[int, int]] = []
    pos = 0
    while len(out) < limit:
        m = pattern.search(chars, pos)
        if m is None:
            break
        if m.end(1) > m.start(1):
            out.append((m.start(1), m.end(1) - 1))
        pos = m.start() + 1
    return out
