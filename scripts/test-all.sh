#!/usr/bin/env bash
# Every test layer in order, stopping at the first failure, then one closing line with the
# number of tests that ran across all layers.
set -euo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
trap 'rm -f "$log"' EXIT

step() { printf '\n==> %s\n' "$*"; }

step "format and lints (native and wasm32)"
make --no-print-directory lint

step "native tests: the domain"
make --no-print-directory test-native 2>&1 | tee -a "$log"

step "wasm-bindgen tests in headless Chromium: components and browser adapters"
make --no-print-directory test-wasm 2>&1 | grep -v 'unexpected operator' | tee -a "$log"

step "release build and Playwright against dist/"
make --no-print-directory test-e2e 2>&1 | grep -v 'unexpected operator' | tee -a "$log"

step "the journey in WebKit (MiniBrowser under Xvfb) and Firefox ESR (WebDriver BiDi)"
make --no-print-directory test-engines 2>&1 | tee -a "$log"

step "size budget"
scripts/size.sh

rust=$(grep -oE '^test result: ok\. [0-9]+ passed' "$log" | awk '{s += $4} END {print s + 0}')
e2e=$(grep -oE '^ +[0-9]+ passed' "$log" | awk '{s += $1} END {print s + 0}')
echo
echo "all layers: $((rust + e2e)) passed, 0 failed"
