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

import contextlib
import os
import sys
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import BinaryIO, TextIO

from sqlalchemy import Connection, Engine

from factoid import ask as ask_mod
from factoid import cite
from factoid import export as export_mod
from factoid import engine, exporters, extract, views
from factoid import readmodel
from factoid import reconcile_memo, resolve_memo, resolve_partition
from factoid import search as search_mod
from factoid.ask import Answer
from factoid import copies
from factoid.curation import workflow as curation
from factoid.engine import dask as dask_engine
from factoid.engine import work
from factoid.errors import IngestError, UsageError
from factoid.exporters.mapping import load_mapping
from factoid.exporters.view import build_view
from factoid.gcpause import paused
from factoid.ingest import iter_documents
from factoid.ingest.prepare import prepare, prepare_each
from factoid.ingest.metadata import written_year
from factoid.ingest.names import local_path
from factoid.ingest.sidecar import SourceWarning
from factoid.model import Document, Passage
from factoid.reconcile import partition, reconcile, reuse
from factoid.store import open_engine, reads, writes
from factoid.store.db import write_transaction

__all__ = [
    "Answer",
    "BuildReport",
    "DecisionImport",
    "IngestReport",
    "KnowledgeBase",
    "Progress",
    "ask",
    "build",
    "citations",
    "disputes",
    "documents",
    "dossier",
    "export",
    "export_lines",
    "export_to",
    "ingest",
    "open_kb",
    "passages",
    "people",
    "person_claims",
    "prepare",
    "search",
    "timeline",
    # curation (issue 11)
    "decisions",
    "export_decisions",
    "import_decisions",
    "judge",
    "review",
    "undo",
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
    #: Unchanged documents whose source metadata changed (a sidecar or bibliography edit).
    described: list[str] = field(default_factory=list)
    #: Problems with user-supplied metadata (``file:line: problem``); no document failed.
    warnings: list[IngestError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed


def ingest(
    kb: KnowledgeBase,
    paths: Sequence[str | Path],
    *,
    prune: bool = False,
    stdin: BinaryIO | None = None,
    progress: Progress = _noop,
    sources: Sequence[str | Path] = (),
    workers: int | None = None,
) -> IngestReport:
    """Add new and changed documents, skip unchanged ones (by content hash), report failures
    file by file, and with ``prune`` drop documents whose files are gone.

    ``sources`` are sidecar CSVs and bibliographies (BibTeX, CSL-JSON) describing the files;
    those found among ``paths`` are read too. An unchanged file whose metadata changed gets
    the new metadata without being extracted again.

    ``workers`` processes split documents into passages (default: every core; helpers start
    only when there is enough text to pay for them, see ``factoid.ingest.prepare``); this one
    reads the files and writes, in input order, so the knowledge base is the same for any count."""
    report = IngestReport()
    if isinstance(paths, (str, Path)):  # one path, not a sequence of one-letter paths
        paths = [paths]
    with write_transaction(kb.engine) as conn:  # one writer at a time, one snapshot
        known = reads.document_hashes(conn)
        described = reads.document_meta(conn)
        unmarked = reads.pages_without_markup(conn)
        taken = {d: p for d, p in reads.document_paths(conn).items() if p and os.path.lexists(local_path(p))}
        items = iter_documents(list(paths), stdin=stdin or sys.stdin.buffer, taken=taken, sources=sources)

        def stored_anew(item: Document | IngestError) -> Document | None:
            """The document to prepare and store: a new or changed one."""
            return item if isinstance(item, Document) and known.get(item.id) != item.content_hash else None

        written: set[str] = set()  # an id twice in one run (stdin given twice) replaces its first
        workers = engine.cores() if workers is None else workers
        for n, (item, passages) in enumerate(prepare_each(items, stored_anew, workers), 1):
            progress("ingest", n, 0)
            if isinstance(item, SourceWarning):
                report.warnings.append(item)
                continue
            if isinstance(item, IngestError):
                report.failed.append(item)
                continue
            if known.get(item.id) == item.content_hash:
                report.unchanged.append(item.id)
                if _meta_changed(described.get(item.id, {}), item):
                    writes.put_document_meta(conn, item)
                    report.described.append(item.id)
                if item.markup is not None and item.id in unmarked:
                    writes.put_markup(conn, item.id, item.markup)
                continue
            (report.changed if item.id in known else report.new).append(item.id)
            writes.put_document(conn, item, passages, new=item.id not in known and item.id not in written)
            written.add(item.id)
        if prune:
            report.pruned = _prune(conn)
        if report.new or report.changed or report.pruned:
            _refresh_duplicates(conn, set(report.new) | set(report.changed), pruned=bool(report.pruned))
    return report


def _meta_changed(stored: dict, doc: Document) -> bool:
    """Whether a document's source metadata differs from what is stored for it."""
    return any(stored.get(k) != v for k, v in _meta_values(doc).items())


def _meta_values(doc: Document) -> dict[str, Any]:
    return {name: getattr(doc, name) for name in reads.META_COLUMNS}


def _prune(conn: Connection) -> list[str]:
    gone = [d for d, path in reads.document_paths(conn).items() if path and not os.path.exists(local_path(path))]
    writes.delete_documents(conn, gone)
    return gone


#: The ``derived_state`` row naming the code the stored copy keys and marks were made with.
COPIES = writes.COPIED


@paused()  # a record and a key per passage of the corpus, no cycle: see factoid.gcpause
def _refresh_duplicates(conn: Connection, written: Collection[str] = (), *, pruned: bool = True) -> None:
    """Re-mark near-duplicate passages over the whole corpus, writing only what changed
    (``copies.refresh``): with the keys stored under the same code (``copies.fingerprint``),
    only the passages of documents ``written`` now are hashed, and those before the first of
    them keep their marks unless documents were ``pruned``."""
    same = reads.derived_state(conn, writes.COPIED) == copies.fingerprint()
    passages, keys, text = reads.copy_check(conn, keys=same)
    marks, fresh = copies.refresh(passages, keys, text, written=written if same and not pruned else None)
    writes.put_copy_check(conn, marks, fresh, fingerprint=copies.fingerprint(), replace_all=not same)


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
    #: Decisions in effect whose quote is gone from the current texts (curation): kept, listed
    #: by ``decisions(kb, orphaned=True)``, not applied.
    orphaned: int = 0
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
    # one writer at a time, one snapshot; a local Dask cluster serves extraction and reconciliation
    with write_transaction(kb.engine) as conn, dask_engine.kept():
        stale = reads.stale_documents(conn, pipeline())
        report.skipped = len(reads.document_hashes(conn)) - len(stale)
        tasks = [work.Task(reads.get_document(conn, d), tuple(reads.get_passages(conn, d))) for d in stale]
        # a rebuild after a few added documents parses them here, loading the model (a heap of
        # long-lived objects the collector would walk again and again): no collection meanwhile.
        # A big extraction keeps the collector, its memory bounded.
        with paused() if _small(tasks) else contextlib.nullcontext():
            _extract(conn, tasks, progress, report, workers=workers, cluster=cluster)
        failed = {doc_id for doc_id, _ in report.failed}
        report.extracted = [d for d in stale if d not in failed]
        on = None if cluster == "local" and _small(tasks) else cluster  # the cluster branch: partitioned
        report.claims, report.persons, report.disputes, report.orphaned = _derive(conn, progress, on, workers)
    return report


def pipeline() -> str:
    """What made a document's extraction: the rules' version and the fingerprint of this
    factoid's code and data (``reuse.fingerprint``). A build re-extracts every document whose
    stored extraction was made by another, so after an upgrade or a changed registry the
    knowledge base equals a fresh build instead of mixing old and new readings."""
    return f"{extract.PIPELINE}+{reuse.fingerprint()}"


@paused()  # what it reads before ``curation.derive`` too: see factoid.gcpause
def _derive(conn: Connection, progress: Progress = _noop, cluster: str | None = None,
            workers: int | None = None) -> curation.Derived:
    """Resolve people and reconcile claims over the whole corpus, applying the researcher's
    decisions (``factoid.curation``); person ids persist across builds. Returns the numbers
    of claims, persons, disputes and orphaned decisions.

    When the last build derived with the same code and data (``reconcile.reuse``), its work
    is reused where the input did not change: the clustering of each component of local
    persons whose names, coupling facts and decisions are as they were (``resolve_memo``),
    and the agreement groups of each person and property that kept its claims. The result is
    the same as deriving everything, at the cost of what changed. On a ``cluster``,
    resolution runs in partitions of local persons (``resolve_partition``) and reconciliation
    in partitions of persons (``reconcile.partition``), same result."""
    same = reads.derived_state(conn, reuse.FINGERPRINT) == reuse.fingerprint()
    previous = reads.previous_groups(conn) if same else None
    run = partition.on_cluster(cluster, workers or engine.cores()) if cluster else reconcile
    # on a cluster, resolution too runs in partitions (of local persons that may be one person);
    # here only the components of local persons a change touched are clustered again
    known = reads.derived_state(conn, resolve_memo.STATE) if same and not cluster else None
    memo = resolve_memo.Memoised(resolve_memo.load(known))
    resolving = resolve_partition.on_cluster(cluster, workers or engine.cores()) if cluster else memo
    # here, the persons whose reconciliation inputs did not change keep their stored rows
    hashes = reads.document_hashes(conn)
    texts = reconcile_memo.load_documents(reads.derived_state(conn, reconcile_memo.DOCUMENTS), hashes) if same and not cluster else {}
    reconciled = None if cluster else reconcile_memo.Memoised(_reconciled(conn) if same else {}, documents=texts)
    derived = curation.derive(conn, progress, resolve=resolving, reconciled=reconciled,
                              reconcile=partial(reconciled or run, written=_written(conn), previous=previous))
    writes.set_derived_state(conn, reuse.FINGERPRINT, reuse.fingerprint())
    if memo.made is not None:
        writes.set_derived_state(conn, resolve_memo.STATE, resolve_memo.dump(memo.made))
    # a build on a cluster rewrote every person: the memo no longer says what is stored
    made = reconciled.made if reconciled else None
    writes.set_derived_state(conn, reconcile_memo.STATE, None if made is None else reconcile_memo.dump(made))
    facts = reconciled.documents_made if reconciled else None  # what each document's text gave
    writes.set_derived_state(conn, reconcile_memo.DOCUMENTS,
                             None if facts is None else reconcile_memo.dump_documents(facts, hashes))
    return derived


def _reconciled(conn: Connection) -> reconcile_memo.Memo:
    """The last build's reconciliation memo, for the persons whose stored rows are intact."""
    intact = writes.intact_assessments(conn)
    return {} if intact is None else reconcile_memo.load(reads.derived_state(conn, reconcile_memo.STATE), intact)


def _written(conn: Connection) -> dict[str, int]:
    """Document -> the year it was written, where its metadata says (``ingest.metadata``):
    this replaces reconciliation's guess (the latest year mentioned) in late-source weighting."""
    return {doc: year for doc, meta in reads.document_meta(conn).items()
            if (year := written_year(meta["published"], meta["meta_origin"].get("published")))}


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
    result in document order as soon as its predecessors are stored. Several workers get the
    longest documents first (the order of storing does not change).

    The error policy of the stage: a document whose parsing or extraction fails (or whose
    worker dies twice on it) is reported with its reason and left unextracted, so the next
    build tries it again; the others go on (``report.failed``). Claims the grounding gate
    refused are counted into ``report.rejected``. With more than one worker, progress also
    goes to ``extract/<worker>`` stages (documents done per worker process)."""
    if not tasks or (cluster == "local" and _small(tasks)):
        cluster = None  # nothing worth starting a cluster for: this process does it
        workers = 1 if tasks else workers
    if cluster is not None:
        workers = workers or engine.cores()  # the size of a cluster started here ("local")
    elif workers is None:
        workers = engine.auto_workers(work.size(t) for t in tasks)
    else:
        workers = max(1, min(workers, len(tasks)))
    ready: dict[int, work.Outcome] = {}
    per_worker: dict[str, int] = {}
    stored = 0
    # longest first, so no long document starts last while the other workers idle
    order = sorted(range(len(tasks)), key=lambda i: -work.size(tasks[i])) if workers > 1 else list(range(len(tasks)))
    models = work.languages(tasks) if workers > 1 and cluster is None else []
    with engine.start(workers=workers, cluster=cluster, warm_up=work.warm_up, models=models) as eng:
        report.workers = eng.workers
        for n, (j, out) in enumerate(eng.map(work.extract_document, [tasks[i] for i in order]), 1):
            i = order[j]
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


def _small(tasks: Sequence[work.Task]) -> bool:
    """Whether the stale text is less than one worker's worth (``engine.MIN_CHARS_PER_WORKER``):
    a rebuild after one or two added documents. Starting a local Dask cluster for it (worker
    processes, each loading the model) costs seconds more than parsing it here; the result is
    the same, as ``work.extract_document`` is a pure function of the document. A remote
    scheduler is still used: its workers are running already and have loaded the model."""
    return sum(work.size(t) for t in tasks) < engine.MIN_CHARS_PER_WORKER


def _store(conn: Connection, doc: Document, out: work.Outcome, report: BuildReport) -> None:
    """Write one document's extraction, or record why it failed."""
    if out.error is not None:
        report.failed.append((doc.id, out.error))
        return
    for (extractor, reason), k in out.refused.items():
        per = report.rejected.setdefault(extractor, {})
        per[reason] = per.get(reason, 0) + k
    writes.put_extraction(conn, doc, pipeline(), out.mentions, out.claims)


def documents(
    kb: KnowledgeBase,
    *,
    site: str | None = None,
    author: str | None = None,
    language: str | None = None,
    after: str | None = None,
    before: str | None = None,
    search: str | None = None,
) -> list[dict]:
    """Every document with its source metadata, citation, passage-role and duplicate counts,
    by id; narrowed by the filters given (see ``factoid.docfilter``)."""
    from factoid import docfilter

    with kb.engine.connect() as conn:
        rows = [dict(r, citation=cite.citation(r, r["id"])) for r in reads.list_documents(conn)]
    return docfilter.select(rows, site=site, author=author, language=language, after=after, before=before,
                            search=search)


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
    """A person and the export lines about them, claims marked wrong included (``rank``
    deprecated, with the reason), so they can be seen and their decision undone."""
    with kb.engine.connect() as conn:
        p = views.find_person(conn, name)
        return {"id": p.id, "name": p.name, "aliases": p.aliases}, views.person_lines(conn, p.id, include_deprecated=True)


def citations(kb: KnowledgeBase) -> dict[str, dict[str, str | None]]:
    """Document id -> its citation ("Title (site, date)") and URL (``factoid.cite``), for
    views whose records are export lines (which name documents by id only)."""
    with kb.engine.connect() as conn:
        return {doc: cite.cite(meta, doc) for doc, meta in reads.document_meta(conn).items()}


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


def search(kb: KnowledgeBase, query: str, page: int = 1, size: int = search_mod.PAGE_SIZE) -> dict:
    """People, claims and passages for a query, in any script or spelling ("Ljushkov",
    "Люшков" and "Reiß" find Lyushkov and Reiss), ranked people > claims > passages and paged.
    The same search as the web workspace's (``factoid.search``), over the read model; queries
    are bounded as there."""
    if len(query) > MAX_QUESTION_CHARS:
        raise UsageError(f"query too long ({len(query):,} characters; at most {MAX_QUESTION_CHARS})")
    with kb.engine.connect() as conn:
        return search_mod.search(conn, search_mod.snapshot(conn), query, page, size)


def ask(kb: KnowledgeBase, question: str) -> Answer:
    """Answer a question in plain English, with the quotes behind the answer.

    Questions are bounded (as in the web workspace), so one request cannot take minutes."""
    if len(question) > MAX_QUESTION_CHARS:
        raise UsageError(f"question too long ({len(question):,} characters; at most {MAX_QUESTION_CHARS})")
    with kb.engine.connect() as conn:
        answer = ask_mod.ask(conn, question)
        return replace(answer, citations=cite.annotate(answer.citations, reads.document_meta(conn)))


def export_lines(kb: KnowledgeBase, *, include_deprecated: bool = False) -> list[dict]:
    """The claims export as records (one dict per line of ``claims-jsonl``), sorted; each
    with its ``key``, ``rank`` and ``rank_reason`` (curation). Claims marked wrong are left
    out unless ``include_deprecated``."""
    with kb.engine.connect() as conn:
        return list(export_mod.claim_lines(conn, include_deprecated=include_deprecated))


def export(kb: KnowledgeBase, fmt: str, out: TextIO, *, include_comments: bool = False,
           include_deprecated: bool = False, person: str | None = None,
           mapping: str | Path | None = None) -> int:
    """Write a one-file export to a text stream; returns the number of records written.
    Claims made only in reader comments stay out of it unless ``include_comments``, claims
    curation deprecated unless ``include_deprecated``."""
    report = export_to(kb, fmt, exporters.StreamSink(out), include_comments=include_comments,
                       include_deprecated=include_deprecated, person=person, mapping=mapping)
    return report.records


def _export_options(kb: KnowledgeBase, *, include_comments: bool = False, include_deprecated: bool = False,
                   person: str | None = None, mapping: str | Path | None = None) -> tuple[exporters.ExportOptions, list[str]]:
    """Export options from what a user types: a person's name (or id) and a mapping file's
    path; also the mapping file's unusable rows, one line each."""
    problems: list[str] = []
    table: dict[str, str] = {}
    if mapping is not None:
        table, problems = load_mapping(mapping)
    pid = None
    if person:
        with kb.engine.connect() as conn:
            pid = views.find_person(conn, person).id
    return exporters.ExportOptions(person=pid, include_comments=include_comments,
                                   include_deprecated=include_deprecated, mapping=table), problems


def export_to(kb: KnowledgeBase, fmt: str, sink: exporters.Sink, *, include_comments: bool = False,
              include_deprecated: bool = False, person: str | None = None,
              mapping: str | Path | None = None) -> exporters.ExportReport:
    """Write an export in any registry format into a sink (a stream, a file, a folder, a zip);
    the report says what was written and what was left out, and why."""
    exporters.get(fmt)  # an unknown format fails before any reading
    options, problems = _export_options(kb, include_comments=include_comments, include_deprecated=include_deprecated,
                                       person=person, mapping=mapping)
    with kb.engine.connect() as conn:
        view = build_view(conn, options)
    report = exporters.run(fmt, view, sink, options)
    report.skipped[:0] = problems
    return report


# ---- curation ----------------------------------------------------------------------------------
# A researcher's decisions (``factoid.curation``): recorded in an append-only log, applied on
# every build. Each call that records a decision re-derives people and claims in the same
# transaction, so its effect shows at once; extraction is not redone.

DecisionImport = curation.ImportReport


def _user(user: str | None) -> str:
    """The deciding user: as given, else the OS user."""
    if user and user.strip():
        return user.strip()
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in this environment
        return "unknown"


def judge(
    kb: KnowledgeBase,
    kind: str,
    *targets: str,
    verdict: str | None = None,
    prop: str | None = None,
    value: str | None = None,
    reason: str = "",
    user: str | None = None,
) -> dict:
    """Record a decision and apply it; returns the stored decision.

    ``kind``: ``same``, ``different`` or ``unsure`` with two targets (person ids, names or
    mention keys); ``claim`` with a claim key and ``verdict`` (wrong, confirmed, unsure);
    ``prefer`` with a person, ``prop`` and ``value``; ``note`` with a person, claim key or
    document and the note text in ``value``."""
    if kind == "prefer" and len(targets) == 3:  # judge(kb, "prefer", PERSON, PROPERTY, VALUE)
        targets, prop, value = targets[:1], targets[1], targets[2]
    if kind == "note" and len(targets) == 2:  # judge(kb, "note", TARGET, TEXT)
        targets, value = targets[:1], targets[1]
    with write_transaction(kb.engine) as conn:
        row = curation.judge(conn, kind, list(targets), user=_user(user), reason=reason, verdict=verdict,
                             prop=prop, value=value)
        _derive(conn)
    return row


def undo(kb: KnowledgeBase, decision: int | str, user: str | None = None, reason: str = "") -> dict:
    """Undo an earlier decision (by id or uid) with a new row, and apply the log again."""
    with write_transaction(kb.engine) as conn:
        row = curation.undo(conn, decision, user=_user(user), reason=reason)
        _derive(conn)
    return row


def decisions(kb: KnowledgeBase, *, orphaned: bool = False) -> list[dict]:
    """The decisions log, oldest first: each row with ``in_effect``, ``undone_by`` and
    ``orphaned`` (its quote cannot be found in the current text); only the orphaned ones
    with ``orphaned``."""
    with kb.engine.connect() as conn:
        return curation.listing(conn, orphaned=orphaned)


def export_decisions(kb: KnowledgeBase, out: TextIO) -> int:
    """Write the decisions log as JSON lines (original anchors and uids); returns the count."""
    import json

    with kb.engine.connect() as conn:
        rows = curation.export_rows(conn)
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    return len(rows)


def import_decisions(kb: KnowledgeBase, path: str | Path) -> DecisionImport:
    """Add the decisions of an exported file (idempotent: known ones are skipped; bad lines
    are reported as ``file:line: problem`` and skipped), then apply the log."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read {path}: {exc}") from exc
    with write_transaction(kb.engine) as conn:
        report = curation.import_lines(conn, str(path), text.splitlines())
        if report.added:
            _derive(conn)
    return report


def review(kb: KnowledgeBase, limit: int = 50) -> list[dict]:
    """What most deserves a human look, by impact: uncertain merges (with the features behind
    them in words), disputes, low-confidence claims, people of one mention. Pairs already
    judged are never proposed again."""
    with kb.engine.connect() as conn:
        return curation.review(conn, limit=limit)
