"""What a source file says about itself as a work to cite: title, URL, author, date, site.

Pure functions from a file's bytes or text to a ``SourceMeta``; no database, no network.
Each reader records where every field came from (``meta_origin``), and ``merge`` combines
readers in order of trust, first value wins per field:

* HTML: ``citation_*`` meta tags (what Google Scholar and Zotero read) before JSON-LD before
  Open Graph and other ``<meta>`` before ``<title>``, and trafilatura's metadata extraction
  (markup only, no guessing from the text) for what is still missing;
* PDF and DOCX: the document properties (title, author, creation date, language);
* text and Markdown: a ``URL:`` / ``Title:`` / ``Author:`` / ``Date:`` header block at the top,
  or a Markdown file's YAML front matter with the same keys, then the first line as the title
  when it stands alone like a heading.

What the user supplies (``factoid.ingest.sidecar``) goes over all of this with ``apply``.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date, datetime
from typing import Any

import lxml.html

from factoid.dates import parse_date
from factoid.model import SOURCE_FIELDS, Document, SourceMeta

__all__ = [
    "apply",
    "docx_meta",
    "html_meta",
    "merge",
    "meta",
    "normalise_date",
    "pdf_meta",
    "text_meta",
    "written_year",
]

# ---- dates -------------------------------------------------------------------------------------

_ISO = re.compile(r"^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?$")
_PDF_DATE = re.compile(r"^D:(\d{4})(\d\d)?(\d\d)?")
_SLASHED = re.compile(r"^(\d{4})/(\d\d?)(?:/(\d\d?))?$")


def normalise_date(value: Any) -> str | None:
    """A date as an ISO / EDTF string ("1998", "2019-03", "2019-03-04", "1890~"), or None
    when ``value`` is not a date. Accepts ISO timestamps (the time is dropped: a citation
    dates the day), PDF dates (``D:20190304...``), ``2019/03/04``, CSL ``date-parts``,
    ``datetime`` objects, and dates as people write them ("4 March 2019", "c. 1890")."""
    if isinstance(value, (datetime, date)):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, dict):  # CSL-JSON: {"date-parts": [[2019, 3, 4]]} or {"raw": ...}
        parts = (value.get("date-parts") or [[]])[0]
        if parts and all(str(p).lstrip("-").isdigit() for p in parts):
            return "-".join([f"{int(parts[0]):04d}", *(f"{int(p):02d}" for p in parts[1:3])])
        return normalise_date(value.get("raw") or value.get("literal"))
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    for pattern in (_ISO, _PDF_DATE, _SLASHED):
        hit = pattern.match(text)
        if hit:
            return _ymd(*hit.groups())
    parsed = parse_date(text)
    return parsed.edtf if parsed else None


def _ymd(year: str, month: str | None, day: str | None) -> str | None:
    """"2019-03-04" from parts, None for an impossible month or day."""
    try:
        if day:
            return date(int(year), int(month or 1), int(day)).isoformat()
        if month:
            return f"{year}-{int(month):02d}" if 1 <= int(month) <= 12 else None
    except ValueError:
        return None
    return year


#: Origins whose date is when a file was made, not when its text was written: a PDF scanned
#: in 2015 from a book of 1920 must not count as a late source.
FILE_TIMESTAMPS = frozenset({"pdf", "docx"})


def written_year(published: str | None, origin: str | None = None) -> int | None:
    """The year a source was written, from its ``published`` date (the latest year an
    interval allows), for the late-source weighting; None when the date is only a file's
    creation timestamp (``origin`` in ``FILE_TIMESTAMPS``)."""
    if origin in FILE_TIMESTAMPS:
        return None
    years = [int(y) for y in re.findall(r"\d{4}", published or "")]
    return max(years) if years else None


# ---- combining ---------------------------------------------------------------------------------


def meta(origin: str, **values: Any) -> SourceMeta:
    """A ``SourceMeta`` of the given non-empty values, each recorded as coming from ``origin``."""
    clean = {k: v for k, v in ((k, _clean(v)) for k, v in values.items()) if v}
    if "published" in clean:
        clean["published"] = normalise_date(clean["published"])
        if not clean["published"]:
            del clean["published"]
    return SourceMeta(**clean, meta_origin={k: origin for k in clean})


def merge(*metas: SourceMeta | None) -> SourceMeta:
    """One record from several, the first with a value winning each field (so pass them in
    order of trust: user-supplied first, what the file carries last)."""
    values: dict[str, str] = {}
    origin: dict[str, str] = {}
    for m in metas:
        if m is None:
            continue
        for name, value in m.known().items():
            if name not in values:
                values[name] = value
                origin[name] = m.meta_origin.get(name, "")
    return SourceMeta(**values, meta_origin=origin)


def apply(doc: Document, user: SourceMeta | None) -> Document:
    """The document with the user's metadata over what its file carries. A language the
    user states replaces the guessed one (they know their sources better than a heuristic)."""
    if user is None or not user.known():
        return doc
    merged = merge(user, doc.meta)
    values = {name: getattr(merged, name) for name in SOURCE_FIELDS}
    return replace(doc, **values, meta_origin=merged.meta_origin)


def _clean(value: Any) -> str | None:
    """One line of text, or None for nothing (a list is joined with "; ")."""
    if value is None:
        return None
    if isinstance(value, (list, tuple)):
        return _clean("; ".join(v for v in (_clean(x) for x in value) if v))
    if isinstance(value, (datetime, date)):
        return normalise_date(value)
    text = " ".join(str(value).split())
    return text or None


# ---- HTML --------------------------------------------------------------------------------------

#: <meta> names and properties per field, in order of trust. ``citation_*`` is Highwire
#: Press (Google Scholar), ``dc.*`` Dublin Core, ``og:``/``article:`` Open Graph.
_CITATION_META = {
    "title": ("citation_title",),
    "author": ("citation_author",),
    "published": ("citation_publication_date", "citation_date", "citation_online_date"),
    "site": ("citation_journal_title", "citation_conference_title"),
    "publisher": ("citation_publisher",),
    "language": ("citation_language",),
    "url": ("citation_public_url", "citation_abstract_html_url"),
}
_OTHER_META = {
    "title": ("og:title", "twitter:title", "dc.title", "dcterms.title"),
    "author": ("author", "article:author", "dc.creator", "dcterms.creator", "byl", "parsely-author"),
    "published": ("article:published_time", "datepublished", "dc.date", "dcterms.date", "dcterms.created",
                  "date", "pubdate", "publish-date", "parsely-pub-date", "og:published_time"),
    "site": ("og:site_name", "application-name", "twitter:site"),
    "publisher": ("dc.publisher", "dcterms.publisher", "article:publisher"),
    "language": ("dc.language", "dcterms.language", "og:locale", "content-language"),
}
#: JSON-LD types that describe the page's own text (an Organization or a BreadcrumbList do not).
_WORK_TYPES = re.compile(r"Article|Posting|Report|WebPage|Book|Chapter|Thesis|CreativeWork|Blog|Review|ProfilePage",
                         re.IGNORECASE)


def html_meta(markup: str) -> SourceMeta:
    """Citation metadata of a web page (see the module docstring for the order)."""
    # the markup is decoded already: tell lxml so, or a <meta charset> would decode it again
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True)
    try:
        tree = lxml.html.document_fromstring(markup.encode("utf-8", "replace"), parser=parser)
    except (lxml.etree.ParserError, ValueError):
        return SourceMeta()
    tags = _meta_tags(tree)
    return merge(
        _from_tags(tags, _CITATION_META),
        _json_ld(tree),
        _from_tags(tags, _OTHER_META),
        _page_basics(tree),
        _trafilatura(tree),
    )


def _meta_tags(tree: lxml.html.HtmlElement) -> dict[str, list[str]]:
    """Every ``<meta>`` by lower-cased name, property, itemprop or http-equiv, values in order."""
    tags: dict[str, list[str]] = {}
    for element in tree.iter("meta"):
        content = element.get("content")
        for attribute in ("name", "property", "itemprop", "http-equiv"):
            key = (element.get(attribute) or "").strip().lower()
            if key and content and content.strip():
                tags.setdefault(key, []).append(content.strip())
    return tags


def _from_tags(tags: dict[str, list[str]], table: dict[str, tuple[str, ...]]) -> SourceMeta:
    found: list[SourceMeta] = []
    for name, keys in table.items():
        for key in keys:
            values = [v for v in tags.get(key, []) if not (name == "author" and _is_url(v))]
            if values:
                value = values if name == "author" else values[0]
                found.append(meta(f"meta {key}", **{name: _language(value) if name == "language" else value}))
                break
    return merge(*found)


def _page_basics(tree: lxml.html.HtmlElement) -> SourceMeta:
    """``<title>``, ``<link rel=canonical>`` and ``<html lang>``."""
    titles = tree.xpath("//title")
    canonical = [e.get("href", "") for e in tree.iter("link") if "canonical" in (e.get("rel") or "").lower().split()]
    lang = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
    return merge(
        meta("html title", title=titles[0].text_content() if titles else None),
        meta("link canonical", url=next((u for u in canonical if _is_url(u)), None)),
        meta("html lang", language=_language(lang)),
    )


def _json_ld(tree: lxml.html.HtmlElement) -> SourceMeta:
    """The first JSON-LD object describing a work (an article, a page), and the site's name."""
    objects = list(_ld_objects(tree))
    work = next((o for o in objects if _WORK_TYPES.search(_types(o))), None)
    site = next((o.get("name") for o in objects if "WebSite" in _types(o)), None)
    if work is None:
        return meta("json-ld", site=site)
    publisher = work.get("publisher")
    part_of = work.get("isPartOf")
    return meta(
        "json-ld",
        title=work.get("headline") or work.get("name"),
        author=_names(work.get("author") or work.get("creator")),
        published=work.get("datePublished") or work.get("dateCreated"),
        publisher=_names(publisher),
        site=site or (_names(part_of) if isinstance(part_of, dict) else None),
        url=_ld_url(work),
        language=_language(work.get("inLanguage") if isinstance(work.get("inLanguage"), str) else None),
    )


