#!/usr/bin/env bash
# The multi-period build-out model's time to proven optimum: runs `hubplan plan` with a `years:` scenario and prints
# one Markdown table row per run (wall and CPU seconds of the whole plan, the centers stage's seconds, status, gap,
# the counties proven optimal, load average before and after: the machine may be shared).
# Usage: scripts/bench-years.sh BIN NETWORK::SCENARIO[::WORKERS]... (WORKERS defaults to 1); with KEEP=DIR each run's
# output is kept in DIR/NAME (NAME: the network's folder name), for `hubplan verify NETWORK DIR/NAME`.
set -euo pipefail
bin=$1; shift
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
[ -x /usr/bin/time ] || scripts/ensure-deps.sh time

echo "| network | scenario | workers | wall s | CPU s | centers stage s | status | gap | models proven | load before | load after |"
echo "|---|---|---:|---:|---:|---:|---|---:|---|---:|---:|"
for spec in "$@"; do
  IFS=':' read -r network _ scenario _ workers <<<"$spec"
  workers=${workers:-1}
  out="$scratch/out"
  rm -rf "$out"
  before=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -v -o "$scratch/time.txt" "$bin" plan "$network" --scenario "$scenario" --workers "$workers" \
    --out "$out" --quiet
  after=$(cut -d' ' -f1 /proc/loadavg)
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; printf "%.1f", s}' "$scratch/time.txt")
  cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.1f", s}' "$scratch/time.txt")
  row=$(python3 - "$out/plan.json" <<'PY'
import json, sys
p = json.load(open(sys.argv[1]))
s = p["schedule"]
stage = next(x for x in p["stages"] if x["name"] == "centers")
proven = stage.get("note", "").split("; ", 1)[1] if "; " in stage.get("note", "") else ""
print(f"{stage['seconds']:.1f} | {s['status']} | {100 * s['gap']:.2f}% | {proven}")
PY
)
  echo "| $network | $scenario | $workers | $wall | $cpu | $row | $before | $after |"
  if [ -n "${KEEP:-}" ]; then mkdir -p "$KEEP" && rm -rf "${KEEP:?}/$(basename "$network")" && cp -r "$out" "$KEEP/$(basename "$network")"; fi
done
