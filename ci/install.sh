#!/usr/bin/env bash
# Installs copydesk for the GitHub Action (action.yml): COPYDESK_VERSION from crates.io, or,
# when it is empty, the action's own repository (GITHUB_ACTION_PATH, else this script's
# repository) with `cargo install --locked --path`. Needs cargo on PATH (GitHub's runners
# have it).
set -euo pipefail
repo=${GITHUB_ACTION_PATH:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
if [ -n "${COPYDESK_VERSION:-}" ]; then
  cargo install --locked copydesk --version "$COPYDESK_VERSION"
else
  cargo install --locked --path "$repo"
fi
copydesk --version
