#!/usr/bin/env bash
# An origin warehouse with cold storage collects Zuoyun's mutton in refrigerated vans (电商+产地仓).
set -euo pipefail
source "$(dirname "$0")/common.sh"
"$HUBPLAN" plan "$ROOT/Networks/datong" --scenario "$ROOT/Examples/scenarios/zuoyun-warehouses.yaml" --out "$OUT/origin-warehouses" --quiet
# Per county, the operating models' summary.csv columns (backstop, stations and express rate, buses, warehouses).
cut -d, -f1,2,12-23 "$OUT/origin-warehouses/summary.csv"
