#!/usr/bin/env bash
# Datong year by year, 2025-2027, to 600 million parcels a year: which county centers open when, at which size,
# and what each year adds to the one before. The summary's build-out lines give each year's hub tiers, line-haul,
# toll subsidy and one-time awards (money received, off the total); report.html's year table has them too.
set -euo pipefail
source "$(dirname "$0")/common.sh"
"$HUBPLAN" plan "$ROOT/Networks/datong" --scenario "$ROOT/Examples/scenarios/datong-2025-2027.yaml" --out "$OUT/datong-2025-2027"
# What each year adds to the one before: centers and hubs opened or grown, villages moved, each cost line.
"$HUBPLAN" diff "$OUT/datong-2025-2027"
