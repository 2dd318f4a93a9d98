#!/usr/bin/env bash
# Builds the VS Code extension and packages it with vsce:
#   OUT/copydesk.vsix                 universal: finds the server via copydesk.server.path or PATH
#   OUT/copydesk-<platform>-<arch>.vsix  with BINARY bundled under server/<platform>-<arch>/
#                                     (only when BINARY is given)
# Usage: bash editors/vscode/scripts/package.sh [--out DIR] [BINARY]
# OUT defaults to target/editors. Installs Node 24 and the npm dependencies when missing.
set -euo pipefail
LOG_TAG=${LOG_TAG:-vsix}
source "$(dirname "${BASH_SOURCE[0]}")/../../scripts/common.sh"

out="$COPYDESK_REPO/target/editors"
binary=""
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out=$2; shift 2 ;;
    -h|--help) sed -n 2,8p "$0"; exit 0 ;;
    *) binary=$1; shift ;;
  esac
done
mkdir -p "$out"
out=$(cd "$out" && pwd)
if [ -n "$binary" ]; then
  [ -x "$binary" ] || die "$binary is not an executable file"
  binary=$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")
fi

ensure_node24
ext="$COPYDESK_REPO/editors/vscode"
cd "$ext"

# npm ci only when the lock file changed since the last install.
lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.copydesk-lock-sum 2>/dev/null)" != "$lock_sum" ]; then
  log "npm ci (editors/vscode)"
  npm ci --no-audit --no-fund --loglevel=error >&2 || die "npm ci in editors/vscode"
  echo "$lock_sum" > node_modules/.copydesk-lock-sum
fi

log "typecheck"
npx --no-install tsc -p . --noEmit >&2 || die "tsc found errors"

vsce() { npx --no-install vsce "$@"; }
rm -rf server
log "vsce package -> $out/copydesk.vsix"
vsce package --no-dependencies --allow-missing-repository -o "$out/copydesk.vsix" >&2 \
  || die "vsce package"

if [ -n "$binary" ]; then
  target=$(node -p 'process.platform + "-" + process.arch')
  mkdir -p "server/$target"
  trap 'rm -rf "$ext/server"' EXIT
  cp "$binary" "server/$target/copydesk"
  chmod 755 "server/$target/copydesk"
  log "vsce package --target $target (bundling $binary) -> $out/copydesk-$target.vsix"
  vsce package --no-dependencies --allow-missing-repository --target "$target" \
    -o "$out/copydesk-$target.vsix" >&2 || die "vsce package --target $target"
  rm -rf server
  trap - EXIT
fi
log "done"
