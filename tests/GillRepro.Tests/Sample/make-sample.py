#!/usr/bin/env python3
"""Rebuilds this sample from the shared corpus: python3 make-sample.py [../../../../shared/corpus]

Real pages, both renderings, with their lines of truth.jsonl: 90 AAAI 2014 and 110 NeurIPS 2023 papers
chosen by the SHA-1 of their slugs (so the choice is stable and unbiased), plus every page of the corpus
that shows a quirk its README lists (pipes in evidence or title, the largest evidence, characters outside
the Basic Multilingual Plane, CJK, control characters). Quirks of the live site that the corpus does not
hold are derived from real pages into derived/ (see the README), with their truth changed to match.
"""
import hashlib, json, os, re, shutil, sys

here = os.path.dirname(os.path.abspath(__file__))
corpus = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "..", "..", "shared", "corpus"))
truths = [json.loads(line) for line in open(os.path.join(corpus, "truth.jsonl"), encoding="utf-8")]

def md(t): return os.path.join(corpus, "markdown", f"{t['venue']}-{t['year']}", t["slug"] + ".md")
def text(t): return open(md(t), encoding="utf-8", newline="").read()
def key(t): return hashlib.sha1(t["slug"].encode()).hexdigest()

chosen = {}
for venue, count in (("AAAI", 90), ("NeurIPS", 110)):
    for t in sorted((t for t in truths if t["venue"] == venue), key=key)[:count]:
        chosen[t["slug"]] = t

quirks = {
    "pipe in evidence": lambda s: any(row.count("|") > 4 for row in s.split("\n")[4:]),
    "pipe in title": lambda s: "|" in s.split("\n")[1],
    "outside the BMP": lambda s: re.search("[\U00010000-\U0010FFFF]", s),
    "CJK": lambda s: re.search("[\u4e00-\u9fff]", s),
    "control character": lambda s: re.search("[\x00-\x08\x0b\x0c\x0e-\x1f]", s),
}
for name, test in quirks.items():
    for t in sorted((t for t in truths if test(text(t))), key=key)[:8]:
        chosen[t["slug"]] = t
largest = max(truths, key=lambda t: os.path.getsize(md(t)))
chosen[largest["slug"]] = largest

for folder in ("markdown", "plain", "derived"):
    shutil.rmtree(os.path.join(here, folder), ignore_errors=True)
for t in chosen.values():
    for rendering, ext in (("markdown", ".md"), ("plain", ".txt")):
        source = os.path.join(corpus, rendering, f"{t['venue']}-{t['year']}", t["slug"] + ext)
        target = os.path.join(here, rendering, f"{t['venue']}-{t['year']}", t["slug"] + ext)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        shutil.copyfile(source, target)

# Live-site quirks the corpus lacks, derived from the first chosen NeurIPS pages. Each keeps its truth
# line, with the results and scores changed as the change requires.
seven = ["Pseudocode", "Open Source Code", "Open Datasets", "Dataset Splits", "Hardware Specification", "Software Dependencies", "Experiment Setup"]
def rescore(t):
    r = t["results"]
    t["documentation_score"] = sum(r.get(v) == "Yes" for v in seven)
    t["reproducibility_score"] = 0.86 if r.get("Open Datasets") == "Yes" and r.get("Open Source Code") == "Yes" else 0.33 if r.get("Open Datasets") == "Yes" else 0
    t["empirical"] = r.get("Research Type") == "Experimental"
    return t

def replace_row(lines, variable, result, evidence=None):
    for i, line in enumerate(lines):
        if line.startswith(f"| {variable} | "):
            cells = line.split(" | ", 2)
            lines[i] = f"| {variable} | {result} | {cells[2][:-2] if evidence is None else evidence} |"
    return lines

bases = sorted((t for t in chosen.values() if t["venue"] == "NeurIPS" and t["slug"] != largest["slug"]), key=key)
derived = []
def derive(name, base, change, truth_change):
    lines = change(text(base).split("\n"))
    t = rescore(truth_change(json.loads(json.dumps(base))))
    t["slug"] = f"{name}__{base['slug']}"
    path = os.path.join(here, "derived", t["slug"] + ".md")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    open(path, "w", encoding="utf-8", newline="").write("\n".join(lines))
    derived.append(t)

def results(**changes):
    def change(t):
        t["results"].update({k.replace("_", " "): v for k, v in changes.items()})
        return t
    return change

same = lambda t: t
derive("no-notice", bases[0], lambda l: l[1:], same)
derive("old-notice", bases[1], lambda l: ["Notice: The reproducibility variables underlying each score are classified using an automated LLM-based pipeline. Full accuracy metrics and methodology are described in [1]."] + l[1:], same)
derive("jair-venue", bases[2], lambda l: l[:3] + [l[3].replace("NeurIPS 2023", "JAIR 2023")] + l[4:], lambda t: {**t, "venue": "JAIR"})
derive("four-links", bases[3], lambda l: l[:3] + ["NeurIPS 2023 | Conference PDF | Archive PDF | Plain Text | LLM Run Details"] + l[4:], same)
derive("no-authors", bases[4], lambda l: l[:2] + ["Authors: "] + l[3:], lambda t: {**t, "authors": ""})
derive("not-available", bases[5], lambda l: replace_row(l, "Pseudocode", "N/A", "Missing value."), results(Pseudocode="N/A"))
derive("unknown-affiliation", bases[6], lambda l: replace_row(l, "Researcher Affiliation", "-1"), results(Researcher_Affiliation="-1"))
derive("empty-evidence", bases[7], lambda l: replace_row(l, "Open Datasets", "No", ""), results(Open_Datasets="No"))

with open(os.path.join(here, "truth.jsonl"), "w", encoding="utf-8", newline="\n") as out:
    for t in sorted(chosen.values(), key=lambda t: (t["venue"], t["slug"])):
        out.write(json.dumps(t, ensure_ascii=False) + "\n")
with open(os.path.join(here, "derived", "truth.jsonl"), "w", encoding="utf-8", newline="\n") as out:
    for t in derived:
        out.write(json.dumps(t, ensure_ascii=False) + "\n")
print(f"{len(chosen)} real papers in both renderings, {len(derived)} derived pages, from {corpus}")
