"""Throughput benchmark: factoid build end to end versus bare spaCy on the same text.

    .venv/bin/python benchmarks/throughput.py              # 300,000 words (a few minutes)
    .venv/bin/python benchmarks/throughput.py --quick      # 30,000 words, a fast check
    .venv/bin/python benchmarks/throughput.py --words N --seed S --keep DIR --json OUT
    .venv/bin/python benchmarks/throughput.py --workers 1 2   # also 2 processes against 2 processes
    .venv/bin/python benchmarks/throughput.py --lang ru --quick   # Russian: against natasha, bare
    .venv/bin/python benchmarks/throughput.py --workers 2 --repeat 3  # alternate the sides 3 times

Steps (each measured phase runs in a fresh subprocess, so its peak RSS is its own):

1. build a corpus of at least ``--words`` words in a temporary folder (``benchmarks/corpus.py``:
   distinct documents recombined from the paragraphs of ``examples/corpus`` and
   ``../shared/corpus/seeds``, deterministic for a seed);
2. (a) bare spaCy: ``spacy.load`` of factoid's model with the same components, ``nlp.pipe`` at
   factoid's batch size and ``n_process=N``, over exactly the passages factoid's NLP stage
   parses (chosen with factoid's own passage and role functions: ``api.prepare`` and
   ``extract.processable``); for reference also over each document's full raw text;
3. (b) ``factoid.api.ingest`` + ``factoid.api.build(workers=N)`` on a fresh SQLite file;
4. (c) one new document added to that knowledge base: ``ingest`` of it + ``build``.

(a) and (b) run once per ``--workers`` count N (default: 1), or ``--repeat K`` times, alternating
(a, b, a, b ...) so that both sides meet the same spells of a busy or throttled machine; the
report then gives every run, the best (least) time of each side and their ratio, as ``timeit``
does, and the median of the per-run ratios. Every measured phase also records what the machine's
cores did meanwhile (``/proc/stat``: user, system, iowait, steal) and its own processes' CPU,
page faults and context switches, which tells a run slowed by its neighbours from slow code. The ratio is (b)/(a) in
throughput over the same parsed words, i.e. spaCy's time divided by factoid's, at the same
process count. Targets: ratio >= 0.5 with one process and >= 0.8 with two or more, peak RSS
<= 2 GB, rebuild < 5 s.

``--lang ru`` (issue 10): the corpus is Russian (``benchmarks/corpus_ru.py``) and (a) is
natasha's own pipeline run bare over the same processable passages, one process: Segmenter,
NewsEmbedding, NewsMorphTagger, NewsSyntaxParser, NewsNERTagger (factoid runs all of them but
the syntax parser). Target: ratio >= 0.5, i.e. a Russian passage costs factoid no more than
twice what natasha alone spends on it.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import (  # noqa: E402
    best_and_median, counters_delta, machine_delta, machine_times, process_counters, run_phase, speed_probe,
)

TARGET_RATIO = 0.5
#: With several processes factoid's extra Python work runs in parallel too, and spaCy pays for
#: sending every parsed Doc back to its parent process.
TARGET_RATIO_PARALLEL = 0.8
TARGET_RSS_MB = 2048
TARGET_REBUILD_S = 5.0


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # Linux: KiB


def _children_cpu_s() -> float:
    """CPU time of this process's reaped children (ingest's helpers: direct children)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


