"""How far can an evidence-based flagger go? A learned ceiling for the audit goal (lift >= 4 at recall >= 0.35).

Logistic regression (standard library only) on the words and word pairs of the evidence, with the variable
and the result, trained to predict "people labelled this pair differently" on some papers and measured on
others: (1) trained on all of gk2018 (three runs), measured on sample160/index; (2) five folds by paper
within gk2018. Unlike audit rules it learns from the people's labels themselves, so it bounds from above
what rules written without them can do. `python3 ceiling.py` prints the figures docs/audit.md quotes;
`python3 ceiling.py sweep` adds three other training settings. About a minute on two cores."""
import math, os, random, re, sys
from collections import defaultdict
A = os.environ.get("AGREEMENT", os.path.join(os.path.dirname(os.path.abspath(__file__)), *[".."] * 5, "shared", "agreement"))
DOC = ["Pseudocode", "Open Source Code", "Open Datasets", "Dataset Splits", "Hardware Specification", "Software Dependencies", "Experiment Setup"]

def read(folder):
    out = {}
    for f in sorted(os.listdir(folder)):
        rows = {}
        for line in open(os.path.join(folder, f), encoding="utf-8"):
            if not line.startswith("| "): continue
            cells = line.rstrip("\n").split(" | ")
            if len(cells) < 2: continue
            var = cells[0][2:].strip(); res = cells[1].strip()
            ev = " | ".join(cells[2:])[:-1].strip() if len(cells) > 2 else ""
            if var in DOC: rows[var] = (res, ev)
        out[f] = rows
    return out

def feats(var, res, ev):
    toks = re.findall(r"[a-z][a-z0-9\-]+|\d+(?:\.\d+)?|https?|github", ev.lower())
    base = var + "|" + res
    fs = {base, base + "|len" + str(min(len(toks) // 15, 6))}
    for t in toks: fs.add(base + "|" + t)
    for a, b in zip(toks, toks[1:]): fs.add(base + "|" + a + "_" + b)
    return fs

def examples(llm, human, papers):
    xs = []
    for p in papers:
        for v in DOC:
            if v not in llm[p] or v not in human[p]: continue
            res, ev = llm[p][v]
            xs.append((feats(v, res, ev), 1 if human[p][v][0].lower() != res.lower() else 0, v))
    return xs

def train(xs, epochs=15, lr=0.2, l2=1e-4):
    w = defaultdict(float); b = 0.0
    rng = random.Random(1)
    for _ in range(epochs):
        rng.shuffle(xs)
        for fs, y, _ in xs:
            z = b + sum(w[f] for f in fs)
            p = 1 / (1 + math.exp(-max(-30, min(30, z))))
            g = p - y
            b -= lr * g
            for f in fs: w[f] -= lr * (g + l2 * w[f])
    return lambda fs: b + sum(w.get(f, 0.0) for f in fs)

def at_recall(scored, target=0.35):
    scored = sorted(scored, key=lambda t: -t[0])
    total = sum(y for _, y in scored); base = total / len(scored)
    tp = 0; best = None
    for k, (_, y) in enumerate(scored, 1):
        tp += y
        if best is None and tp / total >= target:
            best = (k, tp, tp / k, tp / k / base)
    return base, total, best

human_gk = read(A + "/gk2018/human"); runs = {r: read(A + "/gk2018/" + r) for r in ("run-1", "run-2", "run-3")}
human_s = read(A + "/sample160/human"); index = read(A + "/sample160/index")
papers = sorted(human_gk)

# 1. Train on every gk2018 run, test on sample160 (other papers, the Index's own labels).
model = train([x for r in runs.values() for x in examples(r, human_gk, papers)])
xs = examples(index, human_s, sorted(human_s))
base, total, (k, tp, prec, lift) = at_recall([(model(fs), y) for fs, y, _ in xs])
print(f"train gk2018 runs 1-3 -> sample160/index: pairs {len(xs)}, differ {total} (base {base:.3f}); at recall 0.35: flagged {k}, precision {prec:.3f}, lift {lift:.2f}")

# 2. Five folds by paper within gk2018: train on all runs of 4/5 of the papers, test each run on the rest.
rng = random.Random(7); order = papers[:]; rng.shuffle(order)
folds = [order[i::5] for i in range(5)]
for name, run in runs.items():
    scored = []
    for i, test in enumerate(folds):
        trainp = [p for j, f in enumerate(folds) if j != i for p in f]
        m = train([x for r in runs.values() for x in examples(r, human_gk, trainp)])
        scored += [(m(fs), y) for fs, y, _ in examples(run, human_gk, test)]
    base, total, (k, tp, prec, lift) = at_recall(scored)
    print(f"5-fold by paper, gk2018/{name}: pairs {len(scored)}, differ {total} (base {base:.3f}); at recall 0.35: flagged {k}, precision {prec:.3f}, lift {lift:.2f}")

if len(sys.argv) > 1:
    for epochs, lr, l2 in [(5, 0.1, 1e-3), (30, 0.1, 1e-5), (10, 0.05, 1e-2)]:
        model = train([x for r in runs.values() for x in examples(r, human_gk, papers)], epochs, lr, l2)
        xs = examples(index, human_s, sorted(human_s))
        base, total, (k, tp, prec, lift) = at_recall([(model(fs), y) for fs, y, _ in xs])
        print(f"[epochs {epochs}, lr {lr}, l2 {l2}] -> sample160/index: at recall 0.35 flagged {k}, precision {prec:.3f}, lift {lift:.2f}")
        scored = []
        for i, test in enumerate(folds):
            trainp = [p for j, f in enumerate(folds) if j != i for p in f]
            m = train([x for r in runs.values() for x in examples(r, human_gk, trainp)], epochs, lr, l2)
            scored += [(m(fs), y) for fs, y, _ in examples(runs["run-1"], human_gk, test)]
        base, total, (k, tp, prec, lift) = at_recall(scored)
        print(f"[epochs {epochs}, lr {lr}, l2 {l2}] 5-fold gk2018/run-1: flagged {k}, precision {prec:.3f}, lift {lift:.2f}")
