#!/usr/bin/env bash
# Stability of routes (docs/stability-routes.md): Datong planned at the network's demand, then re-planned from that
# plan at 1.1 x the demand with stability W = 0, 2,000, 20,000 and 200,000 yuan a village moved or whose route
# changed; routing runs a fixed number of iterations, so each row depends on the data and seed only. Prints one
# table row per re-plan.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
HUBPLAN="${HUBPLAN:-$ROOT/.build/debug/hubplan}"
OUT="${OUT:-$ROOT/out/stability-routes}"
mkdir -p "$OUT"
[ -s "$OUT/base/plan.json" ] || "$HUBPLAN" plan "$ROOT/Networks/datong" --quiet \
  --scenario "$ROOT/docs/bench/stability-routes-base.yaml" --out "$OUT/base"
for w in ${WEIGHTS:-0 2000 20000 200000}; do
  [ -s "$OUT/w$w/plan.json" ] || "$HUBPLAN" plan "$ROOT/Networks/datong" --quiet \
    --scenario "$ROOT/docs/bench/stability-routes-$w.yaml" --from "$OUT/base/plan.json" --out "$OUT/w$w"
  "$HUBPLAN" verify "$ROOT/Networks/datong" "$OUT/w$w/plan.json" > /dev/null
  python3 - "$OUT/w$w/plan.json" "$w" <<'PY'
import json, sys
p = json.load(open(sys.argv[1])); c = p["continuity"]; w = int(sys.argv[2])
routes = [r for r in p["routes"] if not r["directTrip"]]
stage = next(s for s in p["stages"] if s["name"] == "routes")
routed = len({s for r in routes for s in r["stops"]})
print(f"| {w:,} | {c['villagesMoved']:,} | {c['villagesRouteMoved']:,} of {routed:,} | {len(routes):,}"
      f" | {sum(r['km'] for r in routes):,.0f} | {stage['objective']:,.0f} | {p['costs']['villageDelivery']:,.0f}"
      f" | {c['charge']:,.0f} | {c['warmStartRoutes']} |")
PY
done
