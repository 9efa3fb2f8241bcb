"""GEDCOM 5.5.1 for genealogy programs: individuals with their events, families, sources.

Why this shape: a genealogist's program holds people (``INDI``) with events (``BIRT``,
``DEAT``, ``BURI``, ``OCCU``, ``EVEN``), families (``FAM``: partners and children) and source
records (``SOUR``) cited with the page, which here is the quote itself, and a quality
(``QUAY`` 0-3, from the claim's confidence). Competing values stay side by side as separate
events, the most confident first, each citing its own sources; a date and a place that the
same quotes give are one event. Sex is ``U`` unless the quotes say (he/his, she/her; "wife",
"husband"), and partners are placed as ``HUSB``/``WIFE`` by it. Text is UTF-8; long values
continue on ``CONC`` lines, so no line exceeds GEDCOM's 255 characters.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from factoid import schema
from factoid.exporters import ExportOptions, ExportReport, Sink
from factoid.exporters.common import date_parts, value_text
from factoid.exporters.view import ExportView, Line, PersonEntry

__all__ = ["gedcom_date", "quay", "write"]

MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
CHUNK = 200  # characters of a value per line before CONC
#: Events of a date and a place property.
EVENTS = {"BIRT": ("date_of_birth", "place_of_birth"), "DEAT": ("date_of_death", "place_of_death"),
          "BURI": (None, "place_of_burial")}
FAMILY = {"spouse", "child", "father", "mother", "sibling"}


def _point(edtf: str) -> str | None:
    d = date_parts(edtf)
    if d is None:
        return None
    if d.precision < 9:
        span = 10 if d.precision == 8 else 100
        return f"BET {d.year} AND {d.year + span - 1}"
    text = " ".join(x for x in (str(d.day) if d.day else "", MONTHS[d.month - 1] if d.month else "", str(d.year)) if x)
    return f"ABT {text}" if d.approximate else text


def gedcom_date(edtf: str | None) -> str | None:
    """``4 OCT 1895``, ``OCT 1895``, ``1895``, ``ABT 1895``, ``BET 1890 AND 1899``; an EDTF
    interval is ``BET x AND y``; anything else ``None``."""
    if not edtf:
        return None
    if "/" in edtf:
        a, b = (_point(x) for x in edtf.split("/", 1))
        return f"BET {a} AND {b}" if a and b and "BET" not in a + b else None
    return _point(edtf)


def quay(confidence: float | None) -> int:
    """GEDCOM's certainty assessment: 3 direct, 2 secondary, 1 questionable, 0 unreliable."""
    c = confidence or 0.0
    return 3 if c >= 0.75 else 2 if c >= 0.5 else 1 if c >= 0.25 else 0


def _value_lines(level: int, tag: str, value: str) -> list[str]:
    """One GEDCOM line, continued with CONT (line breaks) and CONC (long lines)."""
    out: list[str] = []
    value = value.replace("@", "@@")  # a lone @ would start a cross-reference
    for i, part in enumerate(value.replace("\r", "").split("\n")):
        chunks = [part[j : j + CHUNK] for j in range(0, len(part), CHUNK)] or [""]
        for k, chunk in enumerate(chunks):
            t = tag if i == 0 and k == 0 else ("CONT" if k == 0 else "CONC")
            lvl = level if t == tag else level + 1
            out.append(f"{lvl} {t} {chunk}".rstrip() if chunk else f"{lvl} {t}")
    return out


def _name(name: str) -> str:
    """``Given /Surname/`` (the last word taken as the surname)."""
    parts = name.split()
    return f"{' '.join(parts[:-1])} /{parts[-1]}/".strip() if parts else "//"


@dataclass
class _Family:
    husb: str | None = None
    wife: str | None = None
    children: list[str] = field(default_factory=list)
    marriage: list[Line] = field(default_factory=list)
    evidence: list[tuple[dict[str, Any], float | None]] = field(default_factory=list)


