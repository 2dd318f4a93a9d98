#!/usr/bin/env bash
# Instructions the engine executes per keystroke, counted by callgrind; run by hand:
#
#   benches/keystroke_instructions.sh                 # the distinct 36,000-word draft
#   benches/keystroke_instructions.sh FILE            # any draft
#
# Wall time on a shared virtual machine varies by a third from run to run; an instruction
# count does not, so it shows what a change to the keystroke path saves. It runs
# `examples/timing --keystrokes N FILE` (each keystroke re-analysed with the paragraph cache
# and the replaced analysis handed back, as the language server does) for 10 and for 60
# keystrokes under callgrind and divides the difference by 50, so opening the draft is not
# counted. Cache misses, which make a keystroke in the server slower than in this loop, are
# not counted either: `cargo bench --bench lsp_roundtrip` measures those.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v valgrind >/dev/null || { echo "needs valgrind (apt install valgrind)" >&2; exit 2; }
cargo build --release --quiet --example timing --example gen_draft
FILE=${1:-}
if [ -z "$FILE" ]; then
    mkdir -p target/drafts
    FILE=target/drafts/distinct-215k.txt
    # The distinct prose of benches/drafts.rs, cut to about 36,000 words.
    target/release/examples/gen_draft distinct 215000 > "$FILE"
fi
count() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null \
        target/release/examples/timing --keystrokes "$1" "$FILE" 2>&1 |
        awk '/Collected/ { print $4 }'
}
few=$(count 10)
many=$(count 60)
echo "$FILE: $(( (many - few) / 50 )) instructions per keystroke"
