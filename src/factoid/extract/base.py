"""The extractor protocol and the registry of extractors.

Why a protocol: claims come from several readers (the infobox reader, the prose reader, later
others such as an LLM reader) and each must be named and versioned in the claims it makes
(``extract.prose.v1``), so a change of one reader can be traced and its claims re-made. Every
extractor gets the same :class:`Context` (a document's passages, their parses, the people it
names) and returns claims; none writes to the store, and all of them pass the one grounding
gate (:mod:`factoid.extract.gate`) before anything is stored.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from spacy.tokens import Doc as ParsedDoc

from factoid.extract.common import Subject
from factoid.extract.refs import References
from factoid.model import Claim, Document, Passage, PassageRole

__all__ = ["Context", "Extractor", "extractors", "register"]


@dataclass(frozen=True)
class Context:
    """What one document offers its extractors.

    ``parsed`` pairs each processable passage with its spaCy parse; ``main`` is the document's
    subject (``None`` when no person stands out); ``role_at`` gives the role of the passage at
    an offset; ``header`` the person a whole line names (an infobox's title line); ``blocks``
    the (start, end) ranges of label/value blocks, which prose readers skip. ``names`` are the
    name spans found in the document, ``assignment`` maps each span's start to its
    document-local person and ``people`` those persons by id (``main_person`` is the subject's
    record), for extractors that attach claims to names themselves."""

    doc: Document
    passages: Sequence[Passage]
    parsed: Sequence[tuple[Passage, ParsedDoc]]
    refs: References
    main: Subject | None
    role_at: Callable[[int], PassageRole]
    header: Callable[[int, int], Subject | None]
    blocks: Sequence[tuple[int, int]]
    names: Sequence[Any] = ()
    assignment: Mapping[int, str] = field(default_factory=dict)
    people: Mapping[str, Any] = field(default_factory=dict)
    main_person: Any = None


@runtime_checkable
class Extractor(Protocol):
    """A named, versioned reader of claims. ``id`` (``"<name>.v<version>"``) is what its
    claims record as their ``extractor``."""

    name: str
    version: int

    @property
    def id(self) -> str: ...

    def run(self, ctx: Context) -> list[Claim]: ...


_REGISTRY: dict[str, Extractor] = {}


def register(extractor: Extractor) -> Extractor:
    """Add an extractor (replacing one of the same name); extractors run in the order they
    were first registered."""
    if not isinstance(extractor, Extractor):
        raise TypeError(f"{extractor!r} does not implement the Extractor protocol")
    _REGISTRY[extractor.name] = extractor
    return extractor


def extractors() -> tuple[Extractor, ...]:
    """The registered extractors, in registration order."""
    return tuple(_REGISTRY.values())


def version_of(extractor_id: str) -> tuple[str, int]:
    """``"extract.prose.v1"`` -> ``("extract.prose", 1)``."""
    name, _, v = extractor_id.rpartition(".v")
    return (name, int(v)) if name and v.isdigit() else (extractor_id, 0)
