#!/usr/bin/env python3
"""Prints the table of docs/operating-models.md from the examples' plans: per plan and operating model, the day
totals without and with the model (km, vans, yuan, kg CO2) and what the model moves (fees, villages, stations).

Usage: scripts/operating-models-table.py out/examples/{postal-backstop,...}/plan.json
"""
import json
import sys

NAMES = {"postalBackstop": "postal backstop", "villageStations": "village stations", "busLines": "passenger buses",
         "originWarehouses": "origin warehouse"}


def n(x):
    return f"{round(x):,}".replace("-", "−")


def detail(key, m):
    if key == "postalBackstop":
        return f"{n(m['feesPerDay'])} to China Post ({len(m['villages'])} villages, {len(m['postOffices'])} post offices)"
    if key == "villageStations":
        villages = sum(c["villages"] for c in m["counties"])
        rate = min((c["expressRate"] for c in m["counties"]), default=0)
        return f"— ({len(m['stations'])} stations for {villages} villages, rate {rate:.0%})"
    if key == "busLines":
        used = [l for l in m["lines"] if l["used"]]
        return f"{n(sum(l['feePerDay'] for l in used))} to the buses ({len(used)} of {len(m['lines'])} townships)"
    products = sorted({p for w in m["warehouses"] for p in w["products"]})
    return f"— ({len(m['warehouses'])} warehouse, {n(sum(w['pickupsPerDay'] for w in m['warehouses']))} {', '.join(products)} a day)"


def main(paths):
    print("| example | county | model | km without → with | vans without → with | yuan/day without → with (saved) "
          "| kg CO2/day without → with | fees a day |")
    print("|---|---|---|---|---|---|---|---|")
    for path in paths:
        plan = json.load(open(path, encoding="utf-8"))
        models = plan.get("operatingModels") or {}
        for key, label in NAMES.items():
            m = models.get(key)
            if not m:
                continue
            a, b = m["without"], m["with"]
            print(f"| {path.split('/')[-2]} | {plan['counties'][0]['name']} | {label} | {n(a['km'])} → {n(b['km'])} "
                  f"| {a['vans']} → {b['vans']} | {n(a['cost'])} → {n(b['cost'])} ({n(a['cost'] - b['cost'])}) "
                  f"| {n(a['kgCO2'])} → {n(b['kgCO2'])} | {detail(key, m)} |")


if __name__ == "__main__":
    main(sys.argv[1:])
