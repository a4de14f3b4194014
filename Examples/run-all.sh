#!/usr/bin/env bash
# Runs every example, then checks each plan's files exist and `hubplan verify` accepts it. Exit 1 on any failure.
set -uo pipefail
source "$(dirname "$0")/common.sh"
failed=0
run() {
  local name=$1
  local start=$SECONDS
  if "$ROOT/Examples/$name.sh" > "$OUT/$name.log" 2>&1; then
    echo "ok    $name ($((SECONDS - start)) s)"
  else
    echo "FAIL  $name ($((SECONDS - start)) s): see $OUT/$name.log"; failed=1
  fi
}
check() {
  local network=$1 plan=$2
  for f in plan.json plan.geojson summary.csv report.html; do
    [ -s "$plan/$f" ] || { echo "FAIL  $plan/$f is missing"; failed=1; }
  done
  if ! "$HUBPLAN" verify "$network" "$plan" > "$plan/verify.log" 2>&1; then
    echo "FAIL  verify $plan: $(grep -c violation "$plan/verify.log") violations (see $plan/verify.log)"; failed=1
  fi
}
for name in datong-hubs hebei-centers codelivery-county growth-600m closed-road datong-2025-2027 datong-replan \
  postal-backstop village-stations bus-lines bus-timetable origin-warehouses hebei-warehouses operating-models \
  subsidy-sweep; do run "$name"; done
for k in 1 2 3; do check "$ROOT/Networks/datong" "$OUT/datong-hubs/point-$k"; done
check "$ROOT/Networks/hebei" "$OUT/hebei-centers"
check "$ROOT/Networks/datong" "$OUT/codelivery-county"
check "$ROOT/Networks/datong" "$OUT/growth-600m"
check "$ROOT/Networks/datong" "$OUT/datong-2025-2027"
check "$ROOT/Networks/datong" "$OUT/datong-replan"
for plan in "$OUT"/subsidy-sweep/point-*; do check "$ROOT/Networks/datong" "$plan"; done
[ -d "$OUT/subsidy-sweep/point-2" ] || { echo "FAIL  subsidy-sweep wrote fewer than two points"; failed=1; }
check "$ROOT/Networks/samples/hunyuan-roads" "$OUT/road-open"
check "$ROOT/Networks/samples/hunyuan-roads" "$OUT/road-closed"
check "$ROOT/Networks/datong" "$OUT/postal-backstop"
check "$ROOT/Networks/hebei" "$OUT/village-stations"
check "$ROOT/Networks/datong" "$OUT/bus-lines"
check "$ROOT/Networks/datong" "$OUT/bus-timetable"
check "$ROOT/Networks/datong" "$OUT/origin-warehouses"
check "$ROOT/Networks/hebei" "$OUT/hebei-warehouses"
check "$ROOT/Networks/datong" "$OUT/operating-models"
[ $failed -eq 0 ] && echo "all examples ran and verified"
exit $failed
