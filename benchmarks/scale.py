"""Scale benchmark: how each build stage grows with the corpus, memory, incremental rebuild
and dossier latency, at 30k, 100k, 300k and 1M words (issue 14).

    .venv/bin/python benchmarks/scale.py                                  # every size, SQLite, every core
    .venv/bin/python benchmarks/scale.py --sizes 30000 100000 --workers 2
    .venv/bin/python benchmarks/scale.py --cluster local                  # a 2-worker Dask LocalCluster
    .venv/bin/python benchmarks/scale.py --store postgresql                 # a server of its own
    .venv/bin/python benchmarks/scale.py --store postgresql://USER@127.0.0.1/DB   # emptied first!

For each size, in fresh subprocesses (so each peak RSS is the phase's own):

1. a corpus of that many words (``benchmarks/corpus.py``: distinct recombined documents);
2. **build**: ``api.ingest`` + ``api.build`` into an empty store, wall time of each stage
   (ingest; extract = parse, extract and store each document; resolve; reconcile) and the peak
   RSS of the build process plus the sum of its worker processes' peaks;
3. **rebuild**: one new distinct document, ``ingest`` + ``build``, timed in process;
4. **dossier**: the person with the most claims, through the web app on 127.0.0.1 (uvicorn,
   httpx): p50/p95 of the dossier page and the dossier API after a warm-up, and of the
   dossier pages of as many other people each opened once ("first view": the page keeps its
   rendered sections per knowledge-base state, so repeated requests alone would time that cache).

``--store postgresql`` starts a throwaway PostgreSQL server from the Debian packages, as the
tests do (``tests/store/pg.py``: initdb in a temporary folder, 127.0.0.1 only, stopped at the
end), with a fresh database per size.

Then the exponent b of ``time = a * words**b`` fitted per stage across the sizes (1 is
linear). Targets at 1M words: peak RSS <= 2 GB, rebuild < 5 s, dossier p95 < 150 ms, no stage
growing faster than linear. Results go to ``benchmarks/results/`` as JSON.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import percentile, run_phase, serving  # noqa: E402
from throughput import Descendants, Stages, _peak_rss_mb  # noqa: E402

if TYPE_CHECKING:
    import httpx

    from factoid.api import KnowledgeBase

SIZES = (30_000, 100_000, 300_000, 1_000_000)
TARGET_RSS_MB = 2048
TARGET_REBUILD_S = 5.0
TARGET_P95_MS = 150.0
#: A stage whose fitted exponent is at most this grows linearly (timing noise included).
LINEAR = 1.15
STAGES = ("ingest", "extract", "resolve", "reconcile", "build")


# ---- phases (each in its own subprocess) --------------------------------------------------------


def _engine(args: argparse.Namespace) -> dict:
    return {"workers": args.workers, "cluster": args.cluster}


def phase_build(args: argparse.Namespace) -> dict:
    from factoid import api

    kb = api.open_kb(args.url)
    t0 = time.perf_counter()
    ing = api.ingest(kb, [args.corpus])
    t1 = time.perf_counter()
    stages = Stages()
    with Descendants() as kids:
        rep = api.build(kb, progress=stages, **_engine(args))
        kids.sample()
    t2 = time.perf_counter()
    times = stages.times(t2)
    return {"ingest_s": t1 - t0, "build_s": t2 - t1, "stages": times, "documents": len(ing.new),
            "failed": len(ing.failed) + len(rep.failed), "claims": rep.claims, "persons": rep.persons,
            "disputes": rep.disputes, "workers": rep.workers, "peak_rss_mb": _peak_rss_mb(), **kids.summary()}


def phase_rebuild(args: argparse.Namespace) -> dict:
    from factoid import api

    kb = api.open_kb(args.url)
    t0, c0 = time.perf_counter(), time.process_time()
    api.ingest(kb, [args.extra])
    t1, c1 = time.perf_counter(), time.process_time()
    with Descendants() as kids:
        rep = api.build(kb, **_engine(args))
    t2, c2 = time.perf_counter(), time.process_time()
    # CPU seconds of this process too: on a busy machine they say more than wall time does
    return {"seconds": t2 - t0, "ingest_s": t1 - t0, "build_s": t2 - t1, "cpu_s": c2 - c0,
            "ingest_cpu_s": c1 - c0, "build_cpu_s": c2 - c1, "extracted": len(rep.extracted),
            "workers": rep.workers, "peak_rss_mb": _peak_rss_mb(), **kids.summary()}


def phase_dossier(args: argparse.Namespace) -> dict:
    import httpx

    from factoid import api
    from factoid.web.app import create_app

    kb = api.open_kb(args.url)
    top = max(api.people(kb), key=lambda p: p["claims"])
    endpoints = {"dossier page": f"/people/{quote(top['id'].removeprefix('person/'))}",
                 "dossier API": f"/api/people/{quote(top['id'])}"}
    out: dict = {"person": top["name"], "claims": top["claims"], "requests": args.requests}
    with serving(create_app(kb)) as base, httpx.Client(base_url=base, timeout=600) as client:
        t = time.perf_counter()  # the first page after a build reads the knowledge base's snapshot
        client.get(endpoints["dossier page"]).raise_for_status()
        out["first request after the build"] = {"ms": (time.perf_counter() - t) * 1000}
        for name, url in endpoints.items():
            for _ in range(5):
                client.get(url).raise_for_status()
            ms = []
            for _ in range(args.requests):
                t = time.perf_counter()
                client.get(url).raise_for_status()
                ms.append((time.perf_counter() - t) * 1000)
            out[name] = {"p50_ms": percentile(ms, 50), "p95_ms": percentile(ms, 95), "max_ms": max(ms)}
        out[FIRST_VIEW] = _first_views(client, kb, args.requests)
    return out


def _first_views(client: httpx.Client, kb: KnowledgeBase, n: int) -> dict:
    """The dossier page of the ``n`` people with the most claims, each requested once: what a
    historian waits for on opening a dossier nobody has opened since the last build (the page
    keeps rendered sections per knowledge-base state, so repeated requests measure that cache)."""
    from factoid import api

    people = sorted(api.people(kb), key=lambda p: -p["claims"])[:n]
    ms = []
    for person in people:
        t = time.perf_counter()
        client.get(f"/people/{quote(person['id'].removeprefix('person/'))}").raise_for_status()
        ms.append((time.perf_counter() - t) * 1000)
    return {"people": len(ms), "p50_ms": percentile(ms, 50), "p95_ms": percentile(ms, 95), "max_ms": max(ms)}


#: The dossier pages of many people, each opened once (no cache can help them).
FIRST_VIEW = "dossier page, first view"

PHASES = {"build": phase_build, "rebuild": phase_rebuild, "dossier": phase_dossier}


def _run(phase: str, args: argparse.Namespace, **kw: object) -> dict:
    extra = ["--requests", str(args.requests)]
    if args.workers is not None:
        extra += ["--workers", str(args.workers)]
    if args.cluster:
        extra += ["--cluster", args.cluster]
    return run_phase(Path(__file__).resolve(), phase, *extra, **kw)


# ---- the store ----------------------------------------------------------------------------------


def empty_store(url: str | None, folder: Path, size: int) -> str:
    """A URL of an empty knowledge base for one size: a new SQLite file, or the given database
    with every table dropped."""
    if not url:
        db = folder / f"kb-{size}.db"
        for p in (db, Path(f"{db}-wal"), Path(f"{db}-shm"), Path(f"{db}-journal")):
            p.unlink(missing_ok=True)
        return f"sqlite:///{db}"
    from sqlalchemy import MetaData, create_engine, text

    engine = create_engine(url)
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
        else:
            meta = MetaData()
            meta.reflect(conn)
            meta.drop_all(conn)
    engine.dispose()
    return url


def _pg_server():  # type: ignore[no-untyped-def]
    """A throwaway PostgreSQL server, started the way the tests start theirs."""
    sys.path.insert(0, str(HERE.parent / "tests" / "store"))
    from pg import PgServer, find_bindir

    bindir = find_bindir()
    if bindir is None:
        raise SystemExit("--store postgresql: PostgreSQL's server binaries (initdb, postgres) are not installed")
    server = PgServer(bindir)
    server.start()
    return server


# ---- driver -------------------------------------------------------------------------------------


def exponent(sizes: list[int], seconds: list[float]) -> float | None:
    """The least-squares slope of log(seconds) against log(words)."""
    pts = [(math.log(w), math.log(s)) for w, s in zip(sizes, seconds, strict=True) if s > 0]
    if len(pts) < 2:
        return None
    mx, my = sum(x for x, _ in pts) / len(pts), sum(y for _, y in pts) / len(pts)
    den = sum((x - mx) ** 2 for x, _ in pts)
    return sum((x - mx) * (y - my) for x, y in pts) / den if den else None


def stage_seconds(build: dict, stage: str) -> float:
    return build["ingest_s"] if stage == "ingest" else build["build_s"] if stage == "build" else build["stages"].get(stage, 0.0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=list(SIZES), help="corpus sizes in words")
    ap.add_argument("--workers", type=int, help="factoid build --workers (default: every core, as the CLI)")
    ap.add_argument("--cluster", help="factoid build --cluster: 'local' (a LocalCluster of --workers, default 2) "
                                      "or tcp://HOST:8786")
    ap.add_argument("--store", help="'postgresql' (a throwaway server started here), or a knowledge base URL "
                                    "instead of a new SQLite file per size (EMPTIED first)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--requests", type=int, default=50, help="dossier requests per endpoint")
    ap.add_argument("--keep", help="write corpora and knowledge bases here and keep them")
    ap.add_argument("--json", help="results file (default: benchmarks/results/scale-<store>-<engine>-<time>.json)")
    ap.add_argument("--phase", help=argparse.SUPPRESS)
    ap.add_argument("--url", help=argparse.SUPPRESS)
    ap.add_argument("--corpus", help=argparse.SUPPRESS)
    ap.add_argument("--extra", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.phase:
        print("RESULT " + json.dumps(PHASES[args.phase](args)))
        return
    if args.cluster == "local" and args.workers is None:
        args.workers = 2
    from corpus import build_corpus, extra_document

    tmp = None if args.keep else tempfile.TemporaryDirectory(prefix="factoid-scale-")
    work = Path(args.keep or tmp.name)  # type: ignore[union-attr]
    work.mkdir(parents=True, exist_ok=True)
    store = "postgresql" if (args.store or "").startswith("postgresql") else "sqlite" if not args.store else "other"
    engine = f"cluster-{args.cluster.split('://')[0]}" if args.cluster else f"workers-{args.workers or 'auto'}"
    print(f"machine: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}; store {store}; engine {engine}; "
          f"load average {', '.join(f'{x:.2f}' for x in os.getloadavg())}", flush=True)
    runs: list[dict] = []
    when = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    path = Path(args.json) if args.json else (
        HERE / "results" / f"scale-{store}-{engine}-{when[:16].replace(':', '')}.json")
    path.parent.mkdir(parents=True, exist_ok=True)
    server = _pg_server() if args.store == "postgresql" else None
    try:
        for size in sorted(args.sizes):
            info = build_corpus(work / f"corpus-{size}", words=size, seed=args.seed)
            extra = extra_document(work / f"extra-{size}", seed=args.seed)
            url = server.database(f"kb{size}") if server else empty_store(args.store, work, size)
            load_before = os.getloadavg()[0]
            print(f"{size:,} words: {info.documents} documents; building ...", flush=True)
            run = {"words": info.words, "target_words": size, "documents": info.documents,
                   "load_average_before": load_before}
            run["build"] = _run("build", args, url=url, corpus=info.folder)
            print(f"  build {run['build']['build_s']:.1f} s; rebuild ...", flush=True)
            run["rebuild"] = _run("rebuild", args, url=url, extra=extra)
            print(f"  rebuild {run['rebuild']['seconds']:.2f} s; dossier ...", flush=True)
            run["dossier"] = _run("dossier", args, url=url)
            run["load_average_after"] = os.getloadavg()[0]
            runs.append(run)
            result = summary(when, store, engine, args.seed, runs)
            path.write_text(json.dumps(result, indent=2) + "\n")  # after every size: a long run keeps what it measured
    finally:
        if server is not None:
            server.stop()
        if tmp is not None:
            tmp.cleanup()
    report(result)
    print(f"results: {path}")


def summary(when: str, store: str, engine: str, seed: int, runs: list[dict]) -> dict:
    return {"when": when, "cpus": os.cpu_count(), "store": store, "engine": engine, "seed": seed, "runs": runs,
            "exponents": {s: exponent([r["words"] for r in runs], [stage_seconds(r["build"], s) for r in runs])
                          for s in STAGES}}


def report(result: dict) -> None:
    runs = result["runs"]
    print()
    head = (f"{'words':>9} {'docs':>5} {'ingest':>7} {'extract':>8} {'resolve':>8} {'reconcile':>9} {'build':>7} "
            f"{'us/word':>8} {'mem MB':>7} {'rebuild':>8} {'p95 page':>9} {'p95 API':>8} {'p95 1st':>8} {'load':>5}")
    print(head)
    print("-" * len(head))
    for r in runs:
        b, d = r["build"], r["dossier"]
        rss = (max(b["peak_tree_pss_mb"], b["peak_rss_mb"]) if b.get("peak_tree_pss_mb")
               else b["peak_rss_mb"] + b.get("peak_workers_total_mb", 0.0))
        print(f"{r['words']:>9,} {r['documents']:>5} {b['ingest_s']:>7.1f} {stage_seconds(b, 'extract'):>8.1f} "
              f"{stage_seconds(b, 'resolve'):>8.2f} {stage_seconds(b, 'reconcile'):>9.2f} {b['build_s']:>7.1f} "
              f"{(b['ingest_s'] + b['build_s']) / r['words'] * 1e6:>8.0f} {rss:>7,.0f} {r['rebuild']['seconds']:>8.2f} "
              f"{d['dossier page']['p95_ms']:>9.1f} {d['dossier API']['p95_ms']:>8.1f} "
              f"{d.get(FIRST_VIEW, {}).get('p95_ms', math.nan):>8.1f} {r['load_average_after']:>5.1f}")
    print()
    print("fitted exponent (time ~ words^b): " + ", ".join(
        f"{s} {b:.2f}" if b is not None else f"{s} -" for s, b in result["exponents"].items()))
    last = runs[-1]
    b = last["build"]
    rss = b["peak_rss_mb"] + b.get("peak_workers_total_mb", 0.0)
    at = f"at {last['words']:,} words" + ("" if last["target_words"] >= 1_000_000 else " (the 1M-word size was not run)")

    def verdict(name: str, ok: bool, detail: str) -> None:
        print(f"{'MET   ' if ok else 'MISSED'} {name}: {detail}")

    pss = max(b.get("peak_tree_pss_mb") or 0.0, b["peak_rss_mb"]) if b.get("peak_tree_pss_mb") else None
    verdict("peak memory <= 2 GB", (pss or rss) <= TARGET_RSS_MB,
            (f"{pss:,.0f} MB {at}, the build's process tree at its peak (PSS: pages the workers share with "
             f"their fork server counted once); the sum of every process's own RSS peak: " if pss else "")
            + f"{rss:,.0f} MB (build process {b['peak_rss_mb']:,.0f} MB + {b.get('processes', 0)} worker processes "
            f"{b.get('peak_workers_total_mb', 0):,.0f} MB)")
    verdict("rebuild after one new document < 5 s", last["rebuild"]["seconds"] < TARGET_REBUILD_S,
            f"{last['rebuild']['seconds']:.2f} s {at}")
    measured = [k for k in ("dossier page", "dossier API", FIRST_VIEW) if k in last["dossier"]]
    worst_p95 = max(measured, key=lambda k: last["dossier"][k]["p95_ms"])
    p95 = last["dossier"][worst_p95]["p95_ms"]
    verdict("dossier p95 < 150 ms", p95 < TARGET_P95_MS, f"{p95:.1f} ms {at} (slowest: {worst_p95}; "
            + ", ".join(f"{k} {last['dossier'][k]['p95_ms']:.1f} ms" for k in measured) + ")")
    if "first request after the build" in last["dossier"]:
        print(f"       (not a p95: the first page request after the build, which reads the snapshot every "
              f"page serves from, took {last['dossier']['first request after the build']['ms']:,.0f} ms)")
    worst = {s: e for s, e in result["exponents"].items() if e is not None and s != "build"}
    if worst:
        s, e = max(worst.items(), key=lambda x: x[1])
        verdict(f"no stage faster than linear (exponent <= {LINEAR})", e <= LINEAR, f"steepest: {s} {e:.2f}")


if __name__ == "__main__":
    main()
