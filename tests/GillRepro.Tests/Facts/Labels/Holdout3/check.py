#!/usr/bin/env python3
"""Validate facts-labels-3.jsonl against sample3.jsonl."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(HERE, "sample3.jsonl")
LABELS = os.path.join(HERE, "facts-labels-3.jsonl")


def main():
    errs = []
    sample = [json.loads(l) for l in open(SAMPLE, encoding="utf-8")]
    rows = [json.loads(l) for l in open(LABELS, encoding="utf-8")]
    if len(rows) != 120:
        errs.append(f"{len(rows)} lines, expected 120")
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    if ids != [s["id"] for s in sample]:
        errs.append("ids/order differ from sample")
    for s, r in zip(sample, rows):
        rid = r["id"]
        for k, v in s.items():
            if r.get(k) != v:
                errs.append(f"{rid}: field {k} differs from sample")
        extra = set(r) - set(s) - {"software", "note"}
        if extra:
            errs.append(f"{rid}: unexpected fields {sorted(extra)}")
        sw = r.get("software")
        if not isinstance(sw, list):
            errs.append(f"{rid}: software is not a list")
            continue
        names = []
        for e in sw:
            if set(e) != {"name", "version"}:
                errs.append(f"{rid}: bad entry keys {e}")
                continue
            name, ver = e["name"], e["version"]
            if not isinstance(name, str) or not name.strip() or name != name.strip():
                errs.append(f"{rid}: bad name {name!r}")
            names.append(name.lower() if isinstance(name, str) else name)
            if ver is not None:
                if not isinstance(ver, str) or not ver.strip() or ver != ver.strip():
                    errs.append(f"{rid}: bad version {ver!r}")
                    continue
                low = ver.lower()
                if low.startswith("v") or low.startswith("version") or ">=" in ver or "=" in ver or ver.endswith("+") or "+" in ver:
                    errs.append(f"{rid}: unclean version {ver!r}")
        if len(set(names)) != len(names):
            errs.append(f"{rid}: duplicate names {names}")
        if "note" in r and (not isinstance(r["note"], str) or not r["note"]):
            errs.append(f"{rid}: empty note")
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    print(f"OK: {len(rows)} rows, {len(set(ids))} unique ids, evidence matches sample, versions clean, no duplicate names")


if __name__ == "__main__":
    main()
