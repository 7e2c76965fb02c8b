#!/usr/bin/env bash
# Prints every file of dist/ raw, gzip and brotli, and fails if the brotli total of what a
# first load transfers (everything but the icons) is over the tripwire. Deterministic: the
# same build gives the same bytes.
set -euo pipefail
cd "$(dirname "$0")/.."
# A tripwire, not a budget: it catches a mistake (a debug build, a dependency pulled in
# twice), far above what the app needs. docs/SIZE.md says where the bytes go; make bench
# records the figure of each change.
TRIPWIRE_BROTLI=${TRIPWIRE_BROTLI:-250000}

first_load_raw=0 first_load_br=0 all_br=0
printf '%-44s %9s %9s %9s\n' file raw gzip brotli
while IFS= read -r file; do
  raw=$(stat -c%s "$file")
  gz=$(gzip -9c "$file" | wc -c)
  br=$(brotli -Zc "$file" | wc -c)
  printf '%-44s %9d %9d %9d\n' "${file#dist/}" "$raw" "$gz" "$br"
  all_br=$((all_br + br))
  case "$file" in
    dist/icons/*) ;;
    *) first_load_raw=$((first_load_raw + raw)); first_load_br=$((first_load_br + br)) ;;
  esac
done < <(find dist -type f | sort)
printf '%-44s %9d %9s %9d\n' "first load (all but icons/)" "$first_load_raw" "" "$first_load_br"
printf '%-44s %9s %9s %9d\n' "everything (the service worker's cache)" "" "" "$all_br"

if [ "$first_load_br" -gt "$TRIPWIRE_BROTLI" ]; then
  echo "size tripwire: the first load is $first_load_br bytes brotli, over $TRIPWIRE_BROTLI: a debug build, or a dependency twice?" >&2
  exit 1
fi
echo "size tripwire: first load $first_load_br bytes brotli (trips over $TRIPWIRE_BROTLI)"
