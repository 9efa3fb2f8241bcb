"""Source metadata the user supplies: ``sources.csv``, BibTeX and CSL-JSON, matched to files,
ranked over what the files carry, bad rows reported one line each; and stored on ingest."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factoid import api
from factoid.cli import app
from factoid.errors import IngestError
from factoid.ingest import iter_documents
from factoid.ingest.sidecar import SourceWarning
from factoid.model import Document

TEXT_A = "URL: https://carried.example.org/a\nTitle: What the file says\n\nAnna Petrova was born in Tartu in 1894.\n"
TEXT_B = "Jaan Kask was born in Narva in 1901 and became a printer.\n"
TEXT_C = "Liis Mets was born in Pärnu in 1910 and taught music.\n"

BIB = r"""@article{petrova2011,
  title = {The {Chemist} of Tartu},
  author = {Lindqvist, Karl and Tamm, Mari},
  journal = {Northern Review},
  year = {2011},
  month = sep,
  url = {https://review.example.net/petrova},
  file = {Full Text:files/7/b.txt:text/plain}
}
@book{kask1990,
  title = {Printers of Narva},
  author = {Field, Jane},
  publisher = {Harbour Press},
  year = {1990}
}
@misc{broken,
  title = {never closed
"""

CSL = [
    {"id": "c", "type": "article-journal", "title": "Music teachers of Pärnu", "URL": "https://music.example.org/mets",
     "author": [{"family": "Rebane", "given": "Ott"}], "issued": {"date-parts": [[1975, 4, 2]]},
     "container-title": "Estonian Music Quarterly", "language": "et"},
]


def _folder(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text(TEXT_A, encoding="utf-8")
    (root / "b.txt").write_text(TEXT_B, encoding="utf-8")
    (root / "sub" / "c.txt").write_text(TEXT_C, encoding="utf-8")
    return root


def _split(items: list) -> tuple[dict[str, Document], list[IngestError]]:
    docs = {i.id: i for i in items if isinstance(i, Document)}
    return docs, [i for i in items if not isinstance(i, Document)]


def test_sidecar_rows_beat_what_the_file_carries(tmp_path: Path) -> None:
    root = _folder(tmp_path)
    (root / "sources.csv").write_text(
        "file,title,url,author,date,publisher,language,notes\n"
        "a.txt,Anna Petrova: notes,https://mine.example.org/a,J. Field,1999-05,Field Papers,en,typed from a letter\n"
        "sub/c.txt,,,,,,,only a note\n",
        encoding="utf-8",
    )
    docs, problems = _split(list(iter_documents([root])))
    assert problems == []
    assert set(docs) == {"a.txt", "b.txt", "sub/c.txt"}  # the sidecar is not a source itself
    a = docs["a.txt"]
    assert (a.title, a.url, a.author, a.published, a.publisher, a.notes) == (
        "Anna Petrova: notes", "https://mine.example.org/a", "J. Field", "1999-05", "Field Papers",
        "typed from a letter")
    assert a.meta_origin["title"].startswith("sidecar ") and a.meta_origin["title"].endswith("sources.csv:2")
    assert docs["sub/c.txt"].notes == "only a note" and docs["b.txt"].notes is None
    # an empty cell leaves what the file carries
    (root / "sources.csv").write_text("file,title\na.txt,\n", encoding="utf-8")
    a = _split(list(iter_documents([root])))[0]["a.txt"]
    assert (a.title, a.meta_origin["title"]) == ("What the file says", "header")


def test_bad_rows_one_line_each_and_the_rest_goes_on(tmp_path: Path) -> None:
    root = _folder(tmp_path)
    (root / "sources.csv").write_text(
        "file,title,date,language,colour\n"
        "a.txt,Good title,not a date,English,red\n"
        ",No file,1999,,\n"
        "missing.txt,Nobody,1999,,\n"
        "a.txt,Again,2000,,\n"
        "b.txt,Kask,1990,xx-long-nonsense,\n",
        encoding="utf-8",
    )
    docs, problems = _split(list(iter_documents([root])))
    assert all(isinstance(p, SourceWarning) for p in problems)
    lines = sorted(f"{Path(p.path).name}: {p.reason}" for p in problems)
    assert any(line.startswith("sources.csv:1: unknown column 'colour'") for line in lines)
    assert any(line.startswith("sources.csv:2: date 'not a date' is not a date") for line in lines)
    assert any(line.startswith("sources.csv:3: no file named") for line in lines)
    assert any(line.startswith("sources.csv:4: no ingested file matches 'missing.txt'") for line in lines)
    assert any(line.startswith("sources.csv:5: 'a.txt' already described on line 2") for line in lines)
    assert any(line.startswith("sources.csv:6: language 'xx-long-nonsense'") for line in lines)
    assert len(problems) == 6
    a = docs["a.txt"]
    assert (a.title, a.published, a.language) == ("Good title", None, "en")  # the good fields of the row count
    assert docs["b.txt"].title == "Kask" and docs["b.txt"].published == "1990"


def test_bibtex_and_csl_json_found_beside_the_files(tmp_path: Path) -> None:
    root = _folder(tmp_path)
    (root / "library.bib").write_text(BIB, encoding="utf-8")
    (root / "sub" / "items.json").write_text(json.dumps(CSL), encoding="utf-8")
    docs, problems = _split(list(iter_documents([root])))
    assert set(docs) == {"a.txt", "b.txt", "sub/c.txt"}
    assert [Path(p.path).name for p in problems] == ["library.bib:16"]  # the unclosed entry
    b = docs["b.txt"]  # matched by its attachment's file name
    assert (b.title, b.author, b.published, b.site, b.url) == (
        "The Chemist of Tartu", "Karl Lindqvist; Mari Tamm", "2011-09", "Northern Review",
        "https://review.example.net/petrova")
    assert b.meta_origin["title"] == "bibtex library.bib:petrova2011"
    c = docs["sub/c.txt"]  # the CSL id is the file's stem
    assert (c.title, c.author, c.published, c.site, c.language) == (
        "Music teachers of Pärnu", "Ott Rebane", "1975-04-02", "Estonian Music Quarterly", "et")
    assert docs["a.txt"].title == "What the file says"  # no entry for it


def test_sidecar_beats_bibliography_and_explicit_files_work(tmp_path: Path) -> None:
    root = _folder(tmp_path)
    elsewhere = tmp_path / "meta"
    elsewhere.mkdir()
    (elsewhere / "refs.bib").write_text(BIB, encoding="utf-8")
    (elsewhere / "mine.csv").write_text("file,title\nb.txt,My own title for b\n", encoding="utf-8")
    docs, problems = _split(list(iter_documents([root], sources=[elsewhere / "refs.bib", elsewhere / "mine.csv"])))
    assert [Path(p.path).name for p in problems] == ["refs.bib:16"]
    b = docs["b.txt"]
    assert b.title == "My own title for b"  # sidecar row, matched by bare file name
    assert b.author == "Karl Lindqvist; Mari Tamm"  # the bibliography fills what the row left out


def test_bibtex_key_matches_file_stem_and_url_matches_page(tmp_path: Path) -> None:
    root = tmp_path / "c"
    root.mkdir()
    (root / "kask1990.txt").write_text(TEXT_B, encoding="utf-8")
    (root / "page.txt").write_text("URL: https://review.example.net/petrova/\n\n" + TEXT_A.split("\n\n")[1],
                                   encoding="utf-8")
    (root / "refs.bib").write_text(BIB.split("@misc")[0].replace("file = {Full Text:files/7/b.txt:text/plain}", ""),
                                   encoding="utf-8")
    docs, problems = _split(list(iter_documents([root])))
    assert problems == []
    assert docs["kask1990.txt"].publisher == "Harbour Press"
    assert docs["page.txt"].title == "The Chemist of Tartu"


# ---- stored, listed, filtered ------------------------------------------------------------------


@pytest.fixture
def kb_folder(tmp_path: Path) -> tuple[api.KnowledgeBase, Path]:
    root = _folder(tmp_path)
    (root / "sources.csv").write_text(
        "file,title,url,author,date,publisher,language,notes\n"
        "a.txt,Petrova notes,https://mine.example.org/a,J. Field,1999-05,Field Papers,en,from a letter\n"
        "b.txt,Printers of Narva,,Jane Field,1990,Harbour Press,en,\n",
        encoding="utf-8",
    )
    return api.open_kb(f"sqlite:///{tmp_path / 'kb.db'}"), root


def test_every_field_is_stored_and_listed(kb_folder: tuple[api.KnowledgeBase, Path]) -> None:
    kb, root = kb_folder
    report = api.ingest(kb, [root])
    assert report.new == ["a.txt", "b.txt", "sub/c.txt"] and report.warnings == []
    doc, _ = api.passages(kb, "a.txt")
    assert (doc.title, doc.url, doc.author, doc.published, doc.publisher, doc.language, doc.notes) == (
        "Petrova notes", "https://mine.example.org/a", "J. Field", "1999-05", "Field Papers", "en", "from a letter")
    assert doc.meta_origin["notes"].endswith("sources.csv:2")
    runner = CliRunner()
    result = runner.invoke(app, ["--db", str(kb.url).removeprefix("sqlite:///"), "docs", "--json"])
    assert result.exit_code == 0, result.output
    rows = {r["id"]: r for r in json.loads(result.output)}
    a = rows["a.txt"]
    for key, value in {"title": "Petrova notes", "url": "https://mine.example.org/a", "author": "J. Field",
                       "published": "1999-05", "publisher": "Field Papers", "language": "en",
                       "notes": "from a letter", "citation": "Petrova notes (Field Papers, 1999-05)"}.items():
        assert a[key] == value, key
    assert rows["sub/c.txt"]["citation"] == "sub/c.txt"  # nothing known: the file name


def test_changed_sidecar_updates_metadata_without_extracting_again(kb_folder: tuple[api.KnowledgeBase, Path]) -> None:
    kb, root = kb_folder
    api.ingest(kb, [root])
    api.build(kb)
    (root / "sources.csv").write_text("file,title,date\na.txt,A better title,1960\n", encoding="utf-8")
    report = api.ingest(kb, [root])
    assert report.new == [] and report.changed == []
    assert sorted(report.described) == ["a.txt", "b.txt"]  # b lost its row: back to what the file says
    doc, _ = api.passages(kb, "a.txt")
    assert (doc.title, doc.published, doc.author) == ("A better title", "1960", None)
    assert api.build(kb).extracted == []  # nothing to extract again
    assert api.ingest(kb, [root]).described == []  # and nothing changes a second time


def test_docs_filters(kb_folder: tuple[api.KnowledgeBase, Path]) -> None:
    kb, root = kb_folder
    api.ingest(kb, [root])

    def ids(**filters: str) -> list[str]:
        return [r["id"] for r in api.documents(kb, **filters)]

    assert ids() == ["a.txt", "b.txt", "sub/c.txt"]
    assert ids(site="harbour") == ["b.txt"]
    assert ids(site="mine.example") == ["a.txt"]  # the URL's host counts as the site
    assert ids(author="field") == ["a.txt", "b.txt"]
    assert ids(language="en") == ["a.txt", "b.txt", "sub/c.txt"]
    assert ids(after="1995") == ["a.txt"]
    assert ids(before="1990") == ["b.txt"]
    assert ids(after="1990", before="1999-05-31") == ["a.txt", "b.txt"]
    assert ids(search="narva printers") == ["b.txt"]
    runner = CliRunner()
    db = str(kb.url).removeprefix("sqlite:///")
    bad = runner.invoke(app, ["--db", db, "docs", "--after", "someday"])
    assert bad.exit_code == 1 and "--after 'someday' is not a date" in bad.output
    table = runner.invoke(app, ["--db", db, "docs", "--author", "jane"], env={"COLUMNS": "200"})
    assert table.exit_code == 0 and "Printers of Narva" in table.output and "Harbour Press" in table.output
    assert "a.txt" not in table.output


def test_ingest_cli_reports_warnings_and_reads_bibliography(tmp_path: Path) -> None:
    root = _folder(tmp_path)
    (root / "sources.csv").write_text("file,title\nnope.txt,Nothing\n", encoding="utf-8")
    bib = tmp_path / "refs.bib"
    bib.write_text(BIB.split("@misc")[0], encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(app, ["--db", str(tmp_path / "kb.db"), "ingest", str(root), "--bibliography", str(bib),
                                 "--json"])
    assert result.exit_code == 0, result.output  # a bad row is a warning, not a failed file
    data = json.loads(result.stdout)
    assert data["new"] == 3 and data["failed"] == 0
    assert [w["reason"] for w in data["warnings"]] == ["no ingested file matches 'nope.txt'"]
    docs = {r["id"]: r for r in api.documents(api.open_kb(str(tmp_path / "kb.db")))}
    assert docs["b.txt"]["title"] == "The Chemist of Tartu"


def test_spreadsheet_csv_with_bom_and_semicolons(tmp_path: Path) -> None:
    root = _folder(tmp_path)
    (root / "sources.csv").write_bytes("\ufeffFile;Title;Date\nb.txt;Printers; of Narva;1990\nsub/c.txt;Music, teachers;1975\n"
                                       .replace("Printers; of Narva", '"Printers; of Narva"').encode("utf-8"))
    docs, problems = _split(list(iter_documents([root])))
    assert problems == []
    assert (docs["b.txt"].title, docs["b.txt"].published) == ("Printers; of Narva", "1990")
    assert docs["sub/c.txt"].title == "Music, teachers"


def test_stdin_and_single_files_get_metadata(tmp_path: Path) -> None:
    import io

    root = _folder(tmp_path)
    sidecar = tmp_path / "mine.csv"
    sidecar.write_text(f"file,title\n{root / 'b.txt'},Kask by absolute path\n", encoding="utf-8")
    items = list(iter_documents([root / "b.txt", "-"], stdin=io.BytesIO(TEXT_A.encode()), sources=[sidecar]))
    docs, problems = _split(items)
    assert problems == []
    assert docs["b.txt"].title == "Kask by absolute path"
    (stdin_doc,) = [d for d in docs.values() if d.id.startswith("stdin-")]
    assert stdin_doc.title == "What the file says"  # its own header block
