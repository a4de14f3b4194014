#!/usr/bin/env bash
# A closed road in the Hunyuan roads sample: the plan with and without it, and the difference.
# The sample's roads form a tree, so the closure cuts a township off the road graph; its villages then use the
# great-circle fallback (Networks/README.md), which can be shorter than the synthetic road it replaces.
set -euo pipefail
source "$(dirname "$0")/common.sh"
"$HUBPLAN" plan "$ROOT/Networks/samples/hunyuan-roads" --out "$OUT/road-open" --quiet
"$HUBPLAN" plan "$ROOT/Networks/samples/hunyuan-roads" --scenario "$ROOT/Examples/scenarios/closed-road.yaml" \
  --out "$OUT/road-closed" --quiet
"$HUBPLAN" diff "$OUT/road-open" "$OUT/road-closed"
