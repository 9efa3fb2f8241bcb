#!/usr/bin/env bash
# Validate eval/probe15/gold.jsonl with the shared checker: the same view and checker as eval/probe's.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
exec bash "$here/../probe/check.sh" "$here"
