#!/usr/bin/env bash
# The national run of docs/scale.md: per province, synthesize its network and solve every county's centers
# (county-center model, county by county, proven optimal), timed with GNU time, nice'd, one province at a time,
# the load average beside each; the table goes to OUT.md. Stops starting provinces after BUDGET seconds.
# Usage: scripts/scale-nation.sh BIN OUT.md [PROVINCE...]   (default: every province of `hubplan shards --region 00`,
# smallest first). Env: DATA (Networks/sources), BUDGET (seconds, default 3600).
set -euo pipefail
bin=$1; table=$2; shift 2
data=${DATA:-Networks/sources}
budget=${BUDGET:-3600}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
[ -x /usr/bin/time ] || scripts/ensure-deps.sh time

"$bin" shards --region 00 --by province --data "$data" --out "$scratch/shards"
if [ $# -eq 0 ]; then
    # Smallest first, so a run cut short by BUDGET still covers as many provinces as fit.
    set -- $(python3 -c '
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
print(" ".join(r["region"] for r in sorted(rows, key=lambda r: r["villages"])))' "$scratch/shards/manifest.jsonl")
fi

seconds() { awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; printf "%.1f", s}' "$1"; }
cpu() { awk -F': ' '/User time|System time/ {s += $2} END {printf "%.1f", s}' "$1"; }
rss() { awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$1"; }

{
  echo "# National county centers, province by province"
  echo
  echo "Measured by \`scripts/scale-nation.sh\` on $(nproc) shared cores, $(date -u +%Y-%m-%d), hubplan built with"
  echo "\`swift build -c release\` at commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown). Per province:"
  echo "\`hubplan network synthesize --region NN --seed 2027\`, then \`hubplan locate NET --model county-center --json\`"
  echo "(one core, county by county, each county to optimality), both under \`nice -n 10\` and \`/usr/bin/time -v\`."
  echo "CPU s is user+system; load is the 1-minute load average before the province (other helpers' jobs)."
  echo
  echo "| province | counties | villages | synth CPU s | centers CPU s | centers wall s | peak RSS MB | centers | status | load before |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---|---:|"
} > "$scratch/table.md"

started=$(date +%s)
for region in "$@"; do
    if [ $(( $(date +%s) - started )) -ge "$budget" ]; then
        echo "scale-nation: budget of $budget s spent; provinces not run: $*" >&2
        break
    fi
    shift
    load=$(cut -d' ' -f1 /proc/loadavg)
    net="$scratch/$region"
    # A province that fails (a gap in the tables, say) is a row saying why, and the run goes on.
    if ! nice -n 10 /usr/bin/time -v -o "$scratch/synth.txt" \
        "$bin" network synthesize --region "$region" --data "$data" --seed 2027 --out "$net" 2> "$scratch/synth.err" \
        || ! nice -n 10 /usr/bin/time -v -o "$scratch/locate.txt" \
            "$bin" locate "$net" --model county-center --json > "$scratch/locate.json" 2> "$scratch/locate.err"; then
        why=$(cat "$scratch/synth.err" "$scratch/locate.err" 2>/dev/null | grep -m1 error | tr '|' '/')
        echo "| $region | failed: ${why:-see log} | | | | | | | | $load |" >> "$scratch/table.md"
        rm -rf "$net" "$scratch/locate.err"
        continue
    fi
    python3 - "$net/network.json" "$scratch/locate.json" "$region" "$(cpu "$scratch/synth.txt")" \
        "$(cpu "$scratch/locate.txt")" "$(seconds "$scratch/locate.txt")" "$(rss "$scratch/locate.txt")" "$load" \
        >> "$scratch/table.md" <<'PY'
import json, sys
net, plan = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
region, synth, cpu, wall, rss, load = sys.argv[3:9]
villages = sum(1 for n in net["nodes"] if n["kind"] in ("village", "community"))
print(f"| {region} | {len(net['counties'])} | {villages:,} | {synth} | {cpu} | {wall} | {rss} | "
      f"{len(plan['sites'])} | {plan['status']} | {load} |")
PY
    rm -rf "$net"
    tail -1 "$scratch/table.md" >&2
done
mkdir -p "$(dirname "$table")"
cp "$scratch/table.md" "$table"
echo "wrote $table" >&2
