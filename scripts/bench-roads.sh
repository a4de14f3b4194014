#!/usr/bin/env bash
# Road-distance benchmark (docs/roads-bench.md): OSRM build and Table times and peak memory for Datong's pairs on a
# generated road graph of ~200k OSM nodes over Datong's extent, and Datong's plan on great-circle vs those roads.
#   scripts/bench-roads.sh [OUT] [NODES] [SEED]   (defaults out/bench/roads, 200000, 1)
# Needs `make osrm` and release builds: swift build -c release --product hubplan; ... --product hubplan-bench.
# Every step runs under nice, one after another; the load average before each step is logged. SKIP_PLANS=1 stops
# after the road distances.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="${1:-out/bench/roads}"
NODES="${2:-200000}"
SEED="${3:-1}"
BIN="${BIN:-.build/release/hubplan}"
BENCH="${BENCH:-.build/release/hubplan-bench}"
ITERATIONS="${ITERATIONS:-100}"
mkdir -p "$OUT"
scripts/ensure-osrm.sh
load() { cut -d' ' -f1 /proc/loadavg; }
hwm() { awk '/VmHWM/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }
cpu() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }  # user + system, clock ticks
log="$OUT/run.txt"
echo "commit $(git rev-parse HEAD)$(git diff --quiet HEAD -- Sources scripts || echo ' (with local changes)'), started $(date -u +%FT%TZ)" >"$log"

echo "load before osm: $(load)" >>"$log"
nice -n 10 "$BENCH" osm Networks/datong --nodes "$NODES" --seed "$SEED" --out "$OUT/datong.osm" | tee -a "$log"

# hubplan network roads in the background; /proc is sampled every 0.2 s for the peak resident memory (VmHWM) and
# CPU time of hubplan and of the osrm-routed it starts, and for when the server came up (the Table phase starts
# there). CPU seconds say what the work costs on a quiet machine; wall seconds on a shared one are far longer.
echo "load before roads: $(load)" >>"$log"
rm -rf "$OUT/datong-roads"
t0=$(date +%s.%N)
nice -n 10 "$BIN" network roads Networks/datong --osm "$OUT/datong.osm" --profile van --out "$OUT/datong-roads" \
  2>"$OUT/roads.log" &
pid=$!
routed="" t_up="" peak_hub=0 peak_routed=0 cpu_hub=0 cpu_routed=0
while kill -0 "$pid" 2>/dev/null; do
  h=$(hwm "$pid"); [ "${h:-0}" -gt "$peak_hub" ] && peak_hub=$h
  c=$(cpu "$pid"); [ "${c:-0}" -gt "$cpu_hub" ] && cpu_hub=$c
  if [ -z "$routed" ]; then
    routed=$(grep -o 'osrm-routed pid [0-9]*' "$OUT/roads.log" | grep -o '[0-9]*$' || true)
    [ -n "$routed" ] && t_up=$(date +%s.%N)
  fi
  if [ -n "$routed" ]; then
    r=$(hwm "$routed"); [ "${r:-0}" -gt "$peak_routed" ] && peak_routed=$r
    c=$(cpu "$routed"); [ "${c:-0}" -gt "$cpu_routed" ] && cpu_routed=$c
  fi
  sleep 0.2
done
status=0; wait "$pid" || status=$?
t1=$(date +%s.%N)
[ "$status" = 0 ] || { echo "network roads failed ($status): $(tail -3 "$OUT/roads.log")" | tee -a "$log"; exit 1; }
if [ -n "$routed" ] && kill -0 "$routed" 2>/dev/null; then echo "osrm-routed $routed outlived the command" | tee -a "$log"; exit 1; fi
python3 - "$OUT" "$t0" "$t_up" "$t1" "$peak_hub" "$peak_routed" "$cpu_hub" "$cpu_routed" "$(getconf CLK_TCK)" >>"$log" <<'PY'
import re, sys, datetime
out, t0, t_up, t1 = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
peak_hub, peak_routed, cpu_hub, cpu_routed, tick = (int(x) for x in sys.argv[5:10])
def stamps(step):
    times, peak = [], 0
    for line in open(f"{out}/datong-roads/osrm/{step}.log", errors="replace"):
        m = re.match(r"\[(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)\]", line)
        if m: times.append(datetime.datetime.fromisoformat(m.group(1)))
        m = re.search(r"RAM: peak bytes used: (\d+)", line)
        if m: peak = max(peak, int(m.group(1)))
    return (times[-1] - times[0]).total_seconds(), peak
for step in ["extract", "partition", "customize"]:
    s, peak = stamps(step)
    print(f"osrm-{step}: {s:.0f} s wall (log timestamps, 1 s resolution), peak {peak / 2**20:.0f} MiB (OSRM's RAM report)")
log = open(f"{out}/roads.log").read()
pairs = re.findall(r"roads: (\d+) pairs in (\d+) requests", log)
served = [float(m) for m in re.findall(r" ([0-9.]+)ms .* /table/", open(f"{out}/datong-roads/osrm/routed.log").read())]
print(f"table: {pairs[-1][0]} pairs in {pairs[-1][1]} requests, {t1 - t_up:.1f} s wall from osrm-routed up to the network written; "
      f"osrm-routed {cpu_routed / tick:.1f} CPU s, its log {sum(served) / 1000:.1f} s wall serving {len(served)} tables "
      f"(median {sorted(served)[len(served) // 2] / 1000:.2f} s); hubplan {cpu_hub / tick:.1f} CPU s")
