#!/usr/bin/env bash
# Datong at its 2027 goal of 600 million parcels a year: how many hubs, which centers, what it costs.
set -euo pipefail
source "$(dirname "$0")/common.sh"
"$HUBPLAN" plan "$ROOT/Networks/datong" --scenario "$ROOT/Examples/scenarios/growth-600m.yaml" --out "$OUT/growth-600m"
