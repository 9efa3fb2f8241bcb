"""Quotes from web pages cite the saved page: ``text[start:end] == quote`` over the file as
``Path.read_text(encoding="utf-8")`` gives it, the check ``../shared/eval/score.py`` makes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, select, update

from factoid import api, exporters
from factoid.store import db, reads
from factoid.store import schema as s

#: A page written for this test: navigation, a cookie banner, an infobox table, paragraphs
#: with inline links and bold, named and numeric entities, a comment, a reader's comment
#: thread, and CRLF line endings.
PAGE = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Teodor Walczak &ndash; Town Lives</title>
<style>.banner { display: none; }</style>
<script>var note = "<p>Teodor Walczak was born in 1700.</p>";</script></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/lives">Lives</a></li><li><a href="/contact">Contact</a></li></ul></nav>
<div class="cookie-banner" id="cookies">This site uses cookies for statistics. <button>Accept</button></div>
<main><article>
<h1>Teodor Walczak</h1>
<table class="infobox">
<tr><th>Born</th><td>12&nbsp;February 1864<br>Lublin</td></tr>
<tr><th>Died</th><td>5 August 1931</td></tr>
<tr><th>Occupation</th><td>Printer &amp; publisher</td></tr>
</table>
<p>Teodor Walczak was born on 12 February 1864 in <a href="/places/lublin">Lublin</a>, the son of a <b>tanner</b>.
He learned the printing trade in Warsaw and   opened his own press in 1890.</p>
<!-- <p>Teodor Walczak died in 1940.</p> -->
<p>In 1893 he married the teacher <a href="/lives/zofia">Zofia Nowak</a>&nbsp;&amp; they had two sons.</p>
<p>Teodor Walczak died on 5 August 1931 in Lublin&#8212;his press was run by his sons after him.</p>
</article>
<section id="comments" class="comments"><h2>Comments</h2>
<div class="comment"><p>My great-uncle always said Teodor Walczak was born in 1865.</p></div>
</section></main>
<footer><p>&copy; 2025 Town Lives</p></footer>
</body>
</html>
""".replace("\n", "\r\n")

NOTE = "Plain notes: Teodor Walczak was born in Lublin in 1864.\n"


@pytest.fixture()
def kb(tmp_path: Path) -> tuple[api.KnowledgeBase, Path]:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "walczak.html").write_bytes(PAGE.encode("utf-8"))
    (docs / "notes.txt").write_text(NOTE, encoding="utf-8")
    kb = api.open_kb(f"sqlite:///{tmp_path / 'kb.db'}")
    assert api.ingest(kb, [docs]).ok
    api.build(kb)
    return kb, docs


def _export(kb: api.KnowledgeBase) -> tuple[list[dict], exporters.ExportReport]:
    sink = exporters.MemorySink()
    report = api.export_to(kb, "claims-jsonl", sink, include_comments=True)
    return [json.loads(x) for x in sink.files["claims.jsonl"].splitlines()], report


def _sources(lines: list[dict], doc: str) -> list[dict]:
    return [x for ln in lines for x in ln["sources"] if x["document"] == doc]


def test_every_exported_quote_is_the_files_slice(kb: tuple[api.KnowledgeBase, Path]) -> None:
    base, docs = kb
    lines, report = _export(base)
    page = _sources(lines, "walczak.html")
    assert len(page) >= 4
    for x in (x for ln in lines for x in ln["sources"]):
        text = (docs / x["document"]).read_text(encoding="utf-8")
        assert text[x["start"] : x["end"]] == x["quote"], x
    assert all(x["offsets"] == "page" for x in page)
    assert any("<a href" in x["quote"] for x in page) and any("&amp;" in x["quote"] or "&#8212;" in x["quote"] for x in page)
    assert not report.skipped


