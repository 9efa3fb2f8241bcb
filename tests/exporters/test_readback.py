"""Every format read back by an independent reader (Python's csv, networkx, lxml, rdflib,
python-gedcom) and compared with the knowledge base: the export view's claim lines and the
stored document texts."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest
import rdflib
from lxml import etree, html

from factoid import api
from factoid.export import file_line
from factoid.exporters import tei
from factoid.exporters.gedcom import gedcom_date, quay
from factoid.exporters.view import ExportView, read_page_spans
from tests.exporters.conftest import export

pytestmark = pytest.mark.slow

YEZHOV = "person/nikolai-yezhov"
YAGODA = "person/genrikh-yagoda"


def main_sources(line: dict) -> list[dict]:
    """What the formats cite by default: a line's quotes outside reader comments."""
    return [x for x in line["sources"] if x["role"] != "comment"] or line["sources"]


def lines(view: ExportView, pid: str, prop: str) -> list[dict]:
    return [ln for ln in view.lines_of(pid) if ln["property"] == prop]


# ---- csv ------------------------------------------------------------------------------------------


def test_csv_tables(kb: api.KnowledgeBase, view: ExportView, texts: dict[str, str]) -> None:
    files, report = export(kb, "csv")
    claims = list(csv.DictReader(io.StringIO(files["claims.csv"])))
    assert len(claims) == sum(len(main_sources(ln)) for ln in view.lines)
    for row in claims:
        assert texts[row["document"]][int(row["quote_start"]):int(row["quote_end"])] == row["quote"]
    got = Counter((r["person_id"], r["property"], r["value"]) for r in claims)
    want = Counter((ln["subject"]["id"], ln["property"], str(ln["value"])) for ln in view.lines for _ in main_sources(ln))
    assert got == want
    people = {r["id"]: r for r in csv.DictReader(io.StringIO(files["people.csv"]))}
    assert set(people) == {p.id for p in view.people}
    assert people[YEZHOV]["birth"] == "1895-05-01" and people[YEZHOV]["lifespan"] == "1895–1940"
    enc = [r for r in claims if r["document"] == "yezhov-encyclopedia.html"]
    assert enc and all(r["url"] == "https://encyclopedia.example.org/wiki/Nikolai_Yezhov" for r in enc)
    # "Title (site)": the site is the canonical URL's host, as the metadata reader gives it
    assert all(r["citation"] == "Nikolai Yezhov - A Small Encyclopedia (encyclopedia.example.org)" for r in enc)
    events = list(csv.DictReader(io.StringIO(files["events.csv"])))
    assert list(events[0])[:3] == ["Year", "Month", "Day"]
    births = [e for e in events if e["Person ID"] == YEZHOV and e["Event"] == "date of birth"]
    assert sorted(e["Start Date"] for e in births) == ["1895-05-01", "1896"]
    assert all(e["Disputed"] == "true" for e in births)
    term = next(e for e in events if e["Person ID"] == YAGODA and e["Event"] == "position held")
    assert (term["Year"], term["End Year"]) == ("1934", "1936")
    assert report.records == len(claims) + len(people) + len(events)


# ---- gexf / graphml -------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["gexf", "graphml"])
def test_network(kb: api.KnowledgeBase, view: ExportView, fmt: str, tmp_path: Path) -> None:
    files, _ = export(kb, fmt)
    path = tmp_path / f"net.{fmt}"
    path.write_text(next(iter(files.values())), encoding="utf-8")
    g = nx.read_gexf(path) if fmt == "gexf" else nx.read_graphml(path)
    assert g.is_directed() and g.is_multigraph()
    label = "label" if fmt == "gexf" else "label"
    assert g.nodes[YEZHOV][label] == "Nikolai Yezhov"
    assert int(g.nodes[YEZHOV]["claims"]) == len(view.lines_of(YEZHOV))
    assert g.nodes[YEZHOV]["lifespan"] == "1895–1940"
    edges = [(a, b, d) for a, b, d in g.edges(data=True)]
    kinds = Counter(d["relation"] for _, _, d in edges)
    assert {"family", "successor", "killed by", "mentioned with"} <= set(kinds)
    for prop in ("spouse", "child", "killed_by"):  # every family / killing claim is an edge with its quote
        for ln in view.lines:
            if ln["property"] != prop:
                continue
            target = view.person_for_name(ln["value"])
            hits = [d for a, b, d in edges if a == ln["subject"]["id"] and b == target and d["property"] == prop]
            assert len(hits) == 1, (prop, ln["value"])
            assert all(x["quote"] in hits[0]["evidence"] for x in ln["sources"])
    succ = [(a, b) for a, b, d in edges if d["relation"] == "successor"]
    assert (YAGODA, YEZHOV) in succ and (YEZHOV, "person/lavrentiy-beria") in succ
    assert len([1 for a, b in succ if (a, b) == (YAGODA, YEZHOV)]) == 1, "said twice, one edge"


