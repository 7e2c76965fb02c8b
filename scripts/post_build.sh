#!/usr/bin/env bash
# Trunk post-build hook. Trunk starts the hooks of one stage all at once, and these two
# must run in order: the service worker's version hashes the minified files.
set -euo pipefail
cd "$(dirname "$0")/.."
node scripts/minify_js.mjs "$@"
python3 scripts/pwa_post_build.py "$@"
