#!/usr/bin/env python3
"""Precision and recall of copydesk's `unattributed-claim` warnings against an editor's labels.

Every draft in tests/fresh (and any corpus draft with a NAME.labels file) is checked with the
release binary; each label line `LINE "NUMERAL" query|ok # why` names a figure stated without a
source in its own sentence. A warning on a `query` figure is a true positive, on an `ok` figure a
false positive; a `query` figure without a warning is a miss. Hints do not count as warnings.

    tests/fresh/score_labels.py [--binary target/release/copydesk] [--policy editorial|strict]
                                [--severity warning] [--verbose]

--policy writes {"policy": P} to a temporary copydesk.json for every draft; without it the
binary's defaults are used (the only choice for binaries older than the policy setting).
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
LABEL = re.compile(r'^\s*(\d+)\s+"((?:[^"\\]|\\.)*)"\s+(query|ok)\b\s*(?:#\s*(.*))?$')


def labelled_drafts():
    for d in ("tests/fresh", "tests/corpus"):
        full = os.path.join(ROOT, d)
        for name in sorted(os.listdir(full)):
            stem, ext = os.path.splitext(name)
            if ext in (".md", ".txt") and os.path.exists(os.path.join(full, stem + ".labels")):
                yield os.path.join(full, name), os.path.join(full, stem + ".labels")


def read_labels(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            m = LABEL.match(line.rstrip("\n"))
            if not m:
                print(f"{path}:{n}: unreadable label: {line.rstrip()}", file=sys.stderr)
                continue
            out.append((int(m.group(1)), m.group(2), m.group(3), m.group(4) or ""))
    return out


def check(binary, draft, config):
    cmd = [binary, "check", "--format", "json"]
    if config:
        cmd += ["--config", config]
    run = subprocess.run(cmd + [draft], capture_output=True, text=True, cwd=ROOT)
    if run.returncode not in (0, 1):
        sys.exit(f"{draft}: exit {run.returncode}: {run.stderr.strip()}")
    return json.loads(run.stdout)["files"][0]


def figure_for(label_line, numeral, figures, line_text=""):
    """The figure a label names: same line, exact numeral first, else containment, else the
    figure that carries a ratio the label names by its head.

    The engine carries a ratio on its second number (kind.ratio-head: the "one" of "one in five
    adults" is no figure, "five adults" is the claim), while an editor labels the ratio by its
    first words ("one", "2 in 3"); both name the same claim."""
    on_line = [f for f in figures if f["line"] == label_line]
    exact = [f for f in on_line if f["figure"].lower() == numeral.lower()]
    if exact:
        return exact[0]
    loose = [f for f in on_line
             if numeral.lower() in f["text"].lower() or numeral.lower() in f["figure"].lower()]
    if loose:
        return loose[0]
    head = re.escape(numeral.split(" in ")[0].strip().lower())
    for f in on_line:
        before = line_text[:max(f["column"] - 1, 0)].lower()
        if re.search(r"\b" + head + r"\s+in\s+$", before):
            return f
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", default=os.path.join(ROOT, "target/release/copydesk"))
    ap.add_argument("--policy", choices=["editorial", "strict"])
    ap.add_argument("--severity", default="warning", help="the severity that counts as a warning")
    ap.add_argument("--verbose", action="store_true", help="list every false positive and miss")
    args = ap.parse_args()
    config = None
    if args.policy:
        tmp = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
        json.dump({"policy": args.policy}, tmp)
        tmp.close()
        config = tmp.name
    tp = fp = miss = ok_spared = drafts = warnings = 0
    unlabelled, wrong, missed, per_draft = [], [], [], []
    for draft, labels_path in labelled_drafts():
        rel = os.path.relpath(draft, ROOT)
        report = check(args.binary, draft, config)
        figures = report["figures"]
        warned = {(d["line"], d["column"]) for d in report["diagnostics"]
                  if d["code"] == "unattributed-claim" and d["severity"] == args.severity}
        drafts += 1
        warnings += len(warned)
        per_draft.append((len(warned), rel))
        seen = set()
        with open(draft, encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        for line, numeral, verdict, why in read_labels(labels_path):
            text = lines[line - 1] if 0 < line <= len(lines) else ""
            f = figure_for(line, numeral, figures, text)
            key = (f["line"], f["column"]) if f else None
            hit = key in warned
            if key:
                seen.add(key)
            if verdict == "query":
                if hit:
                    tp += 1
                else:
                    miss += 1
                    missed.append(f"{rel}:{line} \"{numeral}\" ({why})")
            elif hit:
                fp += 1
                wrong.append(f"{rel}:{line} \"{numeral}\" ({why})")
            else:
                ok_spared += 1
        for key in sorted(warned - seen):
            f = next((f for f in figures if (f["line"], f["column"]) == key), None)
            unlabelled.append(f"{rel}:{key[0]} \"{f['text'] if f else '?'}\"")
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + miss) if tp + miss else 0.0
    print(f"policy: {args.policy or 'binary default'}; drafts: {drafts}")
    print(f"warnings on labelled figures: {tp + fp} (query {tp}, ok {fp}); "
          f"query figures: {tp + miss}; ok figures: {fp + ok_spared}")
    print(f"precision: {precision:.1%}  recall: {recall:.1%}  "
          f"warnings per draft: {warnings / drafts if drafts else 0:.2f} "
          f"(max {max(per_draft)[0] if per_draft else 0})")
    print(f"unlabelled warnings: {len(unlabelled)}")
    for u in unlabelled:
        print(f"  {u}")
    if args.verbose:
        print("false positives:")
        for w in wrong:
            print(f"  {w}")
        print("misses:")
        for m in missed:
            print(f"  {m}")
    if config:
        os.unlink(config)


if __name__ == "__main__":
    main()
