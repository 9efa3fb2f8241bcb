#!/usr/bin/env bash
# The shared sample corpus (../shared/corpus/seeds) against its gold file and floor.
here=$(cd "$(dirname "$0")/.." && pwd)
exec bash "$here/scripts/score-corpus.sh" "$here/../shared/corpus/seeds" "$here/../shared/eval/seeds-gold.jsonl" seeds
