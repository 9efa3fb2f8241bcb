#!/usr/bin/env bash
# A development measurement: the bundled examples against examples/gold.jsonl, no bar
# (the HTML example cannot be grounded by score.py, which reads the raw file).
here=$(cd "$(dirname "$0")/.." && pwd)
exec bash "$here/scripts/score-corpus.sh" "$here/examples/corpus" "$here/examples/gold.jsonl"