# ---- tei ------------------------------------------------------------------------------------------

NS = {"t": tei.TEI_NS}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def test_tei_valid_and_faithful(kb: api.KnowledgeBase, view: ExportView) -> None:
    files, report = export(kb, "tei")
    doc = etree.fromstring(files["factoid.tei.xml"].encode("utf-8"))
    assert tei.schema().validate(doc), tei.schema().error_log
    assert not report.skipped
    bibl = {b.get(XML_ID): b for b in doc.iterfind(".//t:bibl", NS)}
    person = doc.find(f".//t:person[@{{http://www.w3.org/XML/1998/namespace}}id='p-nikolai-yezhov']", NS)
    assert person is not None
    names = [(n.text, n.get("{http://www.w3.org/XML/1998/namespace}lang")) for n in person.iterfind("t:persName", NS)]
    assert names[0] == ("Nikolai Yezhov", "en") and len(names) == 1 + len(view.persons[YEZHOV].aliases)
    births = [b.get("when") for b in person.iterfind("t:birth", NS) if b.get("when")]
    assert births == [ln["value"] for ln in sorted(lines(view, YEZHOV, "date_of_birth"), key=lambda ln: -ln["confidence"])]
    for el in doc.iter():
        for ref in (el.get("source") or "").split():
            assert ref[1:] in bibl, ref
    for q in doc.iterfind(".//t:quote", NS):
        b = bibl[q.get("source")[1:]]
        assert b.findtext("t:idno", namespaces=NS) in {x["document"] for ln in view.lines for x in ln["sources"]}
    yagoda = doc.find(".//t:person[@{http://www.w3.org/XML/1998/namespace}id='p-genrikh-yagoda']", NS)
    assert [x.text for x in yagoda.iterfind("t:persName", NS)][-1] == "Генрих Ягода"
    assert yagoda.findall("t:persName", NS)[-1].get("{http://www.w3.org/XML/1998/namespace}lang") == "ru"
    rel = doc.findall(".//t:relation", NS)
    assert any(r.get("name") == "killed_by" and r.get("active") == "#p-vasily-blokhin" for r in rel)
    assert any(r.get("name") == "spouse" and "#p-nikolai-yezhov" in r.get("mutual", "") for r in rel)


def test_tei_schema_rejects_what_tei_does_not_allow() -> None:
    """The schema is not a rubber stamp: a bad certainty and a stray element fail."""
    ok = ('<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>t</title></titleStmt>'
          '<publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader>'
          '<text><body><listPerson><person xml:id="p1"><birth when="1900-01-02" cert="{cert}"/>{extra}</person>'
          '</listPerson></body></text></TEI>')
    assert tei.schema().validate(etree.fromstring(ok.format(cert="high", extra="")))
    assert not tei.schema().validate(etree.fromstring(ok.format(cert="sure", extra="")))
    assert not tei.schema().validate(etree.fromstring(ok.format(cert="low", extra="<div/>")))
    assert not tei.schema().validate(etree.fromstring(ok.format(cert="low", extra='<death when="1 May 1900"/>')))


# ---- json-ld --------------------------------------------------------------------------------------

SCHEMA = rdflib.Namespace("https://schema.org/")
OA = rdflib.Namespace("http://www.w3.org/ns/oa#")
PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")
FACT = rdflib.Namespace("urn:factoid:vocab#")


def test_jsonld_parses_and_grounds(kb: api.KnowledgeBase, view: ExportView, texts: dict[str, str]) -> None:
    files, _ = export(kb, "jsonld")
    g = rdflib.Graph()
    g.parse(data=files["factoid.jsonld"], format="json-ld")
    statements = set(g.subjects(rdflib.RDF.type, rdflib.RDF.Statement))
    assert len(statements) == len(view.lines)
    for st in statements:
        for ann in g.objects(st, PROV.wasDerivedFrom):
            target = g.value(ann, OA.hasTarget)
            doc = g.value(g.value(target, OA.hasSource), SCHEMA.identifier)
            sels = list(g.objects(target, OA.hasSelector))
            exact = next(g.value(s, OA.exact) for s in sels if (s, rdflib.RDF.type, OA.TextQuoteSelector) in g)
            pos = next(s for s in sels if (s, rdflib.RDF.type, OA.TextPositionSelector) in g)
            start, end = int(g.value(pos, OA.start)), int(g.value(pos, OA.end))
            assert texts[str(doc)][start:end] == str(exact)
    yezhov = rdflib.URIRef("urn:factoid:person/nikolai-yezhov")
    assert (yezhov, rdflib.RDF.type, SCHEMA.Person) in g
    assert str(g.value(yezhov, SCHEMA.birthDate)) == "1895-05-01"  # the most confident of the dispute
    claimed = {str(g.value(st, rdflib.RDF.object)) for st in statements
               if g.value(st, rdflib.RDF.subject) == yezhov and g.value(st, FACT.property) == rdflib.Literal("date_of_birth")}
    assert claimed == {"1895-05-01", "1896"}  # both sides of the dispute are statements
    spouse = g.value(yezhov, SCHEMA.spouse)
    assert str(g.value(spouse, SCHEMA.name)) == "Yevgenia Feigenberg"


