#!/usr/bin/env python3
"""The table of a hebei-slurm.sh run (docs/scale.md): each shard's villages, planning wall and CPU seconds (from
plan.sbatch's `times` line), the merge's CPU, and the one-machine plan's CPU (the script's `times` around it).
Usage: slurm-summary.py RUN_FOLDER"""
import glob, json, os, re, sys

run = sys.argv[1]


def seconds(text):
    """A `times` pair 'XmY.YYYs XmY.YYYs' -> user + system seconds."""
    pairs = re.findall(r"(\d+)m([\d.]+)s", text)
    return sum(60 * int(m) + float(s) for m, s in pairs[-2:])


def cpu_line(path, pattern):
    found = [l for l in open(path) if pattern in l]
    return seconds(found[-1]) if found else float("nan")


manifest = [json.loads(l) for l in open(os.path.join(run, "shards", "manifest.jsonl"))]
print("| shard | region | counties | villages | plan s (wall) | CPU s |")
print("|---:|---|---:|---:|---:|---:|")
total = 0.0
for shard in manifest:
    k = shard["id"]
    logs = glob.glob(os.path.join(run, f"hubplan-shard-*_{k}.out"))
    cpu = cpu_line(logs[0], "cpu user/sys") if logs else float("nan")
    plan = json.load(open(os.path.join(run, "shards", str(k), "plan.json")))
    total += cpu
    print(f"| {k} | {shard['region']} | {len(shard['counties'])} | {shard['villages']} | {plan['seconds']:.1f} | {cpu:.1f} |")
merge_logs = glob.glob(os.path.join(run, "hubplan-merge-*.out"))
merge = cpu_line(merge_logs[0], "merge.sbatch: cpu") if merge_logs else float("nan")
summary = f"shards {total:.1f} CPU s in all; merge {merge:.1f} CPU s"
if os.path.exists(os.path.join(run, "cpu-after")):  # absent when the one-machine plan was skipped (COMPARE=0)
    lines = [open(os.path.join(run, f)).read().splitlines()[-1] for f in ("cpu-before", "cpu-after")]
    summary += f"; one-machine plan {seconds(lines[1]) - seconds(lines[0]):.1f} CPU s"
print(summary)
