#!/usr/bin/env python3
"""Validate /work/labels/facts-labels.jsonl against /work/labels/sample.jsonl."""
import json
import sys
from urllib.parse import urlparse

SAMPLE = "/work/labels/sample.jsonl"
LABELS = "/work/labels/facts-labels.jsonl"
BASE = ["id", "split", "file", "variable", "result", "evidence"]
KEY = {"Hardware Specification": "devices", "Software Dependencies": "software", "Open Source Code": "code"}
errors = []


def err(rid, msg):
    errors.append("%s: %s" % (rid, msg))


def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)


sample = [json.loads(l) for l in open(SAMPLE, encoding="utf-8")]
lines = open(LABELS, encoding="utf-8").read().splitlines()
if len(lines) != 330:
    errors.append("expected 330 lines, got %d" % len(lines))
rows = []
for i, line in enumerate(lines, 1):
    try:
        rows.append(json.loads(line))
    except ValueError as e:
        errors.append("line %d: bad JSON (%s)" % (i, e))
ids = [r.get("id") for r in rows]
if len(set(ids)) != len(ids):
    errors.append("ids not unique")
if len(sample) != len(rows):
    errors.append("sample has %d rows, labels %d" % (len(sample), len(rows)))

for s, r in zip(sample, rows):
    rid = r.get("id")
    for k in BASE:
        if k not in r:
            err(rid, "missing field %s" % k)
        elif not isinstance(r[k], str):
            err(rid, "field %s not a string" % k)
        elif r[k] != s[k]:
            err(rid, "field %s differs from sample" % k)
    if r.get("split") not in ("dev", "test"):
        err(rid, "bad split")
    key = KEY.get(r.get("variable"))
    if key is None:
        err(rid, "unknown variable")
        continue
    allowed = set(BASE) | {key, "note"}
    extra = set(r) - allowed
    if extra:
        err(rid, "unexpected fields %s" % sorted(extra))
    if "note" in r and not (isinstance(r["note"], str) and r["note"]):
        err(rid, "note must be a non-empty string")
    if key not in r:
        err(rid, "missing %s" % key)
        continue
    v = r[key]
    if key == "devices":
        if not isinstance(v, list):
            err(rid, "devices not a list"); continue
        seen = set()
        for d in v:
            if not isinstance(d, dict) or set(d) != {"kind", "model", "count"}:
                err(rid, "device must have exactly kind/model/count: %r" % d); continue
            if d["kind"] not in ("GPU", "CPU", "TPU", "other"):
                err(rid, "bad kind %r" % d["kind"])
            if not isinstance(d["model"], str) or not d["model"].strip():
                err(rid, "bad model %r" % d["model"])
            if d["count"] is not None and not (is_int(d["count"]) and d["count"] > 0):
                err(rid, "bad count %r" % d["count"])
            if d["model"] in seen:
                err(rid, "model listed twice %r" % d["model"])
            seen.add(d["model"])
    elif key == "software":
        if not isinstance(v, list):
            err(rid, "software not a list"); continue
        seen = set()
        for d in v:
            if not isinstance(d, dict) or set(d) != {"name", "version"}:
                err(rid, "software must have exactly name/version: %r" % d); continue
            if not isinstance(d["name"], str) or not d["name"].strip():
                err(rid, "bad name %r" % d["name"])
            if d["version"] is not None and not (isinstance(d["version"], str) and d["version"].strip()):
                err(rid, "bad version %r" % d["version"])
            if isinstance(d["version"], str) and (d["version"][:1] in "vV" or d["version"].startswith(">=") or d["version"].endswith("+")):
                err(rid, "version keeps a prefix/suffix %r" % d["version"])
            if d["name"] in seen:
                err(rid, "name listed twice %r" % d["name"])
            seen.add(d["name"])
    else:
        if not isinstance(v, dict) or set(v) != {"links", "hosts", "anonymized", "promised"}:
            err(rid, "code must have exactly links/hosts/anonymized/promised"); continue
        if not (isinstance(v["links"], list) and all(isinstance(x, str) and x for x in v["links"])):
            err(rid, "links must be a list of strings")
        if not (isinstance(v["hosts"], list) and all(isinstance(x, str) and x for x in v["hosts"])):
            err(rid, "hosts must be a list of strings")
        for b in ("anonymized", "promised"):
            if not isinstance(v[b], bool):
                err(rid, "%s must be a boolean" % b)
        if isinstance(v["links"], list) and isinstance(v["hosts"], list):
            if len(set(v["hosts"])) != len(v["hosts"]):
                err(rid, "host listed twice")
            for h in v["hosts"]:
                if h != h.lower() or h.startswith("www."):
                    err(rid, "host not normalised %r" % h)
            # consistency: hosts should be the hosts of the links, in first-appearance order
            derived = []
            for link in v["links"]:
                if " " in link:
                    err(rid, "space in link %r" % link)
                u = link if "://" in link else "http://" + link
                h = (urlparse(u).hostname or "").lower()
                if h.startswith("www."):
                    h = h[4:]
                if h and h not in derived:
                    derived.append(h)
                if link[-1:] in ".,);":
                    err(rid, "trailing punctuation in link %r" % link)
            if derived != v["hosts"]:
                err(rid, "hosts %r do not match links %r" % (v["hosts"], derived))

if errors:
    print("\n".join(errors))
    print("FAILED: %d problem(s)" % len(errors))
    sys.exit(1)
print("OK: %d rows, %d unique ids, all fields present and typed, evidence matches sample" % (len(rows), len(set(ids))))
