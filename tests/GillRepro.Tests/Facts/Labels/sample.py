#!/usr/bin/env python3
"""Draw the gold-label sample of scorecard rows (standard library only)."""
import json
import os
import random

ROOT = "/work/shared/corpus"
MD = os.path.join(ROOT, "markdown")
OUT = "/work/labels/sample.jsonl"

VARIABLES = ["Hardware Specification", "Software Dependencies", "Open Source Code"]
PREFIX = {"Hardware Specification": "hs", "Software Dependencies": "sd", "Open Source Code": "osc"}
COUNTS = {
    "Hardware Specification": {"Yes": 75, "No": 35},
    "Software Dependencies": {"Yes": 60, "No": 50},
    "Open Source Code": {"Yes": 75, "No": 35},
}


def list_files():
    paths = []
    for dirpath, _dirs, files in os.walk(MD):
        for name in files:
            paths.append(os.path.join(dirpath, name))
    return sorted(paths)


def parse_row(line):
    """Return (variable, result, evidence) for a table row, or None."""
    line = line.rstrip("\n").rstrip("\r")
    if not line.startswith("|"):
        return None
    # positions of the first three pipes and the last pipe
    p1 = 0
    p2 = line.find("|", p1 + 1)
    if p2 < 0:
        return None
    p3 = line.find("|", p2 + 1)
    if p3 < 0:
        return None
    last = line.rfind("|")
    if last <= p3:
        return None
    variable = line[p1 + 1:p2].strip()
    result = line[p2 + 1:p3].strip()
    evidence = line[p3 + 1:last]
    # remove exactly one space of padding on each side
    if evidence.startswith(" "):
        evidence = evidence[1:]
    if evidence.endswith(" "):
        evidence = evidence[:-1]
    return variable, result, evidence


def collect():
    groups = {(v, r): [] for v in VARIABLES for r in ("Yes", "No")}
    for path in list_files():
        rel = os.path.relpath(path, ROOT)
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                parsed = parse_row(line)
                if parsed is None:
                    continue
                variable, result, evidence = parsed
                if variable not in VARIABLES:
                    continue
                row = {"file": rel, "variable": variable, "result": result, "evidence": evidence}
                groups.setdefault((variable, result), []).append(row)
    return groups


def main():
    groups = collect()
    rng = random.Random(2022)
    out = []
    for variable in VARIABLES:
        drawn = []
        for result in ("Yes", "No"):
            drawn.extend(rng.sample(groups[(variable, result)], COUNTS[variable][result]))
        for i, row in enumerate(drawn, start=1):
            out.append({
                "id": "%s-%03d" % (PREFIX[variable], i),
                "split": "dev" if i % 3 == 0 else "test",
                "file": row["file"],
                "variable": row["variable"],
                "result": row["result"],
                "evidence": row["evidence"],
            })
    with open(OUT, "w", encoding="utf-8") as fh:
        for row in out:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote %d rows to %s" % (len(out), OUT))
    for (v, r), rows in sorted(groups.items()):
        print("population %-24s %-3s %d" % (v, r, len(rows)))


if __name__ == "__main__":
    main()
