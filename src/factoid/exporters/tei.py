"""A TEI P5 personography: ``<listPerson>`` with every value side by side, each citing its sources.

Why this shape: digital editions keep persons in a personography and point to them, and TEI
lets every statement say where it comes from (``@source`` pointing to a ``<bibl>`` in the
header) and how sure it is (``@cert``). So each claim line becomes its own element (two
competing dates of death are two ``<death>`` elements, the most confident first), with the
quotes behind it in a ``<note>``; names are ``<persName>`` variants with ``@xml:lang``;
family, succession and killings are ``<relation>`` elements. The output is checked against
``tei_personography.rng``, a RelaxNG subset of TEI P5 shipped with the package
(:func:`schema`).
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Any

from lxml import etree

from factoid import schema as registry
from factoid.exporters import ExportOptions, ExportReport, Sink
from factoid.exporters.common import cert, date_parts, value_text, xml_safe
from factoid.exporters.view import ExportView, Line, PersonEntry, rank

__all__ = ["TEI_NS", "schema", "write", "xml_id"]

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
T = f"{{{TEI_NS}}}"
LANG = f"{{{XML_NS}}}lang"
XID = f"{{{XML_NS}}}id"
#: Registry value types -> the TEI element that carries a value of that type.
ELEMENT_OF_TYPE = {"office": "occupation", "party": "affiliation", "rank": "state", "award": "state",
                   "manner": "trait", "place": "state", "person": None, "date": "event"}
#: Properties whose element TEI names itself.
ELEMENT_OF_PROPERTY = {"date_of_birth": "birth", "place_of_birth": "birth", "date_of_death": "death",
                       "place_of_death": "death"}
LABELLED = {"state", "trait", "event"}


@cache
def schema() -> etree.RelaxNG:
    """The RelaxNG schema the output is valid against (shipped beside this module)."""
    text = resources.files(__package__).joinpath("tei_personography.rng").read_bytes()
    return etree.RelaxNG(etree.fromstring(text))


def xml_id(prefix: str, key: str) -> str:
    """An NCName from an id such as ``person/nikolai-yezhov``."""
    tail = re.sub(r"[^\w.-]+", "-", key.removeprefix("person/").removeprefix("name:"), flags=re.UNICODE).strip("-")
    return f"{prefix}-{tail or 'x'}"


def name_lang(name: str) -> str:
    if re.search(r"[ієїґІЄЇҐ]", name):
        return "uk"
    return "ru" if re.search(r"[\u0400-\u04ff]", name) else "en"


def _el(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    e = etree.SubElement(parent, T + tag, {k: xml_safe(v) for k, v in attrs.items() if v})
    if text:
        e.text = xml_safe(text)
    return e


class _Writer:
    def __init__(self, view: ExportView) -> None:
        self.view = view
        self.bibl_ids = {d.id: f"src-{i}" for i, d in enumerate(view.cited(), 1)}
        self.report = ExportReport(format="tei", unit="persons", files=["factoid.tei.xml"])

    def source_attr(self, line: Line) -> str:
        return " ".join(dict.fromkeys(f"#{self.bibl_ids[x['document']]}" for x in self.view.sources(line)))

    def header(self, root: etree._Element) -> None:
        fd = _el(_el(root, "teiHeader"), "fileDesc")
        _el(_el(fd, "titleStmt"), "title", "Personography exported from factoid")
        _el(_el(fd, "publicationStmt"), "p", "Claims extracted by factoid, each with the sources that make it.")
        sd = _el(fd, "sourceDesc")
        if not self.bibl_ids:
            _el(sd, "p", "No sources.")
            return
        lb = _el(sd, "listBibl")
        for doc in self.view.cited():
            b = _el(lb, "bibl", **{XID: self.bibl_ids[doc.id]})
            if doc.author:
                _el(b, "author", doc.author)
            _el(b, "title", doc.title or doc.id)
            if doc.site:
                _el(b, "publisher", doc.site)
            if doc.published:
                d = date_parts(doc.published[:10])
                _el(b, "date", doc.published, when=d.iso if d else "")
            if doc.url and re.match(r"https?://", doc.url):
                _el(b, "ptr", target=doc.url)
            _el(b, "idno", doc.id, type="file")

    def dates(self, edtf: str | None, *, start: str = "when", end: str | None = None) -> dict[str, str]:
        """TEI date attributes of an EDTF value: @when, or @notBefore/@notAfter for a decade,
        a century or an interval."""
        if not edtf:
            return {}
        d = date_parts(edtf)
        if d is not None and d.precision >= 9:
            return {start: d.iso}
        if d is not None:
            span = 10 if d.precision == 8 else 100
            return {"notBefore": f"{d.year:04d}", "notAfter": f"{d.year + span - 1:04d}"}
        if "/" in edtf:
            a, b = (date_parts(x) for x in edtf.split("/", 1))
            return {k: v.iso for k, v in (("notBefore", a), ("notAfter", b)) if v}
        return {}

    def evidence(self, el: etree._Element, line: Line) -> None:
        note = _el(el, "note", type="evidence")
        for x in self.view.sources(line):
            q = _el(note, "quote", x["quote"], source=f"#{self.bibl_ids[x['document']]}")
            q.set(LANG, self.view.language_of(x) or "und")

    def claim(self, person_el: etree._Element, p: PersonEntry, line: Line) -> None:
        prop = registry.get(line["property"]) if registry.known(line["property"]) else None
        if prop is None:
            return
        tag = ELEMENT_OF_PROPERTY.get(prop.name) or ELEMENT_OF_TYPE.get(prop.type)
        if tag is None:  # a person-valued property: a relation (see relations())
            return
        attrs = {"source": self.source_attr(line), "cert": cert(line["confidence"])}
        if tag not in ("birth", "death"):
            attrs["type"] = prop.name
        if rank(line) != "normal":
            attrs["n"] = rank(line)
        q = line["qualifiers"]
        if prop.type == "date":
            attrs |= self.dates(line["value"])
        else:
            attrs |= self.dates(q.get("start"), start="from") | self.dates(q.get("end"), start="to")
            attrs |= self.dates(q.get("point_in_time"))
        el = _el(person_el, tag, **attrs)
        value = value_text(line["value"])
        if tag in LABELLED:
            _el(el, "label", prop.label if prop.type == "date" else value)
        elif prop.type == "place":
            _el(el, "placeName", value)
        elif prop.type != "date":
            el.text = xml_safe(value)
        self.evidence(el, line)

    def person(self, parent: etree._Element, p: PersonEntry) -> None:
        el = _el(parent, "person", **{XID: xml_id("p", p.id)})
        for i, name in enumerate((p.name, *p.aliases)):
            n = _el(el, "persName", name, type="main" if i == 0 else "variant")
            n.set(LANG, name_lang(name))
        order = {n: i for i, n in enumerate(registry.names())}
        for line in sorted(self.view.lines_of(p.id), key=lambda ln: (order.get(ln["property"], 99), -ln["confidence"])):
            self.claim(el, p, line)
        self.report.records += 1

    def relations(self, parent: etree._Element, ids: set[str]) -> None:
        rels = [r for r in self.view.relations if r.kind != "mentioned with" and r.source in ids and r.target in ids]
        if not rels:
            return
        lr = _el(parent, "listRelation")
        for r in rels:
            name = re.sub(r"\W+", "_", r.property if r.kind == "family" else r.kind).strip("_")
            src = " ".join(dict.fromkeys(f"#{self.bibl_ids[x['document']]}" for x in r.evidence if x["document"] in self.bibl_ids))
            a, b = f"#{xml_id('p', r.source)}", f"#{xml_id('p', r.target)}"
            attrs: dict[str, Any] = {"name": name, "source": src, "cert": cert(r.confidence)}
            if r.property in ("spouse", "sibling"):
                attrs["mutual"] = f"{a} {b}"
            else:  # "X killed by Y": Y is the active party; a successor follows the predecessor
                attrs |= {"active": b, "passive": a} if r.kind == "killed by" else {"active": a, "passive": b}
            _el(lr, "relation", **attrs)


def build(view: ExportView, options: ExportOptions | None = None) -> tuple[etree._Element, ExportReport]:
    """The TEI document of the view, and its report: the people with claims (or the one
    person asked for) and the people their relations name."""
    w = _Writer(view)
    root = etree.Element(T + "TEI", nsmap={None: TEI_NS})
    w.header(root)
    body = _el(_el(root, "text"), "body")
    people = [p for p in view.people if view.lines_of(p.id) or (options and options.person)]
    ids = {p.id for p in people}
    for r in view.relations:
        if r.kind != "mentioned with" and (r.source in ids or r.target in ids):
            ids |= {r.source, r.target}
    if not ids:  # TEI has no empty listPerson
        _el(body, "p", "No persons to export.")
        return root, w.report
    lp = _el(body, "listPerson")
    for pid in sorted(ids):
        entry = view.persons.get(pid) or PersonEntry(pid, pid.removeprefix("name:"), (), None, None, 0, 0)
        w.person(lp, entry)
    w.relations(lp, ids)
    return root, w.report


def write(view: ExportView, sink: Sink, options: ExportOptions) -> ExportReport:
    root, report = build(view, options)
    errors = [] if schema().validate(root) else [str(e) for e in schema().error_log]
    report.skipped += [f"TEI output not valid against tei_personography.rng: {e}" for e in errors[:5]]
    text = etree.tostring(root, encoding="unicode", pretty_print=True)
    with sink.open("factoid.tei.xml") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n' + text)
    return report
