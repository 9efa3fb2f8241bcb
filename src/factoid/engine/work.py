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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc

from factoid import extract, nlp, nlp_ru
from factoid.extract import gate, russian
from factoid.model import Claim, Document, Mention, Passage

__all__ = ["RU_PRELOAD_MIN_CHARS", "Outcome", "Task", "extract_document", "languages", "load_models", "size", "warm_caches", "warm_up", "worker_name"]


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
    """Load the English model once in a fresh worker, before its first document (a no-op
    when the fork server had it loaded already)."""
    nlp.load()


#: A short English document of our own, with the shapes extraction looks things up for (an
#: infobox line, a person with dates and places, kin, an occupation), run once by ``warm_caches``.
WARM_UP_TEXT = """Born 4 March 1861 in Lyon
Occupation Engineer

Margaret Ellison Hart (4 March 1861 - 9 June 1932) was an English engineer and inventor.
She was born in Leeds, the daughter of Thomas Hart, a printer, and his wife Ann.
In 1885 Hart married the chemist Robert Avery in Manchester; they had two sons.
She studied at Girton College, Cambridge, and worked for the Admiralty from 1915.
Hart died in London on 9 June 1932 and was buried at Highgate Cemetery.
"""


def warm_caches() -> None:
    """Extract ``WARM_UP_TEXT`` once, so that what extraction loads on first use (the
    gazetteer, the name lists, the label and date patterns, the lexicons: a second or two of
    CPU per process) is loaded here. Called in a local pool's fork server, after the models,
    so every worker forked from it starts with them, shared copy-on-write, instead of each
    loading its own. The loaders are pure, so this changes when things load, never a result;
    a failure here only leaves the loading to the workers."""
    from factoid.ingest.prepare import prepare

    text = WARM_UP_TEXT
    doc = Document(id="warm-up.txt", text=text, content_hash="", size=len(text), format="text")
    try:
        extract_document(Task(doc, tuple(prepare(doc))))
    except Exception:  # noqa: BLE001, S110 - an optimisation: the workers load what they need
        pass


def load_models(codes: Iterable[str]) -> None:
    """Load the pipelines of these passage languages (``en``; ``ru`` is natasha)."""
    for code in codes:
        if code == "ru":
            nlp_ru.load()
        else:
            nlp.load_language(code)


def size(task: Task) -> int:
    """The characters of a task's processable passages: what its parse costs grows with."""
    return sum(len(p.text) for p in task.passages if extract.processable(p))


#: Russian text below which a build does not preload natasha into every worker: a few stray
#: Cyrillic lines in an English corpus (a name in the original script, a cross-reference) are
#: met by one or two workers, which load natasha then (about 2 s each, most of it reading
#: files), while a preload delays every worker's start by as much. About two pages of Russian.
RU_PRELOAD_MIN_CHARS = 5_000


def languages(tasks: Sequence[Task]) -> list[str]:
    """The pipelines to preload for these tasks: English always, natasha when the processable
    Russian passages (natasha reads them instead of the English parser) hold at least
    ``RU_PRELOAD_MIN_CHARS`` characters; a worker that meets a Russian passage without the
    preload loads natasha itself, so this choice changes when models load, never a result."""
    ru = sum(len(p.text) for t in tasks for p in t.passages if extract.processable(p) and russian.is_russian(p))
    return ["en", "ru"] if ru >= RU_PRELOAD_MIN_CHARS else ["en"]


def _parse(readable: Sequence[Passage]) -> list[Doc]:
    """The English parses of the readable passages, in order. A Russian passage gets only
    spaCy's tokenizer: extraction reads it through natasha and never looks at its English
    parse, which would be the costliest way to compute nothing."""
    ru = [russian.is_russian(p) for p in readable]
    parses = iter(nlp.pipe([p.text for p, r in zip(readable, ru, strict=True) if not r]))
    model = nlp.load()
    return [model.make_doc(p.text) if r else next(parses) for p, r in zip(readable, ru, strict=True)]


def extract_document(task: Task) -> Outcome:
    """Parse and extract one document; a failure is returned as the outcome's ``error``."""
    doc, ps = task.document, list(task.passages)
    out = Outcome(document_id=doc.id, worker=worker_name())
    readable = [p for p in ps if extract.processable(p)]
    too_long = nlp.too_long(p.text for p in readable)
    if too_long:  # stored by an older factoid that did not split long paragraphs
        out.error = f"a passage of {too_long} characters is too long to parse; ingest the file again"
        return out
    try:
        parsed = _parse(readable)
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
