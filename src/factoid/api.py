"""The Python API of factoid. The CLI and the web app are thin layers over these functions.

Typical use::

    from factoid import api
    kb = api.open_kb("sqlite:///research.db")
    api.ingest(kb, ["sources/"])
    api.build(kb)
    for line in api.export_lines(kb):
        ...

Every write runs in one transaction: an interrupted ingest or build leaves the previous
knowledge base as it was.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO, TextIO

from sqlalchemy import Connection, Engine

from factoid import ask as ask_mod
from factoid import export as export_mod
from factoid import engine, extract, roles, views
from factoid import passages as passages_mod
from factoid.ask import Answer
from factoid.copies import mark_duplicates
from factoid.engine import work
from factoid.errors import IngestError, UsageError
from factoid.ingest import iter_documents
from factoid.ingest.language import guess_language
from factoid.ingest.names import local_path
from factoid.model import Document, Passage
from factoid.reconcile import reconcile
from factoid.resolve import resolve
from factoid.store import open_engine, reads, writes
from factoid.store.db import write_transaction

__all__ = [
    "Answer",
    "BuildReport",
    "IngestReport",
    "KnowledgeBase",
    "Progress",
    "ask",
    "build",
    "disputes",
    "documents",
    "dossier",
    "export",
    "export_lines",
    "ingest",
    "open_kb",
    "passages",
    "people",
    "person_claims",
    "prepare",
    "timeline",
]

Progress = Callable[[str, int, int], None]
#: Longest question ``ask`` takes (the web workspace has the same bound).
MAX_QUESTION_CHARS = 500


@dataclass
class KnowledgeBase:
    """An open knowledge base: the engine of its store."""

    engine: Engine
    url: str


def open_kb(url: str | None = None) -> KnowledgeBase:
    """Open (creating and migrating when needed) the knowledge base at ``url``."""
    engine = open_engine(url)
    return KnowledgeBase(engine=engine, url=str(engine.url))


def _noop(stage: str, done: int, total: int) -> None:
    return None


# ---- ingest ------------------------------------------------------------------------------------


@dataclass
class IngestReport:
    new: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[IngestError] = field(default_factory=list)
    pruned: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed


def prepare(doc: Document) -> list[Passage]:
    """Passages of a document with their roles and languages (duplicates are marked
    corpus-wide later)."""
    return [replace(p, language=guess_language(p.text)) for p in roles.assign_roles(doc, passages_mod.split_passages(doc))]


def ingest(
    kb: KnowledgeBase,
    paths: Sequence[str | Path],
    *,
    prune: bool = False,
    stdin: BinaryIO | None = None,
    progress: Progress = _noop,
) -> IngestReport:
    """Add new and changed documents, skip unchanged ones (by content hash), report failures
    file by file, and with ``prune`` drop documents whose files are gone."""
    report = IngestReport()
    if isinstance(paths, (str, Path)):  # one path, not a sequence of one-letter paths
        paths = [paths]
    with write_transaction(kb.engine) as conn:  # one writer at a time, one snapshot
        known = reads.document_hashes(conn)
        taken = {d: p for d, p in reads.document_paths(conn).items() if p and os.path.lexists(local_path(p))}
        items = iter_documents(list(paths), stdin=stdin or sys.stdin.buffer, taken=taken)
        for n, item in enumerate(items, 1):
            progress("ingest", n, 0)
            if isinstance(item, IngestError):
                report.failed.append(item)
                continue
            if known.get(item.id) == item.content_hash:
                report.unchanged.append(item.id)
                continue
            (report.changed if item.id in known else report.new).append(item.id)
            writes.put_document(conn, item, prepare(item))
        if prune:
            report.pruned = _prune(conn)
        if report.new or report.changed or report.pruned:
            _refresh_duplicates(conn)
    return report


def _prune(conn: Connection) -> list[str]:
    gone = [d for d, path in reads.document_paths(conn).items() if path and not os.path.exists(local_path(path))]
    writes.delete_documents(conn, gone)
    return gone


def _refresh_duplicates(conn: Connection) -> None:
    """Re-mark near-duplicate passages over the whole corpus, writing only what changed."""
    current = reads.get_passages(conn)
    marked = mark_duplicates(current)
    changes = {
        (new.document_id, new.index): new.duplicate_of
        for old, new in zip(current, marked, strict=True)
        if old.duplicate_of != new.duplicate_of
    }
    writes.set_duplicates(conn, changes)


# ---- build -------------------------------------------------------------------------------------


@dataclass
class BuildReport:
    extracted: list[str] = field(default_factory=list)
    skipped: int = 0
    claims: int = 0
    persons: int = 0
    disputes: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    #: Claims the grounding gate refused, per extractor id and reason (see ``extract.gate``).
    rejected: dict[str, dict[str, int]] = field(default_factory=dict)
    #: Processes (or Dask worker threads) that parsed and extracted; 1 is this process alone.
    workers: int = 1

    @property
    def ok(self) -> bool:
        return not self.failed

    @property
    def rejected_total(self) -> int:
        return sum(n for reasons in self.rejected.values() for n in reasons.values())


def build(
    kb: KnowledgeBase, *, progress: Progress = _noop, workers: int | None = None, cluster: str | None = None
) -> BuildReport:
    """Extract from new or changed documents, then resolve people and reconcile claims over
    the whole corpus, all in one transaction.

    Extraction runs on an engine (``factoid.engine``): ``workers`` local processes (default:
    every core, fewer when the stale text is too small to pay for starting them; 1 runs in this
    process), or the Dask scheduler at ``cluster``. The knowledge base is the same either way:
    the parent stores the results in document order, then resolves and reconciles."""
    report = BuildReport()
    with write_transaction(kb.engine) as conn:  # one writer at a time, one snapshot
        stale = reads.stale_documents(conn, extract.PIPELINE)
        report.skipped = len(reads.document_hashes(conn)) - len(stale)
        tasks = [work.Task(reads.get_document(conn, d), tuple(reads.get_passages(conn, d))) for d in stale]
        _extract(conn, tasks, progress, report, workers=workers, cluster=cluster)
        failed = {doc_id for doc_id, _ in report.failed}
        report.extracted = [d for d in stale if d not in failed]
        claims = reads.get_claims(conn)
        progress("resolve", 0, 1)
        persons, identities = resolve(reads.get_mentions(conn))
        writes.put_resolution(conn, persons, identities)
        progress("resolve", 1, 1)
        progress("reconcile", 0, 1)
        entity_person = {e: pid for e, (pid, _, _) in identities.items()}
        assessments, disputes, sources = reconcile(claims, entity_person, reads.get_passages(conn))
        writes.put_reconciliation(conn, assessments, disputes, sources)
        progress("reconcile", 1, 1)
        report.claims, report.persons, report.disputes = len(claims), len(persons), len(disputes)
    return report


def _extract(
    conn: Connection,
    tasks: Sequence[work.Task],
    progress: Progress,
    report: BuildReport,
    *,
    workers: int | None,
    cluster: str | None,
) -> None:
    """Run ``work.extract_document`` over the stale documents on an engine and store each
    result in document order as soon as its predecessors are stored.

    The error policy of the stage: a document whose parsing or extraction fails (or whose
    worker dies twice on it) is reported with its reason and left unextracted, so the next
    build tries it again; the others go on (``report.failed``). Claims the grounding gate
    refused are counted into ``report.rejected``. With more than one worker, progress also
    goes to ``extract/<worker>`` stages (documents done per worker process)."""
    if not tasks:
        cluster = None  # nothing to send anywhere
    if cluster is not None:
        workers = workers or engine.cores()  # the size of a cluster started here ("local")
    elif workers is None:
        workers = engine.auto_workers(sum(len(p.text) for p in t.passages if extract.processable(p)) for t in tasks)
    else:
        workers = max(1, min(workers, len(tasks)))
    ready: dict[int, work.Outcome] = {}
    per_worker: dict[str, int] = {}
    stored = 0
    with engine.start(workers=workers, cluster=cluster, warm_up=work.warm_up) as eng:
        report.workers = eng.workers
        for n, (i, out) in enumerate(eng.map(work.extract_document, tasks), 1):
            if isinstance(out, engine.Lost):
                out = work.Outcome(document_id=tasks[i].document.id, error=out.reason)
            ready[i] = out
            while stored in ready:
                _store(conn, tasks[stored].document, ready.pop(stored), report)
                stored += 1
            if eng.workers > 1 and out.worker:
                per_worker[out.worker] = per_worker.get(out.worker, 0) + 1
                progress(f"extract/{out.worker}", per_worker[out.worker], 0)
            progress("extract", n, len(tasks))


def _store(conn: Connection, doc: Document, out: work.Outcome, report: BuildReport) -> None:
    """Write one document's extraction, or record why it failed."""
    if out.error is not None:
        report.failed.append((doc.id, out.error))
        return
    for (extractor, reason), k in out.refused.items():
        per = report.rejected.setdefault(extractor, {})
        per[reason] = per.get(reason, 0) + k
    writes.put_extraction(conn, doc, extract.PIPELINE, out.mentions, out.claims)


