#!/usr/bin/env bash
# Usage: score-corpus.sh CORPUS GOLD [FLOOR]
# Build CORPUS into a fresh knowledge base, export it and score it with ../shared/eval/score.py
# against GOLD. With FLOOR (a name in eval/floors.json), fail when any measure falls below it.
# FACTOID (default: the project's .venv/bin/factoid) selects the command to run.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
corpus=$1 gold=$2 floor=${3:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
factoid="${FACTOID:-$here/.venv/bin/factoid} --db sqlite:///$work/kb.db"
score="$here/../shared/eval/score.py"
$factoid ingest "$corpus"
$factoid build
$factoid export --format claims-jsonl -o "$work/claims.jsonl"
python3 "$score" --gold "$gold" --claims "$work/claims.jsonl" --docs "$corpus"
[ -n "$floor" ] || exit 0
python3 "$score" --gold "$gold" --claims "$work/claims.jsonl" --docs "$corpus" --json > "$work/score.json"
python3 "$here/scripts/score-floor.py" "$work/score.json" "$floor"
