"""Compare one score.py --json result with its floor in eval/floors.json.

Usage: python3 scripts/score-floor.py SCORE_JSON NAME

Prints one line per measure (value, floor, ok or BELOW) and exits 1 when any measure is
below its floor, so CI fails the moment a change makes extraction worse on a shared corpus.
Standard library only: it runs before anything is installed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

FLOORS = Path(__file__).resolve().parent.parent / "eval" / "floors.json"


def checks(result: dict, floor: dict) -> list[tuple[str, object, object, bool]]:
    """(measure, value, floor, ok) for every measure the floor names."""
    rows = []
    for key in ("f1", "precision", "recall", "disputes_found", "people_matched"):
        if key in floor:
            rows.append((key, result[key], floor[key], result[key] >= floor[key]))
    if "max_false_alarms" in floor:
        value = result["dispute_false_alarms"]
        rows.append(("false alarms", value, floor["max_false_alarms"], value <= floor["max_false_alarms"]))
    if "max_noise" in floor:
        value = result["noise_claims"]
        rows.append(("noise", value, floor["max_noise"], value <= floor["max_noise"]))
    if floor.get("all_grounded"):
        value = f"{result['grounded']}/{result['cited']}"
        rows.append(("grounded", value, "all", result["grounded"] == result["cited"]))
    return rows


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        sys.exit(__doc__)
    result = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    if argv[2] not in floors:
        sys.exit(f"{FLOORS}: no floor named {argv[2]!r}")
    rows = checks(result, floors[argv[2]])
    for name, value, floor, ok in rows:
        print(f"  {name:<15} {value!s:>8}  floor {floor!s:>6}  {'ok' if ok else 'BELOW'}")
    below = [name for name, _, _, ok in rows if not ok]
    if below:
        print(f"{argv[2]}: below the floor on {', '.join(below)}")
        return 1
    print(f"{argv[2]}: meets its floor")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
