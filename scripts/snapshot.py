#!/usr/bin/env python3
"""Save and compare what `copydesk check --format json` says about a set of drafts.

A refactor of the engine must not change its answers except where a fix is named. Save the
outputs before (`save`), change the engine, save again, and `compare`: every difference is
printed per draft and figure. Fields added since the first snapshot (such as a figure's
`rules`) are left out of the comparison unless named with --keep.

    scripts/snapshot.py save OUT_DIR [--binary target/release/copydesk] [DIR...]
    scripts/snapshot.py compare BEFORE_DIR AFTER_DIR [--ignore FIELD ...] [--keep FIELD ...]

The default drafts are tests/corpus (with NAME.config.json where present), tests/fresh and
examples/draft.md.
"""
import argparse
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_DIRS = ["tests/corpus", "tests/fresh"]
# Fields the comparison leaves out by default: what a later engine adds to each figure.
NEW_FIELDS = {"rules", "class", "holder", "time", "date", "weight"}


def drafts(dirs):
    for d in dirs:
        full = os.path.join(ROOT, d)
        if not os.path.isdir(full):
            continue
        for name in sorted(os.listdir(full)):
            if name.endswith((".md", ".txt")) and name != "README.md":
                yield os.path.join(d, name)
    yield "examples/draft.md"


def save(args):
    os.makedirs(args.out, exist_ok=True)
    count = 0
    for rel in drafts(args.dirs or DEFAULT_DIRS):
        cmd = [args.binary, "check", "--format", "json"]
        stem = os.path.splitext(os.path.join(ROOT, rel))[0]
        if os.path.exists(stem + ".config.json"):
            cmd += ["--config", stem + ".config.json"]
        cmd.append(rel)
        run = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
        if run.returncode not in (0, 1):
            print(f"{rel}: exit {run.returncode}: {run.stderr.strip()}", file=sys.stderr)
            continue
        out = os.path.join(args.out, rel.replace("/", "__") + ".json")
        with open(out, "w", encoding="utf-8") as f:
            f.write(run.stdout)
        count += 1
    print(f"saved {count} drafts to {args.out}")


def strip(value, ignore):
    if isinstance(value, dict):
        return {k: strip(v, ignore) for k, v in value.items() if k not in ignore}
    if isinstance(value, list):
        return [strip(v, ignore) for v in value]
    return value


def compare(args):
    ignore = (set(NEW_FIELDS) - set(args.keep or [])) | set(args.ignore or [])
    before = set(os.listdir(args.before))
    after = set(os.listdir(args.after))
    differing = 0
    for name in sorted(before | after):
        if name not in before or name not in after:
            print(f"{name}: only in {'before' if name in before else 'after'}")
            differing += 1
            continue
        a = strip(json.load(open(os.path.join(args.before, name))), ignore)
        b = strip(json.load(open(os.path.join(args.after, name))), ignore)
        if a == b:
            continue
        differing += 1
        print(f"== {name}")
        for fa, fb in zip(a["files"], b["files"]):
            for key in ("figures", "findings", "diagnostics"):
                xa = [json.dumps(x, sort_keys=True) for x in fa.get(key, [])]
                xb = [json.dumps(x, sort_keys=True) for x in fb.get(key, [])]
                for x in xa:
                    if x not in xb:
                        print(f"  - {key}: {x}")
                for x in xb:
                    if x not in xa:
                        print(f"  + {key}: {x}")
    print(f"{differing} of {len(before | after)} drafts differ")
    return 1 if differing else 0


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("save")
    s.add_argument("out")
    s.add_argument("dirs", nargs="*")
    s.add_argument("--binary", default=os.path.join(ROOT, "target/release/copydesk"))
    c = sub.add_parser("compare")
    c.add_argument("before")
    c.add_argument("after")
    c.add_argument("--ignore", action="append", help="leave this field out too")
    c.add_argument("--keep", action="append", help="compare this later-added field too (e.g. rules)")
    args = p.parse_args()
    if args.cmd == "save":
        save(args)
        return 0
    return compare(args)


if __name__ == "__main__":
    sys.exit(main())
