#!/usr/bin/env bash
# Village service stations in Laiyuan (多站合一): which villages host one, how often each is served.
set -euo pipefail
source "$(dirname "$0")/common.sh"
"$HUBPLAN" plan "$ROOT/Networks/hebei" --scenario "$ROOT/Examples/scenarios/laiyuan-stations.yaml" --out "$OUT/village-stations" --quiet
# Per county, the operating models' summary.csv columns (backstop, stations and express rate, buses, warehouses).
cut -d, -f1,2,12-23 "$OUT/village-stations/summary.csv"
