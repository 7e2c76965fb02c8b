# Lumbar: `make run` serves the app, `make test` runs every test layer.
# Both install whatever is missing first (registries only; the first run builds trunk).

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true
PORT ?= 8080
ADDRESS ?= 127.0.0.1
.PHONY: run test build tools browser lint test-native test-wasm test-e2e test-engines size icons fuzz bench

# No autoreload: the script trunk would inject is inline, and the CSP refuses it.
run: tools
	@echo "Lumbar will be served at http://$(ADDRESS):$(PORT)/ once built"
	trunk serve --release --no-autoreload --address $(ADDRESS) --port $(PORT)

test: tools browser
	scripts/test-all.sh

build: tools
	trunk build --release

tools:
	@scripts/ensure-tools.sh build

browser:
	@scripts/ensure-tools.sh browser

lint:
	cargo fmt --all -- --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings

test-native:
	cargo test

test-wasm:
	cargo test --target wasm32-unknown-unknown --test web_notices --test web_player --test web_storage --test web_tasks

test-e2e: build
	npx playwright test

# The same journey in WebKit and Firefox, on the build test-e2e made.
test-engines:
	npx playwright test -c playwright.engines.config.ts

size: build
	scripts/size.sh

# The PNG icons from the SVG artwork in assets/icons (committed; rerun after editing the SVGs).
icons: tools browser
	node scripts/icons.mjs

# A longer run of the stored-data fuzzer (make test runs it for 3 s): make fuzz FUZZ_SECONDS=600
FUZZ_SECONDS ?= 120
fuzz:
	LUMBAR_FUZZ_SECONDS=$(FUZZ_SECONDS) cargo test --release --test fuzz_storage -- --nocapture

# Sizes, Lighthouse, timer accuracy, wake-ups and memory of the release build, written to
# BENCHMARKS.md. Lighthouse lives in bench/ so that make test never installs it.
bench: build browser
	@[ bench/node_modules/.package-lock.json -nt bench/package-lock.json ] || (cd bench && npm ci --no-audit --no-fund)
	node scripts/bench.mjs