def documents(kb: KnowledgeBase) -> list[dict]:
    """Every document with its passage-role and duplicate counts, by id."""
    with kb.engine.connect() as conn:
        return reads.list_documents(conn)


def passages(kb: KnowledgeBase, name: str) -> tuple[Document, list[Passage]]:
    """A document (by id or a unique part of it) and its passages with roles."""
    with kb.engine.connect() as conn:
        doc_id = reads.find_document_id(conn, name)
        return reads.get_document(conn, doc_id), reads.get_passages(conn, doc_id)




# ---- reading -----------------------------------------------------------------------------------


def people(kb: KnowledgeBase) -> list[dict]:
    """Every resolved person with aliases and document, claim and dispute counts."""
    with kb.engine.connect() as conn:
        return views.people(conn)


def person_claims(kb: KnowledgeBase, name: str) -> tuple[dict, list[dict]]:
    """A person and the export lines about them."""
    with kb.engine.connect() as conn:
        p = views.find_person(conn, name)
        return {"id": p.id, "name": p.name, "aliases": p.aliases}, views.person_lines(conn, p.id)


def dossier(kb: KnowledgeBase, name: str) -> dict:
    """Everything on one person: infobox, disputes, career, relations, colleagues, sources."""
    with kb.engine.connect() as conn:
        return views.dossier(conn, name)


