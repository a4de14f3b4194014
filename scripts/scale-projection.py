#!/usr/bin/env python3
"""The nation's sharded run projected from measurements (docs/scale.md): per-province shard CPU seconds, their sum,
and the wall time of the array with N nodes.

Inputs: the national centers table (scripts/scale-nation.sh: centers CPU s by province), a sample of whole shard
plans (the Slurm example's shards: CPU s and villages each, with routing) and the nation's manifest (villages by
province). A shard's time is its centers CPU s (measured; provinces not measured: the measured seconds per county
times its counties) plus routing at the sample's CPU s per village (shard CPU minus its centers CPU, over its
villages). Wall with N nodes: largest-first list scheduling of the shards on N nodes of one core each.
Usage: scale-projection.py NATION.md SHARDS.md MANIFEST.jsonl
"""
import heapq
import json
import sys


def rows(path):
    """The Markdown table rows of `path` as lists of cells (header and rule skipped)."""
    out = []
    for line in open(path, encoding="utf-8"):
        if line.startswith("| ") and not line.startswith("| province") and not line.startswith("| shard"):
            out.append([c.strip().replace(",", "") for c in line.strip().strip("|").split("|")])
    return out


nation, sample, manifest = sys.argv[1:4]
centers = {r[0]: float(r[4]) for r in rows(nation)}
counties_measured = {r[0]: int(r[1]) for r in rows(nation)}
per_county = sum(centers.values()) / max(1, sum(counties_measured.values()))
# Sample rows: shard, region, counties, villages, CPU s, centers CPU s.
shard_rows = rows(sample)
routing_cpu = sum(float(r[4]) - float(r[5]) for r in shard_rows)
routing_villages = sum(int(r[3]) for r in shard_rows)
per_village = routing_cpu / max(1, routing_villages)

shards = [json.loads(line) for line in open(manifest)]
times = []
for s in shards:
    c = centers.get(s["region"], per_county * len(s["counties"]))
    times.append((s["region"], len(s["counties"]), s["villages"], c, per_village * s["villages"], s["region"] in centers))

print(f"Routing: {per_village * 1000:.2f} CPU ms per village ({routing_cpu:.0f} CPU s over {routing_villages:,} villages "
      f"of the sample); centers not measured: {per_county:.2f} CPU s per county.")
print()
print("| province | counties | villages | centers CPU s | routing CPU s | shard CPU s | centers measured |")
print("|---|---:|---:|---:|---:|---:|---|")
for region, n, v, c, r, measured in sorted(times, key=lambda t: -(t[3] + t[4])):
    print(f"| {region} | {n} | {v:,} | {c:.0f} | {r:.0f} | {c + r:.0f} | {'yes' if measured else 'no (estimated)'} |")
total = sum(t[3] + t[4] for t in times)
print(f"| **sum** | {sum(t[1] for t in times)} | {sum(t[2] for t in times):,} | "
      f"{sum(t[3] for t in times):.0f} | {sum(t[4] for t in times):.0f} | {total:.0f} | |")
print()
print("| nodes (1 core each) | array wall s (largest first) | bound: max(largest shard, sum / nodes) |")
print("|---:|---:|---:|")
for nodes in (1, 2, 4, 8, 16, 31):
    heap = [0.0] * nodes
    for t in sorted((t[3] + t[4] for t in times), reverse=True):
        heapq.heapreplace(heap, heap[0] + t)
    print(f"| {nodes} | {max(heap):.0f} | {max(max(t[3] + t[4] for t in times), total / nodes):.0f} |")
