#!/usr/bin/env python3
"""Copy the hand-typed labels in hand/*.txt onto the rows of sample2.jsonl (no extraction).

Writes facts-labels-2.jsonl: every sample field plus `software` (and `note` where given), in sample order.
"""
import glob
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

labels = {}
for path in sorted(glob.glob(os.path.join(HERE, "hand", "*.txt"))):
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip():
                continue
            rid, js = line.split("\t", 1)
            if rid in labels:
                raise SystemExit(f"duplicate label for {rid} ({path}:{n})")
            labels[rid] = json.loads(js)

out = []
with open(os.path.join(HERE, "sample2.jsonl"), encoding="utf-8") as fh:
    for line in fh:
        row = json.loads(line)
        lab = labels.pop(row["id"])  # KeyError if a row is unlabelled
        row["software"] = lab["software"]
        if lab.get("note"):
            row["note"] = lab["note"]
        out.append(row)
if labels:
    raise SystemExit(f"labels for unknown ids: {sorted(labels)}")

with open(os.path.join(HERE, "facts-labels-2.jsonl"), "w", encoding="utf-8") as fh:
    for row in out:
        fh.write(json.dumps(row, ensure_ascii=False) + "\n")
print(f"wrote {len(out)} rows")
