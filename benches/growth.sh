#!/usr/bin/env bash
# Growth of time and peak memory with the size of a draft (issue 6, "Growth"); run by hand:
#
#   benches/growth.sh            # all series, median of 5 runs each
#   RUNS=3 SERIES="distinct" benches/growth.sh
#   RAYON_NUM_THREADS=1 benches/growth.sh   # one core (the engine is parallel per block)
#
# Builds the release binary and the examples, writes the deterministic drafts of
# benches/drafts.rs into target/drafts/ (examples/gen_draft), then for every draft measures
#   - `copydesk check FILE >/dev/null` as a whole process: wall time and peak resident memory
#     (`/usr/bin/time -f '%e %M'`, whose %M is the peak RSS; the wall time is taken with
#     bash's microsecond clock around it, since %e has only 10 ms resolution);
#   - the analysis alone, in process (examples/timing: read the file, time `analyze`).
# Each figure is the median of RUNS runs. It prints Markdown ready for docs/performance.md:
# the table per draft, then the growth exponents between successive sizes of a series,
# log(t2/t1) / log(n2/n1) with n in bytes: 1 is linear, 2 quadratic. Peak RSS includes the
# process's fixed cost (binary, allocator, thread pool), measured on an empty draft; the
# exponent of the RSS above it is the one that shows how memory grows with the draft.
#
# Series (SERIES, space-separated, default all):
#   distinct     news prose, every paragraph unique: 100 KB, 1 MB, 10 MB
#   same-figure  one claim about the same quantity 3,000, 30,000 and 300,000 times
#   seed         the seed article repeated 300 and 3,000 times (issue 2)
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-5}
SERIES=${SERIES:-distinct same-figure seed}
DRAFTS=target/drafts
BIN=target/release/copydesk
GEN=target/release/examples/gen_draft
TIMING=target/release/examples/timing

[ -x /usr/bin/time ] || { echo "growth.sh needs GNU time (/usr/bin/time; Debian: apt-get install time)" >&2; exit 2; }

cargo build --release --quiet --bin copydesk --example gen_draft --example timing >&2
mkdir -p "$DRAFTS"

# median of the numbers on stdin, one a line
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# `copydesk check FILE` once: prints "seconds peak_kib". Exit 1 (findings) is success here.
check_once() {
  local file=$1 out status start end
  out=$(mktemp)
  start=$EPOCHREALTIME
  set +e
  /usr/bin/time -f '%e %M' -o "$out" "$BIN" check "$file" >/dev/null 2>&1
  status=$?
  set -e
  end=$EPOCHREALTIME
  if [ "$status" -gt 1 ]; then
    echo "copydesk check $file exited with $status" >&2
    rm -f "$out"
    exit 2
  fi
  # The last line: GNU time puts "Command exited with non-zero status 1" before it.
  echo "$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.6f", e - s }') $(tail -n 1 "$out" | awk '{ print $2 }')"
  rm -f "$out"
}

# The analysis alone once, in milliseconds (examples/timing's "... in T ms: ...").
analysis_once() {
  "$TIMING" "$1" | sed -n 's/.* in \([0-9.]*\) ms.*/\1/p'
}

# One draft: appends "SERIES LABEL bytes words check_s rss_kib analysis_ms" (medians of RUNS)
# to $rows.
measure() {
  local series=$1 label=$2 file=$3 i one checks=() analyses=()
  for ((i = 0; i < RUNS; i++)); do
    one=$(check_once "$file") || exit 2
    checks+=("$one")
    one=$(analysis_once "$file") || exit 2
    analyses+=("$one")
  done
  local t m a
  t=$(printf '%s\n' "${checks[@]}" | awk '{ print $1 }' | median)
  m=$(printf '%s\n' "${checks[@]}" | awk '{ print $2 }' | median)
  a=$(printf '%s\n' "${analyses[@]}" | median)
  echo "$series $label $(wc -c <"$file") $(wc -w <"$file") $t $m $a" >>"$rows"
}

# The drafts of a series: "label generator-arguments" per line.
drafts_of() {
  case $1 in
    distinct) printf '%s\n' "distinct-100KB distinct 100000" "distinct-1MB distinct 1000000" "distinct-10MB distinct 10000000" ;;
    same-figure) printf '%s\n' "same-figure-3000 same-figure 3000" "same-figure-30000 same-figure 30000" "same-figure-300000 same-figure 300000" ;;
    seed) printf '%s\n' "seed-x300 seed 300" "seed-x3000 seed 3000" ;;
    *) echo "unknown series $1 (distinct, same-figure, seed)" >&2; exit 2 ;;
  esac
}

# The fixed cost of a process: peak RSS checking an empty draft.
: >"$DRAFTS/empty.txt"
baseline=$(for ((i = 0; i < RUNS; i++)); do check_once "$DRAFTS/empty.txt"; done | awk '{ print $2 }' | median)

rows=$(mktemp)
trap 'rm -f "$rows"' EXIT
for series in $SERIES; do
  while read -r label args; do
    file="$DRAFTS/$label.txt"
    # shellcheck disable=SC2086 # the generator's arguments are words
    "$GEN" $args >"$file"
    echo "measuring $label ($(wc -c <"$file") bytes, $RUNS runs)" >&2
    measure "$series" "$label" "$file"
  done < <(drafts_of "$series")
done

commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
dirty=$(git status --porcelain --untracked-files=no 2>/dev/null | grep -q . && echo "+changes" || true)
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
threads=${RAYON_NUM_THREADS:-all $(nproc)}

echo
echo "Growth, measured on commit \`$commit$dirty\`, $(date -u +%F), $cpu, $(nproc) cores (analysis threads: $threads); median of $RUNS runs."
echo
echo "| draft | bytes | words | \`check\` time | peak RSS | analysis alone | analysis MB/s |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
awk '{ printf "| %s | %d | %d | %.1f ms | %.1f MB | %.1f ms | %.1f |\n", $2, $3, $4, $5 * 1000, $6 / 1024, $7, $3 / ($7 / 1000) / 1e6 }' "$rows"
echo
echo "Peak RSS of \`check\` on an empty draft (the fixed cost): $(awk -v b="$baseline" 'BEGIN { printf "%.1f MB", b / 1024 }')."
echo
echo "Growth exponents between successive sizes, log(t2/t1) / log(n2/n1), n in bytes (1 = linear):"
echo
echo "| series | from → to | size × | \`check\` time | analysis time | peak RSS | RSS above fixed cost |"
echo "| --- | --- | ---: | ---: | ---: | ---: | ---: |"
awk -v base="$baseline" '
  function ex(a, b, r) { return (a > 0 && b > 0) ? sprintf("%.2f", log(b / a) / r) : "n/a" }
  {
    if ($1 == series) {
      r = log($3 / bytes)
      printf "| %s | %s → %s | %.1f | %s | %s | %s | %s |\n", $1, label, $2, $3 / bytes,
        ex(check, $5, r), ex(analysis, $7, r), ex(rss, $6, r), ex(rss - base, $6 - base, r)
    }
    series = $1; label = $2; bytes = $3; check = $5; rss = $6; analysis = $7
  }' "$rows"
