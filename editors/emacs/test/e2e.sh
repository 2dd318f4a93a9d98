#!/usr/bin/env bash
# End-to-end test of copydesk in a real headless Emacs (Debian's emacs-nox) with eglot (built
# into Emacs 29; Debian 12's Emacs 28 gets it from the elpa-eglot package).
# Usage (from anywhere): bash editors/emacs/test/e2e.sh PATH_TO_COPYDESK_BINARY
#   COPYDESK_E2E_FAKE=1  use the fake server in editors/test-fixtures instead
set -euo pipefail
LOG_TAG=emacs-e2e
source "$(dirname "${BASH_SOURCE[0]}")/../../scripts/common.sh"

scratch="$COPYDESK_REPO/target/editors/emacs-e2e"
rm -rf "$scratch"
mkdir -p "$scratch"/{bin,work,home,tmp}
if [ "${COPYDESK_E2E_FAKE:-0}" = 1 ]; then
  command -v node >/dev/null || ensure_apt nodejs
  binary="$scratch/bin/copydesk"
  printf '#!/bin/sh\nexec %q %q "$@"\n' "$(command -v node)" "$COPYDESK_REPO/editors/test-fixtures/fake-lsp.js" >"$binary"
  chmod +x "$binary"
else
  [ $# -ge 1 ] || die "usage: $0 PATH_TO_COPYDESK_BINARY (or COPYDESK_E2E_FAKE=1)"
  [ -x "$1" ] || die "$1 is not an executable file"
  binary=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
fi

command -v emacs >/dev/null || ensure_apt emacs-nox
if ! emacs --batch --eval '(require (quote eglot))' >/dev/null 2>&1; then
  ensure_apt elpa-eglot
fi
log "$(emacs --version | head -1)"

fixtures="$COPYDESK_REPO/editors/test-fixtures"
cp "$fixtures/draft.md" "$scratch/work/draft.txt"
cp "$fixtures/draft-unicode.md" "$scratch/work/draft-unicode.txt"
echo '{}' >"$scratch/work/copydesk.json"
export HOME="$scratch/home" TMPDIR="$scratch/tmp"
status=0
timeout 120 emacs --batch -l "$COPYDESK_REPO/editors/emacs/test/e2e.el" \
  "$binary" "$COPYDESK_REPO/editors/emacs/copydesk-eglot.el" \
  "$scratch/work/draft.txt" "$fixtures/draft.fixed.md" \
  "$scratch/work/draft-unicode.txt" "$fixtures/draft-unicode.fixed.md" || status=$?
[ "$status" = 0 ] || die "Emacs end-to-end test failed (exit $status); logs in $scratch"
log "passed"
