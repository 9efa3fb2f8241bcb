"""Robustness under abuse: kill -9 during ingest and build, concurrent writers, a build while
the web workspace serves requests, and the peak memory of ingest on hostile inputs.

    .venv/bin/python benchmarks/robustness.py [--kills 20] [--docs 40] [--requests 100] [--seed 1]

Every case runs ``factoid`` as a separate process, as a user would. Printed at the end: cases
tried, handled, data lost, claims whose quote differs from the document text at its offsets,
and the peak memory of each ingest. Targets: all handled, 0 lost, 0 mismatched, ingest peak
memory <= 1 GB on every input.

Cases:

* **kill -9** (``--kills`` times): a fresh ``ingest`` or a ``build`` (alternating) of a
  ``--docs``-document corpus is killed at a random moment. Afterwards the knowledge base must
  open, pass ``PRAGMA integrity_check``, hold all of the corpus or none of it (one transaction),
  and have no mismatched quote; after rerunning the interrupted command (and a build) its
  export must be byte-identical to the export of an uninterrupted run (else: data lost).
* **concurrent writers**: an ``ingest`` of a changed corpus started while a ``build`` runs.
  Both must finish (one waits for the other) and no claim may cite text that changed.
* **web during a build**: ``factoid serve`` answers ``--requests`` requests while a build
  runs; every answer must be 200.
* **hostile inputs**: a DOCX of 9 million empty paragraphs, a 1.1 MB one-line text, a DOCX
  just under the element limit; ingest must report or store each, with bounded memory.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).parent))

from corpus import make_document, paragraph_pool  # noqa: E402

FACTOID = [sys.executable, "-c", "from factoid.cli import main; main()"]
LIMIT_MB = 1024


@dataclass
class Tally:
    tried: int = 0
    handled: int = 0
    lost: int = 0
    mismatched: int = 0
    peak_mb: dict[str, float] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def case(self, name: str, ok: bool, note: str = "") -> None:
        self.tried += 1
        self.handled += ok
        print(f"  {'ok  ' if ok else 'FAIL'} {name}{(': ' + note) if note else ''}", flush=True)
        if not ok:
            self.notes.append(f"{name}: {note}")


def run(db: Path, *args: str, timeout: float = 900) -> tuple[int, float, str]:
    """Run factoid to completion (killed after ``timeout``): exit status, peak RSS in MB, stderr."""
    proc = subprocess.Popen([*FACTOID, "--db", str(db), *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    timer = threading.Timer(timeout, proc.kill)
    timer.start()
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    _, status, usage = os.wait4(proc.pid, 0)
    timer.cancel()
    proc.returncode = os.waitstatus_to_exitcode(status)
    return proc.returncode, usage.ru_maxrss / 1024, err


def killed(db: Path, after: float, *args: str) -> None:
    """Start factoid and kill -9 it after ``after`` seconds (or let it end first)."""
    proc = subprocess.Popen([*FACTOID, "--db", str(db), *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        proc.wait(after)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def make_corpus(folder: Path, docs: int, seed: int, version: int = 0) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    rng, pool = random.Random(seed), paragraph_pool()
    for n in range(docs):
        text = make_document(n, rng, pool, paragraphs=4)
        (folder / f"doc{n:03d}.txt").write_text("Revised. " * version + text, encoding="utf-8")


def export(db: Path, out: Path) -> bytes:
    code, _, err = run(db, "export", "-o", str(out))
    if code:
        raise SystemExit(f"export failed: {err}")
    return out.read_bytes()


def state(db: Path) -> tuple[bool, int, int]:
    """(integrity ok, documents, quote mismatches) of a knowledge base, read directly."""
    if not db.exists():
        return True, 0, 0
    with sqlite3.connect(db) as conn:
        ok = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "documents" not in tables:
            return ok, 0, 0
        docs = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        rows = conn.execute(
            'SELECT c.quote, substr(d.text, c.start + 1, c."end" - c.start) FROM claims c '
            "JOIN documents d ON d.id = c.document_id"
        ).fetchall()
    return ok, docs, sum(1 for quote, text in rows if quote != text)


def kill_cases(tally: Tally, work: Path, corpus: Path, docs: int, kills: int, rng: random.Random) -> None:
    reference_db = work / "reference.db"
    began = time.monotonic()
    run(reference_db, "ingest", str(corpus))
    ingest_time = time.monotonic() - began
    ingested = work / "ingested.db"
    shutil.copy(reference_db, ingested)
    began = time.monotonic()
    run(reference_db, "build")
    build_time = time.monotonic() - began
    reference = export(reference_db, work / "reference.jsonl")
    lines = reference.count(b"\n")
    print(f"  reference: ingest {ingest_time:.1f} s, build {build_time:.1f} s, {lines} claim lines")
    for trial in range(kills):
        phase = "ingest" if trial % 2 == 0 else "build"
        db = work / f"kill{trial}.db"
        if phase == "build":
            shutil.copy(ingested, db)
        after = rng.uniform(0.1, (ingest_time if phase == "ingest" else build_time) * 1.05)
        killed(db, after, *([phase, str(corpus)] if phase == "ingest" else [phase]))
        ok, n_docs, bad = state(db)
        consistent = ok and n_docs in (0, docs)
        if phase == "ingest":
            run(db, "ingest", str(corpus))
        run(db, "build")
        same = export(db, work / f"kill{trial}.jsonl") == reference
        tally.mismatched += bad
        tally.lost += not same
        tally.case(f"kill -9 {phase} after {after:.2f} s", consistent and bad == 0 and same,
                   f"integrity {ok}, documents {n_docs}, mismatched {bad}, export identical {same}")
        for leftover in work.glob(f"kill{trial}.*"):
            leftover.unlink()


def concurrent_case(tally: Tally, work: Path, docs: int, seed: int) -> None:
    corpus = work / "concurrent"
    make_corpus(corpus, docs, seed)
    db = work / "concurrent.db"
    run(db, "ingest", str(corpus))
    build = subprocess.Popen([*FACTOID, "--db", str(db), "build"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    time.sleep(4)  # the build is parsing by now
    make_corpus(corpus, docs, seed, version=1)  # every offset moves
    code, _, err = run(db, "ingest", str(corpus))
    build_code = build.wait()
    ok, _, bad = state(db)
    tally.mismatched += bad
    tally.case("ingest of a changed corpus during a build", code == 0 and build_code == 0 and ok and bad == 0,
               f"ingest exit {code} {err.strip()[:80]}, build exit {build_code}, mismatched {bad}")


def web_case(tally: Tally, work: Path, corpus: Path, requests: int) -> None:
    db = work / "web.db"
    shutil.copy(work / "reference.db", db)
    (corpus / "extra.txt").write_text("Pavel Fitin was born in 1907 in Ozhogino.\n", encoding="utf-8")
    run(db, "ingest", str(corpus))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([*FACTOID, "--db", str(db), "serve", "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                httpx.get(base + "/api/people", timeout=2)
                break
            except httpx.HTTPError:
                time.sleep(0.2)
        build = subprocess.Popen([*FACTOID, "--db", str(db), "build"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        paths = ["/api/people", "/api/disputes", "/", "/people", "/api/search?q=born"]
        statuses = []
        for i in range(requests):
            try:
                statuses.append(httpx.get(base + paths[i % len(paths)], timeout=30, follow_redirects=True).status_code)
            except httpx.HTTPError as exc:
                statuses.append(type(exc).__name__)
        during = build.poll() is None
        build.wait()
    finally:
        server.terminate()
        server.wait()
    failed = [s for s in statuses if s != 200]
    tally.case(f"{requests} web requests during a build", not failed,
               f"{len(failed)} not 200 {failed[:5]}, build still running at the last request: {during}")


def docx(paragraph: str, count: int) -> bytes:
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/document.xml", f'<?xml version="1.0"?><w:document xmlns:w="{w}"><w:body>' + paragraph * count + "</w:body></w:document>")
    return buf.getvalue()


def memory_cases(tally: Tally, work: Path) -> None:
    inputs = {
        "docx-9M-empty-paragraphs.docx": lambda: docx("<w:p/>", 9_000_000),
        "long-one-line-1.1MB.txt": lambda: ("Lyushkov was born in 1900. " * 40_000).encode(),
        "docx-160k-paragraphs.docx": lambda: docx("<w:p><w:r><w:t>Reiss was born in 1899.</w:t></w:r></w:p>", 160_000),
    }
    for name, make in inputs.items():
        folder = work / "hostile" / name.split(".")[0]
        folder.mkdir(parents=True)
        (folder / name).write_bytes(make())
        began = time.monotonic()
        code, peak, err = run(work / f"{name}.db", "ingest", str(folder))
        tally.peak_mb[name] = peak
        one_line = len(err.strip().splitlines()) <= 1
        tally.case(f"ingest {name}", code in (0, 2) and one_line and peak <= LIMIT_MB,
                   f"exit {code}, {time.monotonic() - began:.1f} s, peak {peak:.0f} MB, {err.strip()[:90]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--docs", type=int, default=40)
    parser.add_argument("--requests", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="factoid-robust-"))
    work.mkdir(parents=True, exist_ok=True)
    rng, tally = random.Random(args.seed), Tally()
    corpus = work / "corpus"
    make_corpus(corpus, args.docs, args.seed)
    try:
        print(f"kill -9 at random points ({args.kills} runs, {args.docs} documents)")
        kill_cases(tally, work, corpus, args.docs, args.kills, rng)
        print("concurrent writers")
        concurrent_case(tally, work, args.docs, args.seed + 1)
        print("web during a build")
        web_case(tally, work, corpus, args.requests)
        print("hostile inputs (peak memory of ingest)")
        memory_cases(tally, work)
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    print()
    print(f"cases tried {tally.tried}, handled {tally.handled}, data lost {tally.lost}, "
          f"quote mismatches {tally.mismatched}, ingest peak memory "
          + ", ".join(f"{k} {v:.0f} MB" for k, v in tally.peak_mb.items()))
    for note in tally.notes:
        print("  not handled:", note)
    sys.exit(0 if tally.handled == tally.tried and not tally.lost and not tally.mismatched else 1)


if __name__ == "__main__":
    main()
