#!/usr/bin/env bash
# The check step of the GitHub Action (action.yml), also usable in any CI:
#   COPYDESK_PATHS    files and directories, separated by spaces or new lines (default .)
#   COPYDESK_CONFIG   a copydesk.json for every draft (default: the nearest above each draft)
#   COPYDESK_FAIL_ON  warning (default) | error | never
#   COPYDESK_FORMAT   github (default) | human | json | sarif
# Prints `copydesk check` output (workflow commands for annotations by default) and exits 0
# or 1 as COPYDESK_FAIL_ON says; 2 on a usage, file or configuration error, whatever it says.
set -uo pipefail
fail_on=${COPYDESK_FAIL_ON:-warning}
case "$fail_on" in
  warning|error|never) ;;
  *) echo "copydesk: fail-on must be warning, error or never, not \"$fail_on\"" >&2; exit 2 ;;
esac
read -r -d '' -a paths <<<"${COPYDESK_PATHS:-.}" || true
[ ${#paths[@]} -gt 0 ] || paths=(.)
args=(check --format "${COPYDESK_FORMAT:-github}")
[ -n "${COPYDESK_CONFIG:-}" ] && args+=(--config "$COPYDESK_CONFIG")
out=$(mktemp)
trap 'rm -f "$out"' EXIT
copydesk "${args[@]}" -- "${paths[@]}" | tee "$out"
status=${PIPESTATUS[0]}
if [ "$status" -ge 2 ]; then exit "$status"; fi
case "$fail_on" in
  never) exit 0 ;;
  warning) exit "$status" ;;
  error) if grep -q '^::error ' "$out"; then exit 1; else exit 0; fi ;;
esac
