#!/usr/bin/env bash
# CI check of the outputs in a real browser and a real spreadsheet reader: plans Datong (Chinese) and the Laiyuan
# sample (Hebei, English), reads each plan.xlsx back with openpyxl against plan.json, and uses each report.html
# in headless Chromium through Selenium (Debian's chromium and chromium-driver, a CJK font): no console
# messages, the Chinese page in Chinese; on Datong also hover, wheel zoom, layer toggle, county click, county page;
# on the Yanggao sample with the four operating models, their map layers.
# Screenshots land in out/: report.png, report-county.png, report-county-page.png, report-en.png.
set -euo pipefail
cd "$(dirname "$0")/.."
# A CJK font, or the counties' Chinese names show as boxes in the screenshots.
scripts/ensure-deps.sh chromium chromium-driver fonts-noto-cjk python3-venv
HUBPLAN="${HUBPLAN:-.build/debug/hubplan}"
[ -x "$HUBPLAN" ] || swift build --product hubplan
OUT=out/ci-report
rm -rf "$OUT" && mkdir -p "$OUT"

# Selenium and openpyxl from PyPI, in a venv under .build/ (made once, reused).
VENV=.build/report-venv
if ! "$VENV/bin/python" -c 'import selenium, openpyxl' 2>/dev/null; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q 'selenium>=4.20,<5' 'openpyxl>=3.1,<4'
fi
PY="$VENV/bin/python"

"$HUBPLAN" plan Networks/datong --scenario Examples/scenarios/datong.yaml --out "$OUT/datong" --quiet
"$HUBPLAN" plan Networks/samples/laiyuan --lang en --out "$OUT/laiyuan" --quiet
# The four operating models on the Yanggao sample, for their map layers (each toggled, drawn, hovered).
cat > "$OUT/operating-models.yaml" <<'YAML'
name: report-operating-models
postal_backstop: {km: 12}
village_stations: {station_km: 2}
bus_lines: {min_km: 5, fee_per_parcel: 0, parcels_per_trip: 400}
origin_warehouses: {}
time_limits: {routing_per_county: 1, routing_iterations: 100}
YAML
"$HUBPLAN" plan Networks/samples/yanggao --scenario "$OUT/operating-models.yaml" --out "$OUT/operating-models" --quiet

# The checks must be able to fail: the Datong page with one planted console error has to be caught.
mkdir -p "$OUT/planted"
cp "$OUT/datong/plan.json" "$OUT/planted/"
sed 's|</body>|<script>console.error("planted")</script></body>|' "$OUT/datong/report.html" > "$OUT/planted/report.html"
"$PY" scripts/check-report.py "$OUT/planted" zh "$OUT/planted/shot" 2> "$OUT/planted/log" && true
grep -q 'console messages on report.html.*planted' "$OUT/planted/log" || { echo "error: console messages are not caught" >&2; exit 1; }
status=0
"$PY" scripts/check-workbook.py "$OUT/datong" zh || status=1
"$PY" scripts/check-workbook.py "$OUT/laiyuan" en || status=1
"$PY" scripts/check-report.py "$OUT/datong" zh out/report --interact || status=1
"$PY" scripts/check-report.py "$OUT/laiyuan" en out/report-en || status=1
"$PY" scripts/check-report.py "$OUT/operating-models" zh out/report-operating-models || status=1
[ -f "$OUT/datong/counties/140221.html" ] || { echo "error: no county page for 140221" >&2; status=1; }
head -c 3 "$OUT/datong/summary.csv" | od -An -tx1 | grep -q 'ef bb bf' || { echo "error: summary.csv has no BOM" >&2; status=1; }
[ $status -eq 0 ] && echo "report ok: Datong (zh), Laiyuan (en) and the operating models' layers in Chromium and openpyxl; screenshots out/report*.png"
exit $status
