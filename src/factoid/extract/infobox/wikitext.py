"""Raw wikitext infoboxes (``{{Infobox person | birth_date = {{birth date|1746|2|4}} ...}}``)
seen as the label/value lines the row reader already knows.

Wikipedia dumps, mirrors and talk pages paste the template source instead of the rendered
box. Rather than a second reader, the template is *masked*: rewritten in place into text of
exactly the same length, so every offset the row reader finds is an offset of the document
and every quote stays the document's own text. Inside an infobox template:

- ``| birth_place = value`` becomes ``  birth place: value`` on a line of its own (a field
  separator ``|`` at template level becomes a line break, so several fields on one line
  split too);
- ``[[target|label]]`` keeps only its label, right-aligned in the link's room so that a comma
  after the link stays glued to it (``[[Solothurn]],`` -> ``    Solothurn,``);
- date templates (``{{birth date|1746|2|4}}``, ``{{death date and age|...}}``,
  ``{{circa|1478}}``, ``{{OldStyleDate|15 October|1817|...}}``) become a date the date reader
  knows, padded with spaces; list templates (``{{plainlist|* A * B}}``) one item per line;
  text templates (``{{nowrap|X}}``, ``{{lang|xx|X}}``) their text; ``{{marriage|A|1913}}``
  the spouse and years ("A (m. 1913)"); any other template,
  ``<ref>`` notes, comments and bold/italic quotes become blanks; ``<br />`` a line break.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factoid.extract.infobox.rows import Line

#: A template or link body that holds no other template or link: masked innermost first.
_INNER_TEMPLATE = re.compile(r"\{\{([^{}]*)\}\}")
_LINK = re.compile(r"\[\[([^\[\]|]*)(?:\|([^\[\]]*))?\]\]")
_REF = re.compile(r"<ref\b[^>/]*/>|<ref\b[^>]*>.*?</ref\s*>|<!--.*?-->", re.S | re.I)
_BREAK = re.compile(r"<br\s*/?\s*>", re.I)
_QUOTES = re.compile(r"'{2,}")
_INFOBOX = re.compile(r"\{\{\s*infobox\b", re.I)
_FIELD = re.compile(r"(?P<pipe>\|)(?P<lead>\s*)(?P<key>[A-Za-z][\w ]{0,40}?)(?P<space>\s*)=")
_DATE_TEMPLATES = re.compile(
    r"^(?:birth|death|start|end|film)[ _]date(?:[ _]and[ _](?:age|given[ _]years))?\d?$|^b?da$|^dda$|^date$", re.I)
_TERM_END = re.compile(r"^term end(?=\s*\d*$)")
_CIRCA = frozenset({"circa", "c.", "c"})
_OLD_STYLE = re.compile(r"^old ?style ?date", re.I)
_LISTS = frozenset({"plainlist", "plain list", "flatlist", "flat list", "ubl", "unbulleted list",
                    "hlist", "bulleted list", "ublist"})
#: Templates of a marriage: the spouse's name, then the years it began and ended.
_MARRIAGE = frozenset({"marriage", "married"})
#: Templates whose last unnamed parameter is their visible text.
_TEXT = frozenset({"nowrap", "lang", "nobr", "small", "big", "sm", "nowrap begin", "transl",
                   "ill", "interlanguage link"})


def has_wikitext(text: str) -> bool:
    """Whether a text holds an infobox template at all (most documents do not)."""
    return bool(_INFOBOX.search(text))


def mask(text: str) -> str:
    """The text with every infobox template rewritten into label/value lines of the same
    length (see the module docstring); the rest of the text is left as it is."""
    if not has_wikitext(text):
        return text
    out = list(text)
    for start, end in _infobox_spans(text):
        out[start:end] = _mask_box(text[start:end])
    return "".join(out)


def widen(lines: list[Line], text: str, masked: str) -> list[Line]:
    """Lines of the masked text whose end takes in the markup closing them in the document
    (``[[Solothurn]]``, not ``[[Solothurn``), so a quote never stops inside a link."""
    out = []
    for line in lines:
        stop = masked.find("\n", line.end)
        stop = len(text) if stop < 0 else stop
        end = line.start + len(text[line.start : stop].rstrip())
        out.append(replace(line, end=max(end, line.end)))
    return out


def _infobox_spans(text: str) -> list[tuple[int, int]]:
    """Where each ``{{Infobox ...}}`` starts and ends, braces balanced."""
    spans = []
    for m in _INFOBOX.finditer(text):
        if spans and m.start() < spans[-1][1]:
            continue
        depth, i = 0, m.start()
        while i < len(text) - 1:
            pair = text[i : i + 2]
            if pair == "{{":
                depth, i = depth + 1, i + 2
                continue
            if pair == "}}":
                depth, i = depth - 1, i + 2
                if depth == 0:
                    break
                continue
            i += 1
        spans.append((m.start(), i))
    return spans


def _blank(s: str) -> str:
    """Spaces for a stretch of markup, keeping its line breaks (line offsets stay right)."""
    return re.sub(r"[^\n]", " ", s)


def _fit(shown: str, room: str) -> str:
    """``shown`` in the room of ``room``'s markup, padded with blanks (blanks alone when
    too long)."""
    if len(shown) > len(room):
        return _blank(room)
    return shown + _blank(room[len(shown) :])


def _at(shown: str, whole: str, offset: int) -> str:
    """``shown`` at ``offset`` inside ``whole``'s room (a link's label where the document
    writes it, so that a line's start is the label's start in the document too)."""
    if offset + len(shown) > len(whole):
        return _fit(shown, whole)
    return _blank(whole[:offset]) + shown + _blank(whole[offset + len(shown) :])


def _mask_box(box: str) -> str:
    box = _REF.sub(lambda m: _blank(m.group(0)), box)
    box = _BREAK.sub(lambda m: ";" + " " * (len(m.group(0)) - 1), box)
    box = _QUOTES.sub(lambda m: " " * len(m.group(0)), box)
    box = _LINK.sub(_link, box)
    while True:
        inner = _INNER_TEMPLATE.search(box, 2)
        if inner is None or inner.start() == 0:
            break
        box = box[: inner.start()] + _template(inner.group(0), inner.group(1)) + box[inner.end() :]
    return _pull_separators(_fields(box))


def _pull_separators(box: str) -> str:
    """A comma or semicolon left behind blanks (``Solothurn  , Switzerland``) moved next to
    the word before it, the blanks after it."""
    return re.sub(r"(?<=\S)( +)([,;])", lambda m: m.group(2) + m.group(1), box)


def _link(m: re.Match[str]) -> str:
    target, label = m.group(1), m.group(2)
    shown = (label if label is not None and label.strip() else target).strip()
    if ":" in target.strip()[:12] and not target.strip().startswith(":"):
        return _blank(m.group(0))  # [[File:...]], [[Category:...]]
    whole = m.group(0)
    offset = whole.find(shown, 2) if shown else -1
    return _at(shown, whole, offset) if offset >= 0 else _fit(shown, whole)


def _template(whole: str, body: str) -> str:
    """One innermost template masked to the same length."""
    parts = [p.strip() for p in body.split("|")]
    name = parts[0].lower().replace("_", " ")
    args = [p for p in parts[1:] if "=" not in p]
    if _DATE_TEMPLATES.match(name):
        return _fit(_ymd(args), whole)
    if name in _CIRCA and args:
        return _fit(f"c. {args[0]}", whole)
    if _OLD_STYLE.match(name) and len(args) >= 2:
        return _fit(f"{args[0]} {args[1]}", whole)
    if name in _MARRIAGE and args:
        return _fit(_married(args), whole)
    if name in _LISTS:
        return _list(whole)
    if name in _TEXT and args:
        return _fit(args[-1], whole)
    return _blank(whole)


def _married(args: list[str]) -> str:
    """``{{marriage|A|1913|1925|end=div}}`` -> ``A (m. 1913–1925)``: the spouse with the
    years as the row reader reads a rendered box's "A (m. 1913; div. 1925)"."""
    years = [a for a in args[1:3] if a]
    return f"{args[0]} (m. {'–'.join(years)})" if years else args[0]


