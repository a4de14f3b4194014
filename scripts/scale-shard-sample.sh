#!/usr/bin/env bash
# The routing sample of the national projection (docs/scale.md): whole province shards planned one at a time on one
# worker (centers, routing, co-delivery comparison; no hub stage, as in a sharded run), timed with GNU time under
# nice, the load average beside each; rows in the table format scripts/scale-projection.py reads.
# Usage: scripts/scale-shard-sample.sh BIN OUT.md PROVINCE... (env: DATA, default Networks/sources; SCENARIO, a
# scenario file for every shard, default none: the plan's defaults, 2 s of routing a county).
set -euo pipefail
bin=$1; table=$2; shift 2
data=${DATA:-Networks/sources}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
[ -x /usr/bin/time ] || scripts/ensure-deps.sh time
scenario=()
[ -n "${SCENARIO:-}" ] && scenario=(--scenario "$SCENARIO")

"$bin" shards --region 00 --by province --data "$data" --out "$scratch/shards"
{
  echo "| shard | region | counties | villages | CPU s | centers CPU s | wall s | peak RSS MB | routes | centers |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---|"
} > "$scratch/table.md"
for region in "$@"; do
  shard=$(python3 -c '
import json, sys
for k, line in enumerate(open(sys.argv[1])):
    if json.loads(line)["region"] == sys.argv[2]: print(k)' "$scratch/shards/manifest.jsonl" "$region")
  [ -n "$shard" ] || { echo "scale-shard-sample: no province $region in the manifest" >&2; exit 2; }
  load=$(cut -d' ' -f1 /proc/loadavg)
  nice -n 10 /usr/bin/time -v -o "$scratch/time.txt" "$bin" plan --manifest "$scratch/shards/manifest.jsonl" \
    --shard "$shard" --data "$data" --seed 2027 --workers 1 --quiet "${scenario[@]}" --out "$scratch/$shard"
  python3 - "$scratch/$shard/plan.json" "$scratch/time.txt" "$shard" "$region" "$load" >> "$scratch/table.md" <<'PY'
import json, re, sys
plan, timing, shard, region, load = sys.argv[1:6]
p = json.load(open(plan))
t = open(timing).read()
cpu = sum(float(v) for v in re.findall(r"(?:User|System) time \(seconds\): ([\d.]+)", t))
h, m, s = (["0"] + re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)", t).group(1).split(":"))[-3:]
wall = int(h) * 3600 + int(m) * 60 + float(s)
rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", t).group(1)) / 1024
centers = next(st for st in p["stages"] if st["name"] == "centers")
villages = sum(c["villages"] for c in p["counties"])
# The centers stage on one worker is CPU-bound: its seconds stand for its CPU (load raises both alike).
share = centers["seconds"] / max(p["seconds"], 1e-9)
print(f"| {shard} | {region} | {len(p['counties'])} | {villages} | {cpu:.1f} | {cpu * share:.1f} | {wall:.1f} | "
      f"{rss:.0f} | {len(p['routes'])} | {centers['status']} |")
PY
  echo "scale-shard-sample: $region done (load before $load)" >&2
done
mkdir -p "$(dirname "$table")"
cp "$scratch/table.md" "$table"
echo "wrote $table" >&2
