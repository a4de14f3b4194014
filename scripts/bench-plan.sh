#!/usr/bin/env bash
# `make bench-plan`: wall time, CPU use and peak memory of `hubplan plan` on each network with 1 and 2 workers
# (GNU time -v), with the load average beside each run (the machine may be shared), into a Markdown table.
# Usage: scripts/bench-plan.sh BIN OUT.md NETWORK[::OPTIONS]... (env WORKERS="1 2"); OPTIONS are extra
# `hubplan plan` options for that network, e.g. 'Networks/hebei::--time-limit 180'.
set -euo pipefail
bin=$1; table=$2; shift 2
workers=${WORKERS:-"1 2"}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
[ -x /usr/bin/time ] || scripts/ensure-deps.sh time

{
  echo "# hubplan plan: wall time, CPU and peak memory by worker count"
  echo
  echo "Measured by \`make bench-plan\` (scripts/bench-plan.sh) on $(nproc) cores, $(date -u +%Y-%m-%d)."
  echo "Command: \`/usr/bin/time -v $bin plan NETWORK --workers N --out DIR --quiet OPTIONS\`."
  echo "CPU s is user+system seconds; CPU % is that over wall (200% = both cores busy). Load is the 1-minute load average just before"
  echo "the run: other jobs on a shared machine slow a run and lower its CPU share."
  echo
  echo "| network | options | workers | wall s | CPU s | CPU % | peak RSS MB | load before | plan s | centers | centers gap | routes | complete |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"
} > "$scratch/table.md"

for spec in "$@"; do
  network=${spec%%::*}
  options=""
  [ "$spec" != "$network" ] && options=${spec#*::}
  for n in $workers; do
    out="$scratch/$(basename "$network")-$n"
    load=$(cut -d' ' -f1 /proc/loadavg)
    # shellcheck disable=SC2086
    /usr/bin/time -v -o "$scratch/time.txt" "$bin" plan "$network" --workers "$n" --out "$out" --quiet $options
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; printf "%.1f", s}' "$scratch/time.txt")
    cpus=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.1f", s}' "$scratch/time.txt")
    cpu=$(awk -F': ' '/Percent of CPU/ {sub("%", "", $2); print $2}' "$scratch/time.txt")
    rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$scratch/time.txt")
    summary=$(python3 - "$out/plan.json" <<'PY'
import json, sys
p = json.load(open(sys.argv[1]))
centers = next((s for s in p["stages"] if s["name"] == "centers"), {})
gap = centers.get("gap")
gap = "-" if gap is None else ("%.2f%%" % (100 * gap) if isinstance(gap, (int, float)) else str(gap))
print("%.1f | %d | %s | %d | %s" % (p["seconds"], len(p["centers"]), gap, len(p["routes"]), "yes" if p["complete"] else "no"))
PY
)
    echo "| $(basename "$network") | ${options:--} | $n | $wall | $cpus | $cpu | $rss | $load | $summary |" >> "$scratch/table.md"
    echo "$(basename "$network") workers=$n: wall ${wall}s cpu ${cpu}% rss ${rss}MB load ${load}" >&2
  done
done
mkdir -p "$(dirname "$table")"
cp "$scratch/table.md" "$table"
echo "wrote $table" >&2
