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
    return HtmlText(_trafilatura_text(markup) or _body_text(tree), title, url)


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
