#!/usr/bin/env bash
# Datong with 3, 4 and 5 regional hubs: one plan each (a sweep), then what changes from 3 to 5.
set -euo pipefail
source "$(dirname "$0")/common.sh"
"$HUBPLAN" sweep "$ROOT/Examples/scenarios/datong.yaml" --vary hubs=3..5 --out "$OUT/datong-hubs" --quiet
cat "$OUT/datong-hubs/sweep.csv"
"$HUBPLAN" diff "$OUT/datong-hubs/point-1" "$OUT/datong-hubs/point-3"
echo "comparison: $OUT/datong-hubs/sweep.html"
