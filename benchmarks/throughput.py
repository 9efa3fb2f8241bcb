"""Throughput benchmark: factoid build end to end versus bare spaCy on the same text.

    .venv/bin/python benchmarks/throughput.py              # 300,000 words (a few minutes)
    .venv/bin/python benchmarks/throughput.py --quick      # 30,000 words, a fast check
    .venv/bin/python benchmarks/throughput.py --words N --seed S --keep DIR --json OUT

Steps (each measured phase runs in a fresh subprocess, so its peak RSS is its own):

1. build a corpus of at least ``--words`` words in a temporary folder (``benchmarks/corpus.py``:
   distinct documents recombined from the paragraphs of ``examples/corpus`` and
   ``../shared/corpus/seeds``, deterministic for a seed);
2. (a) bare spaCy: ``spacy.load`` of factoid's model with the same components, ``nlp.pipe`` at
   factoid's batch size and ``n_process=1``, over exactly the passages factoid's NLP stage
   parses (chosen with factoid's own passage and role functions: ``api.prepare`` and
   ``extract.processable``); for reference also over each document's full raw text;
3. (b) ``factoid.api.ingest`` + ``factoid.api.build`` on a fresh SQLite file;
4. (c) one new document added to that knowledge base: ``ingest`` of it + ``build``.

The ratio is (b)/(a) in throughput over the same parsed words, i.e. spaCy's time divided by
factoid's. Targets: ratio >= 0.5, peak RSS <= 2 GB, rebuild < 5 s.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

TARGET_RATIO = 0.5
TARGET_RSS_MB = 2048
TARGET_REBUILD_S = 5.0


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # Linux: KiB


# ---- phases (run in a child process) ------------------------------------------------------------


def _documents(corpus: Path):  # type: ignore[no-untyped-def]
    from factoid.ingest import iter_documents
    from factoid.model import Document

    return [d for d in iter_documents([corpus]) if isinstance(d, Document)]


def phase_spacy(corpus: Path, raw: bool) -> dict:
    import spacy

    from factoid import api, extract, nlp

    docs = _documents(corpus)
    if raw:
        texts = [d.text for d in docs]
    else:
        texts = [p.text for d in docs for p in api.prepare(d) if extract.processable(p)]
    words = sum(len(t.split()) for t in texts)
    t0 = time.perf_counter()
    model = spacy.load(nlp.MODEL)
    load_s = time.perf_counter() - t0
    t0, c0 = time.perf_counter(), time.process_time()
    tokens = 0
    for parsed in model.pipe(texts, batch_size=nlp.BATCH_SIZE, n_process=1):
        tokens += len(parsed)
    seconds, cpu_s = time.perf_counter() - t0, time.process_time() - c0
    return {
        "texts": len(texts), "words": words, "tokens": tokens, "seconds": seconds, "cpu_s": cpu_s, "load_s": load_s,
        "pipeline": model.pipe_names, "batch_size": nlp.BATCH_SIZE, "peak_rss_mb": _peak_rss_mb(),
    }


class _Stages:
    """Wall time per stage from factoid's progress callbacks: a stage runs from the end of the
    previous one (or the start) to its last callback."""

    def __init__(self) -> None:
        self.start = time.perf_counter()
        self.order: list[str] = []
        self.last: dict[str, float] = {}

    def __call__(self, stage: str, done: int, total: int) -> None:
        if stage not in self.last:
            self.order.append(stage)
        self.last[stage] = time.perf_counter()

    def times(self, end: float) -> dict[str, float]:
        out, prev = {}, self.start
        for stage in self.order:
            out[stage] = self.last[stage] - prev
            prev = self.last[stage]
        out["(after the last callback)"] = end - prev
        return out


def phase_build(corpus: Path | None, db: Path, extra: Path | None) -> dict:
    from factoid import api

    t_import = time.perf_counter()
    kb = api.open_kb(f"sqlite:///{db}")
    open_s = time.perf_counter() - t_import
    paths = [extra] if extra else [corpus]
    t0, c0 = time.perf_counter(), time.process_time()
    ing = api.ingest(kb, paths)
    t1, c1 = time.perf_counter(), time.process_time()
    stages = _Stages()
    rep = api.build(kb, progress=stages)
    t2, c2 = time.perf_counter(), time.process_time()
    return {
        "ingest_s": t1 - t0, "build_s": t2 - t1, "seconds": t2 - t0, "open_s": open_s,
        "cpu_s": c2 - c0, "ingest_cpu_s": c1 - c0, "build_cpu_s": c2 - c1,
        "new": len(ing.new), "failed": len(ing.failed), "extracted": len(rep.extracted), "claims": rep.claims,
        "persons": rep.persons, "disputes": rep.disputes, "stages": stages.times(t2), "peak_rss_mb": _peak_rss_mb(),
    }


def _child(args: argparse.Namespace) -> None:
    if args.phase in ("spacy", "spacy-raw"):
        out = phase_spacy(Path(args.corpus), raw=args.phase == "spacy-raw")
    elif args.phase == "build":
        out = phase_build(Path(args.corpus), Path(args.db), None)
    elif args.phase == "rebuild":
        out = phase_build(None, Path(args.db), Path(args.extra))
    else:
        raise SystemExit(f"unknown phase {args.phase}")
    print("RESULT " + json.dumps(out))


def _run(phase: str, **kw: str) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--phase", phase]
    for k, v in kw.items():
        cmd += [f"--{k}", str(v)]
    t0 = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0:
        sys.stderr.write(done.stdout + done.stderr)
        raise SystemExit(f"phase {phase} failed with status {done.returncode}")
    line = next(x for x in done.stdout.splitlines() if x.startswith("RESULT "))
    out = json.loads(line[len("RESULT "):])
    out["process_s"] = time.perf_counter() - t0
    return out


# ---- driver -------------------------------------------------------------------------------------


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--words", type=int, default=300_000, help="corpus size in words (default 300000)")
    ap.add_argument("--quick", action="store_true", help="30,000 words: a fast check")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", help="build the corpus and knowledge base in this folder and keep them")
    ap.add_argument("--json", help="also write the results as JSON to this file")
    ap.add_argument("--skip-raw", action="store_true", help="skip the reference run of spaCy on raw text")
    ap.add_argument("--phase", help=argparse.SUPPRESS)
    ap.add_argument("--corpus", help=argparse.SUPPRESS)
    ap.add_argument("--db", help=argparse.SUPPRESS)
    ap.add_argument("--extra", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.phase:
        _child(args)
        return
    words = 30_000 if args.quick else args.words

    from corpus import build_corpus, extra_document

    tmp = None
    if args.keep:
        work = Path(args.keep)
        work.mkdir(parents=True, exist_ok=True)
    else:
        tmp = tempfile.TemporaryDirectory(prefix="factoid-bench-")
        work = Path(tmp.name)
    try:
        corpus_dir, db = work / "corpus", work / "kb.db"
        for p in (db, Path(f"{db}-journal"), Path(f"{db}-wal")):
            if p.exists():
                p.unlink()
        if corpus_dir.exists():
            for p in corpus_dir.iterdir():
                p.unlink()
        info = build_corpus(corpus_dir, words=words, seed=args.seed)
        extra = extra_document(work / "extra", seed=args.seed)
        print(f"corpus: {info.documents} documents, {info.words:,} words "
              f"(pool of {info.pool} paragraphs, seed {args.seed}) in {corpus_dir}", flush=True)
        print(f"machine: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}", flush=True)

        res: dict[str, dict] = {}
        print("running (a) bare spaCy over factoid's processable passages ...", flush=True)
        res["spacy"] = _run("spacy", corpus=corpus_dir)
        if not args.skip_raw:
            print("running (a') bare spaCy over the full raw text (reference) ...", flush=True)
            res["spacy_raw"] = _run("spacy-raw", corpus=corpus_dir)
        print("running (b) factoid ingest + build on a fresh SQLite file ...", flush=True)
        res["build"] = _run("build", corpus=corpus_dir, db=db)
        print("running (c) one new document: ingest + build ...", flush=True)
        res["rebuild"] = _run("rebuild", db=db, extra=extra)
        report(info.words, res)
        if args.json:
            Path(args.json).write_text(json.dumps({"corpus_words": info.words, "documents": info.documents,
                                                   "seed": args.seed, "results": res}, indent=2))
    finally:
        if tmp is not None:
            tmp.cleanup()


def report(corpus_words: int, res: dict[str, dict]) -> None:
    a, b, c = res["spacy"], res["build"], res["rebuild"]
    parsed = a["words"]
    rate_a, rate_b = parsed / a["seconds"], parsed / b["seconds"]
    ratio = rate_b / rate_a
    cpu_ratio = a["cpu_s"] / b["cpu_s"]
    print()
    print(f"pipeline: {', '.join(a['pipeline'])}; batch size {a['batch_size']}; n_process=1; "
          f"model load {a['load_s']:.2f} s (not in (a))")
    print(f"parsed text: {a['texts']:,} processable passages, {parsed:,} words "
          f"({parsed / corpus_words:.0%} of the corpus's {corpus_words:,} words)")
    print()
    head = f"{'phase':<46} {'wall s':>8} {'CPU s':>8} {'words':>9} {'words/s':>9} {'peak RSS':>10}"
    print(head)
    print("-" * len(head))

    def row(name: str, r: dict, words: int | None = None, fmt: str = ".1f") -> None:
        rate = f"{words / r['seconds']:>9,.0f}" if words else f"{'':>9}"
        print(f"{name:<46} {r['seconds']:>8{fmt}} {r.get('cpu_s', float('nan')):>8{fmt}} "
              f"{(f'{words:,}' if words else ''):>9} {rate} {r['peak_rss_mb']:>7,.0f} MB")

    def sub(name: str, secs: float, fmt: str = ".1f") -> None:
        print(f"{'       ' + name:<46} {secs:>8{fmt}}")

    row("(a)  spaCy, processable passages", a, parsed)
    if "spacy_raw" in res:
        row("(a') spaCy, full raw text (reference)", res["spacy_raw"], res["spacy_raw"]["words"])
    row("(b)  factoid ingest + build (parsed words)", b, parsed)
    row("     same, per corpus word", b, corpus_words)
    sub("ingest", b["ingest_s"])
    sub("build", b["build_s"])
    for stage, secs in b["stages"].items():
        sub("  " + stage, secs)
    row("(c)  rebuild: +1 document, ingest + build", c, None, ".2f")
    sub("ingest", c["ingest_s"], ".2f")
    sub("build", c["build_s"], ".2f")
    for stage, secs in c["stages"].items():
        sub("  " + stage, secs, ".2f")
    sub("(process wall time incl. imports, open_kb)", c["process_s"], ".2f")
    print()
    print(f"knowledge base: {b['claims']:,} claims, {b['persons']:,} persons, {b['disputes']:,} disputes; "
          f"rebuild extracted {c['extracted']} document(s)")
    print(f"load average at the end: {', '.join(f'{x:.2f}' for x in os.getloadavg())} "
          f"(other work on this machine slows wall times; CPU times are steadier)")
    print()
    peak = max(v["peak_rss_mb"] for v in res.values())
    peak_f = max(b["peak_rss_mb"], c["peak_rss_mb"])

    def verdict(name: str, ok: bool, detail: str) -> None:
        print(f"{'MET   ' if ok else 'MISSED'} {name}: {detail}")

    verdict("throughput ratio (b)/(a) >= 0.5", ratio >= TARGET_RATIO,
            f"{ratio:.2f} wall ({rate_b:,.0f} vs {rate_a:,.0f} parsed words/s); {cpu_ratio:.2f} by CPU time")
    verdict("peak RSS of factoid (b, c) <= 2 GB", peak_f <= TARGET_RSS_MB,
            f"{peak_f:,.0f} MB (max over every phase, bare spaCy references included: {peak:,.0f} MB)")
    verdict("rebuild after one new document < 5 s", c["seconds"] < TARGET_REBUILD_S,
            f"{c['seconds']:.2f} s (ingest {c['ingest_s']:.2f} s + build {c['build_s']:.2f} s, "
            f"in process; {c['process_s']:.2f} s with interpreter start and imports)")


if __name__ == "__main__":
    main()
