"""QuickStatements v1: a syntax checker written from the QuickStatements documentation (its
command forms and value syntax), tried on examples in the documentation's style, then on
every line factoid writes; and what the batch says, compared with the knowledge base."""

from __future__ import annotations

import re

import pytest

from factoid import api
from factoid.exporters.quickstatements import string, time_value
from factoid.exporters.view import ExportView
from tests.exporters.conftest import MAPPING, export

pytestmark = pytest.mark.slow

ITEM = r"(?:Q[1-9]\d*|LAST)"
STRING = r'"[^"\t\n]*"'
VALUE = "|".join([
    r"Q[1-9]\d*",  # an item
    STRING,  # a string
    r"[a-z]{2,3}(?:-[a-z0-9]+)*:" + STRING,  # a monolingual text
    r"[+-]\d{4,}-\d\d-\d\dT00:00:00Z/(?:[0-9]|1[0-4])",  # a time with precision
    r"[+-]?\d+(?:\.\d+)?(?:U[1-9]\d*)?",  # a quantity
    r"@-?\d+(?:\.\d+)?/-?\d+(?:\.\d+)?",  # a coordinate
    "somevalue", "novalue",
])
TERM = re.compile(rf"^{ITEM}\t[LDA][a-z]{{2,3}}(?:-[a-z]+)?\t{STRING}$")
STATEMENT = re.compile(rf"^{ITEM}\tP[1-9]\d*\t(?:{VALUE})((?:\tP[1-9]\d*\t(?:{VALUE}))*)((?:\tS[1-9]\d*\t(?:{VALUE}))*)$")


def valid_time(value: str) -> bool:
    m = re.match(r"^[+-](\d{4,})-(\d\d)-(\d\d)T00:00:00Z/(\d+)$", value)
    if not m:
        return True  # not a time
    month, day, precision = int(m[2]), int(m[3]), int(m[4])
    if precision == 11:
        return 1 <= month <= 12 and 1 <= day <= 31
    if precision == 10:
        return 1 <= month <= 12 and day == 0
    return month == 0 and day == 0


def valid(line: str) -> bool:
    """One QuickStatements v1 command."""
    if line == "CREATE":
        return True
    if TERM.match(line):
        return True
    if not STATEMENT.match(line):
        return False
    return all(valid_time(v) for v in line.split("\t")[2::2])


DOC_STYLE_VALID = [
    "CREATE",
    'LAST\tLen\t"A new person"',
    'LAST\tDen\t"a short description"',
    'LAST\tAru\t"Другое имя"',
    "LAST\tP31\tQ5",
    "Q4115189\tP31\tQ1",
    "Q4115189\tP569\t+1967-01-17T00:00:00Z/11",
    "Q4115189\tP569\t+1967-01-00T00:00:00Z/10",
    "Q4115189\tP569\t+1967-00-00T00:00:00Z/9",
    'Q4115189\tP1476\ten:"A title"',
    'Q4115189\tP370\t"some text"',
    "Q4115189\tP1114\t-12.5",
    "Q4115189\tP625\t@43.26193/10.92708",
    "Q4115189\tP39\tQ11696\tP580\t+1990-00-00T00:00:00Z/9\tP582\t+1994-00-00T00:00:00Z/9",
    'Q4115189\tP31\tQ5\tS854\t"https://example.org/page"\tS813\t+2020-02-03T00:00:00Z/11',
    'Q4115189\tP31\tQ5\tP580\t+1990-00-00T00:00:00Z/9\tS1683\ten:"A quoted sentence."',
    "Q4115189\tP40\tsomevalue",
]
DOC_STYLE_INVALID = [
    "Q4115189 P31 Q1",  # spaces, not tabs
    "Q4115189\tP569\t1967-01-17",  # a date without sign, time and precision
    "Q4115189\tP569\t+1967-01-17T00:00:00Z/9",  # year precision with a day
    "Q4115189\tP569\t+1967-00-00T00:00:00Z/11",  # day precision without a day
    'Q4115189\tP370\t"a "quoted" word"',  # a double quote inside a string
    'Q4115189\tP1476\t"no language"\tS1683\tA bare quote',
    "LAST\tLen\tunquoted",
    "Q4115189\tP31",
    'Q4115189\tP31\tQ5\tS854\t"https://example.org"\tP580\t+1990-00-00T00:00:00Z/9',  # qualifier after a source
]


