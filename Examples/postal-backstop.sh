#!/usr/bin/env bash
# China Post's township post offices serve Yanggao's villages beyond 25 km for every carrier (邮快合作).
set -euo pipefail
source "$(dirname "$0")/common.sh"
"$HUBPLAN" plan "$ROOT/Networks/datong" --scenario "$ROOT/Examples/scenarios/yanggao-backstop.yaml" --out "$OUT/postal-backstop" --quiet
# Per county, the operating models' summary.csv columns (backstop, stations and express rate, buses, warehouses).
cut -d, -f1,2,12-23 "$OUT/postal-backstop/summary.csv"
