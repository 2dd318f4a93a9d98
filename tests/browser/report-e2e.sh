#!/usr/bin/env bash
# The fact-check sheet in a real browser: writes the sheets of tests/browser/draft.md (emoji,
# CJK, CRLF, curly quotes, a <script> and an <img> that must stay text) and of
# examples/draft.md with the binary under test, then opens them in Debian's headless
# Chromium through playwright-core (report-drive.js): no console error, no request beyond
# the page, every claim `copydesk check --format json` finds is on the page, the print
# layout fits A4 and Letter. Screenshots and PDFs go to target/browser/; the example's
# screenshot is the one committed as docs/report.png.
#
# Usage (from anywhere): bash tests/browser/report-e2e.sh PATH_TO_COPYDESK_BINARY
#   COPYDESK_CACHE  where playwright-core is cached (default target/editors-cache)
set -euo pipefail
LOG_TAG=report-e2e
source "$(dirname "${BASH_SOURCE[0]}")/../../editors/scripts/common.sh"

[ $# -ge 1 ] || die "usage: $0 PATH_TO_COPYDESK_BINARY"
[ -x "$1" ] || die "$1 is not an executable file"
binary=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
out="$COPYDESK_REPO/target/browser"
rm -rf "$out"
mkdir -p "$out/profile"

ensure_apt chromium fonts-liberation fonts-dejavu-core
command -v node >/dev/null || ensure_apt nodejs npm
case "$(node -v)" in v1[89].*|v[2-9][0-9].*) ;; *) ensure_node24 ;; esac
with_lock playwright npm_install_cached "$COPYDESK_CACHE/playwright-core-$PLAYWRIGHT_CORE_VERSION" \
  --ignore-scripts "playwright-core@$PLAYWRIGHT_CORE_VERSION"

# One sheet per draft: the page, the claims check finds, and the number of figures.
pages="["
sep=""
for draft in tests/browser/draft.md examples/draft.md; do
  name=$(basename "$(dirname "$draft")")-$(basename "$draft" .md)
  (cd "$COPYDESK_REPO" && "$binary" report "$draft" --output "$out/$name.html" -q) || [ $? -eq 1 ] \
    || die "copydesk report $draft failed"
  json=$(cd "$COPYDESK_REPO" && "$binary" check --format json "$draft" || true)
  spec=$(node -e '
    const report = JSON.parse(process.argv[1]);
    const figures = report.files[0].figures;
    console.log(JSON.stringify({
      name: process.argv[2], html: process.argv[3], png: process.argv[4], pdf: process.argv[5],
      claims: figures.filter((f) => f.kind === "claim").map((f) => f.text.replace(/\s+/g, " ")),
      figures: figures.length,
      fullPage: process.argv[2] !== "examples-draft",
      text: process.argv[2] === "browser-draft" ? ["<script>console.error(", "記者", "東京", "“a record”", "🌊"] : [],
    }));' "$json" "$name" "$out/$name.html" "$out/$name.png" "$out/$name.pdf")
  pages="$pages$sep$spec"
  sep=","
done
pages="$pages]"

log "opening the sheets in $(chromium --version 2>/dev/null || echo chromium)"
NODE_PATH="$COPYDESK_CACHE/playwright-core-$PLAYWRIGHT_CORE_VERSION/node_modules" REPORT_PAGES="$pages" \
  HOME="$out/profile" timeout 300 node "$COPYDESK_REPO/tests/browser/report-drive.js" \
  || die "the sheet failed in the browser; pages, screenshots and PDFs in $out"
log "passed; the example's screenshot (docs/report.png): $out/examples-draft.png"
