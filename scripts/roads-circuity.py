#!/usr/bin/env python3
"""Road km / great-circle km and road speed of an osm network's pairs more than 2 km apart (docs/roads-bench.md).

    scripts/roads-circuity.py out/bench/roads/datong-roads
"""
import csv, json, math, sys

folder = sys.argv[1]
network = json.load(open(f"{folder}/network.json"))
position = {n["id"]: (n["lon"], n["lat"]) for n in network["nodes"]}


def great_circle(a, b):
    (lon1, lat1), (lon2, lat2) = a, b
    r = math.pi / 180
    h = math.sin((lat2 - lat1) * r / 2) ** 2 + math.cos(lat1 * r) * math.cos(lat2 * r) * math.sin((lon2 - lon1) * r / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1, math.sqrt(h)))


ratios, speeds = [], []
for row in csv.DictReader(open(f"{folder}/{network['distance']['file']}")):
    d = great_circle(position[row["from"]], position[row["to"]])
    if d > 2:
        ratios.append(float(row["km"]) / d)
        speeds.append(float(row["km"]) / float(row["minutes"]) * 60)
ratios.sort(); speeds.sort()
q = lambda v, f: v[int(f * (len(v) - 1))]
print(f"{len(ratios)} pairs > 2 km apart: road km / great-circle km p10 {q(ratios, .1):.2f}, median {q(ratios, .5):.2f}, "
      f"p90 {q(ratios, .9):.2f}; km/h p10 {q(speeds, .1):.0f}, median {q(speeds, .5):.0f}, p90 {q(speeds, .9):.0f}")
