"""Pieces every benchmark script shares: running a measured phase in a fresh subprocess (so its
peak RSS is its own), serving the web workspace on a free loopback port, a percentile, and what
the machine and a process did meanwhile (``/proc/stat`` and ``/proc/<pid>/stat``), which tells a
slow run on a busy or throttled machine from a slow program."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

#: Clock ticks per second of /proc's CPU times.
TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
#: The columns of /proc/stat's "cpu" line, in order (proc(5)).
MACHINE_FIELDS = ("user", "nice", "system", "idle", "iowait", "irq", "softirq", "steal")


def run_phase(script: Path, phase: str, *args: str, **kw: object) -> dict:
    """Run ``script --phase PHASE ARGS --key value ...`` and return the JSON of the line it
    prints after ``RESULT ``, with the subprocess's wall time as ``process_s``."""
    cmd = [sys.executable, str(script), "--phase", phase, *args]
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


@contextmanager
def serving(app: Any) -> Iterator[str]:
    """Serve an ASGI app with uvicorn on a free port of 127.0.0.1 in a thread; yields its base
    URL and stops the server on leaving."""
    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def percentile(xs: list[float], p: float) -> float:
    """The p-th percentile by nearest rank (p in 0..100)."""
    xs = sorted(xs)
    return xs[max(0, min(len(xs) - 1, round(p / 100 * (len(xs) - 1))))]


def machine_times() -> dict[str, float]:
    """The CPU seconds every core of the machine has spent per state since boot (``/proc/stat``;
    empty where there is none). ``steal`` is time a virtual machine's CPU was ready but the
    host ran something else: a phase that took longer with steal, or with more ``user`` time
    than its own processes account for, was slowed by its neighbours, not by its code."""
    try:
        line = Path("/proc/stat").read_text().splitlines()[0].split()
    except (OSError, IndexError):
        return {}
    return {name: int(v) / TICK for name, v in zip(MACHINE_FIELDS, line[1:], strict=False)}


def machine_delta(before: dict[str, float], after: dict[str, float]) -> dict[str, float]:
    """What the machine's cores did between two ``machine_times`` snapshots, in CPU seconds,
    with ``busy`` (everything but idle and iowait) and the load average at the end."""
    out = {k: round(after[k] - before[k], 3) for k in before if k in after}
    out["busy"] = round(sum(v for k, v in out.items() if k not in ("idle", "iowait")), 3)
    out["load_average"] = list(os.getloadavg())
    return out


def process_counters(pid: int | str = "self") -> dict[str, float]:
    """One process's CPU seconds (user, system), minor and major page faults and voluntary and
    involuntary context switches, from ``/proc/<pid>/stat`` and ``status`` (empty when gone).
    Many involuntary switches mean the process was ready to run and another took its core."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return {}
    f = stat[stat.rindex(")") + 2 :].split()  # fields from the third (state) on: comm may hold spaces
    out: dict[str, float] = {"user_s": int(f[11]) / TICK, "system_s": int(f[12]) / TICK,
                             "minor_faults": int(f[7]), "major_faults": int(f[9])}
    for line in status.splitlines():
        if line.startswith("voluntary_ctxt_switches:"):
            out["voluntary_switches"] = int(line.split()[1])
        elif line.startswith("nonvoluntary_ctxt_switches:"):
            out["involuntary_switches"] = int(line.split()[1])
    return out


def counters_delta(before: dict[str, float], after: dict[str, float]) -> dict[str, float]:
    """``after - before`` per counter (a counter missing before counts from zero)."""
    return {k: round(v - before.get(k, 0), 3) for k, v in after.items()}


def best_and_median(xs: list[float], higher_is_better: bool = False) -> dict[str, float]:
    """The best of repeated measurements (the least disturbed one, as ``timeit`` reports it)
    and their median, with every value."""
    if not xs:
        return {}
    ordered = sorted(xs)
    mid = len(ordered) // 2
    median = ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2
    return {"best": max(xs) if higher_is_better else min(xs), "median": median, "all": list(xs)}


def speed_probe(rounds: int = 200_000) -> float:
    """CPU seconds this process takes for a fixed piece of Python work (dict and string
    operations, about a tenth of a second on a quiet machine). The guest cannot see a virtual
    CPU slowed by what shares its host core and cache (no steal is counted: the CPU is running,
    only slower), but the same work taking longer shows it: a phase whose probes ran 30%
    slower ran on a 30% slower machine."""
    t0 = time.process_time()
    d: dict[str, int] = {}
    for i in range(rounds):
        k = f"k{i % 997}"
        d[k] = d.get(k, 0) + len(k)
    return time.process_time() - t0
