#!/usr/bin/env bash
# The shared-corpus evaluation CI runs: ../shared/corpus/seeds against its gold file, with the bar.
here=$(cd "$(dirname "$0")/.." && pwd)
exec bash "$here/scripts/score-corpus.sh" "$here/../shared/corpus/seeds" "$here/../shared/eval/seeds-gold.jsonl" --bar
