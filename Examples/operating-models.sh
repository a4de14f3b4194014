#!/usr/bin/env bash
# All four operating models together in Yanggao: postal backstop, village stations, passenger buses, origin warehouses.
set -euo pipefail
source "$(dirname "$0")/common.sh"
"$HUBPLAN" plan "$ROOT/Networks/datong" --scenario "$ROOT/Examples/scenarios/yanggao-operating-models.yaml" --out "$OUT/operating-models" --quiet
# Per county, the operating models' summary.csv columns (backstop, stations and express rate, buses, warehouses).
cut -d, -f1,2,12-23 "$OUT/operating-models/summary.csv"