def _ld_objects(tree: lxml.html.HtmlElement) -> Iterator[dict]:
    for script in tree.xpath("//script[@type]"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text_content() or "")
        except ValueError:
            continue  # a broken block on a page is common; the other fields still count
        yield from _flatten(data)


def _flatten(data: Any) -> Iterator[dict]:
    if isinstance(data, list):
        for item in data:
            yield from _flatten(item)
    elif isinstance(data, dict):
        yield data
        yield from _flatten(data.get("@graph"))


def _types(obj: dict) -> str:
    kind = obj.get("@type")
    return " ".join(kind) if isinstance(kind, list) else str(kind or "")


def _names(value: Any) -> str | list[str] | None:
    """Names of JSON-LD persons or organisations (a string, an object, or a list of them)."""
    if isinstance(value, list):
        return [n for v in value if isinstance(n := _names(v), str)]
    if isinstance(value, dict):
        return value.get("name") if isinstance(value.get("name"), str) else None
    return value if isinstance(value, str) and not _is_url(value) else None


def _ld_url(work: dict) -> str | None:
    page = work.get("mainEntityOfPage")
    for value in (work.get("url"), page.get("@id") if isinstance(page, dict) else page):
        if isinstance(value, str) and _is_url(value):
            return value
    return None


def _trafilatura(tree: lxml.html.HtmlElement) -> SourceMeta:
    """trafilatura's reading of the markup for what the tags above did not give (it knows
    many sites' own conventions); ``extensive=False``: no dates guessed from the text."""
    from trafilatura.metadata import extract_metadata

    try:
        found = extract_metadata(tree, extensive=False)
    except Exception:  # noqa: BLE001 - optional help; a library error must not fail the ingest
        return SourceMeta()
    if found is None:
        return SourceMeta()
    return meta("trafilatura", title=found.title, author=found.author, published=found.date,
                site=found.sitename, url=found.url if _is_url(found.url or "") else None)


