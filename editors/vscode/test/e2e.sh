#!/usr/bin/env bash
# End-to-end test of the VS Code extension in a real VS Code: code-server (from npm, on Node 24
# from npm) in Debian's headless Chromium, driven by playwright-core. It packages the extension
# with the server bundled, installs the .vsix, opens a draft with an unattributed figure, waits
# for the squiggle and the Problems entry, hovers the figure (screenshot: target/editors/hover.png),
# applies the quick fix with Ctrl+., and checks the saved file and that the problem is gone.
#
# Usage (from anywhere): bash editors/vscode/test/e2e.sh PATH_TO_COPYDESK_BINARY
#   COPYDESK_E2E_FAKE=1  use the fake server in editors/test-fixtures instead (no binary needed)
#   COPYDESK_CACHE       where downloads and the code-server install are cached
#                        (default target/editors-cache; the first install takes ~4 minutes)
# Products: target/editors/copydesk.vsix (universal), target/editors/copydesk-linux-x64.vsix
# (with the binary), target/editors/hover.png; logs in target/editors/vscode-e2e/.
set -euo pipefail
LOG_TAG=vscode-e2e
source "$(dirname "${BASH_SOURCE[0]}")/../../scripts/common.sh"

scratch="$COPYDESK_REPO/target/editors/vscode-e2e"
products="$COPYDESK_REPO/target/editors"
fake=${COPYDESK_E2E_FAKE:-0}
if [ "$fake" != 1 ]; then
  [ $# -ge 1 ] || die "usage: $0 PATH_TO_COPYDESK_BINARY (or COPYDESK_E2E_FAKE=1)"
  [ -x "$1" ] || die "$1 is not an executable file"
  binary=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
fi
rm -rf "$scratch"
mkdir -p "$scratch"/{bin,work,home,tmp,ud/User,ext,vsix}

# 1. What the test runs on: Debian's Chromium and a toolchain for code-server's native modules.
ensure_apt build-essential python3 pkg-config libkrb5-dev libx11-dev libxkbfile-dev \
  libsecret-1-dev chromium curl ca-certificates
ensure_node24
with_lock code-server npm_install_cached "$COPYDESK_CACHE/code-server-$CODE_SERVER_VERSION" \
  "code-server@$CODE_SERVER_VERSION"
with_lock playwright npm_install_cached "$COPYDESK_CACHE/playwright-core-$PLAYWRIGHT_CORE_VERSION" \
  --ignore-scripts "playwright-core@$PLAYWRIGHT_CORE_VERSION"
CS="$COPYDESK_CACHE/code-server-$CODE_SERVER_VERSION/node_modules/.bin/code-server"
[ -x "$CS" ] || die "code-server is missing from $CS (delete $COPYDESK_CACHE/code-server-* to reinstall)"

# A program that dies at once, for the check that a broken server is reported once.
printf '#!/bin/sh\necho "copydesk: broken on purpose" >&2\nexit 2\n' >"$scratch/bin/broken-copydesk"
chmod +x "$scratch/bin/broken-copydesk"

# 2. The extension, with the server under test bundled in it.
if [ "$fake" = 1 ]; then
  binary="$scratch/bin/copydesk"
  printf '#!/bin/sh\nFAKE_LSP_LOG=%q exec %q %q "$@"\n' "$scratch/fake-lsp.log" "$(command -v node)" \
    "$COPYDESK_REPO/editors/test-fixtures/fake-lsp.js" >"$binary"
  chmod +x "$binary"
  vsix_dir="$scratch/vsix"   # a fake server never lands where CI keeps the real package
  log "using the fake server"
else
  vsix_dir="$products"
fi
LOG_TAG=vscode-e2e bash "$COPYDESK_REPO/editors/vscode/scripts/package.sh" --out "$vsix_dir" "$binary" \
  2>&1 | grep -v 'Unknown \(user\|env\) config "nodedir"' >"$scratch/package.log" \
  || { tail -30 "$scratch/package.log" >&2; die "packaging the extension"; }
target=$(node -p 'process.platform + "-" + process.arch')
vsix="$vsix_dir/copydesk-$target.vsix"
[ -f "$vsix" ] || { tail -30 "$scratch/package.log" >&2; die "no $vsix"; }
log "packaged $(basename "$vsix") ($(du -h "$vsix" | cut -f1))"

# 3. A private code-server: state, sockets and caches stay in the scratch folder.
export HOME="$scratch/home" TMPDIR="$scratch/tmp"
export XDG_CONFIG_HOME="$HOME/.config" XDG_DATA_HOME="$HOME/.local/share" XDG_CACHE_HOME="$HOME/.cache"
cat >"$scratch/ud/User/settings.json" <<'JSON'
{
  "security.workspace.trust.enabled": false,
  "workbench.startupEditor": "none",
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "update.mode": "none",
  "telemetry.telemetryLevel": "off",
  "chat.disableAIFeatures": true,
  "git.enabled": false,
  "editor.minimap.enabled": false,
  "editor.hover.delay": 300,
  "files.autoSave": "off",
  "copydesk.trace.server": "messages",
  "copydesk.maxDiagnostics": 50,
  "copydesk.severity": { "unattributed-claim": "warning" }
}
JSON
cs() { "$CS" --user-data-dir "$scratch/ud" --extensions-dir "$scratch/ext" "$@"; }
cs --install-extension "$vsix" >"$scratch/install.log" 2>&1 \
  || { cat "$scratch/install.log" >&2; die "code-server --install-extension $vsix"; }
cs --list-extensions --show-versions 2>/dev/null | grep -q '^copydesk.copydesk@' \
  || { cat "$scratch/install.log" >&2; die "the extension is not listed after installing it"; }

printf 'The ministry said 120 soldiers were wounded.\n\nOfficials counted 300 tanks on Tuesday.\n' \
  >"$scratch/work/draft.md"
echo '{}' >"$scratch/work/copydesk.json"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
log "starting code-server $CODE_SERVER_VERSION on 127.0.0.1:$port"
setsid "$CS" --bind-addr "127.0.0.1:$port" --auth none --disable-telemetry --disable-update-check \
  --disable-workspace-trust --disable-getting-started-override \
  --user-data-dir "$scratch/ud" --extensions-dir "$scratch/ext" "$scratch/work" \
  >"$scratch/code-server.log" 2>&1 &
server_pid=$!
trap 'kill -- -"$server_pid" 2>/dev/null || true' EXIT
for _ in $(seq 120); do
  curl -sf -o /dev/null "http://127.0.0.1:$port/healthz" && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$scratch/code-server.log" >&2; die "code-server exited"; }
  sleep 0.5
done
curl -sf -o /dev/null "http://127.0.0.1:$port/healthz" || die "code-server did not answer on $port"

# 4. The writer's session, in Chromium.
status=0
NODE_PATH="$COPYDESK_CACHE/playwright-core-$PLAYWRIGHT_CORE_VERSION/node_modules" \
  E2E_URL="http://127.0.0.1:$port/?folder=$scratch/work" E2E_WORK="$scratch/work" \
  E2E_OUT="$scratch" E2E_HOVER_PNG="$products/hover.png" E2E_FAKE="$fake" \
  E2E_FAKE_LOG="$scratch/fake-lsp.log" E2E_USER_DATA="$scratch/ud" \
  E2E_BROKEN_SERVER="$scratch/bin/broken-copydesk" \
  timeout 420 node "$COPYDESK_REPO/editors/vscode/test/e2e-drive.js" || status=$?

kill -- -"$server_pid" 2>/dev/null || true
wait "$server_pid" 2>/dev/null || true
trap - EXIT
if [ "$status" != 0 ]; then
  log "code-server log (last 20 lines):"
  tail -20 "$scratch/code-server.log" >&2 || true
  log "copydesk output channel (last 40 lines):"
  find "$scratch/ud/logs" -name '*copydesk*.log' -exec tail -40 {} + >&2 2>/dev/null || true
  die "VS Code end-to-end test failed (exit $status); screenshots and logs in $scratch"
fi
log "passed; hover screenshot: $products/hover.png"
