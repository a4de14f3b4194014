#!/usr/bin/env bash
# The cost of stability (docs/years-benchmarks.md): Datong's 2028-2029 re-plan from the 2025-2027 plan with
# stability W = 0, 20,000 and 200,000 yuan per village moved, as a build-out (2028-2029, multi-period model) and
# as one year (2028, county-center model); prints one table row per run. `ONLY=2028` runs the one-year rows only.
# Routing runs a fixed number of iterations (`routing_iterations`), so routes and their costs do not depend on
# the machine's load; the location models' time limits still can (the build-out model is stopped by its limit).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
HUBPLAN="${HUBPLAN:-$ROOT/.build/debug/hubplan}"
OUT="${OUT:-$ROOT/out/stability}"
mkdir -p "$OUT"
[ -s "$OUT/datong-2025-2027/plan.json" ] || "$HUBPLAN" plan "$ROOT/Networks/datong" --quiet \
  --scenario "$ROOT/docs/bench/datong-2025-2027-stability-base.yaml" --out "$OUT/datong-2025-2027"
for w in 0 20000 200000; do
  [ "${ONLY:-}" = 2028 ] && break
  "$HUBPLAN" plan "$ROOT/Networks/datong" --quiet --scenario "$ROOT/docs/bench/datong-replan-stability-$w.yaml" \
    --from "$OUT/datong-2025-2027/plan.json" --out "$OUT/w$w"
  "$HUBPLAN" verify "$ROOT/Networks/datong" "$OUT/w$w/plan.json" > /dev/null
  python3 - "$OUT/w$w/plan.json" "$w" <<'PY'
import json, sys
p = json.load(open(sys.argv[1])); s = p["schedule"]; c = p["continuity"]; t = s["totals"]
print(f"| {int(sys.argv[2]):,} | {c['villagesMoved']:,} | {' / '.join(str(y['villagesMoved']) for y in c['years'])}"
      f" | {c.get('villagesRouteMoved', 0):,} | {t['total']:,.0f} | {t['transport']:,.0f}"
      f" | {t['capital'] + t['closing']:,.0f} | {t.get('hubs', 0):,.0f} | {c['charge']:,.0f}"
      f" | {p['costs']['total']:,.0f} | {s['status']} ({s['gap'] * 100:.1f}%) | {c['warmStartRoutes']} |")
PY
done
for w in 0 20000 200000; do
  "$HUBPLAN" plan "$ROOT/Networks/datong" --quiet --scenario "$ROOT/docs/bench/datong-replan-2028-stability-$w.yaml" \
    --from "$OUT/datong-2025-2027/plan.json" --out "$OUT/y$w"
  "$HUBPLAN" verify "$ROOT/Networks/datong" "$OUT/y$w/plan.json" > /dev/null
  python3 - "$OUT/y$w/plan.json" "$w" <<'PY'
import json, sys
p = json.load(open(sys.argv[1])); c = p["continuity"]; k = p["costs"]
centers = next(s for s in p["stages"] if s["name"] == "centers")
parcel_km = sum(a["km"] * a["parcelsPerDay"] for a in p["assignments"])
print(f"| {int(sys.argv[2]):,} | {c['villagesMoved']:,} | {c.get('villagesRouteMoved', 0):,} | {parcel_km:,.0f}"
      f" | {k['villageDelivery']:,.0f}"
      f" | {k['total']:,.0f} | {c['charge']:,.0f} | {centers['status']} | {c['warmStartRoutes']} |")
PY
done