def _is_url(value: str) -> bool:
    return value.strip().lower().startswith(("http://", "https://"))


def _language(value: str | list | None) -> str | None:
    """"en-GB" / "en_US" -> "en": the language codes the rest of factoid uses."""
    if isinstance(value, list):
        value = value[0] if value else None
    if not value:
        return None
    code = re.split(r"[-_]", str(value).strip())[0].lower()
    return code if re.fullmatch(r"[a-z]{2,3}", code) else None


# ---- PDF and DOCX ------------------------------------------------------------------------------


def pdf_meta(data: bytes) -> SourceMeta:
    """The PDF document properties: title, author, creation date (the date the file was
    made: for a scan of an old book, a sidecar date is the better source)."""
    import pypdf

    try:
        info = pypdf.PdfReader(io.BytesIO(data)).metadata
        if info is None:
            return SourceMeta()
        raw = info.get("/CreationDate")
        return meta("pdf", title=info.title, author=info.author, published=str(raw) if raw else None,
                    site=None, publisher=None)
    except Exception:  # noqa: BLE001 - properties are a bonus; the text reader reports damage
        return SourceMeta()


def docx_meta(data: bytes) -> SourceMeta:
    """The Word core properties: title, author, created, language, identifier (a URL)."""
    import docx

    try:
        props = docx.Document(io.BytesIO(data)).core_properties
        return meta("docx", title=props.title, author=props.author, published=props.created,
                    language=_language(props.language),
                    url=props.identifier if _is_url(props.identifier or "") else None)
    except Exception:  # noqa: BLE001 - properties are a bonus; the text reader reports damage
        return SourceMeta()


