#!/usr/bin/env bash
# Validate a probe set's gold.jsonl with the shared checker (../shared/eval/dev/check.py):
# eval/probe4 by default (this copy follows eval/probe/check.sh), or the probe folder given.
# The checker reads docs/<id>.txt and gold-*.jsonl; the probes also have .md and .html documents
# and one gold.jsonl, so it runs on a temporary view: every document linked under a .txt name.
set -euo pipefail
here=$(cd "${1:-$(dirname "$0")}" && pwd)
check="$here/../../../shared/eval/dev/check.py"
view=$(mktemp -d)
trap 'rm -rf "$view"' EXIT
ln -s "$here/gold.jsonl" "$view/gold-probe.jsonl"
for f in "$here"/docs/*/*; do
    rel=${f#"$here/docs/"}
    mkdir -p "$view/docs/$(dirname "$rel")"
    ln -s "$f" "$view/docs/${rel%.*}.txt"
done
python3 "$check" "$view"