# ---- gedcom ---------------------------------------------------------------------------------------


def test_gedcom_reads_back(kb: api.KnowledgeBase, view: ExportView, tmp_path: Path) -> None:
    from gedcom.element.family import FamilyElement
    from gedcom.element.individual import IndividualElement
    from gedcom.parser import Parser

    files, _ = export(kb, "gedcom")
    text = files["factoid.ged"]
    assert all(len(line) <= 255 for line in text.splitlines())
    path = tmp_path / "x.ged"
    path.write_text(text, encoding="utf-8")
    parser = Parser()
    parser.parse_file(str(path), strict=True)
    people = {(e.get_name()[0] + " " + e.get_name()[1]).strip(): e
              for e in parser.get_root_child_elements() if isinstance(e, IndividualElement)}
    assert {"Nikolai Yezhov", "Genrikh Yagoda", "Yevgenia Feigenberg", "Natalia Khayutina"} <= set(people)
    yagoda = people["Genrikh Yagoda"]
    birth = yagoda.get_birth_data()
    assert birth[0] == gedcom_date(lines(view, YAGODA, "date_of_birth")[0]["value"]) == "7 NOV 1891"
    assert birth[1] == "Rybinsk"
    yezhov = people["Nikolai Yezhov"]
    assert yezhov.get_gender() == "M"
    births = [c for c in yezhov.get_child_elements() if c.get_tag() == "BIRT"]
    assert len(births) == 2  # the disputed birth, side by side
    def tag(el, name):  # type: ignore[no-untyped-def]
        return next(x.get_value() for x in el.get_child_elements() if x.get_tag() == name)

    pages = {(tag(s, "PAGE"), tag(s, "QUAY")) for b in births for s in b.get_child_elements() if s.get_tag() == "SOUR"}
    want = {(x["quote"], str(quay(ln["confidence"]))) for ln in lines(view, YEZHOV, "date_of_birth") for x in ln["sources"]}
    assert pages == want
    families = [e for e in parser.get_root_child_elements() if isinstance(e, FamilyElement)]
    spouses = {tuple(sorted(m.get_name()[1] for m in parser.get_family_members(f, "PARENTS"))) for f in families}
    assert ("Feigenberg", "Yezhov") in spouses and ("Averbakh", "Yagoda") in spouses
    kids = [m.get_name() for f in families for m in parser.get_family_members(f, "CHIL")]
    assert ("Natalia", "Khayutina") in kids


def test_gedcom_dates() -> None:
    assert gedcom_date("1895-10-04") == "4 OCT 1895"
    assert gedcom_date("1895-10") == "OCT 1895"
    assert gedcom_date("1895~") == "ABT 1895"
    assert gedcom_date("189X") == "BET 1890 AND 1899"
    assert gedcom_date("1900/1901") == "BET 1900 AND 1901"
    assert gedcom_date("someday") is None
    assert [quay(c) for c in (0.9, 0.6, 0.3, 0.1, None)] == [3, 2, 1, 0, 0]


# ---- dossier --------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["dossier", "dossier-html"])
def test_dossier_has_every_value_and_quote(kb: api.KnowledgeBase, view: ExportView, fmt: str) -> None:
    files, report = export(kb, fmt, person="Yezhov")
    assert report.records == 1
    body = next(iter(files.values()))
    if fmt == "dossier-html":
        tree = html.fromstring(body)
        body = tree.text_content()
        notes = tree.findall(".//ol[@class='notes']/li")
    else:
        notes = [ln for ln in body.splitlines() if ln.startswith("[^")]
        body = body.replace("\\", "")
    mine = view.lines_of(YEZHOV)
    spans = {(x["document"], x["start"], x["end"]) for ln in mine for x in main_sources(ln)}
    assert len(notes) == len(spans)
    for ln in mine:
        assert str(ln["value"]) in body
        for x in main_sources(ln):
            assert x["quote"] in body
    assert "Genrikh Yagoda" not in body.split("Relations")[0] or "replacing Genrikh Yagoda" in body
    assert "date of birth: 1895-05-01" in body and "vs 1896" in body  # the dispute, side by side
    assert "Nikolai Yezhov - A Small Encyclopedia" in body and "https://encyclopedia.example.org/wiki/Nikolai_Yezhov" in body


