#!/usr/bin/env bash
# Unit tests of the VS Code extension's server discovery and settings mapping, in plain Node
# (node:test; no VS Code). Usage: bash editors/vscode/test/unit.sh
# Installs Node 24 and the extension's npm dependencies into the cache when missing.
set -euo pipefail
LOG_TAG=vscode-unit
source "$(dirname "${BASH_SOURCE[0]}")/../../scripts/common.sh"
ensure_node24
cd "$COPYDESK_REPO/editors/vscode"
lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.copydesk-lock-sum 2>/dev/null)" != "$lock_sum" ]; then
  log "npm ci (editors/vscode)"
  npm ci --no-audit --no-fund --loglevel=error >&2 || die "npm ci in editors/vscode"
  echo "$lock_sum" >node_modules/.copydesk-lock-sum
fi
npx --no-install tsc -p . --noEmit || die "tsc found type errors in the extension"
rm -rf out
npx --no-install tsc -p tsconfig.test.json || die "compiling the tests"
node --test out/test/discovery.test.js out/test/settings.test.js out/test/manifest.test.js out/test/report.test.js
