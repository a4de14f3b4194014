#!/usr/bin/env bash
# Re-plan Datong for 2028-2029 from the 2025-2027 plan: its centers are existing sites (kept, expanded or closed);
# the plan's warnings list what changed and why (stability: 20,000 yuan a village moved), the previous routes
# warm-start the routing search. Runs datong-2025-2027.sh first when its plan is missing.
set -euo pipefail
source "$(dirname "$0")/common.sh"
[ -s "$OUT/datong-2025-2027/plan.json" ] || "$ROOT/Examples/datong-2025-2027.sh"
"$HUBPLAN" plan "$ROOT/Networks/datong" --scenario "$ROOT/Examples/scenarios/datong-2028-replan.yaml" \
  --from "$OUT/datong-2025-2027/plan.json" --out "$OUT/datong-replan"
"$HUBPLAN" diff "$OUT/datong-2025-2027/plan.json" "$OUT/datong-replan/plan.json"
