"""JSON-LD: schema.org ``Person`` records, every claim a statement derived (PROV-O) from Web
Annotations that select its quote in its source, by text and by position.

Why these vocabularies: schema.org is what the web and most graph tools read for people;
PROV-O's ``wasDerivedFrom`` says where each statement comes from; a W3C Web Annotation
(``TextQuoteSelector`` + ``TextPositionSelector``) points at the exact characters of the
source, so anyone can check the quote. Each person carries the best value of each
single-valued property as plain schema.org; every claim line, disputed values included, is
an ``rdf:Statement`` about the person with its confidence, rank and derivation. The context
is inline (no network needed to read the file).
"""

from __future__ import annotations

import hashlib
import json
from typing import Any
from urllib.parse import quote

from factoid import schema
from factoid.exporters import ExportOptions, ExportReport, Sink
from factoid.exporters.common import date_parts, value_text
from factoid.exporters.view import ExportView, Line, PersonEntry, best, rank

__all__ = ["CONTEXT", "SCHEMA_ORG", "write"]

CONTEXT = {
    "schema": "https://schema.org/",
    "prov": "http://www.w3.org/ns/prov#",
    "oa": "http://www.w3.org/ns/oa#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "factoid": "urn:factoid:vocab#",
}
#: Registry properties -> schema.org properties (others are ``factoid:<property>``).
SCHEMA_ORG = {
    "date_of_birth": "schema:birthDate", "date_of_death": "schema:deathDate", "place_of_birth": "schema:birthPlace",
    "place_of_death": "schema:deathPlace", "spouse": "schema:spouse", "child": "schema:children",
    "father": "schema:parent", "mother": "schema:parent", "sibling": "schema:sibling",
    "award_received": "schema:award", "member_of_political_party": "schema:memberOf",
    "position_held": "schema:hasOccupation",
}
#: Value types -> the schema.org type of a value node.
NODE_TYPE = {"place": "schema:Place", "party": "schema:Organization", "office": "schema:Occupation"}
XSD_OF_PRECISION = {11: "xsd:date", 10: "xsd:gYearMonth", 9: "xsd:gYear"}


def iri(kind: str, key: str) -> str:
    return f"urn:factoid:{kind}/{quote(key.removeprefix(kind + '/'), safe='-._~')}"


def _literal_date(edtf: str) -> Any:
    d = date_parts(edtf)
    if d is not None and d.precision in XSD_OF_PRECISION:
        return {"@value": d.iso, "@type": XSD_OF_PRECISION[d.precision]}
    return {"@value": edtf, "@type": "xsd:string"}


