#!/usr/bin/env bash
# Passenger buses carry the parcels of Lingqiu's remote townships to their seats (客货邮融合); vans run the last leg.
set -euo pipefail
source "$(dirname "$0")/common.sh"
"$HUBPLAN" plan "$ROOT/Networks/datong" --scenario "$ROOT/Examples/scenarios/lingqiu-buses.yaml" --out "$OUT/bus-lines" --quiet
# Per county, the operating models' summary.csv columns (backstop, stations and express rate, buses, warehouses).
cut -d, -f1,2,12-23 "$OUT/bus-lines/summary.csv"
