"""Source metadata a file carries: HTML meta tags and JSON-LD, PDF and DOCX properties, a
text header block and a title line (``factoid.ingest.metadata``)."""

from __future__ import annotations

import io
from datetime import datetime

import docx
import pypdf
import pytest
from test_ingest_office import make_pdf

from factoid.ingest import document_from_bytes
from factoid.ingest.metadata import html_meta, merge, meta, normalise_date, text_meta, written_year

PAGE = """<!doctype html>
<html lang="en-GB"><head>
<title>Anna Petrova, chemist | The Northern Review</title>
<link rel="canonical" href="https://review.example.net/lives/anna-petrova">
<meta property="og:title" content="Anna Petrova: a chemist between two wars">
<meta property="og:site_name" content="The Northern Review">
<meta property="article:published_time" content="2011-09-14T08:30:00+00:00">
<meta name="author" content="Karl Lindqvist">
<script type="application/ld+json">
{"@context": "https://schema.org", "@graph": [
  {"@type": "WebSite", "name": "Northern Review Online"},
  {"@type": "NewsArticle", "headline": "Anna Petrova, the chemist of Tartu",
   "author": [{"@type": "Person", "name": "Karl Lindqvist"}, {"@type": "Person", "name": "Mari Tamm"}],
   "datePublished": "2011-09-13", "publisher": {"@type": "Organization", "name": "Review Media Group"},
   "url": "https://review.example.net/lives/anna-petrova"}
]}
</script>
</head><body><article><h1>Anna Petrova</h1>
<p>Anna Petrova was born in Tartu in 1894 and studied chemistry at the university there before
the First World War interrupted her work for four long years.</p>
<p>She returned to the laboratory in 1919 and published her first paper on dyes two years later,
which brought her an invitation to work in Leipzig.</p>
</article></body></html>"""


def test_html_page_fields_and_where_they_came_from() -> None:
    m = html_meta(PAGE)
    # JSON-LD beats Open Graph and <title>; og:site_name fills what JSON-LD's WebSite gave first
    assert m.title == "Anna Petrova, the chemist of Tartu"
    assert m.meta_origin["title"] == "json-ld"
    assert m.author == "Karl Lindqvist; Mari Tamm"
    assert m.published == "2011-09-13"
    assert m.site == "Northern Review Online"
    assert m.publisher == "Review Media Group"
    assert m.url == "https://review.example.net/lives/anna-petrova"
    assert m.language == "en" and m.meta_origin["language"] == "html lang"


def test_citation_meta_tags_beat_json_ld() -> None:
    page = PAGE.replace("<head>", '<head><meta name="citation_title" content="On Estonian dyes">'
                                  '<meta name="citation_publication_date" content="2011/09/01">')
    m = html_meta(page)
    assert (m.title, m.meta_origin["title"]) == ("On Estonian dyes", "meta citation_title")
    assert m.published == "2011-09-01"


def test_open_graph_and_title_when_no_json_ld() -> None:
    page = PAGE.split("<script")[0] + PAGE.split("</script>")[1]
    m = html_meta(page)
    assert m.title == "Anna Petrova: a chemist between two wars"
    assert m.site == "The Northern Review"
    assert m.published == "2011-09-14"
    assert m.author == "Karl Lindqvist"
    bare = html_meta("<html><head><title>Only a title</title></head><body><p>x</p></body></html>")
    assert (bare.title, bare.meta_origin["title"]) == ("Only a title", "html title")


def test_broken_json_ld_is_skipped_not_fatal() -> None:
    page = PAGE.replace('"@context"', '"@context" oops')
    m = html_meta(page)
    assert m.title == "Anna Petrova: a chemist between two wars"  # from og:title now


def test_html_document_carries_metadata() -> None:
    doc = document_from_bytes(PAGE.encode(), "petrova.html", suffix=".html")
    assert doc.title == "Anna Petrova, the chemist of Tartu"
    assert doc.author == "Karl Lindqvist; Mari Tamm"
    assert doc.published == "2011-09-13"
    assert doc.site == "Northern Review Online"
    assert doc.meta_origin["published"] == "json-ld"
    assert "Tartu" in doc.text


def test_text_header_block() -> None:
    text = ("URL: https://notes.example.org/petrova\nTitle: Notes on Anna Petrova\nAuthor: J. Field\n"
            "Date: 4 March 2019\n\nAnna Petrova was born in Tartu in 1894.\n")
    doc = document_from_bytes(text.encode(), "notes.txt", suffix=".txt")
    assert (doc.url, doc.title, doc.author, doc.published) == (
        "https://notes.example.org/petrova", "Notes on Anna Petrova", "J. Field", "2019-03-04")
    assert set(doc.meta_origin.values()) == {"header"}
    assert doc.text.startswith("URL: ")  # the text is stored as it is: offsets stay true


