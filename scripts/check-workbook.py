#!/usr/bin/env python3
"""Reads plan.xlsx back with openpyxl and checks it against plan.json: sheet names, row counts, totals.

Usage: check-workbook.py PLAN_FOLDER LANG   (LANG: zh or en; the sheet names are in that language)
Exits 1 with a message per difference. Run by scripts/check-report.sh in a venv under .build/.
"""
import json
import math
import sys

import openpyxl

NAMES = {
    "en": ["Summary", "Centers", "Assignments", "Routes", "Lines", "Firms", "Scenario"],
    "zh": ["汇总", "中心", "村庄归属", "配送线路", "干线", "企业", "情景设置"],
}


def main(folder, lang):
    plan = json.load(open(f"{folder}/plan.json", encoding="utf-8"))
    book = openpyxl.load_workbook(f"{folder}/plan.xlsx")
    errors = []

    def expect(what, got, want, tol=0.0):
        ok = abs(got - want) <= tol * max(1.0, abs(want)) if isinstance(want, float) else got == want
        if not ok:
            errors.append(f"{what}: workbook {got!r}, plan.json {want!r}")

    expect("sheet names", book.sheetnames, NAMES[lang])
    summary, centers, assignments, routes, lines, firms, _ = (book[n] for n in book.sheetnames)

    def data_rows(sheet):  # rows under the header up to the first empty row
        out = []
        for row in sheet.iter_rows(min_row=2, values_only=True):
            if all(v is None for v in row):
                break
            out.append(row)
        return out

    for sheet in book.worksheets:
        expect(f"{sheet.title}: frozen header", sheet.freeze_panes, "A2")
    counties = data_rows(summary)
    expect("Summary: county rows + total", len(counties), len(plan["counties"]) + 1)
    total = counties[-1]
    expect("Summary total: villages", total[2], sum(c["villages"] for c in plan["counties"]))
    expect("Summary total: parcels/day", float(total[3]), float(sum(c["parcelsPerDay"] for c in plan["counties"])), 1e-9)
    expect("Summary total: routes", total[5], len(plan["routes"]))
    expect("Summary total: route km", float(total[6]), float(sum(r["km"] for r in plan["routes"])), 1e-9)
    expect("Summary: county parcels sum", float(sum(r[3] for r in counties[:-1])),
           float(sum(c["parcelsPerDay"] for c in plan["counties"])), 1e-6)
    costs = [r for r in summary.iter_rows(min_row=len(counties) + 3, values_only=True) if r[0]]
    unit = 10_000 if lang == "zh" else 1
    total_cost = [r for r in costs if r[0].startswith("Total a year" if lang == "en" else "年合计")]
    expect("Summary: yearly total cost", float(total_cost[0][2]) * unit if total_cost else None, plan["costs"]["total"], 1e-6)

    expect("Centers rows", len(data_rows(centers)), len(plan["centers"]))
    expect("Centers: parcels/day", float(sum(r[5] for r in data_rows(centers))), float(sum(c["parcelsPerDay"] for c in plan["centers"])), 1e-6)
    expect("Assignments rows", len(data_rows(assignments)), len(plan["assignments"]))
    expect("Assignments: parcels/day", float(sum(r[6] for r in data_rows(assignments))),
           float(sum(a["parcelsPerDay"] for a in plan["assignments"])), 1e-3)
    stops = data_rows(routes)
    expect("Routes rows (one per stop)", len(stops), sum(len(r["stops"]) for r in plan["routes"]))
    expect("Routes: distinct routes", len({r[0] for r in stops}), sum(1 for r in plan["routes"] if r["stops"]))
    for row in stops:  # km so far never passes the route's km
        if row[9] > plan["routes"][row[0] - 1]["km"] + 0.05:
            errors.append(f"Routes: route {row[0]} stop {row[5]} at {row[9]} km, route has {plan['routes'][row[0] - 1]['km']}")
            break
    expect("Lines rows", len(data_rows(lines)), len(plan["lines"]))
    # Firms count deliveries by carrier; assignments add the produce picked up, so firms hold most but not more.
    firm_parcels, served = sum(r[2] for r in data_rows(firms)), sum(a["parcelsPerDay"] for a in plan["assignments"])
    if plan.get("firms"):  # networks with gateways: each firm's tolls, subsidy and award as plan.json has them
        rows = data_rows(firms)
        for col, key in ((4, "tolls"), (5, "tollSubsidy"), (6, "award")):
            expect(f"Firms: {key}", float(sum(r[col] or 0 for r in rows)), float(sum(f[key] for f in plan["firms"])), 1e-6)
    if not 0.8 * served <= firm_parcels <= served + 1e-6:
        errors.append(f"Firms: {firm_parcels} parcels/day delivered, assignments serve {served}")
    numbers = [c.value for c in centers["F"][1:]]
    if not all(isinstance(v, (int, float)) for v in numbers):
        errors.append("Centers: load column holds text, not numbers")

    for e in errors:
        print(f"error: {folder}/plan.xlsx: {e}", file=sys.stderr)
    if not errors:
        print(f"workbook ok: {folder}/plan.xlsx ({', '.join(book.sheetnames)}; {len(stops)} route stops)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
