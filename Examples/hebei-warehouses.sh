#!/usr/bin/env bash
# An origin warehouse with cold storage collects Pingquan's shiitake (Hebei's produce table) in refrigerated vans.
set -euo pipefail
source "$(dirname "$0")/common.sh"
"$HUBPLAN" plan "$ROOT/Networks/hebei" --scenario "$ROOT/Examples/scenarios/pingquan-warehouses.yaml" --out "$OUT/hebei-warehouses" --quiet
# Per county, the operating models' summary.csv columns (backstop, stations and express rate, buses, warehouses).
cut -d, -f1,2,12-23 "$OUT/hebei-warehouses/summary.csv"
