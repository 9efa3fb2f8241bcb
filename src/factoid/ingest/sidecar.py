"""Source metadata the user supplies: a ``sources.csv`` sidecar and reference-manager exports.

* ``sources.csv`` (columns ``file, title, url, author, date, publisher, language, notes``, and
  ``site``; only ``file`` is required; comma, semicolon or tab separated, UTF-8 with or
  without a BOM, as spreadsheets save it): ``file`` is a path relative to the CSV's folder, or a
  bare file name. One bad row (no file, a date that is not a date, a file no input matches)
  is reported as one line ``sources.csv:LINE: problem`` and the other rows still count.
* BibTeX (``.bib``) and CSL-JSON (``.json``) as Zotero exports them: an entry is matched to a
  file by its attachment path (BibTeX ``file`` field; CSL ``file``/``attachments``, which some
  exporters add), by the file's name, by its citation key being the file's stem, or by its URL
  being the document's own URL.

Precedence, field by field: a ``sources.csv`` row beats a bibliography entry, and both beat
what the file carries (``factoid.ingest.metadata``). Pure functions over file contents; the
one read of each file is in ``read_source_file``.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePath

from factoid.errors import IngestError
from factoid.ingest.metadata import merge, meta, normalise_date
from factoid.model import SourceMeta

__all__ = ["SIDECAR_NAME", "SourceIndex", "SourceWarning", "is_source_file", "parse_bibtex", "parse_csl_json",
           "parse_sidecar", "read_source_file"]

#: The sidecar's file name when found inside an ingested folder.
SIDECAR_NAME = "sources.csv"
_COLUMNS = ("file", "title", "url", "author", "date", "site", "publisher", "language", "notes")


class SourceWarning(IngestError):
    """A problem with user-supplied metadata: reported, but no document fails because of it."""


@dataclass(frozen=True)
class Entry:
    """One user-supplied description of a source and the ways it may name its file.

    ``paths`` are absolute paths (matched exactly) and ``names`` bare file names; ``key`` is a
    citation key (matched to a file's stem), ``url`` matched to the document's own URL.
    ``rank`` orders kinds: 0 for a sidecar row, 1 for a bibliography entry."""

    meta: SourceMeta
    origin: str
    rank: int
    paths: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    key: str | None = None
    url: str | None = None
    written: str = ""  # the file as the user wrote it, for messages


@dataclass
class SourceIndex:
    """User-supplied entries, looked up per ingested file; remembers which sidecar rows matched
    nothing, so a typo in a file name is reported."""

    entries: list[Entry] = field(default_factory=list)
    used: set[int] = field(default_factory=set)

    def add(self, entries: Iterable[Entry]) -> None:
        self.entries.extend(entries)

    def lookup(self, path: str | None, doc_url: str | None = None) -> SourceMeta | None:
        """The merged metadata for the file at ``path`` (absolute), best match first within
        each kind, sidecar rows before bibliography entries; None when nothing matches."""
        if not self.entries:
            return None
        name = PurePath(path).name if path else None
        stem = PurePath(path).stem if path else None
        hits: list[tuple[int, int, int]] = []
        for n, e in enumerate(self.entries):
            how = _match(e, path, name, stem, doc_url)
            if how is not None:
                hits.append((e.rank, how, n))
        if not hits:
            return None
        hits.sort()
        self.used.update(n for _, _, n in hits)
        return merge(*(self.entries[n].meta for _, _, n in hits))

    def unmatched(self) -> list[SourceWarning]:
        """One warning per sidecar row no ingested file matched (bibliographies usually list
        far more works than were ingested, so their entries are not reported)."""
        return [SourceWarning(e.origin, f"no ingested file matches {e.written!r}")
                for n, e in enumerate(self.entries) if e.rank == 0 and n not in self.used]


def _match(e: Entry, path: str | None, name: str | None, stem: str | None, url: str | None) -> int | None:
    """How well an entry names a file: 0 by path, 1 by file name, 2 by key, 3 by URL."""
    if path and path in e.paths:
        return 0
    if name and name in e.names:
        return 1
    if stem and e.key and e.key == stem:
        return 2
    if url and e.url and _same_url(url, e.url):
        return 3
    return None


def _same_url(a: str, b: str) -> bool:
    def norm(u: str) -> str:
        return re.sub(r"^https?://(www\.)?", "", u.strip()).rstrip("/").lower()

    return norm(a) == norm(b)


# ---- finding and reading -----------------------------------------------------------------------


def is_source_file(path: Path, head: bytes) -> bool:
    """Whether a file found in an ingested folder is user metadata rather than a source:
    ``sources.csv``, any ``.bib``, or a ``.json`` holding a CSL-JSON list (``head`` is the
    file's first bytes)."""
    suffix = path.suffix.lower()
    if path.name.lower() == SIDECAR_NAME or suffix == ".bib":
        return True
    if suffix == ".json":
        text = head.lstrip()
        return text.startswith(b"[") and b'"id"' in text and (b'"type"' in text or b'"title"' in text)
    return False


def read_source_file(path: Path) -> tuple[list[Entry], list[SourceWarning]]:
    """Entries and problems of one sidecar or bibliography file; a file that cannot be read
    at all is one warning, never an exception."""
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        reason = "not UTF-8" if isinstance(exc, UnicodeDecodeError) else (exc.strerror or str(exc)).lower()
        return [], [SourceWarning(str(path), reason)]
    folder = path.resolve().parent
    suffix = path.suffix.lower()
    if suffix == ".bib":
        return parse_bibtex(text, str(path), folder)
    if suffix == ".json":
        return parse_csl_json(text, str(path), folder)
    return parse_sidecar(text, str(path), folder)


def _file_keys(value: str, folder: Path) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(absolute paths, bare names) a written file reference may mean."""
    value = value.strip().replace("\\", "/")
    if not value:
        return (), ()
    p = Path(value)
    full = p if p.is_absolute() else folder / p
    return (str(full.resolve()) if full.exists() else str(full),), (p.name,)


# ---- sources.csv -------------------------------------------------------------------------------


def parse_sidecar(text: str, name: str, folder: Path) -> tuple[list[Entry], list[SourceWarning]]:
    """Rows of a ``sources.csv``; problems named ``name:LINE``."""
    first = text.split("\n", 1)[0]
    # spreadsheets set to a European locale save "CSV" with semicolons (or tabs)
    delimiter = max((",", ";", "\t"), key=first.count)
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    header = [h.strip().lower() for h in reader.fieldnames or []]
    if "file" not in header:
        return [], [SourceWarning(name, "no 'file' column (columns: " + ", ".join(_COLUMNS) + ")")]
    reader.fieldnames = header
    problems = [SourceWarning(f"{name}:1", f"unknown column {h!r} ignored") for h in header if h and h not in _COLUMNS]
    entries: list[Entry] = []
    seen: dict[str, int] = {}
    for row in reader:
        line = reader.line_num
        entry, trouble = _sidecar_row(row, f"{name}:{line}", folder)
        problems += trouble
        if entry is None:
            continue
        key = entry.paths[0]
        if key in seen:
            problems.append(SourceWarning(f"{name}:{line}", f"{row['file'].strip()!r} already described on line {seen[key]}; row ignored"))
            continue
        seen[key] = line
        entries.append(entry)
    return entries, problems


def _sidecar_row(row: dict, where: str, folder: Path) -> tuple[Entry | None, list[SourceWarning]]:
    if None in row:
        return None, [SourceWarning(where, "more values than columns (a comma inside an unquoted value?); row ignored")]
    values = {k: (v or "").strip() for k, v in row.items() if k in _COLUMNS}
    if not values.get("file"):
        return None, [SourceWarning(where, "no file named; row ignored")]
    problems = []
    date = values.pop("date", "")
    if date and not normalise_date(date):
        problems.append(SourceWarning(where, f"date {date!r} is not a date (try 1998, 1998-03 or 1998-03-04); left out"))
    language = values.pop("language", "")
    if language and not _lang(language):
        problems.append(SourceWarning(where, f"language {language!r} is not a language code (try en, ru, fr); left out"))
    values["language"] = _lang(language) or ""
    written = values.pop("file")
    paths, names = _file_keys(written, folder)
    found = meta(f"sidecar {where}", published=date or None, **values)
    return Entry(found, where, 0, paths, names, written=written), problems


# ---- BibTeX ------------------------------------------------------------------------------------

_MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}


def parse_bibtex(text: str, name: str, folder: Path) -> tuple[list[Entry], list[SourceWarning]]:
    """Entries of a BibTeX file as Zotero (and Better BibTeX) write them; LaTeX decoded."""
    import bibtexparser
    from bibtexparser.middlewares import LatexDecodingMiddleware

    try:
        library = bibtexparser.parse_string(text, append_middleware=[LatexDecodingMiddleware()])
    except Exception as exc:  # noqa: BLE001 - the parser's own errors vary by input
        return [], [SourceWarning(name, f"unreadable BibTeX ({type(exc).__name__})")]
    problems = [SourceWarning(f"{name}:{_block_line(b)}", "unreadable BibTeX entry; skipped")
                for b in library.failed_blocks]
    entries = []
    for e in library.entries:
        f = {k.lower(): _unbrace(v.value) for k, v in e.fields_dict.items() if isinstance(v.value, str)}
        paths, names = _attachments(f.get("file", ""), folder)
        found = meta(
            f"bibtex {PurePath(name).name}:{e.key}",
            title=f.get("title"), url=f.get("url") or _doi_url(f.get("doi")), author=_bib_authors(f.get("author")),
            published=f.get("date") or _bib_date(f.get("year"), f.get("month")),
            site=f.get("journal") or f.get("journaltitle") or f.get("booktitle") or f.get("howpublished"),
            publisher=f.get("publisher") or f.get("institution") or f.get("organization"),
            language=_lang(f.get("langid") or f.get("language")), notes=f.get("note") or f.get("annote"),
        )
        entries.append(Entry(found, f"{name}:{e.key}", 1, paths, names, key=e.key, url=f.get("url")))
    return entries, problems


def _block_line(block: object) -> int:
    return int(getattr(block, "start_line", 0)) + 1


def _unbrace(value: str) -> str:
    return " ".join(value.replace("{", "").replace("}", "").split())


def _bib_authors(value: str | None) -> str | None:
    """"Smith, John and Doe, Jane" -> "John Smith; Jane Doe"."""
    if not value:
        return None
    people = [p.strip() for p in re.split(r"\s+and\s+", value) if p.strip()]
    return "; ".join(" ".join(reversed([x.strip() for x in p.split(",", 1)])) if "," in p else p for p in people)


def _bib_date(year: str | None, month: str | None) -> str | None:
    if not year or not year.strip().isdigit():
        return year
    m = (month or "").strip().lower()[:3]
    number = _MONTHS.get(m) or (int(m) if m.isdigit() and 1 <= int(m) <= 12 else None)
    return f"{year.strip()}-{number:02d}" if number else year.strip()


def _attachments(value: str, folder: Path) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Paths in a Zotero ``file`` field: ``desc:path:mime`` items separated by ``;``
    (Windows drive colons escaped as ``\\:``), or plain paths."""
    paths: list[str] = []
    names: list[str] = []
    for item in re.split(r"(?<!\\);", value):
        parts = re.split(r"(?<!\\):", item)
        raw = parts[1] if len(parts) == 3 else item
        full, bare = _file_keys(raw.replace("\\:", ":"), folder)
        paths += full
        names += bare
    return tuple(paths), tuple(names)


def _doi_url(doi: str | None) -> str | None:
    return f"https://doi.org/{doi.strip()}" if doi and doi.strip() else None


def _lang(value: str | None) -> str | None:
    """A language as a code: "en", "en-GB" -> "en"; "english", "russian" -> "en", "ru"."""
    if not value:
        return None
    words = {"english": "en", "russian": "ru", "french": "fr", "german": "de", "spanish": "es", "italian": "it"}
    v = value.strip().lower()
    return words.get(v) or (re.split(r"[-_]", v)[0] if re.fullmatch(r"[a-z]{2,3}([-_][a-z0-9]+)?", v) else None)


# ---- CSL-JSON ----------------------------------------------------------------------------------


def parse_csl_json(text: str, name: str, folder: Path) -> tuple[list[Entry], list[SourceWarning]]:
    """Items of a CSL-JSON export (Zotero's "CSL JSON"): a list of objects with an ``id``."""
    try:
        items = json.loads(text)
    except ValueError as exc:
        return [], [SourceWarning(name, f"not JSON ({exc.args[0] if exc.args else exc})")]
    if not isinstance(items, list):
        return [], [SourceWarning(name, "not a CSL-JSON list of items")]
    entries, problems = [], []
    for n, item in enumerate(items, 1):
        if not isinstance(item, dict) or not item.get("id"):
            problems.append(SourceWarning(f"{name}:item {n}", "not a CSL item (no id); skipped"))
            continue
        key = str(item["id"])
        files = [item.get("file"), *(a.get("path") for a in item.get("attachments") or [] if isinstance(a, dict))]
        paths, names = (), ()
        for f in files:
            if isinstance(f, str):
                more = _attachments(f, folder)
                paths, names = paths + more[0], names + more[1]
        found = meta(
            f"csl-json {PurePath(name).name}:{key}",
            title=item.get("title"), url=item.get("URL") or _doi_url(item.get("DOI")),
            author=_csl_names(item.get("author")), published=normalise_date(item.get("issued")),
            site=item.get("container-title"), publisher=item.get("publisher"),
            language=_lang(item.get("language")), notes=item.get("note"),
        )
        entries.append(Entry(found, f"{name}:{key}", 1, paths, names, key=key, url=item.get("URL")))
    return entries, problems


def _csl_names(people: object) -> str | None:
    if not isinstance(people, list):
        return None
    out = []
    for p in people:
        if isinstance(p, dict):
            full = p.get("literal") or " ".join(x for x in (p.get("given"), p.get("family")) if x)
            if full:
                out.append(str(full))
    return "; ".join(out) or None
