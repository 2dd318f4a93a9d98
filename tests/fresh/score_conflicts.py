#!/usr/bin/env python3
"""Count `conflicting-figure` findings per fresh draft in a snapshot, against the genuine
contradictions the drafts' writers listed.

    python3 scripts/snapshot.py save /tmp/snap
    python3 tests/fresh/score_conflicts.py /tmp/snap

A draft listed in GENUINE holds one real contradiction: its first conflict is found, any
more are false. Every conflict in any other draft is false. The corpus drafts are counted
too: each of their conflicts must be expected by its `.expected` file (the corpus test
checks that), so here they are only totalled.
"""
import json
import os
import sys

# The contradictions the fresh drafts' writers listed: draft -> the pair, as written.
GENUINE = {
    "b-council-budget-wrexford": "£7.4m budget gap vs The £4.7m gap",
    "b-leisure-centre-opening": "£18.6m cost vs At £16.8m",
    "a-homeware-profit-warning": "212 vs 221 stores",
    "a-retailer-data-breach": "1.6 million vs 1.9 million customers",
}


def conflicts(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    out = []

    def walk(v):
        if isinstance(v, dict):
            if v.get("code") == "conflicting-figure":
                out.append(v.get("message", ""))
            for x in v.values():
                walk(x)
        elif isinstance(v, list):
            for x in v:
                walk(x)

    walk(data)
    return out


def main():
    snap = sys.argv[1]
    found = false = corpus = 0
    for name in sorted(os.listdir(snap)):
        stem = name.split("__")[-1].rsplit(".", 2)[0]
        msgs = conflicts(os.path.join(snap, name))
        if "__fresh__" not in name:
            corpus += len(msgs)
            continue
        for i, m in enumerate(msgs):
            genuine = stem in GENUINE and i == 0
            found += genuine
            false += not genuine
            print(f"{'FOUND' if genuine else 'FALSE'} {stem}: {m}")
    missed = [d for d in GENUINE if not any(
        n.startswith("tests__fresh__" + d + ".") and conflicts(os.path.join(snap, n))
        for n in os.listdir(snap))]
    print(f"fresh: found {found}/{len(GENUINE)}, false {false}; missed: {', '.join(missed) or 'none'}")
    print(f"corpus and examples: {corpus} conflicts (expected ones: cargo test --test corpus)")


if __name__ == "__main__":
    main()
