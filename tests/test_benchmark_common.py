"""The counters the benchmarks record beside their timings (benchmarks/common.py): what the
machine and a process did over a measured span, and the best and median of repeated runs."""

from __future__ import annotations

import mmap
import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import common  # noqa: E402

linux = pytest.mark.skipif(not Path("/proc/stat").exists(), reason="needs Linux's /proc")


@linux
def test_machine_delta_counts_this_process_cpu() -> None:
    before = common.machine_times()
    x = 0
    for i in range(3_000_000):  # about a tenth of a second of CPU
        x += i
    delta = common.machine_delta(before, common.machine_times())
    assert set(common.MACHINE_FIELDS) <= set(delta)
    # a process run under `nice` is counted as nice time, not user time
    assert delta["busy"] >= delta["user"] + delta["nice"] > 0
    assert delta["steal"] >= 0


@linux
def test_process_counters_see_cpu_faults_and_switches() -> None:
    before = common.process_counters(os.getpid())
    # a fresh anonymous mapping: its pages fault in when touched (a bytearray could reuse heap
    # pages a long test session already faulted in, and count nothing)
    block = mmap.mmap(-1, 50_000_000)
    for i in range(0, len(block), 4096):
        block[i] = 1
    delta = common.counters_delta(before, common.process_counters())
    assert delta["minor_faults"] > 5_000
    assert delta["user_s"] + delta["system_s"] >= 0
    assert {"voluntary_switches", "involuntary_switches", "major_faults"} <= set(delta)


def test_process_counters_of_a_gone_process_are_empty() -> None:
    assert common.process_counters(2**22 + 12345) == {}


def test_best_and_median() -> None:
    assert common.best_and_median([3.0, 1.0, 2.0]) == {"best": 1.0, "median": 2.0, "all": [3.0, 1.0, 2.0]}
    assert common.best_and_median([0.5, 0.9], higher_is_better=True) == {"best": 0.9, "median": 0.7, "all": [0.5, 0.9]}
    assert common.best_and_median([]) == {}


def test_throughput_repeated_treats_both_sides_alike() -> None:
    import throughput

    def run(seconds: float, steal: float) -> dict:
        return {"seconds": seconds, "cpu_s": seconds * 2, "machine": {"steal": steal}}

    runs = {"spacy_2": [run(10.0, 0.0), run(12.0, 1.0), run(11.0, 0.0)],
            "build_2": [run(20.0, 0.0), run(10.0, 0.5), run(11.0, 0.0)]}
    s = throughput.repeated(runs, [2])["2"]
    assert s["spacy_s"]["best"] == 10.0 and s["factoid_s"]["best"] == 10.0
    assert s["ratio_of_best"] == 1.0
    assert s["ratio"]["all"] == [0.5, 1.2, 1.0] and s["ratio"]["median"] == 1.0 and s["ratio"]["best"] == 1.2
    assert s["steal_s"] == {"spacy": [0.0, 1.0, 0.0], "factoid": [0.0, 0.5, 0.0]}
    assert throughput.repeated(runs, [1]) == {}


def test_speed_probe_measures_a_fixed_work() -> None:
    assert common.speed_probe(rounds=1) >= 0
    assert common.speed_probe(rounds=50_000) > 0
