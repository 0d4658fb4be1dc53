#!/usr/bin/env python3
"""Copy the hand-typed labels (hand/*.txt) onto the sample rows; no extraction from the evidence."""
import glob
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(HERE, "sample3.jsonl")
OUT = os.path.join(HERE, "facts-labels-3.jsonl")


def main():
    labels = {}
    for path in sorted(glob.glob(os.path.join(HERE, "hand", "*.txt"))):
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                line = line.rstrip("\n")
                if not line.strip():
                    continue
                rid, _, payload = line.partition("\t")
                if rid in labels:
                    raise SystemExit(f"duplicate label for {rid} ({path}:{n})")
                labels[rid] = json.loads(payload)
    rows = [json.loads(l) for l in open(SAMPLE, encoding="utf-8")]
    missing = [r["id"] for r in rows if r["id"] not in labels]
    extra = set(labels) - {r["id"] for r in rows}
    if missing or extra:
        raise SystemExit(f"missing labels: {missing}; labels without a row: {sorted(extra)}")
    with open(OUT, "w", encoding="utf-8") as out:
        for r in rows:
            lab = labels[r["id"]]
            r["software"] = lab["software"]
            if lab.get("note"):
                r["note"] = lab["note"]
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
