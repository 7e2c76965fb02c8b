#!/usr/bin/env bash
# Trunk post-build hook. Trunk starts the hooks of one stage all at once, and these four
# must run in order: the glue is minified (and its integrity hash taken) after its import
# names are shortened, and the service worker's version hashes the final files.
set -euo pipefail
cd "$(dirname "$0")/.."
node scripts/slim_wasm.mjs "$@"
node scripts/order_functions.mjs "$@"
node scripts/minify_js.mjs "$@"
python3 scripts/pwa_post_build.py "$@"
