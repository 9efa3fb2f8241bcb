"""Citations: "Title (site, date)" with the URL, the file name only when nothing is known."""

from __future__ import annotations

from factoid.cite import annotate, citation, cite, source_url
from factoid.model import Document, SourceMeta


def test_title_site_and_date() -> None:
    meta = {"title": "The Chemist of Tartu", "site": "Northern Review", "published": "2011-09-13",
            "url": "https://review.example.net/petrova", "author": "Mari Tamm"}
    assert citation(meta, "003.txt") == "The Chemist of Tartu (Northern Review, 2011-09-13)"
    assert cite(meta, "003.txt") == {"citation": "The Chemist of Tartu (Northern Review, 2011-09-13)",
                                     "url": "https://review.example.net/petrova"}


def test_what_is_missing_is_left_out() -> None:
    assert citation({"title": "Notes"}, "a.txt") == "Notes"
    assert citation({"title": "Notes", "published": "1999"}, "a.txt") == "Notes (1999)"
    assert citation({"title": "Notes", "publisher": "Harbour Press"}, "a.txt") == "Notes (Harbour Press)"
    assert citation({"author": "Jane Field", "site": "Field Papers"}, "a.txt") == "Jane Field (Field Papers)"
    assert citation({"site": "Field Papers", "published": "1990"}, "a.txt") == "Field Papers (1990)"
    assert citation({"url": "https://www.example.org/wiki/Anna/"}, "a.txt") == "example.org/wiki/Anna"


def test_file_name_only_when_nothing_is_known() -> None:
    assert citation({}, "000_b26cdaf987a94128.txt") == "000_b26cdaf987a94128.txt"
    assert citation({"title": None, "site": "", "url": None}, "x.txt") == "x.txt"
    assert citation({"published": "1931"}, "x.txt") == "x.txt (1931)"


def test_records_and_documents_are_cited_alike() -> None:
    meta = SourceMeta(title="Notes", site="Field Papers", published="1999-05")
    doc = Document(id="a.txt", text="x", content_hash="0", size=1, format="text", title="Notes",
                   site="Field Papers", published="1999-05")
    assert citation(meta, "a.txt") == citation(doc, "a.txt") == citation(doc.meta, "a.txt") == "Notes (Field Papers, 1999-05)"


def test_only_web_urls_are_links() -> None:
    assert source_url({"url": "javascript:alert(1)"}) is None
    assert source_url({"url": "ftp://x"}) is None
    assert source_url({"url": "http://x.example.org"}) == "http://x.example.org"


def test_annotate_adds_citation_and_url_to_each_quote() -> None:
    sources = [{"document": "a.txt", "start": 0, "end": 4, "quote": "Anna"}, {"document": "b.txt", "start": 1, "end": 2, "quote": "n"}]
    out = annotate(sources, {"a.txt": {"title": "Notes", "url": "https://n.example.org/"}})
    assert out[0]["citation"] == "Notes" and out[0]["url"] == "https://n.example.org/"
    assert out[1]["citation"] == "b.txt" and out[1]["url"] is None
    assert "citation" not in sources[0]  # copies: the export's records stay as they are
