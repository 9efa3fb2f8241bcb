#!/usr/bin/env bash
# The shared development corpora (../shared/eval/dev and dev-ru) against their gold files and floors.
# Both run even when the first falls below its floor; the exit status says whether either did.
here=$(cd "$(dirname "$0")/.." && pwd)
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
for name in dev dev-ru; do
    echo "== $name"
    bash "$here/scripts/score-corpus.sh" "$here/../shared/eval/$name/docs" "$here/../shared/eval/$name/gold.jsonl" "$name" \
        > "$log" 2>&1 || status=1
    tail -n 12 "$log"
done
exit $status
