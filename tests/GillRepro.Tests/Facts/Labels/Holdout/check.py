#!/usr/bin/env python3
"""Validate facts-labels-2.jsonl against sample2.jsonl (structure only; no extraction)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
sample = [json.loads(l) for l in open(os.path.join(HERE, "sample2.jsonl"), encoding="utf-8")]
labels = [json.loads(l) for l in open(os.path.join(HERE, "facts-labels-2.jsonl"), encoding="utf-8")]
errs = []
if len(labels) != 120 or len(sample) != 120:
    errs.append(f"line counts {len(sample)} / {len(labels)}")
ids = [r["id"] for r in labels]
if len(set(ids)) != len(ids):
    errs.append("duplicate ids")
for s, r in zip(sample, labels):
    for k, v in s.items():
        if r.get(k) != v:
            errs.append(f"{s['id']}: field {k} differs from sample")
    sw = r.get("software")
    if not isinstance(sw, list):
        errs.append(f"{s['id']}: software not a list"); continue
    names = []
    for e in sw:
        if set(e) != {"name", "version"} or not isinstance(e["name"], str) or not e["name"].strip():
            errs.append(f"{s['id']}: bad entry {e}"); continue
        v = e["version"]
        if v is not None:
            if not isinstance(v, str) or not v:
                errs.append(f"{s['id']}: bad version {v!r}")
            elif v[0] in "vV" or v.lower().startswith("version") or ">=" in v or "+" in v:
                errs.append(f"{s['id']}: version carries v/version/>=/+: {v!r}")
        names.append(e["name"].lower())
    if len(set(names)) != len(names):
        errs.append(f"{s['id']}: duplicate software name")
    if "note" in r and not isinstance(r["note"], str):
        errs.append(f"{s['id']}: note not a string")
if errs:
    print("\n".join(errs)); raise SystemExit(1)
print(f"OK: {len(labels)} rows, {len(set(ids))} unique ids, evidence matches sample, versions clean, no duplicate names")
