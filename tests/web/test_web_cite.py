"""Sources as citations in the workspace and the CLI: a knowledge base whose files are
described by a sources.csv shows "Title (site, date)" wherever a source appears, never links
a non-web URL, and weighs a source by its stated date of writing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from typer.testing import CliRunner

from factoid import api
from factoid.cli import app
from factoid.store import schema as s
from factoid.web.app import create_app

FIXTURES = Path(__file__).parent / "fixtures"
SIDECAR = (
    "file,title,url,author,date,publisher,language,notes\n"
    "reiss-life.txt,A Short Life of Reiss,https://lives.example.org/reiss,Ona Vale,2015-06,Lives Press,en,\n"
    'reiss-notes.txt,"Notes <script>alert(1)</script>",javascript:alert(1),,1990,,,\n'
)


@pytest.fixture(scope="module")
def cited(tmp_path_factory: pytest.TempPathFactory) -> tuple[api.KnowledgeBase, TestClient]:
    folder = tmp_path_factory.mktemp("cited-docs")
    for name in ("reiss-life.txt", "reiss-notes.txt", "reiss-forum.txt"):
        shutil.copy(FIXTURES / name, folder / name)
    (folder / "sources.csv").write_text(SIDECAR, encoding="utf-8")
    kb = api.open_kb(f"sqlite:///{tmp_path_factory.mktemp('cited') / 'kb.db'}")
    report = api.ingest(kb, [folder])
    assert report.ok and report.warnings == [], (report.failed, report.warnings)
    api.build(kb)
    return kb, TestClient(create_app(kb))


def test_document_pages_show_the_citation(cited: tuple[api.KnowledgeBase, TestClient]) -> None:
    _, client = cited
    listing = client.get("/documents").text
    assert "A Short Life of Reiss" in listing and "Ona Vale · Lives Press · 2015-06" in listing
    page = client.get("/documents/reiss-life.txt").text
    assert "<h1>A Short Life of Reiss</h1>" in page and "Ona Vale · Lives Press · 2015-06" in page
    bad = client.get("/documents/reiss-notes.txt").text
    assert "<script>alert(1)</script>" not in bad and "&lt;script&gt;" in bad
    assert 'href="javascript:' not in bad


def test_quotes_and_dossier_sources_are_cited(cited: tuple[api.KnowledgeBase, TestClient]) -> None:
    _, client = cited
    person = client.get("/people").text
    pid = next(part.split('"')[0] for part in person.split('href="/people/')[1:] if "reiss" in part.lower())
    dossier = client.get(f"/people/{pid}").text
    assert "A Short Life of Reiss (Lives Press, 2015-06)" in dossier
    assert 'href="https://lives.example.org/reiss"' in dossier
    assert 'href="javascript:' not in dossier and "<script>alert(1)" not in dossier
    disputes = client.get("/disputes").text
    assert "A Short Life of Reiss" in disputes
    answer = client.get("/ask", params={"q": "When was Reiss born?"}).text
    assert "A Short Life of Reiss (Lives Press, 2015-06)" in answer


def test_cli_and_api_answers_are_cited(cited: tuple[api.KnowledgeBase, TestClient]) -> None:
    kb, _ = cited
    answer = api.ask(kb, "When was Reiss born?")
    by_doc = {c["document"]: c for c in answer.citations}
    assert by_doc["reiss-life.txt"]["citation"] == "A Short Life of Reiss (Lives Press, 2015-06)"
    assert by_doc["reiss-life.txt"]["url"] == "https://lives.example.org/reiss"
    d = api.dossier(kb, "Reiss")
    cited_sources = {x["document"]: x for x in d["sources"]}
    assert cited_sources["reiss-life.txt"]["citation"].startswith("A Short Life of Reiss")
    assert cited_sources["reiss-notes.txt"]["url"] is None  # not a web URL: no link
    result = CliRunner().invoke(app, ["--db", str(kb.url).removeprefix("sqlite:///"), "ask", "When was Reiss born?"],
                                env={"COLUMNS": "250"})
    assert result.exit_code == 0 and "A Short Life of Reiss (Lives Press, 2015-06)" in result.output


def test_the_stated_date_of_writing_makes_a_source_late(cited: tuple[api.KnowledgeBase, TestClient]) -> None:
    """reiss-life.txt mentions no year after 1937, so by the guess it is near-contemporary;
    the sidecar dates it 2015, so its lone 1899 birth year comes from a late source."""
    kb, _ = cited
    with kb.engine.connect() as conn:
        rows = conn.execute(
            select(s.claims.c.document_id, s.claims.c.property, s.assessments.c.features)
            .join(s.assessments, s.assessments.c.claim_id == s.claims.c.id)
        ).all()
    births = {doc: f["late_source"] for doc, prop, f in rows if prop == "date_of_birth"}
    assert births.get("reiss-life.txt") is True
