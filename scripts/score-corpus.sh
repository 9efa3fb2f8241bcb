#!/usr/bin/env bash
# Usage: score-corpus.sh CORPUS GOLD [--bar]
# Build CORPUS into a fresh knowledge base, export it and score it with ../shared/eval/score.py
# against GOLD. With --bar, fail unless every gold person is matched, every quote is grounded,
# no claim comes from noise, every gold dispute is found without false alarm and F1 >= 0.75
# (the quality bar of the claims issue).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
corpus=$1 gold=$2 bar=${3:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
factoid="$here/.venv/bin/factoid --db sqlite:///$work/kb.db"
score="$here/../shared/eval/score.py"
$factoid ingest "$corpus"
$factoid build
$factoid export --format claims-jsonl -o "$work/claims.jsonl"
python3 "$score" --gold "$gold" --claims "$work/claims.jsonl" --docs "$corpus"
[ "$bar" = "--bar" ] || exit 0
python3 "$score" --gold "$gold" --claims "$work/claims.jsonl" --docs "$corpus" --json > "$work/score.json"
python3 - "$work/score.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
problems = []
if r["people_matched"] != r["people_total"]:
    problems.append(f"people matched {r['people_matched']}/{r['people_total']}")
if r["grounded"] != r["cited"]:
    problems.append(f"grounded {r['grounded']}/{r['cited']}")
if r["noise_claims"]:
    problems.append(f"noise {r['noise_claims']}")
if r["f1"] < 0.75:
    problems.append(f"F1 {r['f1']} < 0.75")
if r["disputes_found"] != r["disputes_total"] or r["dispute_false_alarms"]:
    problems.append(f"disputes {r['disputes_found']}/{r['disputes_total']}, false alarms {r['dispute_false_alarms']}")
if problems:
    sys.exit("score below the bar: " + "; ".join(problems))
print("score meets the bar")
PY
