#!/usr/bin/env python3
# Joins network.json files (e.g. synthesized provinces) into one, for scale tests: counties, nodes and edges appended.
# Usage: scripts/join-networks.py OUT.json IN.json... (carriers and distance settings from the first file).
import json
import sys

out, parts = sys.argv[1], sys.argv[2:]
joined = None
for path in parts:
    network = json.load(open(path, encoding="utf-8"))
    if joined is None:
        joined = network
        joined["name"] = "joined"
        joined["description"] = "joined from " + " ".join(parts)
    else:
        joined["counties"] += network["counties"]
        joined["nodes"] += network["nodes"]
        joined.setdefault("edges", []).extend(network.get("edges", []))
json.dump(joined, open(out, "w", encoding="utf-8"), ensure_ascii=False)