class _Writer:
    def __init__(self, view: ExportView) -> None:
        self.view = view
        self.src_ids = {d.id: f"@S{i}@" for i, d in enumerate(view.cited(), 1)}
        self.out: list[str] = []

    # ---- sexes and families -----------------------------------------------------------------

    def sexes(self, ids: list[str]) -> dict[str, str]:
        """M, F or U per person, from pronouns in their quotes and kinship words about them."""
        votes: dict[str, int] = defaultdict(int)
        for pid in ids:
            for line in self.view.lines_of(pid):
                for x in line["sources"]:
                    q = x["quote"].lower()
                    votes[pid] += len(re.findall(r"\b(?:he|his|him)\b", q)) - len(re.findall(r"\b(?:she|her|hers)\b", q))
                if line["property"] in ("child", "father", "mother"):
                    other = self.view.person_for_name(value_text(line["value"])) or f"name:{value_text(line['value'])}"
                    quotes = " ".join(x["quote"].lower() for x in line["sources"])
                    male = line["property"] == "father" or (line["property"] == "child" and re.search(r"\bson\b", quotes))
                    female = line["property"] == "mother" or (line["property"] == "child" and re.search(r"\bdaughter\b", quotes))
                    votes[other] += 5 if male else -5 if female else 0
                if line["property"] == "spouse":
                    other = self.view.person_for_name(value_text(line["value"])) or f"name:{value_text(line['value'])}"
                    quotes = " ".join(x["quote"].lower() for x in line["sources"])
                    if re.search(r"\bwife\b", quotes):
                        votes[other] -= 5
                        votes[pid] += 5
                    elif re.search(r"\bhusband\b", quotes):
                        votes[other] += 5
                        votes[pid] -= 5
        return {pid: "M" if votes[pid] > 0 else "F" if votes[pid] < 0 else "U" for pid in ids}

    def families(self, ids: set[str], sex: dict[str, str]) -> list[_Family]:
        couples: dict[frozenset[str], _Family] = {}
        parents_of: dict[str, _Family] = {}
        fams: list[_Family] = []

        def parent_family(child: str) -> _Family:
            if child not in parents_of:
                parents_of[child] = _Family(children=[child])
                fams.append(parents_of[child])
            return parents_of[child]

        def set_parent(fam: _Family, parent: str, role: str | None) -> None:
            role = role or ("WIFE" if sex.get(parent) == "F" else "HUSB")
            if role == "HUSB" and fam.husb in (None, parent):
                fam.husb = parent
            elif fam.wife in (None, parent):
                fam.wife = parent

        for r in self.view.relations:
            if r.property not in FAMILY or r.source not in ids or r.target not in ids:
                continue
            ev = [(x, r.confidence) for x in r.evidence]
            a, b = r.source, r.target
            if r.property == "spouse":
                key = frozenset((a, b))
                if key not in couples:
                    couples[key] = _Family()
                    fams.append(couples[key])
                    first, second = (b, a) if sex.get(a) == "F" or sex.get(b) == "M" else (a, b)
                    couples[key].husb, couples[key].wife = first, second
                fam = couples[key]
                fam.marriage += [ln for ln in self.view.lines_of(a) if ln["property"] == "spouse"
                                 and (self.view.person_for_name(value_text(ln["value"])) == b)]
            elif r.property in ("father", "mother"):
                fam = parent_family(a)
                set_parent(fam, b, "HUSB" if r.property == "father" else "WIFE")
            elif r.property == "child":
                fam = parent_family(b)
                set_parent(fam, a, None)
            else:  # sibling: the same parents
                fam = parents_of.get(a) or parents_of.get(b) or parent_family(a)
                for c in (a, b):
                    if c not in fam.children:
                        fam.children.append(c)
                    parents_of[c] = fam
            if r.property != "spouse":  # a couple's quotes are cited by its MARR
                fam.evidence += ev
        return fams

    # ---- records ------------------------------------------------------------------------------

    def cite(self, level: int, source: dict[str, Any], confidence: float | None) -> None:
        self.out.append(f"{level} SOUR {self.src_ids[source['document']]}")
        self.out += _value_lines(level + 1, "PAGE", source["quote"])
        self.out.append(f"{level + 1} QUAY {quay(confidence)}")

    def cite_line(self, level: int, line: Line) -> None:
        for x in self.view.sources(line):
            self.cite(level, x, line["confidence"])

    def events(self, lines: list[Line]) -> None:
        by_prop: dict[str, list[Line]] = defaultdict(list)
        for ln in sorted(lines, key=lambda ln: -ln["confidence"]):
            by_prop[ln["property"]].append(ln)
        for tag, (dprop, pprop) in EVENTS.items():
            places = list(by_prop.get(pprop, [])) if pprop else []
            for dl in by_prop.get(dprop, []) if dprop else []:
                spans = {(x["document"], x["start"]) for x in dl["sources"]}
                pl = next((p for p in places if spans & {(x["document"], x["start"]) for x in p["sources"]}), None)
                if pl:
                    places.remove(pl)
                self.event(tag, dl, pl, by_prop if tag == "DEAT" else None)
            for pl in places:
                self.event(tag, None, pl, None)
        for ln in by_prop.get("position_held", []):
            self.out += _value_lines(1, "OCCU", value_text(ln["value"]))
            q = ln["qualifiers"]
            start, end = gedcom_date(q.get("start")), gedcom_date(q.get("end"))
            if start or end:
                self.out.append("2 DATE " + " ".join(x for x in (f"FROM {start}" if start else "", f"TO {end}" if end else "") if x))
            self.cite_line(2, ln)
        for prop in schema.properties():
            if prop.type == "date" and prop.name not in ("date_of_birth", "date_of_death"):
                for ln in by_prop.get(prop.name, []):
                    self.out += ["1 EVEN", f"2 TYPE {prop.label}"]
                    if d := gedcom_date(ln["value"]):
                        self.out.append(f"2 DATE {d}")
                    self.cite_line(2, ln)
            elif prop.type in ("award", "party", "rank"):
                for ln in by_prop.get(prop.name, []):
                    self.out += [*_value_lines(1, "FACT", value_text(ln["value"])), f"2 TYPE {prop.label}"]
                    if d := gedcom_date(ln["qualifiers"].get("point_in_time") or ln["qualifiers"].get("start")):
                        self.out.append(f"2 DATE {d}")
                    self.cite_line(2, ln)

    def event(self, tag: str, date_line: Line | None, place_line: Line | None, by_prop: dict | None) -> None:
        self.out.append(f"1 {tag}")
        if date_line and (d := gedcom_date(date_line["value"])):
            self.out.append(f"2 DATE {d}")
        if place_line:
            self.out += _value_lines(2, "PLAC", value_text(place_line["value"]))
        if by_prop and by_prop.get("manner_of_death"):
            self.out += _value_lines(2, "CAUS", value_text(by_prop.pop("manner_of_death")[0]["value"]))
        seen = set()
        for ln in (date_line, place_line):
            for x in self.view.sources(ln) if ln else []:
                if (x["document"], x["start"]) not in seen:
                    seen.add((x["document"], x["start"]))
                    self.cite(2, x, ln["confidence"] if ln else None)

    def individual(self, xref: str, p: PersonEntry, sex: str, fams: list[str], famc: list[str], xrefs: dict[str, str]) -> None:
        self.out.append(f"0 {xref} INDI")
        self.out += _value_lines(1, "NAME", _name(p.name))
        for alias in p.aliases:
            self.out += [*_value_lines(1, "NAME", _name(alias)), "2 TYPE aka"]
        self.out.append(f"1 SEX {sex}")
        lines = self.view.lines_of(p.id)
        self.events(lines)
        for ln in lines:
            if ln["property"] == "killed_by":
                killer = self.view.person_for_name(value_text(ln["value"]))
                if killer in xrefs:
                    self.out += [f"1 ASSO {xrefs[killer]}", "2 RELA killed by"]
                    self.cite_line(2, ln)
        self.out += [f"1 FAMS {f}" for f in fams] + [f"1 FAMC {f}" for f in famc]
        self.out.append(f"1 REFN {p.id}")

    def source(self, xref: str, doc_id: str) -> None:
        doc = self.view.document(doc_id)
        self.out.append(f"0 {xref} SOUR")
        self.out += _value_lines(1, "TITL", doc.title or doc.id)
        if doc.author:
            self.out += _value_lines(1, "AUTH", doc.author)
        publ = ", ".join(x for x in (doc.site, doc.published, doc.url) if x)
        if publ:
            self.out += _value_lines(1, "PUBL", publ)
        self.out += _value_lines(1, "ABBR", doc.id)


