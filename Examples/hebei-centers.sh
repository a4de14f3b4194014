#!/usr/bin/env bash
# Hebei's "every county has a center" for Zhangjiakou's 16 county-level divisions: centers and village routes.
set -euo pipefail
source "$(dirname "$0")/common.sh"
"$HUBPLAN" plan "$ROOT/Networks/hebei" --scenario "$ROOT/Examples/scenarios/zhangjiakou-centers.yaml" \
  --out "$OUT/hebei-centers"