@pytest.mark.parametrize("line", DOC_STYLE_VALID)
def test_checker_accepts_documented_forms(line: str) -> None:
    assert valid(line)


@pytest.mark.parametrize("line", DOC_STYLE_INVALID)
def test_checker_rejects_malformed(line: str) -> None:
    assert not valid(line)


def test_values() -> None:
    assert time_value("1895-10-04") == "+1895-10-04T00:00:00Z/11"
    assert time_value("1895-10") == "+1895-10-00T00:00:00Z/10"
    assert time_value("1895") == "+1895-00-00T00:00:00Z/9"
    assert time_value("189X") == "+1890-00-00T00:00:00Z/8"
    assert time_value("1900/1901") is None
    assert string('He said "no"\tand\nleft') == "\"He said 'no' and left\""


@pytest.mark.parametrize("mapped", [False, True])
def test_every_line_is_valid(kb: api.KnowledgeBase, mapped: bool) -> None:
    files, _ = export(kb, "quickstatements", mapping=MAPPING if mapped else None)
    text = files["factoid.qs.tsv"]
    assert text.endswith("\n")
    bad = [ln for ln in text.splitlines() if not valid(ln)]
    assert not bad, bad


def test_batch_says_what_the_knowledge_base_says(kb: api.KnowledgeBase, view: ExportView) -> None:
    files, report = export(kb, "quickstatements", mapping=MAPPING)
    rows = [ln.split("\t") for ln in files["factoid.qs.tsv"].splitlines()]
    yezhov = [r for r in rows if r[0] == "Q100001"]  # mapped: statements on the item, no CREATE
    births = [r[2] for r in yezhov if r[1] == "P569"]
    lines = sorted((ln for ln in view.lines_of("person/nikolai-yezhov") if ln["property"] == "date_of_birth"),
                   key=lambda ln: -ln["confidence"])
    assert births == [time_value(ln["value"]) for ln in lines for _ in ln["sources"]]  # preferred first
    office = next(r for r in yezhov if r[1] == "P39")
    assert office[2] == "Q100004" and office[3:7] == ["P580", "+1936-09-26T00:00:00Z/11", "P1365", "Q100005"]
    quotes = {r[r.index("S1683") + 1] for r in rows if "S1683" in r}
    every = {f'en:"{x["quote"]}"' for ln in view.lines for x in ln["sources"] if x["role"] != "comment"}
    assert quotes <= every
    assert all(r[r.index("S813") + 1] == "+2026-01-15T00:00:00Z/11" for r in rows if "S813" in r)
    enc = [r for r in rows if "S854" in r]
    assert enc and all(r[r.index("S854") + 1] == '"https://encyclopedia.example.org/wiki/Nikolai_Yezhov"' for r in enc)
    # unmapped places, people and manners are left out, and said so
    assert not any(r[1] == "P19" for r in rows)
    assert any("place_of_birth Saint Petersburg" in s and "no Wikidata item" in s for s in report.skipped)
    assert any("killed_by Vasily Blokhin" in s for s in report.skipped)


def test_unmapped_people_are_created(kb: api.KnowledgeBase) -> None:
    files, _ = export(kb, "quickstatements")
    text = files["factoid.qs.tsv"]
    assert text.count("CREATE\n") == 2
    assert 'LAST\tLen\t"Nikolai Yezhov"\n' in text and 'LAST\tAru\t"Генрих Ягода"\n' in text
    assert "LAST\tP31\tQ5\n" in text


def test_nobody_is_created_without_a_statement(kb: api.KnowledgeBase) -> None:
    """A person whose every claim needs an unmapped item gets no empty item."""
    import dataclasses

    from factoid import exporters
    from factoid.exporters.view import read_documents, read_languages, view_from_snapshot
    from factoid.readmodel import build_snapshot

    with kb.engine.connect() as conn:
        snap, docs, langs = build_snapshot(conn), read_documents(conn), read_languages(conn)
    only_places = [ln for ln in snap.lines if ln["subject"]["id"] != "person/nikolai-yezhov" or ln["property"] == "place_of_birth"]
    options = exporters.ExportOptions()
    sink = exporters.MemorySink()
    report = exporters.run("quickstatements", view_from_snapshot(dataclasses.replace(snap, lines=only_places), docs, langs,
                                                                 options), sink, options)
    text = sink.files["factoid.qs.tsv"]
    assert "Yezhov" not in text and text.count("CREATE\n") == 1
    assert "Nikolai Yezhov: the person: not created: none of their claims could be written" in report.skipped
