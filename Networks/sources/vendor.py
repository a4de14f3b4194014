#!/usr/bin/env python3
# Copies every province's rows (only the columns the generator reads) out of the shared national data set, gzipped.
"""Usage: python3 Networks/sources/vendor.py [SHARED_CHINA_DIR]   (default ../shared/data/china)

Writes counties.csv.gz, townships.csv.gz, one villages-<province>.csv.gz per province (31) and the county
polygons boundaries/<province>.geojson(.gz) beside this script. Rows and values are unchanged; only unused columns
are dropped, so that `hubplan network synthesize --data Networks/sources --region NN|NNNN|NNNNNN` builds any
region of mainland China without /work/shared. gzip headers carry no time stamp (mtime 0), so the same
tables give the same bytes.
"""
import csv, gzip, io, os, shutil, sys

here = os.path.dirname(os.path.abspath(__file__))
src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "..", "shared", "data", "china")

def write(out, columns, rows):
    text = io.StringIO()
    w = csv.writer(text, lineterminator="\n")
    w.writerow(columns)
    for r in rows:
        w.writerow([r[c] for c in columns])
    with open(os.path.join(here, out), "wb") as f:
        with gzip.GzipFile(filename="", mode="wb", fileobj=f, mtime=0, compresslevel=9) as g:
            g.write(text.getvalue().encode("utf-8"))
    print(f"{out}: {len(rows)} rows")

def read(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))

write("counties.csv.gz", [
    "adcode", "name", "prefecture", "seat_lon_wgs84", "seat_lat_wgs84", "centroid_lon_wgs84",
    "centroid_lat_wgs84", "centroid_in_polygon", "area_km2", "pop_2020", "pop_2020_urban", "pop_2020_rural",
    "n_villages_nbs2021"],
    read(os.path.join(src, "counties.csv")))
write("townships.csv.gz", ["adcode", "name", "type", "county_adcode", "lon_wgs84", "lat_wgs84"],
      read(os.path.join(src, "townships.csv")))
village_columns = [
    "code12_nbs2021", "short_name", "kind", "township_code_nbs2021", "township_nbs2021", "county_code_nbs2021",
    "township_adcode", "county_adcode", "lon_wgs84", "lat_wgs84"]
for name in sorted(os.listdir(os.path.join(src, "villages"))):
    province = name[:-len(".csv")]
    write(f"villages-{province}.csv.gz", village_columns, read(os.path.join(src, "villages", name)))
# County polygons: Hebei's and Shanxi's as they were vendored first (plain GeoJSON), the others gzipped.
os.makedirs(os.path.join(here, "boundaries"), exist_ok=True)
for name in sorted(os.listdir(os.path.join(src, "boundaries"))):
    source = os.path.join(src, "boundaries", name)
    if name in ("13.geojson", "14.geojson"):
        shutil.copyfile(source, os.path.join(here, "boundaries", name))
    else:
        with open(source, "rb") as f, open(os.path.join(here, "boundaries", name + ".gz"), "wb") as out:
            with gzip.GzipFile(filename="", mode="wb", fileobj=out, mtime=0, compresslevel=9) as g:
                g.write(f.read())
print(f"boundaries: {len(os.listdir(os.path.join(here, 'boundaries')))} files")
