"""The core records of factoid: plain, immutable dataclasses passed between stages.

Data flows one way::

    ingest -> passages (roles) -> nlp -> extract (mentions, claims) -> resolve (people)
           -> reconcile (agreement, disputes, dependence, confidence) -> store

Every stage takes and returns these records; none of them touches the database. Offsets are
always Python string indices into ``Document.text``, the text exactly as stored, so any
``SourceSpan`` can be checked character for character: ``doc.text[start:end] == quote``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from typing import Any

from factoid import schema

__all__ = [
    "Assessment",
    "Claim",
    "Dispute",
    "Document",
    "Mention",
    "Passage",
    "PassageRole",
    "Person",
    "PROPERTIES",
    "DATE_PROPERTIES",
    "SINGLE_VALUED",
    "SourceMeta",
    "SourceSpan",
]


class PassageRole(StrEnum):
    """What a passage is, so later stages know whether to trust it.

    Roles are labels, never deletions: a user can see every passage and why it got its role.
    """

    MAIN = "main"
    BOILERPLATE = "boilerplate"
    COMMENT = "comment"
    QUOTE = "quote"
    OFFTOPIC = "offtopic"


#: Property vocabulary of the claims export (see ../shared/eval/FORMAT.md), in registry order.
#: Derived from ``schema/properties.toml``: add a property there, not here.
PROPERTIES: tuple[str, ...] = schema.names()

#: Properties whose value is an EDTF date.
DATE_PROPERTIES = frozenset(p.name for p in schema.properties() if p.type == "date")

#: A person has one true value of these; incompatible values are a dispute.
SINGLE_VALUED = frozenset(p.name for p in schema.properties() if p.single)


#: The fields of a source's citation, in the order a reference lists them.
SOURCE_FIELDS: tuple[str, ...] = ("title", "url", "author", "published", "site", "publisher", "language", "notes")


@dataclass(frozen=True)
class SourceMeta:
    """What is known about a source as a work to cite: title, URL, author, date of writing.

    ``published`` is an ISO / EDTF date string ("1998", "2019-03", "2019-03-04"). Every field
    may be unknown (None). ``meta_origin`` says where each known field came from ("sidecar
    sources.csv:4", "bibtex refs.bib:smith1998", "json-ld", "meta og:title", "pdf", "docx",
    "header", "first line", ...), so a historian can check it and a wrong value can be traced.
    """

    title: str | None = None
    url: str | None = None
    author: str | None = None
    published: str | None = None
    site: str | None = None
    publisher: str | None = None
    language: str | None = None
    notes: str | None = None
    meta_origin: dict[str, str] = field(default_factory=dict)

    def known(self) -> dict[str, str]:
        """The fields with a value, by name."""
        return {f: v for f in SOURCE_FIELDS if (v := getattr(self, f))}


@dataclass(frozen=True)
class Document:
    """One ingested file, its text stored verbatim.

    ``id`` is the path relative to the ingested root (the name a historian recognises and the
    name the export cites); ``content_hash`` is the SHA-256 of the raw bytes, used to skip
    unchanged files on re-ingest.
    """

    id: str
    text: str
    content_hash: str
    size: int
    format: str
    title: str | None = None
    url: str | None = None
    language: str | None = None
    source_path: str | None = None
    #: How the bytes were decoded ("utf-8", "cp1252", "utf-8+cp1251" ...; None for PDF/DOCX)
    #: and, when the choice is uncertain, why (shown by ``factoid docs``).
    encoding: str | None = None
    encoding_doubt: str | None = None
    #: Source metadata (see ``SourceMeta``): ``title`` and ``url`` above, and these. Supplied
    #: by the user (sidecar, bibliography) or read from the file; ``meta_origin`` per field.
    author: str | None = None
    published: str | None = None
    site: str | None = None
    publisher: str | None = None
    notes: str | None = None
    meta_origin: dict[str, str] = field(default_factory=dict)
    #: For a web page, its markup as ``Path.read_text`` gives it (decoded, CRLF -> LF): what
    #: the exports cite offsets into (``factoid.sourcemap``), since ``text`` is the extracted
    #: text. None for other formats and for a document read back from the knowledge base.
    markup: str | None = None

    @property
    def meta(self) -> SourceMeta:
        """The document's source metadata as one record."""
        return SourceMeta(**{f: getattr(self, f) for f in SOURCE_FIELDS}, meta_origin=dict(self.meta_origin))