class Descendants:
    """Peak RSS and CPU time of this process's descendants (spaCy's or factoid's worker
    processes, the fork server, a local Dask cluster), sampled from ``/proc`` a few times a
    second while in use: ``RUSAGE_CHILDREN`` misses workers that a fork server started."""

    def __init__(self, every: float = 0.25) -> None:
        self.every = every
        self.peak_mb: dict[int, float] = {}
        self.cpu: dict[int, float] = {}
        #: Each descendant's counters (CPU, faults, context switches) at its last sample.
        self.counters: dict[int, dict[str, float]] = {}
        #: The most memory this process and its descendants held together at one sample, by
        #: PSS (a page shared by n processes counts 1/n in each): workers forked from a server
        #: that loaded the models share those pages, which a sum of RSS peaks counts per worker.
        self.peak_tree_pss_mb = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> Descendants:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            self.sample()

    def sample(self) -> None:
        import psutil

        pss = _pss_mb(os.getpid())
        for proc in psutil.Process().children(recursive=True):
            pss += _pss_mb(proc.pid)
            try:
                status = Path(f"/proc/{proc.pid}/status").read_text()
                hwm = next(int(x.split()[1]) for x in status.splitlines() if x.startswith("VmHWM:")) / 1024.0
                times = proc.cpu_times()
            except (psutil.Error, OSError, StopIteration):
                continue
            self.peak_mb[proc.pid] = max(self.peak_mb.get(proc.pid, 0.0), hwm)
            self.cpu[proc.pid] = times.user + times.system
            self.counters[proc.pid] = process_counters(proc.pid) or self.counters.get(proc.pid, {})
        self.peak_tree_pss_mb = max(self.peak_tree_pss_mb, pss)

    @property
    def cpu_s(self) -> float:
        return sum(self.cpu.values())

    def summary(self) -> dict:
        """Processes seen, the largest one's peak, and the sum of every peak (an upper bound
        of their memory at any moment)."""
        return {"processes": len(self.peak_mb), "peak_worker_rss_mb": max(self.peak_mb.values(), default=0.0),
                "peak_workers_total_mb": sum(self.peak_mb.values()), "workers_cpu_s": self.cpu_s,
                "peak_tree_pss_mb": self.peak_tree_pss_mb,
                "worker_counters": [c for c in self.counters.values() if c]}


class Counters:
    """What the machine and this process did over a measured span (``/proc/stat`` deltas:
    user, system, iowait, steal of every core; this process's CPU, page faults and context
    switches), so that a run slowed by the machine can be told from one slowed by the code."""

    def __enter__(self) -> Counters:
        self.probe = [speed_probe()]
        self.machine0, self.self0 = machine_times(), process_counters()
        return self

    def __exit__(self, *exc: object) -> None:
        self.machine = machine_delta(self.machine0, machine_times()) if self.machine0 else {}
        self.parent = counters_delta(self.self0, process_counters())
        self.probe.append(speed_probe())

    def summary(self) -> dict:
        """The deltas, and the speed probe's CPU seconds just before and after the span."""
        return {"machine": self.machine, "parent_counters": self.parent, "speed_probe_s": self.probe}


def _pss_mb(pid: int) -> float:
    """A process's proportional set size now, in MB (0 when it is gone or unreadable)."""
    try:
        text = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return 0.0
    return next((int(x.split()[1]) / 1024.0 for x in text.splitlines() if x.startswith("Pss:")), 0.0)


# ---- phases (run in a child process) ------------------------------------------------------------


def _documents(corpus: Path):  # type: ignore[no-untyped-def]
    from factoid.ingest import iter_documents
    from factoid.model import Document

    return [d for d in iter_documents([corpus]) if isinstance(d, Document)]


#: Set (by ``--compiled-reference``) for bare spaCy to run the attribute ruler compiled as factoid
#: does (``factoid.nlp_ruler``): the ratio then measures factoid's own work beyond the parse,
#: where the default compares with spaCy as it ships.
COMPILED_REFERENCE = "FACTOID_BENCH_COMPILED_REFERENCE"


