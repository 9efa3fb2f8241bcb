"""The per-document work of a build: parse a document's readable passages and extract its
mentions and claims, through the grounding gate.

``extract_document`` is a pure function of one document and its passages, so any engine can
run it anywhere (this process, a pool of local processes, a Dask worker) and the parent gets
the same :class:`Outcome` back. It never raises for a bad document: the failure travels back
as a reason, which is the build's error policy (the document is reported, the rest goes on).
Each process loads the spaCy model once (``nlp.load`` is cached), and natasha on its first
Russian passage.
"""

from __future__ import annotations

import os
import socket
from collections import Counter
from dataclasses import dataclass, field

from factoid import extract, nlp
from factoid.extract import gate
from factoid.model import Claim, Document, Mention, Passage

__all__ = ["Outcome", "Task", "extract_document", "warm_up", "worker_name"]


@dataclass(frozen=True)
class Task:
    """One document to extract, with the passages ingest stored for it."""

    document: Document
    passages: tuple[Passage, ...]


@dataclass
class Outcome:
    """What one document gave: mentions and admitted claims, or the reason it failed."""

    document_id: str
    mentions: list[Mention] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    #: Claims the gate refused, per (extractor id, reason).
    refused: Counter[tuple[str, str]] = field(default_factory=Counter)
    error: str | None = None
    #: The process that did the work (host:pid), for per-worker progress.
    worker: str = ""


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def warm_up() -> None:
    """Load the English model once in a fresh worker, before its first document."""
    nlp.load()


def extract_document(task: Task) -> Outcome:
    """Parse and extract one document; a failure is returned as the outcome's ``error``."""
    doc, ps = task.document, list(task.passages)
    out = Outcome(document_id=doc.id, worker=worker_name())
    readable = [p.text for p in ps if extract.processable(p)]
    too_long = nlp.too_long(readable)
    if too_long:  # stored by an older factoid that did not split long paragraphs
        out.error = f"a passage of {too_long} characters is too long to parse; ingest the file again"
        return out
    try:
        parsed = list(nlp.pipe(readable))
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop the build
        out.error = f"parsing failed: {type(exc).__name__}: {exc}"[:300]
        return out
    try:
        mentions, claims = extract.extract_document(doc, ps, parsed)
    except Exception as exc:  # noqa: BLE001
        out.error = f"extraction failed: {type(exc).__name__}: {exc}"
        return out
    out.mentions = mentions
    out.claims, out.refused = gate.admit(doc, claims)
    return out