print(f"network roads: {t1 - t0:.1f} s wall in all; peak resident memory: hubplan {peak_hub / 1024:.0f} MiB, osrm-routed {peak_routed / 1024:.0f} MiB (VmHWM)")
for w in [l for l in log.splitlines() if l.startswith("warning:")][:3]: print(w[:300])
PY

[ "${SKIP_PLANS:-0}" = 1 ] && { echo "finished $(date -u +%FT%TZ) (SKIP_PLANS=1)" >>"$log"; exit 0; }

# Datong's plan on great-circle and on the generated roads: same scenario and seed, routing by iteration count.
cat >"$OUT/scenario.yaml" <<YAML
# Examples/scenarios/datong.yaml with routing by iteration count, so both plans depend only on data and seed.
name: datong-roads-bench
seed: 2027
hubs: {count: 3..5, capacity: 800000}
policy: {toll_subsidy_share: 0.3, toll_subsidy_cap: 500000, award_per_firm: 300000}
time_limits: {location: 60, routing_per_county: 1, routing_iterations: $ITERATIONS}
YAML
for source in great-circle osm; do
  net=Networks/datong; [ "$source" = osm ] && net="$OUT/datong-roads"
  echo "load before plan ($source): $(load)" >>"$log"
  /usr/bin/time -f "plan $source: %e s wall, %U s user, peak %M KiB" nice -n 10 "$BIN" plan "$net" \
    --scenario "$OUT/scenario.yaml" --out "$OUT/plan-$source" --quiet 2>>"$log"
done
"$BIN" verify "$OUT/datong-roads" "$OUT/plan-osm" | tail -1 | tee -a "$log"
python3 - "$OUT/plan-great-circle/plan.json" "$OUT/plan-osm/plan.json" >"$OUT/plans.md" <<'PY'
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
def km(p): return sum(r["km"] for r in p["routes"])
def centers(p): return sorted(c["id"] for c in p["centers"])
def hubs(p): return sorted(h["id"] for h in p["hubs"])
def assigned(p): return {x["node"]: x["center"] for x in p["assignments"]}
ca, cb = assigned(a), assigned(b)
moved = sum(1 for n in ca if n in cb and ca[n] != cb[n])
def weighted_km(p):
    w = sum(x["parcelsPerDay"] for x in p["assignments"])
    return sum(x["km"] * x["parcelsPerDay"] for x in p["assignments"]) / w
rows = [
    ("distance source", a["distance"]["source"], b["distance"]["source"], ""),
    ("total cost, yuan/yr", a["costs"]["total"], b["costs"]["total"], None),
    ("village delivery, yuan/yr", a["costs"]["villageDelivery"], b["costs"]["villageDelivery"], None),
    ("line-haul (tolls included), yuan/yr", a["costs"]["lineHaul"], b["costs"]["lineHaul"], None),
    ("hub fixed cost, yuan/yr", a["costs"]["hubFixed"], b["costs"]["hubFixed"], None),
    ("county-center fixed cost, yuan/yr", a["costs"]["centerFixed"], b["costs"]["centerFixed"], None),
    ("routes", len(a["routes"]), len(b["routes"]), None),
    ("route km a day", km(a), km(b), None),
    ("village -> center km, parcel-weighted mean", weighted_km(a), weighted_km(b), None),
]
print("| figure | great-circle x 1.3 (A) | generated roads, van (B) | B - A |\n|---|---:|---:|---:|")
for name, x, y, d in rows:
    if d is None:
        fmt = (lambda v: f"{v:,.0f}") if abs(x) >= 1000 else (lambda v: f"{v:,.2f}" if isinstance(v, float) else f"{v:,}")
        diff = y - x
        pct = f" ({diff / x:+.1%})" if x else ""
        print(f"| {name} | {fmt(x)} | {fmt(y)} | {fmt(diff)}{pct} |")
    else:
        print(f"| {name} | {x} | {y} | |")
sa, sb = set(centers(a)), set(centers(b))
print(f"| county centers chosen | {len(sa)} | {len(sb)} | {len(sb - sa)} other: {', '.join(sorted(sb - sa)) or '-'} (instead of {', '.join(sorted(sa - sb)) or '-'}) |")
ha, hb = set(hubs(a)), set(hubs(b))
print(f"| regional hubs chosen | {', '.join(sorted(ha))} | {', '.join(sorted(hb))} | {len(hb - ha)} other |")
print(f"| demand points whose center changed | | | {moved:,} of {len(ca):,} ({moved / len(ca):.1%}) |")
print()
print(f"Stages (status, seconds): A {[(s['name'], s['status'], round(s['seconds'], 1)) for s in a['stages']]}; "
      f"B {[(s['name'], s['status'], round(s['seconds'], 1)) for s in b['stages']]}")
PY
cat "$OUT/plans.md" | tee -a "$log"
echo "finished $(date -u +%FT%TZ)" >>"$log"
