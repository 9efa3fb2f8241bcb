"""Web pages: main text and comments kept, navigation and banners dropped, metadata kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from factoid.errors import IngestError
from factoid.ingest import document_from_bytes, htmltext, load_document
from factoid.model import Document

# A made-up page written for this test (own words, fictional site).
PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Sergei Korolev, rocket designer | Made-Up Lives</title>
<link rel="canonical" href="https://example.org/lives/korolev">
<meta property="og:url" content="https://example.org/og/korolev">
</head>
<body>
<div class="cookie-banner" id="cookie-consent">We use cookies to improve your visit.
<button>Accept all cookies</button></div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/lives">All lives</a></li>
<li><a href="/about">About us</a></li></ul></nav>
<main>
<article>
<h1>Sergei Korolev</h1>
<p>Sergei Pavlovich Korolev grew up in Ukraine and trained as an aircraft engineer in Kyiv
and Moscow before turning to rockets in the early 1930s.</p>
<p>He was arrested in 1938 during the purges, spent time in a labour camp in Kolyma, and
later worked in a closed design bureau for prisoners.</p>
<p>After the war he led the team that launched the first artificial satellite in 1957 and
the first crewed orbital flight in 1961. He died in Moscow in January 1966.</p>
</article>
<section id="comments" class="comments">
<h2>Comments</h2>
<div class="comment"><p class="author">Reader42</p><p>My grandfather met him once near
Moscow and said he was a very demanding chief.</p></div>
<div class="comment"><p class="author">HistoryFan</p><p>I read elsewhere that he was born
in Zhytomyr, not in Kyiv, can anyone confirm this?</p></div>
</section>
</main>
<footer><p>Copyright 2024 Made-Up Lives. All rights reserved.</p>
<a href="/privacy">Privacy policy</a></footer>
</body>
</html>
"""


@pytest.fixture
def page_doc(tmp_path: Path) -> Document:
    path = tmp_path / "korolev.html"
    path.write_text(PAGE, encoding="utf-8")
    return load_document(path, "korolev.html")


def test_title_and_canonical_url_kept(page_doc: Document) -> None:
    assert page_doc.format == "html"
    assert page_doc.title == "Sergei Korolev, rocket designer | Made-Up Lives"
    assert page_doc.url == "https://example.org/lives/korolev"
    assert page_doc.language == "en"


def test_main_paragraphs_present_and_boilerplate_dropped(page_doc: Document) -> None:
    text = page_doc.text
    assert "He was arrested in 1938 during the purges" in text
    assert "first crewed orbital flight in 1961" in text
    for boilerplate in ("cookies", "About us", "All rights reserved", "Privacy policy"):
        assert boilerplate not in text


def test_comment_thread_survives_after_main_text(page_doc: Document) -> None:
    text = page_doc.text
    assert "born in Zhytomyr, not in Kyiv" in text
    assert text.index("died in Moscow") < text.index("Zhytomyr")


def test_paragraphs_are_separated_by_blank_lines(page_doc: Document) -> None:
    paragraphs = page_doc.text.split("\n\n")
    assert any(p.startswith("He was arrested in 1938") for p in paragraphs)
    assert "\r" not in page_doc.text


def test_og_url_used_without_canonical() -> None:
    page = PAGE.replace('<link rel="canonical" href="https://example.org/lives/korolev">', "")
    doc = document_from_bytes(page.encode(), "p.html", suffix=".html")
    assert doc.url == "https://example.org/og/korolev"


def test_broken_html_still_extracted() -> None:
    broken = b"<html><head><title>Unclosed</title><body><div><p>Korolev was born in 1907 <b>in </i>Zhytomyr</td>"
    doc = document_from_bytes(broken, "broken.html", suffix=".html")
    assert "Korolev was born in 1907" in doc.text
    assert "Zhytomyr" in doc.text
    assert doc.title == "Unclosed"


def test_fallback_to_body_text_keeps_blocks_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    """trafilatura favouring recall rarely finds nothing, so simulate that it found nothing."""
    monkeypatch.setattr(htmltext.trafilatura, "bare_extraction", lambda *args, **kwargs: None)
    tiny = (
        b"<html><head><title>Card</title><style>p {color: red}</style></head><body>"
        b"<ul><li>Korolev</li><li>1907</li></ul><script>var x = 1;</script></body></html>"
    )
    doc = document_from_bytes(tiny, "tiny.html", suffix=".html")
    assert doc.text == "Korolev\n\n1907"
    assert doc.title == "Card"


def test_xhtml_with_xml_declaration() -> None:
    page = (
        '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'
        "<head><title>Korolev</title></head><body><p>Korolev was born in Zhytomyr in 1907 and "
        "grew up in Odesa, where he first became interested in aircraft.</p></body></html>"
    )
    doc = document_from_bytes(page.encode(), "k.xhtml", suffix=".xhtml")
    assert doc.title == "Korolev"
    assert "born in Zhytomyr in 1907" in doc.text


def test_html_without_text_is_refused() -> None:
    with pytest.raises(IngestError) as caught:
        document_from_bytes(b"<html><body><img src='x.png'></body></html>", "img.html", suffix=".html")
    assert caught.value.reason == "no text in HTML"
    assert caught.value.path == "img.html"
