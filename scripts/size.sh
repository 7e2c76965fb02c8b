#!/usr/bin/env bash
# Prints every file of dist/ raw, gzip and brotli, and fails if the brotli total of what a
# first load transfers (everything but the icons) is over the budget. Deterministic: the
# same build gives the same bytes.
set -euo pipefail
cd "$(dirname "$0")/.."
# A guard, not a goal: the first load is 159.8 KB (the red-flag check, the lessons and the
# clinician's summary came with 13.3 KB, the tones scheduled ahead with 1.9 KB; the
# browser's JSON in place of serde_json saved 3.7 KB, Trunk's minifier on the glue 1.2 KB).
# The budget is the project's ceiling of 160 KB, 189 bytes above it: less than the usual
# 5 %, because the ceiling allows no more. docs/SIZE.md says what each size measure costs.
BUDGET_BROTLI=${BUDGET_BROTLI:-160000}

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

if [ "$first_load_br" -gt "$BUDGET_BROTLI" ]; then
  echo "size budget exceeded: $first_load_br bytes brotli > $BUDGET_BROTLI" >&2
  exit 1
fi
echo "size budget: $first_load_br of $BUDGET_BROTLI bytes brotli"
