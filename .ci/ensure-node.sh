#!/usr/bin/env bash
# Sourced by .ci/run: makes `node` on PATH one that satisfies package.json's `engines` (Vitest 5's
# range: ^22.12 || ^24 || >=26). Where the machine's Node is older or missing, the official binary
# is taken from the npm registry (the platform package node-linux-<arch>, which ships bin/node),
# unpacked into a cache folder and put first on PATH. The `node` wrapper package is not used: its
# preinstall script is what fetches the binary, and npm 11 does not run install scripts by default.

node_ok() {
  local v major minor
  v="$("$1" -p 'process.versions.node' 2>/dev/null)" || return 1
  major="${v%%.*}"; minor="${v#*.}"; minor="${minor%%.*}"
  { [ "$major" -eq 22 ] && [ "$minor" -ge 12 ]; } || [ "$major" -eq 24 ] || [ "$major" -ge 26 ]
}

ensure_node() {
  if command -v node >/dev/null 2>&1 && node_ok node; then return 0; fi
  local arch
  case "$(uname -m)" in
    x86_64 | amd64) arch=x64 ;;
    aarch64 | arm64) arch=arm64 ;;
    *) echo "ci: no Node binary package for $(uname -m); install Node 22.12 or newer" >&2; return 1 ;;
  esac
  local cache="${IDLIB_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/idlib-node}"
  local found
  found="$(ls -d "$cache"/22.*/bin 2>/dev/null | sort -V | tail -1 || true)"
  if [ -n "$found" ] && node_ok "$found/node"; then
    export PATH="$found:$PATH"
    return 0
  fi
  # npm is needed to fetch the package; Debian's own npm (with its older Node) is enough for that.
  if ! command -v npm >/dev/null 2>&1; then
    echo "ci: no npm to fetch Node with; installing Debian's nodejs and npm"
    as_root apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends nodejs npm
  fi
  local tmp version
  tmp="$(mktemp -d)"
  echo "ci: $(node --version 2>/dev/null || echo 'no node') does not satisfy engines; fetching node-linux-$arch@22 from the npm registry"
  (cd "$tmp" && npm pack --silent "node-linux-$arch@22" >/dev/null)
  mkdir -p "$tmp/unpacked"
  tar -xzf "$tmp"/node-linux-"$arch"-*.tgz -C "$tmp/unpacked"
  version="$("$tmp/unpacked/package/bin/node" -p 'process.versions.node')"
  mkdir -p "$cache"
  rm -rf "${cache:?}/$version"
  mv "$tmp/unpacked/package" "$cache/$version"
  rm -rf "$tmp"
  export PATH="$cache/$version/bin:$PATH"
  node_ok node || { echo "ci: the fetched Node $(node --version) does not run here" >&2; return 1; }
}