def phase_spacy(corpus: Path, raw: bool, workers: int = 1) -> dict:
    import spacy

    from factoid import api, extract, nlp, nlp_ruler

    docs = _documents(corpus)
    if raw:
        texts = [d.text for d in docs]
    else:
        texts = [p.text for d in docs for p in api.prepare(d) if extract.processable(p)]
    words = sum(len(t.split()) for t in texts)
    t0 = time.perf_counter()
    model = spacy.load(nlp.MODEL)
    compiled = bool(os.environ.get(COMPILED_REFERENCE)) and nlp_ruler.install(model)
    load_s = time.perf_counter() - t0
    t0, c0 = time.perf_counter(), time.process_time()
    tokens = 0
    with Counters() as counters, Descendants() as kids:
        for parsed in model.pipe(texts, batch_size=nlp.BATCH_SIZE, n_process=workers):
            tokens += len(parsed)
        kids.sample()
    seconds, cpu_s = time.perf_counter() - t0, time.process_time() - c0 + kids.cpu_s
    return {
        "texts": len(texts), "words": words, "tokens": tokens, "seconds": seconds, "cpu_s": cpu_s, "load_s": load_s,
        "pipeline": model.pipe_names, "batch_size": nlp.BATCH_SIZE, "workers": workers,
        "compiled_ruler": compiled, "peak_rss_mb": _peak_rss_mb(), **kids.summary(), **counters.summary(),
    }


NATASHA = ["Segmenter", "NewsEmbedding", "NewsMorphTagger", "NewsSyntaxParser", "NewsNERTagger"]


def phase_natasha(corpus: Path) -> dict:
    """natasha's pipeline, bare, over factoid's processable passages, in this process."""
    from natasha import Doc, NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser, Segmenter

    from factoid import api, extract

    texts = [p.text for d in _documents(corpus) for p in api.prepare(d) if extract.processable(p)]
    words = sum(len(t.split()) for t in texts)
    t0 = time.perf_counter()
    emb = NewsEmbedding()
    segmenter, morph, syntax, ner = Segmenter(), NewsMorphTagger(emb), NewsSyntaxParser(emb), NewsNERTagger(emb)
    load_s = time.perf_counter() - t0
    t0, c0 = time.perf_counter(), time.process_time()
    tokens = 0
    for text in texts:
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_morph(morph)
        doc.parse_syntax(syntax)
        doc.tag_ner(ner)
        tokens += len(doc.tokens)
    seconds, cpu_s = time.perf_counter() - t0, time.process_time() - c0
    return {"texts": len(texts), "words": words, "tokens": tokens, "seconds": seconds, "cpu_s": cpu_s,
            "load_s": load_s, "pipeline": NATASHA, "batch_size": 1, "workers": 1, "peak_rss_mb": _peak_rss_mb()}


class Stages:
    """Wall time per stage from factoid's progress callbacks: a stage runs from the end of the
    previous one (or the start) to its last callback. Per-worker progress
    (``extract/<worker>``) belongs to its stage and is not a stage of its own."""

    def __init__(self) -> None:
        self.start = time.perf_counter()
        self.order: list[str] = []
        self.last: dict[str, float] = {}

    def __call__(self, stage: str, done: int, total: int) -> None:
        if "/" in stage:
            return
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


def phase_build(corpus: Path | None, db: Path, extra: Path | None, workers: int | None = None) -> dict:
    from factoid import api

    t_import = time.perf_counter()
    kb = api.open_kb(f"sqlite:///{db}")
    open_s = time.perf_counter() - t_import
    paths = [extra] if extra else [corpus]
    with Counters() as counters:
        t0, c0, k0 = time.perf_counter(), time.process_time(), _children_cpu_s()
        ing = api.ingest(kb, paths, workers=workers)
        helpers = _children_cpu_s() - k0  # ingest's helper processes, spawned and reaped by this one
        t1, c1 = time.perf_counter(), time.process_time() + helpers
        stages = Stages()
        with Descendants() as kids:
            rep = api.build(kb, progress=stages, workers=workers)
            kids.sample()
    t2, c2 = time.perf_counter(), time.process_time() + helpers + kids.cpu_s
    from factoid import nlp  # after the clock: which components factoid's parse ran

    return {
        "pipeline": nlp.load().pipe_names,
        "ingest_s": t1 - t0, "build_s": t2 - t1, "seconds": t2 - t0, "open_s": open_s,
        "cpu_s": c2 - c0, "ingest_cpu_s": c1 - c0, "build_cpu_s": c2 - c1,
        "new": len(ing.new), "failed": len(ing.failed), "extracted": len(rep.extracted), "claims": rep.claims,
        "persons": rep.persons, "disputes": rep.disputes, "stages": stages.times(t2), "workers": rep.workers,
        "peak_rss_mb": _peak_rss_mb(), **kids.summary(), **counters.summary(),
    }


