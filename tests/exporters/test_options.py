"""The options every format honours: one person, reader comments, deprecated claims; and the
mapping file's error messages."""

from __future__ import annotations

import copy
import csv
import dataclasses
import io
from pathlib import Path

import pytest

from factoid import api, exporters
from factoid.errors import NotFoundError, UsageError
from factoid.exporters.mapping import load_mapping
from factoid.exporters.view import read_documents, read_languages, view_from_snapshot
from factoid.readmodel import build_snapshot
from tests.exporters.conftest import MAPPING, export

pytestmark = pytest.mark.slow

NETWORKS = ("gexf", "graphml")
COMMENT_ONLY = ("person/nikolai-yezhov", "date_of_death", "1940-02-06")  # said only by a reader's comment


def claim_keys(files: dict[str, str]) -> set[tuple[str, str, str]]:
    return {(r["person_id"], r["property"], r["value"]) for r in csv.DictReader(io.StringIO(files["claims.csv"]))}


@pytest.mark.parametrize("fmt", exporters.names())
def test_person_limits_every_format(kb: api.KnowledgeBase, fmt: str) -> None:
    everyone, _ = export(kb, fmt)
    one, _ = export(kb, fmt, person="Yagoda")
    text_all, text_one = "".join(everyone.values()), "".join(one.values())
    # Yagoda's place of birth / Yezhov's; in a network, Yagoda's wife / Yezhov's daughter
    mine, other = ("Ida Averbakh", "Natalia Khayutina") if fmt in NETWORKS else ("Rybinsk", "Mariampol")
    assert mine in text_one
    assert other in text_all and other not in text_one


def test_unknown_person_and_format(kb: api.KnowledgeBase) -> None:
    with pytest.raises(NotFoundError):
        export(kb, "tei", person="Nobody Atall")
    with pytest.raises(UsageError, match="known: claims-jsonl, quickstatements"):
        export(kb, "pdf")


def test_comments_only_when_asked(kb: api.KnowledgeBase) -> None:
    assert COMMENT_ONLY not in claim_keys(export(kb, "csv")[0])
    assert COMMENT_ONLY in claim_keys(export(kb, "csv", include_comments=True)[0])
    dossier = export(kb, "dossier", person="Yezhov")[0]["dossier.md"]
    assert "I read somewhere" not in dossier  # nor its quote, on a value main text also gives


def test_deprecated_only_when_asked(kb: api.KnowledgeBase) -> None:
    """Curation ranks a claim line ``deprecated``: every format leaves it out unless asked."""
    with kb.engine.connect() as conn:
        snap, docs, langs = build_snapshot(conn), read_documents(conn), read_languages(conn)
    for fmt in exporters.names():
        # an award (its quote is in no other line); in a network, the killing (an edge)
        prop, marker = ("killed_by", "killed by") if fmt in NETWORKS else ("award_received", "Order of Lenin")
        lines = copy.deepcopy(snap.lines)
        next(ln for ln in lines if ln["property"] == prop)["rank"] = "deprecated"
        curated = dataclasses.replace(snap, lines=lines)
        for include, present in ((False, False), (True, True)):
            options = exporters.ExportOptions(include_deprecated=include, mapping=load_mapping(MAPPING)[0])
            sink = exporters.MemorySink()
            exporters.run(fmt, view_from_snapshot(curated, docs, langs, options), sink, options)
            text = "".join(sink.files.values())
            assert (marker in text) is present, (fmt, include)
    view = view_from_snapshot(snap, docs, langs, exporters.ExportOptions())
    assert any(ln["value"] == "Order of Lenin" for ln in view.lines), "without a rank a line is normal"


def test_mapping_file_problems(tmp_path: Path) -> None:
    good = tmp_path / "people.csv"
    good.write_text("id,name,wikidata\nperson/x,,Q5\n,Odessa,q1874\n,Nowhere,X12\n,,Q7\n", encoding="utf-8")
    table, problems = load_mapping(good)
    assert table == {"person/x": "Q5", "odessa": "Q1874"}
    assert [p.split(": ", 1)[0] for p in problems] == [f"{good}:4", f"{good}:5"]
    bad = tmp_path / "bad.csv"
    bad.write_text("name,item\nOdessa,Q1874\n", encoding="utf-8")
    with pytest.raises(UsageError, match="needs a 'wikidata' column"):
        load_mapping(bad)
    with pytest.raises(UsageError, match="cannot read"):
        load_mapping(tmp_path / "missing.csv")
