#!/usr/bin/env python3
"""Checks a CVRPLIB .sol against its .vrp and prints its recomputed cost: every customer once, no load above
the capacity, the distance summed with CVRPLIB's rounding (nearest integer of the Euclidean distance).

A peer's own "Cost" line is not taken on trust: exit 1 names the first violation or a claimed cost that is
not the recomputed one. Usage: check-cvrp-sol.py INSTANCE.vrp SOLUTION.sol
"""
import math
import sys


def read_instance(path):
    coords, demand, capacity, depot, section = {}, {}, None, 1, None
    with open(path) as f:
        for number, raw in enumerate(f, 1):
            line = raw.strip()
            if not line:
                continue
            key = line.split(":")[0].strip()
            try:
                if key == "CAPACITY":
                    capacity = int(line.split(":")[1])
                elif key == "EDGE_WEIGHT_TYPE" and "EUC_2D" not in line:
                    sys.exit(f"{path}: only EUC_2D instances are checked")
                elif line.endswith("_SECTION"):
                    section = line
                elif line == "EOF":
                    break
                elif section == "NODE_COORD_SECTION":
                    i, x, y = line.split()
                    coords[int(i)] = (float(x), float(y))
                elif section == "DEMAND_SECTION":
                    i, d = line.split()
                    demand[int(i)] = int(d)
                elif section == "DEPOT_SECTION" and int(line) > 0:
                    depot = int(line)
            except ValueError:
                sys.exit(f"{path}:{number}: cannot read {line!r}")
    if capacity is None or not coords or set(demand) != set(coords) or depot not in coords:
        sys.exit(f"{path}: needs CAPACITY, NODE_COORD_SECTION, a DEMAND_SECTION for every node and the depot")
    return coords, demand, capacity, depot


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    vrp, sol = sys.argv[1], sys.argv[2]
    coords, demand, capacity, depot = read_instance(vrp)
    # .sol customers are numbered 1..n in the order of the instance's non-depot nodes.
    customers = sorted(i for i in coords if i != depot)
    seen, total, claimed = set(), 0, None
    with open(sol) as f:
        for number, raw in enumerate(f, 1):
            line = raw.strip()
            if line.startswith("Route"):
                tokens = line.split(":", 1)[1].split() if ":" in line else []
                # Customer numbers run 1..n: a 0 or a negative would silently index from the end.
                if not all(t.isdigit() and 1 <= int(t) <= len(customers) for t in tokens):
                    sys.exit(f"{sol}:{number}: not a customer number in 1..{len(customers)}: {line!r}")
                stops = [customers[int(t) - 1] for t in tokens]
                load = sum(demand[s] for s in stops)
                if load > capacity:
                    sys.exit(f"{sol}:{number}: load {load} above the capacity {capacity}")
                path = [depot] + stops + [depot]
                for a, b in zip(path, path[1:]):
                    (xa, ya), (xb, yb) = coords[a], coords[b]
                    total += int(math.floor(math.hypot(xa - xb, ya - yb) + 0.5))
                for s in stops:
                    if s in seen:
                        sys.exit(f"{sol}:{number}: customer {customers.index(s) + 1} visited twice")
                    seen.add(s)
            elif line.startswith("Cost"):
                try:
                    claimed = float(line.split()[1])
                except (IndexError, ValueError):
                    sys.exit(f"{sol}:{number}: cannot read the cost in {line!r}")
    missing = len(customers) - len(seen)
    if missing:
        sys.exit(f"{sol}: {missing} customers not visited")
    if claimed is not None and abs(claimed - total) > 1e-6:
        sys.exit(f"{sol}: claims cost {claimed:g}, recomputed {total}")
    print(total)


if __name__ == "__main__":
    main()
