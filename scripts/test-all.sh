#!/usr/bin/env bash
# Every test layer in order, stopping at the first failure. Each layer's own runner counts
# its tests; the closing lines add up what they printed, and a layer that counted nothing
# says so instead of passing for zero.
set -euo pipefail
cd "$(dirname "$0")/.."
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
layers=()

step() { printf '\n==> %s\n' "$*"; }

# cargo (and wasm-bindgen-test-runner): "test result: ok. 12 passed; 0 failed; 1 ignored".
cargo_counts() {
  grep -oE '^test result: [A-Za-z]+\. [0-9]+ passed; [0-9]+ failed' "$1" |
    awk '{p += $4; f += $6} END {print p + 0, f + 0}'
}
# Playwright's closing block: "  41 passed (1.2m)", "  2 failed" (retries are 0: no "flaky").
playwright_counts() {
  awk '/^ +[0-9]+ (passed|flaky)/ {p += $1} /^ +[0-9]+ failed/ {f += $1} END {print p + 0, f + 0}' "$1"
}

summary() {
  local total_passed=0 total_failed=0
  echo
  for layer in "${layers[@]}"; do
    read -r name passed failed <<<"$layer"
    printf '%-8s %d passed, %d failed\n' "$name:" "$passed" "$failed"
    total_passed=$((total_passed + passed)) total_failed=$((total_failed + failed))
  done
  echo "all layers: $total_passed passed, $total_failed failed"
}

# layer NAME COUNTER TARGET: runs `make TARGET`, records what COUNTER read from its output.
layer() {
  local name=$1 counter=$2 target=$3 log="$logs/$1" status=0
  make --no-print-directory "$target" 2>&1 | grep -v 'unexpected operator' | tee "$log" || status=$?
  read -r passed failed < <("$counter" "$log")
  layers+=("$name $passed $failed")
  if [ "$status" -ne 0 ] || [ "$passed" -eq 0 ]; then
    [ "$status" -ne 0 ] || echo "$name: the runner ran no test" >&2
    summary
    exit 1
  fi
}

step "format and lints (native and wasm32)"
make --no-print-directory lint

step "native tests: the domain"
layer native cargo_counts test-native

step "wasm-bindgen tests in headless Chromium: components and browser adapters"
layer wasm cargo_counts test-wasm

step "release build and Playwright against dist/"
layer e2e playwright_counts test-e2e

step "the journey in WebKit (MiniBrowser under Xvfb) and Firefox ESR (WebDriver BiDi)"
layer engines playwright_counts test-engines

step "size tripwire"
scripts/size.sh

summary
