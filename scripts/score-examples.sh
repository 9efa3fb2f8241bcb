#!/usr/bin/env bash
# Build examples/corpus into a fresh knowledge base, export it and score it against the
# hand-made gold file examples/gold.jsonl. A development measurement: it prints the report
# and sets no pass/fail bar (the exit status is non-zero only when a step itself fails).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
shared="$here/../shared"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
factoid="$here/.venv/bin/factoid --db sqlite:///$work/kb.db"
$factoid ingest "$here/examples/corpus"
$factoid build
$factoid export --format claims-jsonl -o "$work/claims.jsonl"
python3 "$shared/eval/score.py" --gold "$here/examples/gold.jsonl" --claims "$work/claims.jsonl" \
    --docs "$here/examples/corpus"
