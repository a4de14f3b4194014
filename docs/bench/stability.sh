#!/usr/bin/env bash
# The cost of stability (docs/years-benchmarks.md): Datong's 2028-2029 re-plan from the 2025-2027 plan with
# stability W = 0, 20,000 and 200,000 yuan per village moved; prints one table row per W.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
HUBPLAN="${HUBPLAN:-$ROOT/.build/debug/hubplan}"
OUT="${OUT:-$ROOT/out/stability}"
mkdir -p "$OUT"
[ -s "$OUT/datong-2025-2027/plan.json" ] || "$HUBPLAN" plan "$ROOT/Networks/datong" --quiet \
  --scenario "$ROOT/Examples/scenarios/datong-2025-2027.yaml" --out "$OUT/datong-2025-2027"
for w in 0 20000 200000; do
  "$HUBPLAN" plan "$ROOT/Networks/datong" --quiet --scenario "$ROOT/docs/bench/datong-replan-stability-$w.yaml" \
    --from "$OUT/datong-2025-2027/plan.json" --out "$OUT/w$w"
  "$HUBPLAN" verify "$ROOT/Networks/datong" "$OUT/w$w/plan.json" > /dev/null
  python3 - "$OUT/w$w/plan.json" "$w" <<'PY'
import json, sys
p = json.load(open(sys.argv[1])); s = p["schedule"]; c = p["continuity"]; t = s["totals"]
print(f"| {int(sys.argv[2]):,} | {c['villagesMoved']:,} | {' / '.join(str(y['villagesMoved']) for y in c['years'])}"
      f" | {t['total']:,.0f} | {t['transport']:,.0f} | {t['capital'] + t['closing']:,.0f} | {c['charge']:,.0f}"
      f" | {p['costs']['total']:,.0f} | {s['status']} ({s['gap'] * 100:.1f}%) | {c['warmStartRoutes']} |")
PY
done
