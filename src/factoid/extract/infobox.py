"""Reading semi-structured infobox blocks: label/value lines left behind by scraping.

Scrapers flatten a biography infobox into short lines, often with label and value glued
together ("Born1900", "Preceded byV. A. Balitsky") or split over two lines ("Born" /
"1899 Odessa"), and an office as a title line followed by "In office" and a date range. The
small English model reads such lines as junk entities, so they are recognised by layout and
read by label instead. Extractor name: ``extract.infobox.v1``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from factoid import dates
from factoid.extract.common import Subject, make_claim
from factoid.extract.manner import manner_of
from factoid.model import Claim, Document, PassageRole

EXTRACTOR = "extract.infobox.v1"
MAX_LINE = 140

#: Label -> what it holds. Longer labels first so "Cause of death" wins over nothing shorter.
LABELS: dict[str, str] = {
    "Cause of death": "manner",
    "Manner of death": "manner",
    "Place of birth": "place_of_birth",
    "Place of death": "place_of_death",
    "Date of birth": "date_of_birth",
    "Date of death": "date_of_death",
    "Preceded by": "replaces",
    "Succeeded by": "replaced_by",
    "Political party": "party",
    "Resting place": "skip",
    "Years of service": "skip",
    "Birth name": "skip",
    "Other names": "skip",
    "Alma mater": "skip",
    "Known for": "skip",
    "Battles/wars": "skip",
    "Service/branch": "skip",
    "Allegiance": "skip",
    "Nationality": "skip",
    "Citizenship": "skip",
    "Occupation": "skip",
    "Relatives": "skip",
    "Signature": "skip",
    "Spouse(s)": "spouse",
    "Spouses": "spouse",
    "Spouse": "spouse",
    "Children": "child",
    "Parent(s)": "skip",
    "Parents": "skip",
    "Father": "father",
    "Mother": "mother",
    "Awards": "award",
    "Rank": "rank",
    "Party": "party",
    "In office": "in_office",
    "Born": "born",
    "Died": "died",
}
_LABEL_RE = re.compile(
    r"^(?P<label>" + "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted(LABELS, key=len, reverse=True)) + r")"
    r"(?:\s*:\s*|\s+|(?=[A-Z0-9(\"“])|$)(?P<value>.*)$"
)
_PAREN = re.compile(r"\([^)]*\)")
#: Labels whose value may go on over the following unlabelled lines.
_CONTINUED = frozenset({"born", "died", "spouse", "child", "award"})


def _label_kind(label: str) -> str:
    """What a matched label holds; scraped labels may carry no-break spaces."""
    return LABELS[re.sub(r"\s+", " ", label)]


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str


def _lines(text: str) -> list[Line]:
    out, pos = [], 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            out.append(Line(pos + lead, pos + lead + len(stripped), stripped))
        pos += len(raw) + 1
    return out


def _continues(prev: Line | None, line: Line, nxt: Line | None, text: str) -> bool:
    """Whether a line after a blank line still belongs to the block: scraped HTML
    infoboxes often put a blank line between rows, prose after a block is something else."""
    if prev is None or "\n\n" not in text[prev.end : line.start]:
        return True
    label = _LABEL_RE.match(prev.text)
    return bool(
        _LABEL_RE.match(line.text)
        or (label and not label.group("value").strip())
        or prev.text.startswith("In office")
        or (nxt is not None and nxt.text.startswith("In office"))
    )


def find_blocks(text: str) -> list[list[Line]]:
    """Runs of short lines holding at least two label lines: the infobox blocks."""
    lines = _lines(text)
    blocks, run = [], []
    for i, line in enumerate(lines + [Line(len(text), len(text), "")]):
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        short = bool(line.text) and len(line.text) <= MAX_LINE
        if short and _continues(run[-1] if run else None, line, nxt, text):
            run.append(line)
            continue
        if sum(1 for ln in run if _LABEL_RE.match(ln.text)) >= 2:
            blocks.append(run)
        run = [line] if short else []
    return blocks


def _split_names(value: str) -> list[str]:
    value = _PAREN.sub("", value)
    parts = re.split(r",|;|\band\b|\n", value)
    return [p.strip(" .") for p in parts if p.strip(" .") and not p.strip(" .").isdigit()]


def _place(value: str, matches: list[dates.DateMatch]) -> str | None:
    """What is left of a Born/Died value once dates, ages and parentheses are removed. When a
    value lists several things ("Samuel Ginsberg; 28 June 1899; 1899 Podwołoczyska, Galicia"),
    the place is the part after the date."""
    if ";" in value:
        parts = value.split(";")
        dated = [i for i, part in enumerate(parts) if dates.find_dates(part)]
        if dated and dated[0] > 0:
            tail = ";".join(parts[dated[0] :])
            offset = value.index(tail)
            return _place(tail, [dates.DateMatch(m.start - offset, m.end - offset, m.text, m.value)
                                 for m in matches if m.start >= offset])
    rest = value
    for m in sorted(matches, key=lambda m: m.start, reverse=True):
        rest = rest[: m.start] + " " + rest[m.end :]
    rest = _PAREN.sub(" ", rest)
    rest = re.sub(r"\baged\s+\d+\b|\s+", " ", rest).strip(" ,;-–—")
    return rest if rest and rest[0].isupper() and not any(ch.isdigit() for ch in rest) else None


class _Reader:
    """Walks one block line by line, keeping the office being described."""

    def __init__(self, doc: Document, subject: Subject, role: PassageRole) -> None:
        self.doc, self.subject, self.role = doc, subject, role
        self.office: Line | None = None
        self.office_dates: dict[str, str] = {}
        self.claims: list[Claim] = []

    def claim(self, prop: str, value: str, value_text: str, line: Line, qualifiers: dict | None = None, end: int | None = None) -> None:
        self.claims.append(
            make_claim(
                self.doc, self.subject, prop, value, value_text, (line.start, end or line.end),
                role=self.role, extractor=EXTRACTOR, qualifiers=qualifiers,
            )
        )

    def read(self, block: list[Line]) -> list[Claim]:
        last: str | None = None
        for i, line in enumerate(block):
            m = _LABEL_RE.match(line.text)
            if not m:
                nxt = block[i + 1].text if i + 1 < len(block) else ""
                if nxt.startswith("In office"):
                    self.office, self.office_dates, last = line, {}, None
                elif last in _CONTINUED:
                    self.continued(last, line)
                continue
            last = _label_kind(m.group("label"))
            value = m.group("value").strip()
            if not value and i + 1 < len(block) and not _LABEL_RE.match(block[i + 1].text):
                value_line = block[i + 1]
                self.handle(_label_kind(m.group("label")), value_line.text, Line(line.start, value_line.end, self.doc.text[line.start : value_line.end]))
            else:
                value_start = line.start + m.start("value")
                self.handle(_label_kind(m.group("label")), value, line, value_start=value_start)
        return self.claims

    def handle(self, kind: str, value: str, line: Line, value_start: int | None = None) -> None:
        if kind in {"born", "died"}:
            self.life_event(kind, value, line)
        elif kind in {"date_of_birth", "date_of_death"}:
            found = dates.find_dates(value)
            if found:
                self.claim(kind, found[0].value.edtf, found[0].text, line)
        elif kind in {"place_of_birth", "place_of_death"} and value:
            self.claim(kind, value, value, line)
        elif kind == "manner" and manner_of(value):
            self.claim("manner_of_death", manner_of(value) or "", value, line)
        elif kind in {"spouse", "child", "father", "mother"}:
            for name in _split_names(value):
                if name[0].isupper():
                    self.claim(kind, name, name, line)
        elif kind in {"replaces", "replaced_by"} and self.office is not None and value:
            office = self.office.text
            self.claim("position_held", office, office, line, {kind: _PAREN.sub("", value).strip()})
        elif kind == "in_office":
            self.in_office(value, line)
        elif kind == "rank" and value:
            self.claim("military_rank", value, value, line)
        elif kind == "award":
            for award in re.split(r",|;", value):
                if award.strip():
                    self.claim("award_received", award.strip(), award.strip(), line)
        elif kind == "party" and value:
            self.claim("member_of_political_party", _PAREN.sub("", value).strip() or value, value, line)

    def continued(self, kind: str, line: Line) -> None:
        """An unlabelled line under a label continues it: a second spouse, or the place
        under "Born 1 May 1895"."""
        if kind in {"born", "died"}:
            if not dates.find_dates(line.text) and line.text[:1].isupper():
                self.claim("place_of_birth" if kind == "born" else "place_of_death", line.text, line.text, line)
        else:
            self.handle(kind, line.text, line)

    def life_event(self, kind: str, value: str, line: Line) -> None:
        found = dates.find_dates(value)
        prop = "date_of_birth" if kind == "born" else "date_of_death"
        if found:
            self.claim(prop, found[0].value.edtf, found[0].text, line)
        place = _place(value, found)
        if place:
            self.claim("place_of_birth" if kind == "born" else "place_of_death", place, place, line)

    def in_office(self, value: str, line: Line) -> None:
        """"In office" and the date range on the same or the next line."""
        if self.office is None:
            return
        text = value or ""
        end = line.end
        if not text:
            nxt = self.doc.text[line.end :].lstrip("\n").split("\n", 1)[0]
            if dates.find_dates(nxt):
                text = nxt
                end = line.end + self.doc.text[line.end :].find(nxt) + len(nxt)
        found = dates.find_dates(text)
        qualifiers: dict[str, str] = {}
        if found:
            v = found[0].value.edtf
            if "/" in v:
                qualifiers["start"], qualifiers["end"] = v.split("/", 1)
            else:
                qualifiers["start"] = v
                if len(found) > 1:
                    qualifiers["end"] = found[1].value.edtf
        office = self.office.text
        self.claim("position_held", office, office, self.office, qualifiers, end=end)


def read_infoboxes(doc: Document, subject: Subject, *, role_at, header=None) -> Iterator[Claim]:  # type: ignore[no-untyped-def]
    """Claims from every infobox block of a document, about its main subject, or about the
    person a block's header line names (a page may carry a second box for someone else).

    ``role_at(offset)`` gives the passage role at an offset; blocks inside comments or
    off-topic passages are not read. ``header(line_start, line_end)`` returns the Subject a
    line names, or None.
    """
    for block in find_blocks(doc.text):
        role = role_at(block[0].start)
        if role in (PassageRole.OFFTOPIC, PassageRole.COMMENT):
            continue
        named = header(block[0].start, block[0].end) if header else None
        yield from _Reader(doc, named or subject, role).read(block)