def test_markdown_front_matter() -> None:
    text = ('---\ntitle: "Notes on Anna Petrova"\nurl: https://notes.example.org/petrova\nauthor: J. Field\n'
            "date: 2019-03-04\ntags: [chemistry, Tartu]\nlayout: post\n---\n\n# Notes on Anna Petrova\n\n"
            "Anna Petrova was born in Tartu in 1894.\n")
    doc = document_from_bytes(text.encode(), "notes.md", suffix=".md")
    assert (doc.url, doc.title, doc.author, doc.published) == (
        "https://notes.example.org/petrova", "Notes on Anna Petrova", "J. Field", "2019-03-04")
    assert doc.text.startswith("---\n")  # stored as it is
    # an opening rule never closed is no front matter: the text keeps its lines
    assert text_meta("---\ntitle: x\n\nAnna Petrova was born in 1894.").url is None


def test_first_line_is_a_title_only_when_it_looks_like_one() -> None:
    assert text_meta("The chemist of Tartu\n\nAnna Petrova was born in 1894.").title == "The chemist of Tartu"
    assert text_meta("URL: https://x.example.org/a\n\nA short heading\n\nBody text.").title == "A short heading"
    # a sentence, a line that runs on into a paragraph, a label: not titles
    assert text_meta("Anna Petrova was born in Tartu.\n\nMore.").title is None
    assert text_meta("Anna Petrova was born\nin Tartu in 1894 and studied.").title is None
    assert text_meta("Table of contents:\n\nOne").title is None
    assert text_meta("URL: https://x.example.org/a\n\nAnna Petrova was born in Tartu in 1894.").title is None
    # a header key whose value is not a URL ends the header: "Source: my aunt" is text
    assert text_meta("Source: my aunt's letters\n\nBody.").url is None


def test_pdf_properties() -> None:
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(make_pdf(["Anna Petrova was born in 1894."]))))
    writer.add_metadata({"/Title": "Petrova: a life", "/Author": "Mari Tamm", "/CreationDate": "D:20150602101500Z"})
    buffer = io.BytesIO()
    writer.write(buffer)
    doc = document_from_bytes(buffer.getvalue(), "petrova.pdf", suffix=".pdf")
    assert (doc.title, doc.author, doc.published) == ("Petrova: a life", "Mari Tamm", "2015-06-02")
    assert doc.meta_origin == {"title": "pdf", "author": "pdf", "published": "pdf"}


def test_docx_properties() -> None:
    document = docx.Document()
    document.add_paragraph("Anna Petrova was born in Tartu in 1894.")
    props = document.core_properties
    props.title, props.author, props.created = "Petrova notes", "J. Field", datetime(2009, 5, 17, 12, 0)
    props.identifier = "https://archive.example.org/petrova"
    buffer = io.BytesIO()
    document.save(buffer)
    doc = document_from_bytes(buffer.getvalue(), "petrova.docx", suffix=".docx")
    assert (doc.title, doc.author, doc.published, doc.url) == (
        "Petrova notes", "J. Field", "2009-05-17", "https://archive.example.org/petrova")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("2019-03-04T10:00:00Z", "2019-03-04"), ("2019-03", "2019-03"), ("1998", "1998"),
     ("D:19990101120000+01'00'", "1999-01-01"), ("2019/3/4", "2019-03-04"), ("March 4, 2019", "2019-03-04"),
     ("c. 1890", "1890~"), ({"date-parts": [[2001, 7]]}, "2001-07"), ("2019-13-01", None), ("soon", None),
     ("", None)],
)
def test_dates_normalised(raw: object, expected: str | None) -> None:
    assert normalise_date(raw) == expected


def test_written_year_and_merge_order() -> None:
    assert written_year("1998-03/1999-05") == 1999 and written_year(None) is None
    assert written_year("2015-06-02", "sidecar sources.csv:3") == 2015
    assert written_year("2015-06-02", "pdf") is None  # when the PDF was made, not the text
    merged = merge(meta("sidecar", title="Mine"), meta("pdf", title="Theirs", author="A. B."))
    assert (merged.title, merged.author) == ("Mine", "A. B.")
    assert merged.meta_origin == {"title": "sidecar", "author": "pdf"}