def write(view: ExportView, sink: Sink, options: ExportOptions) -> ExportReport:
    w = _Writer(view)
    ids = {p.id for p in view.people if view.lines_of(p.id) or options.person}
    ids |= {e for r in view.relations if r.property in FAMILY or r.kind == "killed by"
            for e in (r.source, r.target) if r.source in ids or r.target in ids}
    order = sorted(ids)
    xrefs = {pid: f"@I{i}@" for i, pid in enumerate(order, 1)}
    sex = w.sexes(order)
    fams = w.families(ids, sex)
    fam_x = {id(f): f"@F{i}@" for i, f in enumerate(fams, 1)}
    w.out += ["0 HEAD", "1 SOUR factoid", "2 NAME factoid", "1 SUBM @U1@", "1 GEDC", "2 VERS 5.5.1",
              "2 FORM LINEAGE-LINKED", "1 CHAR UTF-8"]
    w.out += ["0 @U1@ SUBM", "1 NAME factoid export"]
    for pid in order:
        p = view.persons.get(pid) or PersonEntry(pid, pid.removeprefix("name:"), (), None, None, 0, 0)
        spouse_of = [fam_x[id(f)] for f in fams if pid in (f.husb, f.wife)]
        child_of = [fam_x[id(f)] for f in fams if pid in f.children]
        w.individual(xrefs[pid], p, sex[pid], spouse_of, child_of, xrefs)
    for f in fams:
        w.out.append(f"0 {fam_x[id(f)]} FAM")
        w.out += [f"1 HUSB {xrefs[f.husb]}"] if f.husb else []
        w.out += [f"1 WIFE {xrefs[f.wife]}"] if f.wife else []
        w.out += [f"1 CHIL {xrefs[c]}" for c in f.children]
        for ln in f.marriage:
            when = ln["qualifiers"].get("start") or ln["qualifiers"].get("point_in_time")
            w.out.append("1 MARR")
            if d := gedcom_date(when):
                w.out.append(f"2 DATE {d}")
            w.cite_line(2, ln)
        seen = set()
        for x, conf in f.evidence:
            if (x["document"], x["start"]) not in seen and x["document"] in w.src_ids:
                seen.add((x["document"], x["start"]))
                w.cite(1, x, conf)
    for doc_id, xref in w.src_ids.items():
        w.source(xref, doc_id)
    w.out.append("0 TRLR")
    with sink.open("factoid.ged") as out:
        out.write("".join(line + "\n" for line in w.out))
    return ExportReport(format="gedcom", records=len(order), unit="individuals", files=["factoid.ged"])