def test_claims_jsonl_is_the_read_model(kb: api.KnowledgeBase) -> None:
    files, _ = export(kb, "claims-jsonl", include_comments=True)
    # the file leaves out the fields the read model carries for curation (key, rank, ...)
    lines = api.export_lines(kb)
    with kb.engine.connect() as conn:  # web-page quotes cite the saved page (factoid.sourcemap)
        pages = read_page_spans(conn, lines)
    assert [json.loads(x) for x in files["claims.jsonl"].splitlines()] == [file_line(ln, pages) for ln in lines]


def test_empty_knowledge_base(tmp_path: Path) -> None:
    """Nothing to export is still a well-formed file in every format."""
    from gedcom.parser import Parser

    kb = api.open_kb(f"sqlite:///{tmp_path / 'empty.db'}")
    files = {f: export(kb, f) for f in ("claims-jsonl", "quickstatements", "csv", "gexf", "graphml", "tei", "jsonld", "gedcom")}
    assert all(not report.skipped and report.records == 0 for _, report in files.values())
    assert files["claims-jsonl"][0]["claims.jsonl"] == files["quickstatements"][0]["factoid.qs.tsv"] == ""
    assert [len(list(csv.reader(io.StringIO(t)))) for t in files["csv"][0].values()] == [1, 1, 1]
    assert tei.schema().validate(etree.fromstring(files["tei"][0]["factoid.tei.xml"].encode("utf-8")))
    assert len(rdflib.Graph().parse(data=files["jsonld"][0]["factoid.jsonld"], format="json-ld")) == 0
    (tmp_path / "e.gexf").write_text(files["gexf"][0]["factoid.gexf"], encoding="utf-8")
    assert nx.read_gexf(tmp_path / "e.gexf").number_of_nodes() == 0
    (tmp_path / "e.ged").write_text(files["gedcom"][0]["factoid.ged"], encoding="utf-8")
    parser = Parser()
    parser.parse_file(str(tmp_path / "e.ged"), strict=True)
    assert [e.get_tag() for e in parser.get_root_child_elements()] == ["HEAD", "SUBM", "TRLR"]


def test_hostile_text_stays_readable(kb: api.KnowledgeBase, tmp_path: Path) -> None:
    """A quote with a terminal escape, quotes, a tab, a line break and an @ (scraped pages have
    them) leaves every format readable by its reader."""
    import copy
    import dataclasses

    from gedcom.parser import Parser

    from factoid import exporters
    from factoid.exporters.view import read_documents, read_languages, view_from_snapshot
    from factoid.readmodel import build_snapshot
    from tests.exporters.test_quickstatements import valid

    with kb.engine.connect() as conn:
        snap, docs, langs = build_snapshot(conn), read_documents(conn), read_languages(conn)
    lines = copy.deepcopy(snap.lines)
    nasty = 'He "was" \x1b[31mmarried\tto\nher @home\x00.'
    for ln in lines:
        if ln["property"] in ("spouse", "date_of_birth"):
            ln["sources"][0]["quote"] = nasty
    view = view_from_snapshot(dataclasses.replace(snap, lines=lines), docs, langs, exporters.ExportOptions())
    out = {}
    for fmt in ("quickstatements", "gexf", "graphml", "tei", "jsonld", "gedcom", "dossier-html"):
        sink = exporters.MemorySink()
        exporters.run(fmt, view, sink, exporters.ExportOptions())
        out[fmt] = next(iter(sink.files.values()))
    assert all(valid(line) for line in out["quickstatements"].splitlines())
    assert tei.schema().validate(etree.fromstring(out["tei"].encode("utf-8")))
    for fmt, read in (("gexf", nx.read_gexf), ("graphml", nx.read_graphml)):
        (tmp_path / f"n.{fmt}").write_text(out[fmt], encoding="utf-8")
        edges = [d for _, _, d in read(tmp_path / f"n.{fmt}").edges(data=True) if d.get("property") == "spouse"]
        assert any("married" in d["evidence"] for d in edges)
    rdflib.Graph().parse(data=out["jsonld"], format="json-ld")
    (tmp_path / "n.ged").write_text(out["gedcom"], encoding="utf-8")
    Parser().parse_file(str(tmp_path / "n.ged"), strict=True)
    assert "\x1b" not in out["dossier-html"] and "\x00" not in out["dossier-html"]
    html.fromstring(out["dossier-html"])
