#!/usr/bin/env bash
# The desk's ledger at scale, run by hand (see docs/performance.md):
#   benches/ledger.sh [RUNS]
# Builds the release binary, writes desks of 1,000 and 10,000 generated drafts of about 4 KB
# (examples/gen_desk.rs) under target/, then measures, RUNS times each (default 5), and prints
# Markdown tables of the medians:
#   - the language server indexing each desk: wall time from `initialized` to the end of its
#     progress stream, the server's CPU time, and its peak resident memory (VmHWM);
#   - a keystroke's diagnostics in one open draft with the desk indexed, and with a workspace
#     holding only that draft (the single-draft figure);
#   - `copydesk check` and `copydesk ledger` on the 10,000-draft folder: wall and CPU time,
#     and how the CPU time is spread over threads (both cores in use).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
cargo build --release --quiet
cargo build --release --quiet --example gen_desk
bin=target/release/copydesk
for n in 1000 10000; do
  [ -d "target/desk-$n" ] || target/release/examples/gen_desk "target/desk-$n" "$n"
done
mkdir -p target/desk-1
cp target/desk-10000/draft-05000.md target/desk-1/

median() { sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2}'; }
field() { grep "^$1:" | awk '{print $2}'; }

echo "| drafts | bytes | index wall (s) | index CPU (s) | peak RSS (MB) | keystroke median (ms) | keystroke p95 (ms) |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for n in 1 1000 10000; do
  dir=target/desk-$n
  draft=$dir/draft-05000.md
  [ -f "$draft" ] || draft=$dir/draft-00500.md
  out=$(mktemp)
  for _ in $(seq "$runs"); do python3 benches/lsp_ledger.py "$bin" "$dir" "$draft" 300 >>"$out"; done
  bytes=$(cat "$dir"/*.md | wc -c)
  printf "| %s | %s | %s | %s | %s | %s | %s |\n" "$n" "$bytes" \
    "$(field index_seconds <"$out" | median)" "$(field index_cpu_seconds <"$out" | median)" \
    "$(field peak_rss_mb <"$out" | median)" "$(field keystroke_median_ms <"$out" | median)" \
    "$(field keystroke_p95_ms <"$out" | median)"
  rm -f "$out"
done

echo
echo "| command on 10,000 drafts | wall (s) | CPU (s) | CPU / wall | busy threads |"
echo "| --- | ---: | ---: | ---: | --- |"
for cmd in "check -q" "check -q --isolated" "ledger --format csv"; do
  out=$(mktemp)
  for _ in $(seq "$runs"); do
    # shellcheck disable=SC2086
    python3 benches/cpu_split.py "$bin" $cmd target/desk-10000 >>"$out"
  done
  threads=$(grep "^busy_threads:" "$out" | tail -1 | cut -d' ' -f2-)
  printf "| \`copydesk %s\` | %s | %s | %s | %s |\n" "$cmd" \
    "$(field wall_seconds <"$out" | median)" "$(grep '^cpu_seconds' "$out" | awk '{print $3}' | median)" \
    "$(field cpu_over_wall <"$out" | median)" "$threads"
  rm -f "$out"
done