def disputes(kb: KnowledgeBase, person: str | None = None) -> list[dict]:
    """Where sources disagree (about one person, or everyone), most contested first."""
    with kb.engine.connect() as conn:
        pid = views.find_person(conn, person).id if person else None
        return views.disputes(conn, pid)


def timeline(kb: KnowledgeBase, name: str) -> dict:
    """A person's dated events in order, disputed dates marked."""
    with kb.engine.connect() as conn:
        return views.timeline(conn, name)


def ask(kb: KnowledgeBase, question: str) -> Answer:
    """Answer a question in plain English, with the quotes behind the answer.

    Questions are bounded (as in the web workspace), so one request cannot take minutes."""
    if len(question) > MAX_QUESTION_CHARS:
        raise UsageError(f"question too long ({len(question):,} characters; at most {MAX_QUESTION_CHARS})")
    with kb.engine.connect() as conn:
        return ask_mod.ask(conn, question)


def export_lines(kb: KnowledgeBase) -> list[dict]:
    """The claims export as records (one dict per line of ``claims-jsonl``), sorted."""
    with kb.engine.connect() as conn:
        return list(export_mod.claim_lines(conn))


def export(kb: KnowledgeBase, fmt: str, out: TextIO, *, include_comments: bool = False) -> int:
    """Write an export; returns the number of records written. Claims made only in reader
    comments stay out of it unless ``include_comments``."""
    if fmt not in export_mod.FORMATS:
        raise UsageError(f"unknown export format {fmt!r} (known: {', '.join(export_mod.FORMATS)})")
    with kb.engine.connect() as conn:
        return export_mod.write_claims_jsonl(conn, out, include_comments=include_comments)
