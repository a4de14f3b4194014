#!/usr/bin/env bash
# Co-delivery in one county (Yanggao): shared routes from the county center against each carrier alone.
set -euo pipefail
source "$(dirname "$0")/common.sh"
"$HUBPLAN" plan "$ROOT/Networks/datong" --scenario "$ROOT/Examples/scenarios/yanggao-codelivery.yaml" \
  --out "$OUT/codelivery-county" --quiet
cut -d, -f1,2,9-11 "$OUT/codelivery-county/summary.csv"
