#!/usr/bin/env bash
# CI check of the Datong report in a real browser (headless Chromium, Debian's `chromium` package):
# the page loads with no console messages (it has no scripts, so any message is a failed load or an error),
# the rendered SVG holds as many hubs, centers and routes as plan.json, and a screenshot lands in out/.
set -euo pipefail
cd "$(dirname "$0")/.."
# A CJK font, or the counties' Chinese names show as boxes in the screenshot.
scripts/ensure-deps.sh chromium fonts-wqy-zenhei
HUBPLAN="${HUBPLAN:-.build/debug/hubplan}"
[ -x "$HUBPLAN" ] || swift build --product hubplan
OUT=out/ci-report
rm -rf "$OUT" && mkdir -p "$OUT"

"$HUBPLAN" plan Networks/datong --scenario Examples/scenarios/datong.yaml --out "$OUT/datong" --quiet
browse() {  # browse URL ARGS...: headless Chromium with console logging on stderr
  local url=$1; shift
  timeout 120 chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --enable-logging=stderr --v=0 "$@" "$url"
}

# The console check must be able to fail: a page that logs an error has to be caught first.
echo '<!DOCTYPE html><html><body><script>console.error("planted")</script></body></html>' > "$OUT/planted.html"
browse "file://$PWD/$OUT/planted.html" --dump-dom > /dev/null 2> "$OUT/planted.log" || true
grep -q 'CONSOLE.*planted' "$OUT/planted.log" || { echo "error: console messages are not captured" >&2; exit 1; }

report="file://$PWD/$OUT/datong/report.html"
browse "$report" --dump-dom > "$OUT/report-dom.html" 2> "$OUT/chromium.log"
browse "$report" --window-size=1100,2600 --screenshot="$PWD/out/report.png" > /dev/null 2>> "$OUT/chromium.log"
if grep -q 'CONSOLE' "$OUT/chromium.log"; then
  echo "error: console messages on report.html:" >&2; grep 'CONSOLE' "$OUT/chromium.log" >&2; exit 1
fi

count() { grep -o "$1" "$OUT/report-dom.html" | wc -l; }
read -r hubs centers routes < <(python3 -c '
import json, sys
p = json.load(open(sys.argv[1]))
print(len(p["hubs"]), len(p["centers"]), len(p["routes"]))' "$OUT/datong/plan.json")
status=0
for pair in "hub:$hubs:class=\"site hub\"" "center:$centers:class=\"site center\"" "route:$routes:class=\"route\""; do
  IFS=: read -r name expected pattern <<< "$pair"
  got=$(count "$pattern")
  if [ "$got" -ne "$expected" ]; then echo "error: $got ${name}s in the rendered SVG, plan.json has $expected" >&2; status=1; fi
done
[ "$hubs" -ge 3 ] && [ "$centers" -ge 10 ] && [ "$routes" -gt 0 ] || { echo "error: Datong plan too small" >&2; status=1; }
[ -s out/report.png ] || { echo "error: no screenshot" >&2; status=1; }
[ $status -eq 0 ] && echo "report ok: $hubs hubs, $centers centers, $routes routes in the browser; screenshot out/report.png"
exit $status