def _child(args: argparse.Namespace) -> None:
    if args.phase == "natasha":
        out = phase_natasha(Path(args.corpus))
    elif args.phase in ("spacy", "spacy-raw"):
        out = phase_spacy(Path(args.corpus), raw=args.phase == "spacy-raw", workers=args.workers[0])
    elif args.phase == "build":
        out = phase_build(Path(args.corpus), Path(args.db), None, workers=args.workers[0])
    elif args.phase == "rebuild":
        out = phase_build(None, Path(args.db), Path(args.extra))
    else:
        raise SystemExit(f"unknown phase {args.phase}")
    print("RESULT " + json.dumps(out))


def _tag(workers: int) -> str:
    """The suffix of a result's name: none for one process (the names of earlier runs)."""
    return "" if workers == 1 else f"_{workers}"


def _db(work: Path, workers: int, run: int = 0) -> Path:
    """The knowledge base of one build: one per process count and repetition, each fresh."""
    return work / f"kb{_tag(workers)}{f'-r{run}' if run else ''}.db"


def _run(phase: str, **kw: object) -> dict:
    return run_phase(Path(__file__).resolve(), phase, **kw)


# ---- driver -------------------------------------------------------------------------------------


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--words", type=int, default=300_000, help="corpus size in words (default 300000)")
    ap.add_argument("--quick", action="store_true", help="30,000 words: a fast check")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", help="build the corpus and knowledge base in this folder and keep them")
    ap.add_argument("--json", help="also write the results as JSON to this file")
    ap.add_argument("--skip-raw", action="store_true", help="skip the reference run of spaCy on raw text")
    ap.add_argument("--workers", type=int, nargs="+", default=[1],
                    help="process counts to compare at (spaCy n_process=N against factoid build --workers N)")
    ap.add_argument("--compiled-reference", action="store_true",
                    help="bare spaCy runs its attribute ruler compiled, as factoid does (factoid's own cost)")
    ap.add_argument("--repeat", type=int, default=1,
                    help="run the compared phases K times, alternating (spaCy, factoid, spaCy, factoid ...), "
                         "and report every run with the best and the median (default 1)")
    ap.add_argument("--lang", default="en", choices=("en", "ru"),
                    help="corpus language: en (against spaCy) or ru (against natasha, one process)")
    ap.add_argument("--phase", help=argparse.SUPPRESS)
    ap.add_argument("--corpus", help=argparse.SUPPRESS)
    ap.add_argument("--db", help=argparse.SUPPRESS)
    ap.add_argument("--extra", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.phase:
        _child(args)
        return
    words = 30_000 if args.quick else args.words
    if args.compiled_reference:  # the phases run in subprocesses, which inherit the environment
        os.environ[COMPILED_REFERENCE] = "1"
    if args.lang == "ru" and args.workers != [1]:
        raise SystemExit("--lang ru compares one process with natasha (which has no process pool): use --workers 1")
    base = "spacy" if args.lang == "en" else "natasha"

    from corpus import build_corpus, extra_document

    tmp = None
    if args.keep:
        work = Path(args.keep)
        work.mkdir(parents=True, exist_ok=True)
    else:
        tmp = tempfile.TemporaryDirectory(prefix="factoid-bench-")
        work = Path(tmp.name)
    try:
        corpus_dir = work / "corpus"
        dbs = [_db(work, n, r) for n in args.workers for r in range(args.repeat)]
        for p in [x for d in dbs for x in (d, Path(f"{d}-journal"), Path(f"{d}-wal"))]:
            if p.exists():
                p.unlink()
        if corpus_dir.exists():
            for p in corpus_dir.iterdir():
                p.unlink()
        info = build_corpus(corpus_dir, words=words, seed=args.seed, lang=args.lang)
        extra = extra_document(work / "extra", seed=args.seed, lang=args.lang)
        print(f"corpus: {info.documents} documents, {info.words:,} words "
              f"(pool of {info.pool} paragraphs, seed {args.seed}) in {corpus_dir}", flush=True)
        print(f"machine: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}", flush=True)

        res: dict[str, dict] = {}
        runs: dict[str, list[dict]] = {}
        for r in range(args.repeat):
            for n in args.workers:
                tag, procs = _tag(n), f"{n} process{'es' if n > 1 else ''}"
                nth = f" (run {r + 1} of {args.repeat})" if args.repeat > 1 else ""
                print(f"running (a) bare {base} over factoid's processable passages, {procs}{nth} ...", flush=True)
                runs.setdefault(base + tag, []).append(_run(base, corpus=corpus_dir, workers=n))
                if not args.skip_raw and n == args.workers[0] and base == "spacy" and r == 0:
                    print("running (a') bare spaCy over the full raw text (reference) ...", flush=True)
                    res["spacy_raw"] = _run("spacy-raw", corpus=corpus_dir, workers=n)
                print(f"running (b) factoid ingest + build on a fresh SQLite file, {procs}{nth} ...", flush=True)
                runs.setdefault("build" + tag, []).append(_run("build", corpus=corpus_dir, db=_db(work, n, r),
                                                               workers=n))
        res.update({k: v[0] for k, v in runs.items()})  # the first run under the names of earlier results
        print("running (c) one new document: ingest + build ...", flush=True)
        res["rebuild"] = _run("rebuild", db=_db(work, args.workers[0]), extra=extra)
        report(info.words, res, args.workers, base)
        summary = repeated(runs, args.workers, base)
        if args.repeat > 1:
            report_repeated(summary, base)
        if args.json:
            Path(args.json).write_text(json.dumps({"corpus_words": info.words, "documents": info.documents,
                                                   "lang": args.lang, "seed": args.seed, "workers": args.workers,
                                                   "repeat": args.repeat, "load_average": os.getloadavg(),
                                                   "results": res, "runs": runs, "summary": summary}, indent=2))
    finally:
        if tmp is not None:
            tmp.cleanup()


def repeated(runs: dict[str, list[dict]], workers: list[int], base: str = "spacy") -> dict[str, dict]:
    """Per process count, both sides over every repetition, treated alike: wall and CPU seconds
    (best = least, and median), the ratio of the best times and the median of the per-run
    ratios (spaCy's time over factoid's in the same repetition), and what each run's machine
    did (steal, other processes' CPU) beside it."""
    out: dict[str, dict] = {}
    for n in workers:
        a, b = runs.get(base + _tag(n), []), runs.get("build" + _tag(n), [])
        if not a or not b:
            continue
        sa, sb = best_and_median([x["seconds"] for x in a]), best_and_median([x["seconds"] for x in b])
        out[str(n)] = {
            base + "_s": sa, "factoid_s": sb,
            base + "_cpu_s": best_and_median([x["cpu_s"] for x in a]),
            "factoid_cpu_s": best_and_median([x["cpu_s"] for x in b]),
            "ratio_of_best": sa["best"] / sb["best"],
            "ratio": best_and_median([x["seconds"] / y["seconds"] for x, y in zip(a, b, strict=True)],
                                     higher_is_better=True),
            "steal_s": {base: [x.get("machine", {}).get("steal") for x in a],
                        "factoid": [y.get("machine", {}).get("steal") for y in b]},
            "speed_probe_s": {base: [x.get("speed_probe_s") for x in a], "factoid": [y.get("speed_probe_s") for y in b]},
        }
    return out


def report_repeated(summary: dict[str, dict], base: str = "spacy") -> None:
    """Every repetition of both sides, then the best and the median ratio."""
    name = {"spacy": "spaCy", "natasha": "natasha"}[base]
    print()
    for n, s in summary.items():
        a, b = s[base + "_s"], s["factoid_s"]
        ac, bc = s[base + "_cpu_s"], s["factoid_cpu_s"]
        print(f"{n} process(es), runs alternating: {name} wall s {', '.join(f'{x:.1f}' for x in a['all'])} "
              f"(CPU s {', '.join(f'{x:.1f}' for x in ac['all'])}); factoid wall s "
              f"{', '.join(f'{x:.1f}' for x in b['all'])} (CPU s {', '.join(f'{x:.1f}' for x in bc['all'])})")
        print(f"    ratio of the best times {s['ratio_of_best']:.2f}; per-run ratios "
              f"{', '.join(f'{x:.2f}' for x in s['ratio']['all'])}, median {s['ratio']['median']:.2f}; "
              f"steal s {name} {s['steal_s'][base]}, factoid {s['steal_s']['factoid']}")
        probes = [f"{name} " + ", ".join("/".join(f"{t:.2f}" for t in p) for p in s["speed_probe_s"][base] if p),
                  "factoid " + ", ".join("/".join(f"{t:.2f}" for t in p) for p in s["speed_probe_s"]["factoid"] if p)]
        print(f"    speed probe CPU s before/after each run (higher = slower machine): {'; '.join(probes)}")


def report(corpus_words: int, res: dict[str, dict], workers: list[int], base: str = "spacy") -> None:
    a0, c = res[base + _tag(workers[0])], res["rebuild"]
    name = {"spacy": "spaCy", "natasha": "natasha"}[base]
    parsed = a0["words"]
    print()
    print(f"{name} pipeline: {', '.join(a0['pipeline'])}; batch size {a0['batch_size']}; "
          f"model load {a0['load_s']:.2f} s (not in (a))")
    b_pipe = res["build" + _tag(workers[0])].get("pipeline")
    if base == "spacy" and b_pipe is not None:
        skipped = [c for c in a0["pipeline"] if c not in b_pipe]
        print(f"factoid's pipeline: {', '.join(b_pipe)}; components the baseline runs and factoid skips: "
              f"{', '.join(skipped) or 'none'}")
    print(f"parsed text: {a0['texts']:,} processable passages, {parsed:,} words "
          f"({parsed / corpus_words:.0%} of the corpus's {corpus_words:,} words)")
    print()
    head = f"{'phase':<46} {'wall s':>8} {'CPU s':>8} {'words':>9} {'words/s':>9} {'peak RSS':>10}"
    print(head)
    print("-" * len(head))

    def row(name: str, r: dict, words: int | None = None, fmt: str = ".1f") -> None:
        rate = f"{words / r['seconds']:>9,.0f}" if words else f"{'':>9}"
        workers_rss = (f" + {r['peak_workers_total_mb']:,.0f} MB in {r['processes']} worker processes"
                       if r.get("processes") else "")
        print(f"{name:<46} {r['seconds']:>8{fmt}} {r.get('cpu_s', float('nan')):>8{fmt}} "
              f"{(f'{words:,}' if words else ''):>9} {rate} {r['peak_rss_mb']:>7,.0f} MB{workers_rss}")

    def sub(name: str, secs: float, fmt: str = ".1f") -> None:
        print(f"{'       ' + name:<46} {secs:>8{fmt}}")

    def machine(r: dict) -> None:
        """The machine's cores and this phase's processes over the phase: whose CPU it was."""
        m, own = r.get("machine"), [r.get("parent_counters", {}), *r.get("worker_counters", [])]
        if not m:
            return
        print(f"{'':<8}machine (all cores): user {m['user'] + m['nice']:.1f}, system {m['system']:.1f}, "
              f"iowait {m['iowait']:.1f}, steal {m['steal']:.1f} CPU s; busy {m['busy']:.1f} of which this "
              f"phase's processes {r.get('cpu_s', 0):.1f}")
        total = {k: sum(c.get(k, 0) for c in own) for k in ("minor_faults", "voluntary_switches", "involuntary_switches")}
        print(f"{'':<8}its processes: {total['minor_faults']:,.0f} minor faults, {total['voluntary_switches']:,.0f} "
              f"voluntary and {total['involuntary_switches']:,.0f} involuntary context switches")
        if r.get("speed_probe_s"):
            print(f"{'':<8}speed probe before/after: {' / '.join(f'{t:.3f}' for t in r['speed_probe_s'])} CPU s")

    for n in workers:
        a, b = res[base + _tag(n)], res["build" + _tag(n)]
        row(f"(a)  {name}, processable passages, n_process={n}", a, parsed)
        machine(a)
        if "spacy_raw" in res and n == workers[0]:
            row("(a') spaCy, full raw text (reference)", res["spacy_raw"], res["spacy_raw"]["words"])
        if a.get("processes"):
            sub("CPU s of the parent process", a["cpu_s"] - a["workers_cpu_s"])
            sub(f"CPU s of {a['processes']} worker processes", a["workers_cpu_s"])
        row(f"(b)  factoid ingest + build, {b['workers']} worker(s)", b, parsed)
        machine(b)
        row("     same, per corpus word", b, corpus_words)
        sub("ingest", b["ingest_s"])
        sub("build", b["build_s"])
        for stage, secs in b["stages"].items():
            sub("  " + stage, secs)
        sub("CPU s of build in the parent process", b["build_cpu_s"] - b["workers_cpu_s"])
        if b.get("processes"):  # the fork server and the pool's workers
            sub(f"CPU s of {b['processes']} worker processes", b["workers_cpu_s"])
    row("(c)  rebuild: +1 document, ingest + build", c, None, ".2f")
    sub("ingest", c["ingest_s"], ".2f")
    sub("build", c["build_s"], ".2f")
    for stage, secs in c["stages"].items():
        sub("  " + stage, secs, ".2f")
    sub("(process wall time incl. imports, open_kb)", c["process_s"], ".2f")
    print()
    b0 = res["build" + _tag(workers[0])]
    print(f"knowledge base: {b0['claims']:,} claims, {b0['persons']:,} persons, {b0['disputes']:,} disputes; "
          f"rebuild extracted {c['extracted']} document(s)")
    print(f"load average at the end: {', '.join(f'{x:.2f}' for x in os.getloadavg())} "
          f"(other work on this machine slows wall times; CPU times are steadier)")
    print()
    peak = max(v["peak_rss_mb"] + v.get("peak_workers_total_mb", 0) for v in res.values())
    peak_f = max(v["peak_rss_mb"] + v.get("peak_workers_total_mb", 0)
                 for k, v in res.items() if k.startswith(("build", "rebuild")))

    def verdict(name: str, ok: bool, detail: str) -> None:
        print(f"{'MET   ' if ok else 'MISSED'} {name}: {detail}")

    for n in workers:
        a, b = res[base + _tag(n)], res["build" + _tag(n)]
        rate_a, rate_b = parsed / a["seconds"], parsed / b["seconds"]
        target = TARGET_RATIO if n == 1 else TARGET_RATIO_PARALLEL
        verdict(f"throughput ratio (b)/(a) at {n} process(es) >= {target}", rate_b / rate_a >= target,
                f"{rate_b / rate_a:.2f} wall ({rate_b:,.0f} vs {rate_a:,.0f} parsed words/s); "
                f"{a['cpu_s'] / b['cpu_s']:.2f} by CPU time")
    verdict("peak RSS of factoid (b, c; parent + workers) <= 2 GB", peak_f <= TARGET_RSS_MB,
            f"{peak_f:,.0f} MB (max over every phase, bare spaCy references included: {peak:,.0f} MB)")
    verdict("rebuild after one new document < 5 s", c["seconds"] < TARGET_REBUILD_S,
            f"{c['seconds']:.2f} s (ingest {c['ingest_s']:.2f} s + build {c['build_s']:.2f} s, "
            f"in process; {c['process_s']:.2f} s with interpreter start and imports)")


if __name__ == "__main__":
    main()
