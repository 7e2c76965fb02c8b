#!/usr/bin/env bash
# Installs what Lumbar's build and tests need, from package registries only, skipping
# whatever is already there at the right version. Usage: ensure-tools.sh build|browser
set -euo pipefail
cd "$(dirname "$0")/.."

# The newest released Trunk that builds with the machine's Rust 1.95: 0.22.0 and 0.22.1
# need rustc 1.96.1, and no beta or release candidate is taken.
TRUNK_VERSION=0.21.14
# The CLI must match the wasm-bindgen crate in Cargo.lock exactly.
WASM_BINDGEN_VERSION=$(sed -n '/^name = "wasm-bindgen"$/{n;s/version = "\(.*\)"/\1/p;}' Cargo.lock)
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf '==> %s\n' "$*" >&2; }

apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return
  say "apt-get install ${missing[*]}"
  local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

build_tools() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "rustup target add wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown
  fi
  if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then
    say "building trunk $TRUNK_VERSION from crates.io (about 5 minutes, once)"
    # Trunk's own LTO doubles its build time for no benefit to us.
    CARGO_PROFILE_RELEASE_LTO=off CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
      cargo install --locked "trunk@$TRUNK_VERSION"
  fi
  if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION"; then
    say "building wasm-bindgen-cli $WASM_BINDGEN_VERSION from crates.io (about 3 minutes, once)"
    # Not --locked: its lock file pins a webpki-roots release the registry no longer serves.
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
  fi
  # Trunk builds offline (Trunk.toml), so every crate must be here first. Quick when they
  # are cached already.
  cargo fetch --locked
  # npm writes node_modules/.package-lock.json on every install: newer means up to date.
  if ! [ node_modules/.package-lock.json -nt package-lock.json ]; then
    say "npm ci (wasm-opt from binaryen; Playwright, puppeteer-core and selenium-webdriver without a browser download)"
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund >/dev/null
  fi
}

case "${1:-build}" in
  build) build_tools ;;
  # Chromium for Playwright and wasm-bindgen-test; WebKitGTK's MiniBrowser and its
  # WebDriver under Xvfb, and Firefox ESR, for the journey in the other engines.
  browser)
    apt_install chromium chromium-driver brotli \
      webkit2gtk-driver libwebkit2gtk-4.1-0 xvfb xauth fonts-dejavu-core firefox-esr
    ;;
  *) echo "usage: $0 build|browser" >&2; exit 2 ;;
esac
