#!/usr/bin/env python3
"""Draw the third (held-out) software sample: Software Dependencies rows in neither the first nor the second sample."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.environ.get("CORPUS", os.path.join(HERE, *[".."] * 6, "shared", "corpus"))
MD = os.path.join(ROOT, "markdown")
FIRST = os.path.join(HERE, "..", "facts-labels.jsonl")
SECOND = os.path.join(HERE, "..", "Holdout", "facts-labels-2.jsonl")
OUT = os.path.join(HERE, "sample3.jsonl")
VARIABLE = "Software Dependencies"
COUNTS = {"Yes": 90, "No": 30}


def parse_row(line):
    line = line.rstrip("\n").rstrip("\r")
    if not line.startswith("|"):
        return None
    p2 = line.find("|", 1)
    if p2 < 0:
        return None
    p3 = line.find("|", p2 + 1)
    last = line.rfind("|")
    if p3 < 0 or last <= p3:
        return None
    evidence = line[p3 + 1:last]
    if evidence.startswith(" "):
        evidence = evidence[1:]
    if evidence.endswith(" "):
        evidence = evidence[:-1]
    return line[1:p2].strip(), line[p2 + 1:p3].strip(), evidence


def main():
    taken = {(r["file"], r["variable"]) for p in (FIRST, SECOND) for r in map(json.loads, open(p, encoding="utf-8"))}
    groups = {"Yes": [], "No": []}
    paths = sorted(os.path.join(d, f) for d, _, fs in os.walk(MD) for f in fs)
    for path in paths:
        rel = os.path.relpath(path, ROOT)
        if (rel, VARIABLE) in taken:
            continue
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                row = parse_row(line)
                if row and row[0] == VARIABLE and row[1] in groups:
                    groups[row[1]].append({"file": rel, "variable": row[0], "result": row[1], "evidence": row[2]})
    rng = random.Random(3051226)
    out = []
    for result in ("Yes", "No"):
        out.extend(rng.sample(groups[result], COUNTS[result]))
    with open(OUT, "w", encoding="utf-8") as fh:
        for i, row in enumerate(out, start=1):
            fh.write(json.dumps(dict(id="sd3-%03d" % i, split="holdout3", **row), ensure_ascii=False) + "\n")
    print("wrote %d rows; population left: Yes %d, No %d" % (len(out), len(groups["Yes"]), len(groups["No"])))


if __name__ == "__main__":
    main()
