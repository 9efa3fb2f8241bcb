"""HTML to text: the main text and reader comments via trafilatura, plus title and URL.

Web pages carry navigation, cookie banners and footers that are not evidence about anyone;
trafilatura drops them. Reader comments are kept (after the main text) because a comment
thread is where a page's claims get disputed; the passages stage labels them, not us.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.etree
import lxml.html
import trafilatura

__all__ = ["HtmlText", "extract_html", "looks_like_html"]

_HTML_START = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.IGNORECASE)
_NOT_TEXT_TAGS = ("script", "style", "noscript", "template", "head")
_BLOCK_TAGS = (
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
    "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav",
    "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul",
)
_SPACES = re.compile(r"[ \t\u00a0]+")


@dataclass(frozen=True)
class HtmlText:
    """What a page yields: its text (paragraphs separated by blank lines), title and URL."""

    text: str
    title: str | None
    url: str | None


def looks_like_html(text: str) -> bool:
    """True when the text starts like markup and has an html/head/body tag near the top.

    Saved pages often arrive as ``.txt`` or without a suffix, so the suffix alone is not enough.
    """
    return text.lstrip().startswith("<") and _HTML_START.search(text, 0, 4096) is not None


def extract_html(markup: str) -> HtmlText:
    """Extract a page's main text and comments; fall back to all body text when trafilatura
    finds nothing (tiny or broken pages). ``text`` is empty when the page has no text at all."""
    tree = _parse(markup)
    if tree is None:
        return HtmlText(_trafilatura_text(markup), None, None)
    title, url = _title(tree), _url(tree)  # before the fallback, which prunes the tree
    boxes, asides = _infoboxes(tree), _asides(tree)
    main = _trafilatura_text(markup) or _body_text(tree)
    return HtmlText("\n\n".join(part for part in (boxes, main, asides) if part), title, url)


def _is_infobox(table: lxml.html.HtmlElement) -> bool:
    """A biography infobox: marked as one, or a table of label/value rows."""
    marked = any("infobox" in (a.get("class") or "") for a in [table, *table.iterancestors()])
    rows = table.xpath(".//tr[th and td]")
    return marked or len(rows) >= 3


def _infoboxes(tree: lxml.html.HtmlElement) -> str:
    """Infobox tables as "Label: value" lines, which trafilatura drops but which hold the
    page's key facts; a row with an empty label continues the previous one ("; ")."""
    blocks = []
    for table in tree.xpath("//table"):
        if not _is_infobox(table):
            continue
        lines: list[str] = []
        for row in table.xpath(".//tr"):
            th = " ".join(_clean(e.text_content()) or "" for e in row.xpath("./th")).strip()
            td = " ".join(_clean(e.text_content()) or "" for e in row.xpath("./td")).strip()
            if th and td:
                lines.append(f"{th}: {td}")
            elif td and lines and not row.xpath("./th[@colspan]") and ":" in lines[-1] and not row.xpath("./td[@colspan]"):
                lines[-1] += f"; {td}"
            elif th or td:
                lines.append(th or td)
        if lines:
            blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def _asides(tree: lxml.html.HtmlElement) -> str:
    """Paragraphs in sidebars (``<aside>``), which trafilatura leaves out as page furniture
    even when they carry biography."""
    paras = [_clean(p.text_content()) for p in tree.xpath("//aside//p")]
    return "\n\n".join(p for p in paras if p)


def _trafilatura_text(markup: str) -> str:
    """Main text then comments, each block its own paragraph. Recall is favoured because a
    missed paragraph loses evidence, while a kept boilerplate line is only labelled later."""
    result = trafilatura.bare_extraction(
        markup, include_comments=True, include_tables=True, favor_recall=True, with_metadata=False
    )
    if result is None:
        return ""
    return _paragraphs(f"{result.text or ''}\n{result.comments or ''}")


def _parse(markup: str) -> lxml.html.HtmlElement | None:
    """Parse leniently; encode first so an XML encoding declaration cannot upset lxml."""
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True)
    try:
        return lxml.html.document_fromstring(markup.encode("utf-8"), parser=parser)
    except (lxml.etree.ParserError, ValueError):
        return None


def _body_text(tree: lxml.html.HtmlElement) -> str:
    """All visible text, with a line break after each block element so paragraphs survive."""
    for element in list(tree.iter(*_NOT_TEXT_TAGS)):
        element.drop_tree()
    for element in tree.iter(*_BLOCK_TAGS):
        element.tail = "\n" + (element.tail or "")
    return _paragraphs(tree.text_content())


def _paragraphs(text: str) -> str:
    """One paragraph per non-blank line, joined by blank lines, runs of spaces collapsed."""
    lines = (_SPACES.sub(" ", line).strip() for line in text.splitlines())
    return "\n\n".join(line for line in lines if line)


def _title(tree: lxml.html.HtmlElement) -> str | None:
    titles = tree.xpath("//title")
    return _clean(titles[0].text_content()) if titles else None


def _url(tree: lxml.html.HtmlElement) -> str | None:
    """The canonical URL, else og:url: the page's own name for itself, not where we got it."""
    links = [e.get("href", "") for e in tree.iter("link") if "canonical" in _tokens(e, "rel")]
    metas = [e.get("content", "") for e in tree.iter("meta") if "og:url" in _tokens(e, "property")]
    return next((url for value in links + metas if (url := _clean(value))), None)


def _tokens(element: lxml.html.HtmlElement, attribute: str) -> list[str]:
    return (element.get(attribute) or "").lower().split()


def _clean(value: str) -> str | None:
    return " ".join(value.split()) or None
