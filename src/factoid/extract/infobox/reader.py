"""Reading one infobox block, row by row, into claims about its subject.

The reader keeps two pieces of state while it walks a block: the field whose value may go on
over the following plain lines (a second child, the place under "Born 1 May 1895", the names
under "Brothers:"), and the office being described (its title line, then "In office", its
term, "Preceded by" and "Succeeded by"; or numbered "Office 2" / "Term 2" keys).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from factoid import gazetteer
from factoid.extract.common import Subject, make_claim
from factoid.extract import kin_sections
from factoid.extract.infobox import labels, values
from factoid.extract.infobox.rows import Row
from factoid.extract.manner import manner_of
from factoid.model import PROPERTIES, Claim, Document, PassageRole

EXTRACTOR = "extract.infobox.v2"
_SKIPPED_ROLES = (PassageRole.OFFTOPIC, PassageRole.COMMENT)
#: Fields whose value may go on over several plain lines, one value per line.
_LISTS = frozenset({"spouse", "child", "sibling", "award", "alias", "relatives", "parents", "office"})
_PERSON_KINDS = {"spouse": "spouse", "child": "child", "father": "father", "mother": "mother", "sibling": "sibling"}


#: "c. 1680Bristol, England": a scraped box glued the year to the place after it.
#: A value line that is a sentence of its own: clauses of words after a semicolon, or a
#: full stop after a word (not an initial or "c."), ending the line.
_SENTENCE_LINE = re.compile(r";\s+\w+\s+\w+\s+\w+|[a-z]{3,}\.\s*$")
_GLUED_YEAR = re.compile(r"(?<!\d)(\d{3,4})(?=[A-Z][a-z])")
#: "circa" glued to the birth name before it: "BornOlaf Haraldssonc. 993Ringerike".
_GLUED_CIRCA = re.compile(r"(?<=[a-z]{3})(c\.|ca\.)\s?(?=\d{3,4}(?!\d))")


def _without_styles(rows: list[Row]) -> list[Row]:
    """A box naming its office in a succession row gives a style of address ("Augusta")
    under "title": such rows are read as ignored fields, not offices."""
    succession, styles = labels.styled_offices()
    if not any(r.kind == "office" and labels.normalise(r.label)[0] in succession for r in rows):
        return rows
    return [replace(r, kind="ignore") if r.kind == "office" and labels.normalise(r.label)[0] in styles else r
            for r in rows]


@dataclass
class _Office:
    title: str
    row: Row
    claimed: bool = False


@dataclass
class _Field:
    """The labelled row whose value may continue, how many lines it has taken, and for
    born/died the value lines gathered so far (read together when the field ends, so a
    birth name, a date and a place on three lines are one value)."""

    row: Row
    taken: int = 0
    relation: str | None = None
    parts: list[tuple[str, int]] = field(default_factory=list)
    end: int = 0


@dataclass
class Reader:
    """Walks one block; ``claims`` and ``aliases`` (spans naming the subject) are the output."""

    doc: Document
    subject: Subject
    role_at: Callable[[int], PassageRole]
    claims: list[Claim] = field(default_factory=list)
    aliases: list[tuple[int, int]] = field(default_factory=list)
    office: _Office | None = None
    numbered: dict[int, _Office] = field(default_factory=dict)
    current: _Field | None = None

    # --- output ------------------------------------------------------------------------

    def claim(self, prop: str, value: str, value_text: str, start: int, end: int, qualifiers: dict | None = None) -> None:
        role = self.role_at(start)
        if role in _SKIPPED_ROLES or prop not in PROPERTIES or not value:
            return
        self.claims.append(make_claim(self.doc, self.subject, prop, value, value_text, (start, end),
                                      role=role, extractor=EXTRACTOR, qualifiers=qualifiers))

    def _is_subject(self, name: str) -> bool:
        """A name made only of the subject's own name words ("Chiang Kai-shek" under the
        spouse, "Felix Dzerzhinsky" for Felix Edmundovich Dzerzhinsky) is the subject."""
        own = {w.casefold() for w in self.subject.name.split()}
        words = [w.casefold() for w in name.split()]
        return len(words) >= min(2, len(own)) and all(w in own for w in words)

    def _names_subject(self, text: str) -> bool:
        """Whether a text holds a word of the subject's name (a birth name, not a place)."""
        words = {w.casefold() for w in self.subject.name.split() if len(w) > 2}
        return any(w.casefold().strip(",.") in words for w in text.split())

    # --- walking -----------------------------------------------------------------------

    def read(self, block: list[Row]) -> list[Claim]:
        rows = _without_styles([r for r in block if not r.rule])
        for i, row in enumerate(rows):
            nxt = rows[i + 1] if i + 1 < len(rows) else None
            if row.labelled:
                self.labelled(row)
            elif row.kind == "unknown":
                self.unknown(row)
            elif nxt is not None and nxt.kind == "in_office" and row.value:
                self.end_field()
                self.flush_office()
                self.office = _Office(values.office(row.value), row)
            elif self.current is not None:
                self.continued(self.current, row)
        self.end_field()
        self.flush_office()
        return self.claims

    def end_field(self) -> None:
        """The field above is over: a born/died value gathered over lines is read now."""
        cur, self.current = self.current, None
        if cur is not None and cur.parts:
            self.life_event(cur.row.kind or "", cur.parts, cur.row.line.start, cur.end)

    def labelled(self, row: Row) -> None:
        if row.kind not in {"in_office", "replaces", "replaced_by", "office", "ignore"}:
            self.flush_office()  # "Premier", "Deputy" (ignored) sit inside an office's rows
        self.end_field()
        if row.kind == "ignore":
            return
        self.current = _Field(row, end=row.line.end)
        if row.value:
            self.current.taken = 1
            self.handle(self.current, row.value, row.value_start, row.line.start, row.line.end)

    def unknown(self, row: Row) -> None:
        """A labelled field nobody reads: a name variant inside a names box, a sub-label
        ("Brothers:") inside relatives, otherwise the end of the field above."""
        cur = self.current
        if cur is not None and cur.row.kind == "alias":
            self.alias(row.value, row.value_start)
        elif cur is not None and cur.row.kind in {"relatives", "sibling", "child"} and row.label.lower() in labels.relations():
            cur.relation = labels.relations()[row.label.lower()]
            self.persons(cur.relation, row.value, row.line.start, row.line.end)
        else:
            self.end_field()

    def continued(self, cur: _Field, row: Row) -> None:
        """A plain line under a field: the field's value when the label stood alone, another
        item of a list, or more of a born/died value (birth name, date, place lines)."""
        kind = cur.row.kind
        if kind in {"born", "died"}:
            if self._life_value_complete(cur):
                self.end_field()
                return
            cur.taken += 1
            self.handle(cur, row.value, row.value_start, row.line.start, row.line.end)
            return
        if kin_sections.is_heading(row.value):
            self.end_field()  # "Siblings / A / Spouse and children / B": the next section's heading
            return
        start = cur.row.line.start if cur.taken == 0 else row.line.start
        if cur.taken == 0:
            cur.taken = 1
            self.handle(cur, row.value, row.value_start, start, row.line.end)
            return
        if cur.row.piped or kind not in _LISTS:
            self.end_field()
            return
        cur.taken += 1
        self.handle(cur, row.value, row.value_start, start, row.line.end)

    @staticmethod
    def _life_value_complete(cur: _Field) -> bool:
        """A born/died value is complete once a line after its date has been taken, or its
        date line already names a place or is a sentence of its own (a record's "Born D, at
        P; son of A." line: the next line is another fact, not its place), or it has run to
        three lines."""
        if len(cur.parts) >= 3 or any(_SENTENCE_LINE.search(text) for text, _ in cur.parts):
            return True
        dated = [i for i, (text, _) in enumerate(cur.parts) if labels.find_dates(text)]
        if not dated:
            return False
        first = dated[0]
        text = cur.parts[first][0]
        after = text[labels.find_dates(text)[-1].end :]
        return first < len(cur.parts) - 1 or values.place(values.clean(after).strip()) is not None

    # --- fields ------------------------------------------------------------------------

    def handle(self, cur: _Field, value: str, value_start: int, start: int, end: int) -> None:
        kind = cur.row.kind
        if kind in {"born", "died"}:
            cur.parts.append((value, value_start))
            cur.end = max(cur.end, end)
        elif labels.typed_kind(kind) == "date":
            self.date(kind, value, start, end)
        elif labels.typed_kind(kind) == "place":
            self.place(kind, value, start, end)
        elif kind == "manner" and manner_of(value):
            self.claim("manner_of_death", manner_of(value) or "", value, start, end)
        elif kind in _PERSON_KINDS:
            self.persons(cur.relation or _PERSON_KINDS[kind], value, start, end)
        elif kind in {"relatives", "parents"}:
            self.relatives(cur, value, start, end)
        elif kind == "alias":
            self.alias(value, value_start)
        elif kind == "office":
            self.offices(cur.row, value, start, end)
        elif kind in {"in_office", "replaces", "replaced_by"}:
            self.term(cur.row, value, start, end)
        elif kind == "rank":
            for item in values.items(value):
                self.claim("military_rank", item, item, start, end)
        elif kind == "award":
            for item in values.items(value, labels.award_heads()):
                self.claim("award_received", item, item, start, end)
        elif kind == "party":
            for item in values.items(value):
                self.claim("member_of_political_party", item, item, start, end)

    def date(self, prop: str, value: str, start: int, end: int) -> bool:
        found = [m for m in labels.find_dates(value) if not m.value.edtf.startswith("XXXX")]
        if found:
            self.claim(prop, found[0].value.edtf, found[0].text, start, end)
        return bool(found)

    def place(self, prop: str, value: str, start: int, end: int) -> bool:
        found = values.place(value)
        if found:
            self.places(prop, found, start, end)
        return bool(found)

    def places(self, prop: str, found: str, start: int, end: int) -> None:
        """A place value; one that opens with a building ("Fin Garden, Kashan, Qajar Iran")
        is two: the building and the town around it, as prose names either alone."""
        head, rest = (found.split(",", 1) + [""])[:2]
        if rest.strip() and gazetteer.is_building(head):
            self.claim(prop, head.strip(), found, start, end)
            found = rest.strip()
        self.claim(prop, gazetteer.english_name(found), found, start, end)

    def life_event(self, kind: str, parts: list[tuple[str, int]], start: int, end: int) -> None:
        """"Born" / "Died" over its value lines: the first date, and the place after the last
        date (or a single undated line, which can only be a place)."""
        prop = "date_of_birth" if kind == "born" else "date_of_death"
        where_prop = "place_of_birth" if kind == "born" else "place_of_death"
        if kind == "born":
            self.birth_name(parts)
        value = _GLUED_YEAR.sub(r"\1, ", _GLUED_CIRCA.sub(r" \1 ", "\n".join(text for text, _ in parts)))
        self.date(prop, value, start, end)
        found = labels.find_dates(value)
        if not found and (len(parts) > 1 or self._names_subject(value)):
            return  # an undated line naming the subject is a birth name, not a place
        where = values.place_of(value, found)
        if where:
            self.places(where_prop, where, start, end)

    def birth_name(self, parts: list[tuple[str, int]]) -> None:
        """The name a "Born" value gives before its date ("Erik Weisz March 24, 1874
        Budapest", or a line of its own above the date) is the subject's birth name."""
        for text, offset in parts:
            found = labels.find_dates(text)
            head = text[: found[0].start] if found else text
            name = values.name(head)
            if name and len(name.split()) >= 2:
                self.alias(name, offset)
            if found:
                return

    def _own_span(self, name: str, start: int, end: int, many: bool) -> tuple[int, int]:
        """Where one name of a cell of ``many`` names is written inside its row, so each value
        cites its own words; the whole row for a cell of one name, or when the cleaned name is
        not written as such, or twice."""
        offset = self.doc.text.find(name, start, end)
        if not many or offset < 0 or self.doc.text.count(name, start, end) > 1:
            return start, end
        return offset, offset + len(name)

    def persons(self, prop: str, value: str, start: int, end: int) -> None:
        found = values.names(value)
        for name in found:
            if not self._is_subject(name):
                self.claim(prop, name, name, *self._own_span(name, start, end, len(found) > 1))

    def relatives(self, cur: _Field, value: str, start: int, end: int) -> None:
        """Relatives and parents: a sub-label ("Brothers:") sets the relation of the lines
        below; a marker ("Theodore Hardeen (brother)") names one; two unmarked parents are
        father and mother, in the order infoboxes list them."""
        word = values.clean(value).lower()
        if word in labels.relations():
            cur.relation = labels.relations()[word]
            return
        parts = values.split_outside_brackets(values.unglue(values.clean(value)))
        unmarked = []
        for part in parts:
            marker, part = values.marked(part)
            relation = marker or values.relation_marker(part) or cur.relation
            name = values.name(part)
            if name is None or self._is_subject(name):
                continue
            if relation:
                self.claim(relation, name, name, *self._own_span(name, start, end, len(parts) > 1))
            else:
                unmarked.append(name)
        if cur.row.kind == "parents" and len(unmarked) == 2 and cur.taken <= 1:
            self.claim("father", unmarked[0], unmarked[0], *self._own_span(unmarked[0], start, end, True))
            self.claim("mother", unmarked[1], unmarked[1], *self._own_span(unmarked[1], start, end, True))

    def alias(self, value: str, value_start: int) -> None:
        """A name of the subject: remembered as a span, never a claim about anyone else."""
        text = values.clean(value.split("(", 1)[0])
        if text and values.starts_name(text):
            offset = self.doc.text.find(text, value_start)
            if offset >= 0:
                self.aliases.append((offset, offset + len(text)))

    # --- offices -----------------------------------------------------------------------

    def offices(self, row: Row, value: str, start: int, end: int) -> None:
        """"Office: X", "Title: A; B", "Office 2: X": each title a position; the last one
        takes the terms and successors that follow."""
        titles = [values.office(t) for t in value.split(";")]
        titles = [t for t in titles if t and values.starts_name(t)]
        for title in titles[:-1]:
            self.claim("position_held", title, title, start, end)
        if titles:
            self.flush_office()
            self.office = _Office(titles[-1], row)
            if row.number is not None:
                self.numbered[row.number] = self.office

    def term(self, row: Row, value: str, start: int, end: int) -> None:
        office = self.numbered.get(row.number, self.office) if row.number is not None else self.office
        if office is None:
            return
        if row.kind == "in_office":
            found = labels.find_dates(value)
            qualifiers: dict[str, str] = {}
            if found:
                edtf = found[0].value.edtf
                if "/" in edtf:
                    qualifiers["start"], qualifiers["end"] = edtf.split("/", 1)
                else:
                    qualifiers["start"] = edtf
                    if len(found) > 1:
                        qualifiers["end"] = found[1].value.edtf
            elif value.strip():
                return
            self.claim("position_held", office.title, office.title, office.row.line.start, end, qualifiers)
        else:
            other = values.clean(values.PAREN.sub(" ", value))
            if not other:
                return
            self.claim("position_held", office.title, office.title, start, end, {row.kind: other})
        office.claimed = True

    def flush_office(self) -> None:
        """An office that got no term or successor is still a position held."""
        office = self.office
        if office is not None and not office.claimed:
            self.claim("position_held", office.title, office.title, office.row.line.start, office.row.line.end)
            office.claimed = True
        self.office = None
