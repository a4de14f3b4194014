#!/usr/bin/env python3
# Position-model figures of a network against the vendored county polygons (docs/positions.md):
#   scripts/position-stats.py NETWORK.json BOUNDARIES.geojson...
import json, math, sys
def load_outlines(paths):
    out = {}
    for p in paths:
        for f in json.load(open(p))['features']:
            g = f['geometry']; polys = [g['coordinates']] if g['type'] == 'Polygon' else g['coordinates']
            out[str(f['properties']['adcode'])] = polys
    return out
def in_ring(x, y, ring):
    c = False; n = len(ring)
    for i in range(n):
        x1, y1 = ring[i]; x2, y2 = ring[(i + 1) % n]
        if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1: c = not c
    return c
def contains(polys, x, y):
    return any(in_ring(x, y, p[0]) and not any(in_ring(x, y, h) for h in p[1:]) for p in polys)
def km(a, b):
    R = 6371.0088; la1, la2 = math.radians(a[1]), math.radians(b[1]); dl = math.radians(b[0] - a[0]); dp = la2 - la1
    h = math.sin(dp / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin(dl / 2) ** 2
    return 2 * R * math.asin(min(1, math.sqrt(h)))
def pct(xs, q):
    xs = sorted(xs); return xs[min(len(xs) - 1, int(q * len(xs)))] if xs else float('nan')
net = json.load(open(sys.argv[1])); outlines = load_outlines(sys.argv[2:])
nodes = net['nodes']
seat = {n['township']: (n['lon'], n['lat']) for n in nodes if 'township-seat' in n.get('tags', []) and n.get('township')}
known = {}
for n in nodes:
    if n['kind'] in ('village', 'community') and 'position:vonng2016' in n.get('tags', []) and n.get('township'):
        known.setdefault(n['township'], []).append((n['lon'], n['lat']))
modelled = [n for n in nodes if n['kind'] in ('village', 'community', 'candidate-site') and
            (n.get('positionSource') == 'modelled' or ('position:vonng2016' not in n.get('tags', []) and n['kind'] != 'candidate-site') or 'position:modelled' in n.get('tags', []))]
outside = [n['id'] for n in modelled if n['county'] in outlines and not contains(outlines[n['county']], n['lon'], n['lat'])]
seats_far = []
for n in nodes:
    if 'position:modelled' in n.get('tags', []) and n.get('township') in known:
        seats_far.append(min(km((n['lon'], n['lat']), p) for p in known[n['township']]))
comm = [km((n['lon'], n['lat']), seat[n['township']]) for n in nodes
        if n['kind'] == 'community' and 'position:vonng2016' not in n.get('tags', []) and n.get('township') in seat]
print(f"modelled points: {len(modelled)}; outside own county polygon: {len(outside)}")
print(f"modelled township seats with known villages: {len(seats_far)}; km to nearest own known village: max {max(seats_far, default=0):.1f}, >5 km: {sum(1 for d in seats_far if d > 5)}")
print(f"modelled communities: {len(comm)}; km to township seat: p50 {pct(comm, .5):.1f}, p90 {pct(comm, .9):.1f}, max {max(comm, default=0):.1f}")