@dataclass(frozen=True)
class Passage:
    """A paragraph-level slice of a document with the role it plays there.

    ``duplicate_of`` links a passage whose text already appeared (in this or another document)
    to the first occurrence, as ``"<document id>#<index>"``. ``language`` is the passage's
    own language guess (a page in English may quote a French letter), ``None`` when unsure.
    """

    document_id: str
    index: int
    start: int
    end: int
    text: str
    role: PassageRole = PassageRole.MAIN
    role_reason: str = ""
    duplicate_of: str | None = None
    language: str | None = None

    @property
    def key(self) -> str:
        """The passage's address, ``"<document id>#<index>"``."""
        return f"{self.document_id}#{self.index}"


@dataclass(frozen=True)
class Mention:
    """A place in a document that names or refers to a person.

    ``entity`` is the document-local person this mention was attached to (``"<doc>@<n>"``);
    resolution later maps document-local persons to corpus-wide ``Person`` ids. ``kind`` is
    ``"name"`` for a written name, ``"subject"`` for a written name of the person the document
    is about (its heading or record may name him once, his kin many times: resolution must
    not take the most-named for the page's subject) and ``"reference"`` for "he", "L.", "the
    defector".
    """

    document_id: str
    start: int
    end: int
    text: str
    entity: str
    kind: str = "name"
    passage_index: int = -1


@dataclass(frozen=True)
class SourceSpan:
    """Where a claim comes from: an exact, checkable quote in a stored document."""

    document_id: str
    start: int
    end: int
    quote: str
    role: PassageRole = PassageRole.MAIN
    hedge: str | None = None

    def grounded_in(self, text: str) -> bool:
        """True when the quote is exactly the document text at the offsets."""
        return 0 <= self.start <= self.end <= len(text) and text[self.start : self.end] == self.quote


@dataclass(frozen=True)
class Claim:
    """One factoid: this source span says this (document-local) person has property = value.

    Claims are immutable; ``id`` is a hash of their content so re-extraction of an unchanged
    document yields the same ids. ``value`` is normalised (EDTF for dates), ``value_text`` is
    the value as written. ``extractor`` names the versioned algorithm that produced it.
    """

    subject: str
    subject_name: str
    property: str
    value: str
    value_text: str
    span: SourceSpan
    extractor: str
    qualifiers: dict[str, Any] = field(default_factory=dict)

    @cached_property
    def id(self) -> str:
        """A hash of the claim's content: the same claim re-extracted keeps its id. Cached,
        since reconciliation asks for it many times per claim."""
        payload = json.dumps(
            [
                self.subject,
                self.property,
                self.value,
                self.qualifiers,
                self.span.document_id,
                self.span.start,
                self.span.end,
                self.extractor,
            ],
            sort_keys=True,
            ensure_ascii=False,
        )
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Person:
    """A resolved person: stable id, display name, every alias seen with its count."""

    id: str
    name: str
    aliases: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Assessment:
    """Reconciliation's judgement of one claim, with the features behind it.

    ``group`` identifies the set of mutually compatible claims (same person, property and
    value up to refinement and aliases) the claim belongs to; ``witnesses`` counts the
    independent sources behind that group; ``features`` explains the confidence.
    """

    claim_id: str
    person_id: str
    group: str
    confidence: float
    disputed: bool
    preferred: bool
    witnesses: int
    citations: int
    features: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Dispute:
    """Incompatible values for one person and property (or one office's successor)."""

    person_id: str
    property: str
    topic: str
    groups: tuple[str, ...]
    values: tuple[str, ...]
    strength: float
