#!/usr/bin/env python3
# Copies the Hebei and Datong rows (and only the columns the generator reads) out of the shared data set.
"""Usage: python3 Networks/sources/vendor.py [SHARED_DATA_DIR]   (default ../shared/data)

Writes counties.csv, townships.csv and one villages-<prefecture>.csv per prefecture (Hebei's 11 and Datong)
beside this script; a village goes to the file of its 2025 county (its 2021 county where it has no 2025 one).
The rows and values are unchanged; only other provinces' rows and unused columns are dropped, so that
`hubplan network synthesize --data Networks/sources` rebuilds Networks/ without /work/shared.
"""
import csv, os, sys

here = os.path.dirname(os.path.abspath(__file__))
src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "..", "shared", "data")

def keep(code):
    return code.startswith("13") or code.startswith("1402")

def copy(name, out, key, columns, rows_filter=keep):
    with open(os.path.join(src, name), newline="", encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if rows_filter(r[key])]
    with open(os.path.join(here, out), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(columns)
        for r in rows:
            w.writerow([r[c] for c in columns])
    print(f"{out}: {len(rows)} rows")

copy("counties.csv", "counties.csv", "adcode", [
    "adcode", "name", "prefecture", "seat_lon_wgs84", "seat_lat_wgs84", "centroid_lon_wgs84",
    "centroid_lat_wgs84", "centroid_in_polygon", "area_km2", "pop_2020", "pop_2020_urban", "pop_2020_rural"])
copy("townships.csv", "townships.csv", "adcode", [
    "adcode", "name", "type", "county_adcode", "lon_wgs84", "lat_wgs84"])
village_columns = [
    "code12_nbs2021", "short_name", "kind", "township_code_nbs2021", "township_nbs2021", "county_code_nbs2021",
    "township_adcode", "county_adcode", "lon_wgs84", "lat_wgs84"]
with open(os.path.join(src, "villages.csv"), newline="", encoding="utf-8") as f:
    villages = [r for r in csv.DictReader(f) if keep(r["code12_nbs2021"])]
by_prefecture = {}
for r in villages:
    by_prefecture.setdefault((r["county_adcode"] or r["county_code_nbs2021"])[:4], []).append(r)
for prefecture, rows in sorted(by_prefecture.items()):
    with open(os.path.join(here, f"villages-{prefecture}.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(village_columns)
        for r in rows:
            w.writerow([r[c] for c in village_columns])
    print(f"villages-{prefecture}.csv: {len(rows)} rows")
