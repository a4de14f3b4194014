#!/usr/bin/env bash
# Hebei sharded by prefecture (11 shards) as a Slurm job array on the local single-node cluster: plan each shard,
# merge (hubs and line-haul across shards) and verify, and check the merged cost equals the one-machine plan's.
# Stops the cluster on exit (trap). REGION and BY pick another cut (REGION=1503 BY=county: Wuhai, seconds;
# REGION=00 BY=province: the nation, docs/benchmarks/nation-slurm.md). COMPARE=0 skips the one-machine plan,
# WAIT_MINUTES bounds the wait for the merge job (default 30), RUN names the run's folder, SCENARIO the scenario.
set -euo pipefail
source "$(dirname "$0")/common.sh"
REGION=${REGION:-13}
BY=${BY:-prefecture}
RUN=${RUN:-$OUT/hebei-slurm}
COMPARE=${COMPARE:-1}
WAIT_MINUTES=${WAIT_MINUTES:-30}
SCENARIO=${SCENARIO:-$ROOT/Examples/scenarios/slurm-shards.yaml}
CLUSTER=$ROOT/scripts/slurm/local-cluster.sh

rm -rf "$RUN"
mkdir -p "$RUN"
"$CLUSTER" start
trap '"$CLUSTER" stop' EXIT
source "${HUBPLAN_SLURM_STATE:-$ROOT/.build/slurm}/env"

"$HUBPLAN" shards --region "$REGION" --by "$BY" --data "$ROOT/Networks/sources" --out "$RUN/shards"
count=$(wc -l < "$RUN/shards/manifest.jsonl")
export HUBPLAN HUBPLAN_SHARDS=$RUN/shards HUBPLAN_DATA=$ROOT/Networks/sources HUBPLAN_SCENARIO=$SCENARIO
export HUBPLAN_PLAN=$RUN/plan
array=$(sbatch --parsable --array=0-$((count - 1))%2 --chdir="$RUN" "$ROOT/scripts/slurm/plan.sbatch")
merge=$(sbatch --parsable --dependency=afterok:"$array" --kill-on-invalid-dep=yes --chdir="$RUN" \
    "$ROOT/scripts/slurm/merge.sbatch")
echo "hebei-slurm: $count shards in array job $array, merge job $merge" >&2

# Wait for the merge job to leave the queue (done, failed, or cancelled by a failed shard), at most WAIT_MINUTES.
for _ in $(seq 1 $((WAIT_MINUTES * 60))); do
    [ -n "$(squeue -h -j "$merge" 2>/dev/null)" ] || break
    sleep 1
done
if [ -n "$(squeue -h -j "$merge" 2>/dev/null)" ]; then
    echo "hebei-slurm: merge job $merge still queued after $WAIT_MINUTES minutes" >&2
    scancel "$array" "$merge" || true
    exit 1
fi
cat "$RUN"/hubplan-merge-"$merge".out >&2 2>/dev/null || true
[ -f "$RUN/plan/plan.json" ] || { echo "hebei-slurm: no merged plan; see $RUN/hubplan-*.out" >&2; exit 1; }
"$HUBPLAN" verify "$RUN/plan/network.json" "$RUN/plan"
if [ "$COMPARE" = 0 ]; then
    echo "hebei-slurm: sharded run and verify $SECONDS s wall (no one-machine plan: COMPARE=0)" >&2
    python3 "$ROOT/Examples/slurm-summary.py" "$RUN" >&2
    exit 0
fi

# The same counties on one machine: the merged cost must match (routes by iteration count, per-county seeds).
sharded=$SECONDS
times > "$RUN/cpu-before"
"$HUBPLAN" plan "$RUN/plan/network.json" --scenario "$SCENARIO" --seed 2027 --quiet --out "$RUN/one"
times > "$RUN/cpu-after"
echo "hebei-slurm: sharded run and verify $sharded s wall, one-machine plan $((SECONDS - sharded)) s wall" >&2
python3 "$ROOT/Examples/slurm-summary.py" "$RUN" >&2
python3 - "$RUN/plan/plan.json" "$RUN/one/plan.json" <<'PY'
import json, sys
merged, one = (json.load(open(p)) for p in sys.argv[1:3])
a, b = merged["costs"]["total"], one["costs"]["total"]
same = [len(merged[k]) == len(one[k]) for k in ("counties", "centers", "assignments", "routes")]
print(f"hebei-slurm: merged total {a:.2f}, one machine {b:.2f} yuan/year")
sys.exit(0 if abs(a - b) <= 1e-6 * max(1.0, abs(b)) and all(same) else 1)
PY