def _ymd(args: list[str]) -> str:
    """``1746|2|4`` -> ``1746-02-04`` (year alone, or year and month, when that is all)."""
    nums = [a for a in args if a.isdigit()][:3]
    if not nums:
        return args[0] if args else ""
    year, rest = nums[0], nums[1:]
    return "-".join([year] + [f"{int(n):02d}" for n in rest])


def _list(whole: str) -> str:
    """A list template as one line of items separated by semicolons (a cell the reader
    already splits): the name, pipes, bullets and line breaks inside go blank."""
    head = whole.index("|") + 1 if "|" in whole else len(whole) - 2
    inner = re.sub(r"\n", " ", whole[head:-2])
    inner = re.sub(r"^(\s*)\*", lambda m: m.group(1) + " ", inner)
    inner = re.sub(r"(?<=\s)\*|\|", ";", inner)
    return _blank(whole[:head]) + inner + "  "


def _fields(box: str) -> str:
    """The template's own ``| key = value`` fields as ``key: value`` lines; its name and
    closing braces blank. A ``term_end`` right after its ``term_start`` joins that line
    (``term start: 1790  – 1794``), so one office gets one term."""
    out = list(box)
    depth, previous = 0, ""
    for i, ch in enumerate(box):
        if box.startswith("{{", i) or box.startswith("[[", i):
            depth += 1
        elif box.startswith("}}", i) or box.startswith("]]", i):
            depth -= 1
        if ch != "|" or depth != 1:
            continue
        m = _FIELD.match(box, i)
        newline = box.rfind("\n", 0, i)
        line_start = not box[newline + 1 : i].strip()
        out[i] = " " if line_start else "\n"
        if m is None:
            continue
        key = m.group("key").replace("_", " ").strip().lower()
        for j in range(m.start("key"), m.end("key")):
            out[j] = " " if box[j] == "_" else out[j]
        out[m.end() - 1] = ":"
        if _TERM_END.match(key) and _TERM_END.sub("term start", key) == previous:
            if line_start and newline >= 0:
                out[newline] = " "
            out[i] = " "
            out[m.start("key") : m.end() - 1] = " " * (m.end() - 1 - m.start("key"))
            out[m.end() - 1] = "–"
        previous = key
    head = re.match(r"\{\{[^|\n}]*", box)
    if head:
        out[: head.end()] = _blank(head.group(0))
    if box.endswith("}}"):
        out[-2:] = "  "
    return "".join(out)


