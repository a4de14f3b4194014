#!/usr/bin/env bash
# How a planner with internet access gets the OpenStreetMap extract of their province and cuts it to their counties,
# for `hubplan network roads`. This machine has no internet access: the script cannot run here, and says so.
#
#   scripts/osm-extract.sh PROVINCE-URL BOUNDARIES.geojson ADCODE[,ADCODE...] OUT.osm.pbf
#
#   PROVINCE-URL         a province extract (.osm.pbf) from an OpenStreetMap mirror (e.g. the China sub-region
#                        downloads of a regional extract service); downloaded with curl into .build/osm/.
#   BOUNDARIES.geojson   county polygons with an `adcode` property, e.g. Networks/sources/boundaries/14.geojson
#                        (Shanxi) or 13.geojson (Hebei), vendored in this repository.
#   ADCODE,...           the counties to keep (their union, plus a 5 km margin so roads that leave and re-enter a
#                        county stay connected), e.g. 140221,140222 for Yanggao and Tianzhen.
#   OUT.osm.pbf          the cut extract, ready for:
#                        hubplan network roads Networks/datong --osm OUT.osm.pbf --profile van --out out/datong-roads
#
# Needs osmium-tool (Debian: apt-get install osmium-tool), curl and python3. The extract is the planner's; record
# its SHA-256 (hubplan writes it into network.json as distance.extractSHA256 and into every plan.json).
set -euo pipefail

if [ $# -ne 4 ]; then
  sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi
url="$1"; boundaries="$2"; codes="$3"; out="$4"

if ! curl -sfI --max-time 10 "$url" >/dev/null 2>&1; then
  echo "error: cannot reach $url: this script needs internet access (it cannot run on the build machines)." >&2
  echo "       Run it where the extract can be downloaded, or download it by hand and start from the osmium step." >&2
  exit 1
fi
command -v osmium >/dev/null || { echo "error: osmium not found; apt-get install osmium-tool" >&2; exit 1; }

mkdir -p .build/osm
province=".build/osm/$(basename "$url")"
[ -f "$province" ] || curl -fL --retry 3 -o "$province" "$url"

# The counties' polygons as one GeoJSON (osmium extract -p takes a (Multi)Polygon), grown by about 5 km.
polygon=".build/osm/counties-${codes//,/-}.geojson"
python3 - "$boundaries" "$codes" "$polygon" <<'PY'
import json, sys
path, codes, out = sys.argv[1], set(sys.argv[2].split(',')), sys.argv[3]
features = [f for f in json.load(open(path))['features'] if str(f['properties'].get('adcode')) in codes]
missing = codes - {str(f['properties'].get('adcode')) for f in features}
if missing:
    sys.exit(f"error: {path} has no county {', '.join(sorted(missing))}")
polygons = []
for f in features:
    g = f['geometry']
    polygons += [g['coordinates']] if g['type'] == 'Polygon' else g['coordinates']
# Grow each ring from its centroid by 0.05 degrees (about 5 km): a simple margin, no GIS library needed.
def grow(ring):
    cx = sum(p[0] for p in ring) / len(ring); cy = sum(p[1] for p in ring) / len(ring)
    out = []
    for x, y in ring:
        dx, dy = x - cx, y - cy; d = (dx * dx + dy * dy) ** 0.5 or 1
        out.append([x + 0.05 * dx / d, y + 0.05 * dy / d])
    return out
polygons = [[grow(r) for r in poly] for poly in polygons]
json.dump({'type': 'Feature', 'properties': {}, 'geometry': {'type': 'MultiPolygon', 'coordinates': polygons}}, open(out, 'w'))
PY

osmium extract --overwrite -s smart -p "$polygon" -o "$out" "$province"
sha256sum "$out"
echo "next: hubplan network roads NETWORK --osm $out --profile van --out DIR" >&2
