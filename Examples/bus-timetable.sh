#!/usr/bin/env bash
# Passenger buses on Lingqiu's own lines, read from a bus_lines file (Examples/scenarios/lingqiu-bus-lines.json).
set -euo pipefail
source "$(dirname "$0")/common.sh"
"$HUBPLAN" plan "$ROOT/Networks/datong" --scenario "$ROOT/Examples/scenarios/lingqiu-bus-timetable.yaml" --out "$OUT/bus-timetable" --quiet
# Per county, the operating models' summary.csv columns (backstop, stations and express rate, buses, warehouses).
cut -d, -f1,2,12-23 "$OUT/bus-timetable/summary.csv"
