"""One very long document: does the build grow linearly with its length?

    .venv/bin/python benchmarks/long_document.py [--sizes 1000 2000 4000 8000] [--variant one|several|both]

For each size N a fresh knowledge base ingests one generated one-line text of N sentences and
builds it. Variants: ``one`` names one man in every sentence ("Lyushkov was born in 1900."),
``several`` rotates a handful of people with full and bare names, pronouns, places and ranks,
so that name grouping, pronoun resolution and the place and rank readers all see thousands of
names. Printed per size: build seconds, milliseconds per sentence, claims, and the growth
ratio to the previous size. Target (issue 15): doubling the size at most ~2.2x the time.
A build time includes the spaCy parse (linear); what must not grow faster is extraction.
"""

from __future__ import annotations

import argparse
import math
import sys
import tempfile
import time
from pathlib import Path

from factoid import api

_PEOPLE = (
    ("Ivan Petrovich Sorokin", "Sorokin", "he"),
    ("Maria Ivanovna Belova", "Belova", "she"),
    ("Karl Weiss", "Weiss", "he"),
    ("Anna Lindqvist", "Lindqvist", "she"),
    ("Tomas Havel", "Havel", "he"),
)
_TOWNS = ("Tula", "Riga", "Odessa", "Kazan", "Minsk", "Vilnius", "Prague")


def one_man(n: int) -> str:
    """``n`` sentences, one man named in each."""
    return "Lyushkov was born in 1900. " * n


def several(n: int) -> str:
    """``n`` sentences about several people, by full and bare names and pronouns."""
    out = []
    for i in range(n):
        full, surname, pronoun = _PEOPLE[i % len(_PEOPLE)]
        town = _TOWNS[i % len(_TOWNS)]
        year = 1850 + i % 90
        kind = (i // len(_PEOPLE)) % 4
        if kind == 0:
            out.append(f"{full} was born in {town} in {year}.")
        elif kind == 1:
            out.append(f"{surname} moved to {town} in {year}, where {pronoun} became a major.")
        elif kind == 2:
            out.append(f"In {year} {pronoun} was arrested in {town}.")
        else:
            out.append(f"{surname} ({year}\u2013{year + 60}) died in {town}.")
    return " ".join(out) + "\n"


VARIANTS = {"one": one_man, "several": several}


def run_one(text: str) -> tuple[float, int]:
    """Build seconds and claims of a fresh knowledge base holding only ``text``."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "docs"
        folder.mkdir()
        (folder / "long.txt").write_text(text, encoding="utf-8")
        kb = api.open_kb(str(Path(tmp) / "kb.db"))
        report = api.ingest(kb, [folder])
        if not report.ok:
            raise SystemExit(f"ingest failed: {report}")
        start = time.perf_counter()
        built = api.build(kb)
        seconds = time.perf_counter() - start
        if built.failed:
            raise SystemExit(f"build failed: {built.failed}")
        return seconds, built.claims


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 2000, 4000, 8000])
    parser.add_argument("--variant", choices=[*VARIANTS, "both"], default="both")
    args = parser.parse_args(argv)
    variants = list(VARIANTS) if args.variant == "both" else [args.variant]
    worst = 0.0
    overall: list[float] = []
    run_one("Pavel Fitin was born in 1907.")  # load the models outside the timings
    for name in variants:
        print(f"variant {name}")
        print(f"{'sentences':>10} {'chars':>9} {'build s':>8} {'ms/sent':>8} {'claims':>7} {'ratio':>6}")
        previous: float | None = None
        first: tuple[int, float] = (0, 0.0)
        for n in args.sizes:
            text = VARIANTS[name](n)
            seconds, claims = run_one(text)
            ratio = seconds / previous if previous else None
            if ratio is not None:
                worst = max(worst, ratio)
            shown = f"{ratio:6.2f}" if ratio is not None else f"{'-':>6}"
            print(f"{n:>10} {len(text):>9} {seconds:8.2f} {1000 * seconds / n:8.2f} {claims:>7} {shown}", flush=True)
            previous = seconds
            if not first[1]:
                first = (n, seconds)
        if len(args.sizes) > 1:
            doublings = math.log2(args.sizes[-1] / args.sizes[0])
            per = (seconds / first[1]) ** (1 / doublings)
            overall.append(per)
            print(f"time growth per doubling over {args.sizes[0]}..{args.sizes[-1]}: {per:.2f}")
    # one step can be noisy on a shared machine; the growth over the whole range is the verdict
    print(f"worst single step: {worst:.2f}; worst overall per doubling: {max(overall, default=0):.2f} (target <= 2.2)")
    return 0 if max(overall, default=0) <= 2.2 else 1


if __name__ == "__main__":
    sys.exit(main())