class _Graph:
    def __init__(self, view: ExportView) -> None:
        self.view = view
        self.people: list[dict[str, Any]] = []
        self.nodes: list[dict[str, Any]] = []  # statements, annotations, documents
        self.seen: set[str] = set()
        self.named: dict[str, str] = {}  # people only named in a value: iri -> name

    def graph(self) -> list[dict[str, Any]]:
        """People first, then people only named by values, then the evidence."""
        done = {n["@id"] for n in self.people}
        stubs = [{"@id": k, "@type": "schema:Person", "schema:name": v} for k, v in self.named.items() if k not in done]
        return self.people + stubs + self.nodes

    def add(self, node: dict[str, Any]) -> None:
        if node["@id"] not in self.seen:
            self.seen.add(node["@id"])
            self.nodes.append(node)

    def value(self, prop: str, value: Any) -> Any:
        """A claim value as JSON-LD: a typed date, a person (by id when known), a node, or text."""
        kind = schema.get(prop).type if schema.known(prop) else "text"
        if kind == "date":
            return _literal_date(str(value))
        if kind == "person":
            out = []
            for name in value if isinstance(value, list) else [value]:
                pid = self.view.person_for_name(str(name))
                if pid:
                    self.named[iri("person", pid)] = self.view.name_of(pid)
                out.append({"@id": iri("person", pid)} if pid else {"@type": "schema:Person", "schema:name": str(name)})
            return out[0] if len(out) == 1 else out
        if kind in NODE_TYPE:
            return {"@type": NODE_TYPE[kind], "schema:name": value_text(value)}
        return value_text(value)

    def document(self, doc_id: str) -> str:
        doc = self.view.document(doc_id)
        node: dict[str, Any] = {"@id": iri("document", doc.id), "@type": "schema:CreativeWork",
                                "schema:name": doc.title or doc.id, "schema:identifier": doc.id}
        for key, v in (("schema:url", doc.url), ("schema:author", doc.author), ("schema:datePublished", doc.published),
                       ("schema:publisher", doc.site), ("schema:inLanguage", doc.language)):
            if v:
                node[key] = v
        self.add(node)
        return node["@id"]

    def annotation(self, source: dict[str, Any]) -> str:
        doc = self.document(source["document"])
        aid = f"{doc}#{source['start']}-{source['end']}"
        self.add({
            "@id": aid, "@type": "oa:Annotation", "oa:motivatedBy": {"@id": "oa:identifying"},
            "oa:hasTarget": {
                "@type": "oa:SpecificResource", "oa:hasSource": {"@id": doc},
                "oa:hasSelector": [
                    {"@type": "oa:TextQuoteSelector", "oa:exact": source["quote"]},
                    {"@type": "oa:TextPositionSelector",
                     "oa:start": {"@value": source["start"], "@type": "xsd:nonNegativeInteger"},
                     "oa:end": {"@value": source["end"], "@type": "xsd:nonNegativeInteger"}},
                ],
            },
        })
        return aid

    def statement(self, person_iri: str, line: Line) -> str:
        prop = line["property"]
        key = json.dumps([line["subject"]["id"], prop, line["value"], line["qualifiers"]], sort_keys=True, ensure_ascii=False)
        sid = iri("claim", hashlib.sha256(key.encode()).hexdigest()[:16])
        node: dict[str, Any] = {
            "@id": sid, "@type": ["rdf:Statement", "prov:Entity"],
            "rdf:subject": {"@id": person_iri}, "rdf:predicate": {"@id": SCHEMA_ORG.get(prop, f"factoid:{prop}")},
            "rdf:object": self.value(prop, line["value"]),
            "factoid:property": prop, "factoid:confidence": line["confidence"], "factoid:disputed": line["disputed"],
            "factoid:rank": rank(line),
            "prov:wasDerivedFrom": [{"@id": self.annotation(x)} for x in self.view.sources(line)],
        }
        for k, v in sorted(line["qualifiers"].items()):
            node[f"factoid:{k}"] = _literal_date(v) if schema.qualifier_type(k) == "date" and isinstance(v, str) else v
        self.add(node)
        return sid

    def person(self, p: PersonEntry) -> None:
        pid = iri("person", p.id)
        node: dict[str, Any] = {"@id": pid, "@type": "schema:Person", "schema:name": p.name}
        if p.aliases:
            node["schema:alternateName"] = list(p.aliases)
        lines = self.view.lines_of(p.id)
        for prop in schema.properties():
            key = SCHEMA_ORG.get(prop.name)
            if key is None:
                continue
            chosen = ([best(lines, prop.name)] if prop.single else [ln for ln in lines if ln["property"] == prop.name])
            values = [self.value(prop.name, ln["value"]) for ln in chosen if ln]
            if values:
                node.setdefault(key, [])
                node[key] += values
        node["factoid:claim"] = [{"@id": self.statement(pid, ln)} for ln in lines]
        self.people.append(node)


def write(view: ExportView, sink: Sink, options: ExportOptions) -> ExportReport:
    g = _Graph(view)
    for p in view.people:
        if view.lines_of(p.id) or options.person:
            g.person(p)
    report = ExportReport(format="jsonld", records=len(g.people), unit="persons", files=["factoid.jsonld"])
    with sink.open("factoid.jsonld") as out:
        out.write(json.dumps({"@context": CONTEXT, "@graph": g.graph()}, ensure_ascii=False, indent=1) + "\n")
    return report
