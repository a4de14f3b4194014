#!/usr/bin/env bash
# Datong year by year, 2025-2027, to 600 million parcels a year: which county centers open when, at which size.
# The summary's build-out lines give each year's hub tiers, line-haul, toll subsidy and one-time awards (money
# received, off the total); report.html's year table has them too.
set -euo pipefail
source "$(dirname "$0")/common.sh"
"$HUBPLAN" plan "$ROOT/Networks/datong" --scenario "$ROOT/Examples/scenarios/datong-2025-2027.yaml" --out "$OUT/datong-2025-2027"
