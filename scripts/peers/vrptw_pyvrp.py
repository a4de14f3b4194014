#!/usr/bin/env python3
"""Solve a Solomon/Homberger VRPTW instance with PyVRP for a fixed wall-clock budget and print one JSON line
(the shape of the peers harness's cvrp_pyvrp.py, which reads only VRPLIB):
  {"solver":"pyvrp","instance":..,"cost":..,"routes":N,"seconds":..,"feasible":..}
Conventions as `hubplan solve solomon --dimacs`: every leg floor(10 * euclid) (DIMACS), travel time = distance,
times x 10, at most K vehicles (the file's VEHICLE NUMBER), shift = the depot's window; cost in tenths.
Run with the peers venv: /work/shared/peers/.venv/bin/python vrptw_pyvrp.py FILE --seconds 10
"""
import argparse
import json
import math
import os
import time

import pyvrp
from pyvrp.stop import MaxRuntime


def read(path):
    with open(path) as f:
        lines = [line.split() for line in f]
    fleet = next(i for i, t in enumerate(lines) if t and t[0].upper() == "NUMBER")
    k, q = (int(v) for v in next(t for t in lines[fleet + 1:] if t))
    start = next(i for i, t in enumerate(lines) if t and t[0].upper() == "CUST")
    rows = [[float(v) for v in t] for t in lines[start + 1:] if len(t) == 7]
    return k, q, rows


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("instance")
    ap.add_argument("--seconds", type=float, required=True)
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args()
    k, q, rows = read(a.instance)
    m = pyvrp.Model()
    locations = [m.add_location(r[1], r[2]) for r in rows]
    depot = m.add_depot(locations[0])
    m.add_vehicle_type(num_available=k, capacity=q, start_depot=depot, end_depot=depot,
                       tw_early=int(rows[0][4] * 10), tw_late=int(rows[0][5] * 10))
    for r, loc in zip(rows[1:], locations[1:]):
        m.add_client(loc, delivery=int(r[3]), service_duration=int(r[6] * 10), tw_early=int(r[4] * 10),
                     tw_late=int(r[5] * 10))
    for i, a_ in enumerate(rows):
        for j, b in enumerate(rows):
            d = int(math.floor(10 * math.hypot(a_[1] - b[1], a_[2] - b[2]) + 1e-9))
            m.add_edge(locations[i], locations[j], distance=d, duration=d)
    data = m.data()
    t0 = time.perf_counter()
    res = pyvrp.solve(data, stop=MaxRuntime(a.seconds), seed=a.seed, collect_stats=False, display=False)
    secs = time.perf_counter() - t0
    best = res.best
    feasible = bool(best.is_feasible() and best.is_complete())
    print(json.dumps({"solver": "pyvrp", "instance": os.path.splitext(os.path.basename(a.instance))[0],
                      "cost": int(best.distance()) if feasible else None, "routes": best.num_routes(),
                      "seconds": round(secs, 3), "feasible": feasible, "seed": a.seed,
                      "iterations": res.num_iterations}))


if __name__ == "__main__":
    main()
