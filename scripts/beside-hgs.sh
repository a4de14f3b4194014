#!/usr/bin/env bash
# Our genetic search beside HGS-CVRP (Vidal 2022, the C++ reference), one X instance at a time, one core each.
#
# Why: PyVRP 0.14 is an iterated local search, so the scale tables cannot say whether our *genetic* search keeps
# HGS's pace and quality at equal time; this runs the reference itself. HGS-CVRP is not on PyPI or Debian:
# build it from its repository (github.com/vidalt/HGS-CVRP) with
#   g++ -O3 -std=c++17 -o hgs HGS-CVRP/Program/*.cpp
# Usage: HGS=path/to/hgs [OURS_ARGS="--child-routes parent"] scripts/beside-hgs.sh OUT SECONDS_PER_CLIENT SEED INSTANCE...
# Writes OUT/beside-hgs.csv (HGS's cost recomputed by scripts/check-cvrp-sol.py) and keeps each run's files.
set -euo pipefail
[ $# -ge 4 ] || { sed -n 2,9p "$0"; exit 2; }
out=$1 per_client=$2 seed=$3
shift 3
: "${HGS:?set HGS to the hgs binary}"
bench=${BENCH:-.build/release/hubplan-bench}
data=${DATA:-../shared/benchmarks}
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$out"
csv=$out/beside-hgs.csv
[ -f "$csv" ] || echo "instance,customers,bks,time_limit,cost,gap,iterations,iterations_per_s,hgs_cost,hgs_gap,hgs_iterations,hgs_iterations_per_s,cost_ratio,seed" > "$csv"

pids=()
# Whatever we started ends with us, by its pid (Ctrl-C, SIGTERM or a failed step).
stop() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap stop EXIT
trap 'stop; exit 130' INT
trap 'stop; exit 143' TERM

for instance in "$@"; do
    vrp=$data/cvrp/X/$instance.vrp
    [ -f "$vrp" ] || { echo "beside-hgs: no instance $vrp" >&2; exit 2; }
    customers=$(( $(awk -F: '/^DIMENSION/ { print $2 + 0 }' "$vrp") - 1 ))
    limit=$(python3 -c "print(round($per_client * $customers, 6))")
    echo "beside-hgs: $instance, $limit s each, seed $seed" >&2
    "$bench" scale --no-peers --families cvrp --instances "$instance" --seconds-per-client "$per_client" \
        --algorithm genetic --seed "$seed" --data "$data" --out "$out/$instance" ${OURS_ARGS:-} \
        > "$out/$instance.ours.log" 2>&1 &
    pids=($!)
    "$HGS" "$vrp" "$out/$instance.hgs.sol" -t "$limit" -seed "$seed" -round 1 > "$out/$instance.hgs.log" 2>&1 &
    pids+=($!)
    wait "${pids[0]}"
    wait "${pids[1]}"
    pids=()
    hgs_cost=$(python3 "$here/check-cvrp-sol.py" "$vrp" "$out/$instance.hgs.sol")
    python3 - "$out/$instance/scale.csv" "$out/$instance.hgs.log" "$hgs_cost" "$seed" >> "$csv" <<'EOF'
import csv, re, sys
ours = next(csv.DictReader(open(sys.argv[1])))
log = open(sys.argv[2]).read()
found = re.search(r"FINISHED AFTER (\d+) ITERATIONS\. TIME SPENT: ([0-9.]+)", log)
if not found:
    sys.exit("beside-hgs: HGS's log has no final line: " + sys.argv[2])
iterations, seconds = int(found.group(1)), float(found.group(2))
cost, bks = int(sys.argv[3]), float(ours["bks"])
print(",".join([
    ours["instance"], ours["customers"], ours["bks"], ours["time_limit"], ours["cost"], ours["gap"],
    ours["iterations"], ours["iterations_per_s"], str(cost), f"{100 * (cost - bks) / bks:.3f}", str(iterations),
    f"{iterations / seconds:.2f}", f"{float(ours['cost']) / cost:.4f}", sys.argv[4],
]))
EOF
    tail -1 "$csv" >&2
done