def test_the_read_model_keeps_the_clean_extracted_quotes(kb: tuple[api.KnowledgeBase, Path]) -> None:
    base, _ = kb
    with base.engine.connect() as conn:
        text = conn.execute(select(s.documents.c.text).where(s.documents.c.id == "walczak.html")).scalar_one()
    lines = [x for ln in api.export_lines(base) for x in ln["sources"] if x["document"] == "walczak.html"]
    assert lines and all(text[x["start"] : x["end"]] == x["quote"] and "<" not in x["quote"] for x in lines)


def test_text_documents_cite_as_before(kb: tuple[api.KnowledgeBase, Path]) -> None:
    lines, _ = _export(kb[0])
    notes = _sources(lines, "notes.txt")
    assert notes and all("offsets" not in x for x in notes)


def test_a_quote_the_page_does_not_show_falls_back_and_is_reported(kb: tuple[api.KnowledgeBase, Path]) -> None:
    base, _ = kb
    markup = PAGE.replace("\r\n", "\n").replace("died on 5 August 1931", "died on 5 Aug. 1931")
    with base.engine.begin() as conn:
        conn.execute(update(s.documents).where(s.documents.c.id == "walczak.html").values(markup=markup))
        text = conn.execute(select(s.documents.c.text).where(s.documents.c.id == "walczak.html")).scalar_one()
    lines, report = _export(base)
    fallback = [x for x in _sources(lines, "walczak.html") if x["offsets"] == "extracted"]
    assert fallback and all(text[x["start"] : x["end"]] == x["quote"] for x in fallback)
    assert [ln for ln in report.skipped if ln.startswith("walczak.html:") and "extracted" in ln]


def test_a_knowledge_base_without_markup_exports_as_before(kb: tuple[api.KnowledgeBase, Path]) -> None:
    """A page stored before the markup column was added (markup NULL) cites its extracted
    text exactly as exports did then, with no extra field."""
    base, docs = kb
    with base.engine.begin() as conn:
        conn.execute(update(s.documents).values(markup=None))
        text = conn.execute(select(s.documents.c.text).where(s.documents.c.id == "walczak.html")).scalar_one()
    lines, report = _export(base)
    page = _sources(lines, "walczak.html")
    assert page and all(set(x) == {"document", "start", "end", "quote", "role", "hedge"} for x in page)
    assert all(text[x["start"] : x["end"]] == x["quote"] for x in page)
    assert not report.skipped
    # re-ingesting the unchanged page keeps its markup, and its quotes cite the page again
    assert api.ingest(base, [docs]).unchanged
    assert all(x["offsets"] == "page" for x in _sources(_export(base)[0], "walczak.html"))


def test_only_web_pages_store_markup_and_reads_leave_it_out(kb: tuple[api.KnowledgeBase, Path]) -> None:
    base, _ = kb
    with base.engine.connect() as conn:
        rows = dict(conn.execute(select(s.documents.c.id, s.documents.c.markup)).all())
    assert rows["notes.txt"] is None and rows["walczak.html"] == PAGE.replace("\r\n", "\n")
    with base.engine.connect() as conn:
        assert reads.get_document(conn, "walczak.html").markup is None  # building never reads it


def test_a_store_migrated_from_before_the_markup_column_exports_as_before(kb: tuple[api.KnowledgeBase, Path]) -> None:
    """Down to the revision before ``html_markup`` (no column), then up again as opening
    does: the stored page has no markup, nothing else is lost, and it exports as before."""
    base, _ = kb
    before, _ = _export(base)
    cfg = db._alembic_config()
    ours = next(r for r in ScriptDirectory.from_config(cfg).walk_revisions() if r.path.endswith("_html_markup.py"))
    with db.write_transaction(base.engine) as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, str(ours.down_revision))
    assert "markup" not in {c["name"] for c in inspect(base.engine).get_columns("documents")}
    url = str(base.engine.url)
    base.engine.dispose()
    reopened = api.open_kb(url)
    after, report = _export(reopened)
    assert [ln["property"] for ln in after] == [ln["property"] for ln in before]
    page = _sources(after, "walczak.html")
    assert page and all("offsets" not in x for x in page) and not report.skipped
