#!/usr/bin/env python3
"""Writes the agreement sample the tests carry: every labelling of ../shared/agreement as one file of
back-to-back scorecards (gillrepro reads them with ParseMany), with the evidence cells emptied and the
notice and links left out, so the labels (the only thing a comparison reads) fit in about 1.4 MB.

    python3 tests/GillRepro.Tests/Agreement/Sample/make-sample.py [../shared/agreement]
"""
import os
import re
import sys

here = os.path.dirname(os.path.abspath(__file__))
source = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "..", "..", "..", "shared", "agreement")
row = re.compile(r"^\| ([^|]+?) \| ([^|]*?) \|")
for labelling in ["gk2018/human", "gk2018/run-1", "gk2018/run-2", "gk2018/run-3", "sample160/human", "sample160/index"]:
    folder = os.path.join(source, labelling)
    pages = []
    for name in sorted(os.listdir(folder)):
        lines = open(os.path.join(folder, name), encoding="utf-8").read().split("\n")
        if lines[0].startswith("Notice:"):
            lines = lines[1:]
        title, authors, venue = lines[0], lines[1], lines[2].split("|")[0].strip()
        table = [lines[3], lines[4]]
        for line in lines[5:]:
            match = row.match(line)
            if match:
                table.append(f"| {match.group(1)} | {match.group(2)} |  |")
        pages.append("\n".join([title, authors, venue, *table]))
    out = os.path.join(here, labelling.replace("/", "-") + ".md")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n\n".join(pages) + "\n")
    print(f"{out}: {len(pages)} papers")