# ---- text --------------------------------------------------------------------------------------

#: Header keys of a text file, as scrapers and note-takers write them, and the field each fills.
_HEADER_KEYS = {
    "url": "url", "source": "url", "link": "url", "title": "title", "author": "author", "by": "author",
    "date": "published", "published": "published", "site": "site", "publisher": "publisher",
    "language": "language", "lang": "language",
}
_HEADER_LINE = re.compile(r"^\s*([A-Za-z]+)\s*:\s*(\S.*?)\s*$")
#: A first line is a title when it is short, stands alone and does not end like a sentence.
_TITLE_MAX = 120


def text_meta(text: str) -> SourceMeta:
    """A header block (``Key: value`` lines from the first line on, keys as in ``_HEADER_KEYS``)
    and, when no title is given, the first line when it looks like a heading."""
    lines = text.splitlines()
    header, rest = _header(lines)
    return merge(meta("header", **header), meta("first line", title=_title_line(rest)))


def _header(lines: list[str]) -> tuple[dict[str, str], list[str]]:
    values: dict[str, str] = {}
    n = 0
    while n < len(lines) and not lines[n].strip() and n < 3:
        n += 1
    if n < len(lines) and lines[n].strip() == "---":
        return _front_matter(lines, n)
    for n in range(n, len(lines)):
        hit = _HEADER_LINE.match(lines[n])
        key = _HEADER_KEYS.get(hit.group(1).lower()) if hit else None
        if key is None or (key == "url" and not _is_url(hit.group(2))):  # type: ignore[union-attr]
            break
        values.setdefault(key, hit.group(2))  # type: ignore[union-attr]
    else:
        n = len(lines)
    if "language" in values:
        values["language"] = _language(values["language"]) or ""
    return values, lines[n:] if values else lines


def _front_matter(lines: list[str], opening: int) -> tuple[dict[str, str], list[str]]:
    """A Markdown file's YAML front matter ("---", ``key: value`` lines, "---"), as static
    site generators and note apps write it: the keys of ``_HEADER_KEYS``, quotes taken off;
    other keys (tags, layout) and nested values are skipped, not an error. No closing line
    within the first 60 lines: no front matter, the text as it is."""
    closing = next((i for i in range(opening + 1, min(len(lines), opening + 60)) if lines[i].strip() in {"---", "..."}), None)
    if closing is None:
        return {}, lines
    values: dict[str, str] = {}
    for line in lines[opening + 1 : closing]:
        hit = _HEADER_LINE.match(line)
        key = _HEADER_KEYS.get(hit.group(1).lower()) if hit and not line[:1].isspace() else None
        value = hit.group(2).strip().strip("\"'") if hit else ""
        if key is None or not value or (key == "url" and not _is_url(value)):
            continue
        values.setdefault(key, value)
    if "language" in values:
        values["language"] = _language(values["language"]) or ""
    return values, lines[closing + 1 :]


def _title_line(lines: list[str]) -> str | None:
    """The first non-empty line when it is short, on its own (a blank line or the end after
    it) and does not end like a sentence: a heading, not the start of the text."""
    rest = list(_strip_leading_blank(lines))
    if not rest:
        return None
    first = rest[0].strip().lstrip("#").strip()
    alone = len(rest) == 1 or not rest[1].strip()
    if not alone or not first or len(first) > _TITLE_MAX or first[-1] in ".,;:" or not re.search(r"[^\W\d_]", first):
        return None
    return first


def _strip_leading_blank(lines: Iterable[str]) -> Iterator[str]:
    started = False
    for line in lines:
        started = started or bool(line.strip())
        if started:
            yield line

