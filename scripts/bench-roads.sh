#!/usr/bin/env bash
# Road-distance benchmark (docs/roads-bench.md): OSRM Table time and memory for Datong's pairs on a generated road
# graph of ~200k nodes over Datong's extent, and how Datong's plan changes between great-circle and road distances.
# No real extract is at hand here, so the graph is a grid (primary roads every 10th line, residential between).
#   scripts/bench-roads.sh [OUT] [STEP]   (default out/bench/roads, grid step 0.0045 degrees = ~202k nodes;
#                                         needs `make osrm` and a release build)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="${1:-out/bench/roads}"
STEP="${2:-0.0045}"
BIN="${BIN:-.build/release/hubplan}"
mkdir -p "$OUT"
scripts/ensure-osrm.sh

python3 - "$OUT/grid.osm" "$STEP" <<'PY'
import sys
# Datong's extent (112.45-114.56 E, 39.05-40.98 N) as a grid of lines STEP degrees apart (0.0045: 470 x 430 lines,
# about 0.38 km east-west and 0.50 km north-south).
lon0, lat0, step = 112.45, 39.05, float(sys.argv[2])
nx, ny = int(2.115 / step), int(1.935 / step)
with open(sys.argv[1], 'w') as f:
    f.write('<?xml version="1.0" encoding="UTF-8"?>\n<osm version="0.6" generator="hubplan bench">\n')
    for i in range(nx):
        for j in range(ny):
            f.write(f'<node id="{i * ny + j + 1}" version="1" lat="{lat0 + step * j:.6f}" lon="{lon0 + step * i:.6f}"/>\n')
    way = 1
    for j in range(ny):
        kind = 'primary' if j % 10 == 0 else 'residential'
        f.write(f'<way id="{way}" version="1">' + ''.join(f'<nd ref="{i * ny + j + 1}"/>' for i in range(nx)) + f'<tag k="highway" v="{kind}"/></way>\n'); way += 1
    for i in range(nx):
        kind = 'primary' if i % 10 == 0 else 'residential'
        f.write(f'<way id="{way}" version="1">' + ''.join(f'<nd ref="{i * ny + j + 1}"/>' for j in range(ny)) + f'<tag k="highway" v="{kind}"/></way>\n'); way += 1
    f.write('</osm>\n')
print(f"grid: {nx * ny} nodes", file=sys.stderr)
PY

echo "== network roads (build + Table) ==" | tee "$OUT/roads.log"
/usr/bin/time -v "$BIN" network roads Networks/datong --osm "$OUT/grid.osm" --profile car --out "$OUT/datong-roads" 2>&1 \
  | tee -a "$OUT/roads.log" | grep -E "roads:|Elapsed|Maximum resident" || true
for step in extract partition customize; do
  grep -h -E "RAM: peak|finished after|Processing time" "$OUT/datong-roads/osrm/$step.log" 2>/dev/null | tail -1 | sed "s/^/$step: /" | tee -a "$OUT/roads.log"
done

echo "== plans ==" | tee "$OUT/plans.log"
SCEN=Examples/scenarios/datong.yaml
"$BIN" plan Networks/datong --scenario "$SCEN" --out "$OUT/plan-great-circle" --quiet
"$BIN" plan "$OUT/datong-roads" --scenario "$SCEN" --out "$OUT/plan-roads" --quiet
"$BIN" verify "$OUT/datong-roads" "$OUT/plan-roads" | tail -1 | tee -a "$OUT/plans.log"
"$BIN" diff "$OUT/plan-great-circle" "$OUT/plan-roads" | tee -a "$OUT/plans.log" | head -40
