#!/usr/bin/env bash
# A prefecture sharded by county as a Slurm job array on the local single-node cluster: plan each county, merge
# and verify, and check the merged cost equals the one-machine plan's. Stops the cluster on exit (trap).
# REGION defaults to 1503 (Wuhai: 3 counties, 87 villages, ~20 s) so CI stays quick; REGION=1303 runs Hebei's
# Qinhuangdao (7 counties, 2,447 villages; minutes).
set -euo pipefail
source "$(dirname "$0")/common.sh"
REGION=${REGION:-1503}
RUN=$OUT/hebei-slurm
SCENARIO=$ROOT/Examples/scenarios/slurm-shards.yaml
CLUSTER=$ROOT/scripts/slurm/local-cluster.sh

rm -rf "$RUN"
mkdir -p "$RUN"
"$CLUSTER" start
trap '"$CLUSTER" stop' EXIT
source "${HUBPLAN_SLURM_STATE:-$ROOT/.build/slurm}/env"

"$HUBPLAN" shards --region "$REGION" --by county --data "$ROOT/Networks/sources" --out "$RUN/shards"
count=$(wc -l < "$RUN/shards/manifest.jsonl")
export HUBPLAN HUBPLAN_SHARDS=$RUN/shards HUBPLAN_DATA=$ROOT/Networks/sources HUBPLAN_SCENARIO=$SCENARIO
export HUBPLAN_REGION=$REGION HUBPLAN_PLAN=$RUN/plan
array=$(sbatch --parsable --array=0-$((count - 1))%2 --chdir="$RUN" "$ROOT/scripts/slurm/plan.sbatch")
merge=$(sbatch --parsable --dependency=afterok:"$array" --kill-on-invalid-dep=yes --chdir="$RUN" \
    "$ROOT/scripts/slurm/merge.sbatch")
echo "hebei-slurm: $count shards in array job $array, merge job $merge" >&2

# Wait for the merge job to leave the queue (done, failed, or cancelled by a failed shard); at most 15 minutes.
for _ in $(seq 1 900); do
    [ -n "$(squeue -h -j "$merge" 2>/dev/null)" ] || break
    sleep 1
done
if [ -n "$(squeue -h -j "$merge" 2>/dev/null)" ]; then
    echo "hebei-slurm: merge job $merge still queued after 15 minutes" >&2
    scancel "$array" "$merge" || true
    exit 1
fi
cat "$RUN"/hubplan-merge-"$merge".out >&2 2>/dev/null || true
[ -f "$RUN/plan/plan.json" ] || { echo "hebei-slurm: no merged plan; see $RUN/hubplan-*.out" >&2; exit 1; }
"$HUBPLAN" verify "$RUN/shards/network" "$RUN/plan"

# The same counties on one machine: the merged cost must match (routes by iteration count, per-county seeds).
"$HUBPLAN" plan "$RUN/shards/network" --scenario "$SCENARIO" --quiet --out "$RUN/one"
python3 - "$RUN/plan/plan.json" "$RUN/one/plan.json" <<'PY'
import json, sys
merged, one = (json.load(open(p)) for p in sys.argv[1:3])
a, b = merged["costs"]["total"], one["costs"]["total"]
same = [len(merged[k]) == len(one[k]) for k in ("counties", "centers", "assignments", "routes")]
print(f"hebei-slurm: merged total {a:.2f}, one machine {b:.2f} yuan/year")
sys.exit(0 if abs(a - b) <= 1e-6 * max(1.0, abs(b)) and all(same) else 1)
PY
