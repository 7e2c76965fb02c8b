#!/usr/bin/env bash
# Prints every file of dist/ raw, gzip and brotli, and fails if the brotli total of what a
# first load transfers is over the budget. Deterministic: the same build, the same bytes.
set -euo pipefail
cd "$(dirname "$0")/.."
BUDGET_BROTLI=${BUDGET_BROTLI:-128000}

total_raw=0 total_br=0
printf '%-44s %9s %9s %9s\n' file raw gzip brotli
while IFS= read -r file; do
  raw=$(stat -c%s "$file")
  gz=$(gzip -9c "$file" | wc -c)
  br=$(brotli -Zc "$file" | wc -c)
  printf '%-44s %9d %9d %9d\n' "${file#dist/}" "$raw" "$gz" "$br"
  total_raw=$((total_raw + raw)); total_br=$((total_br + br))
done < <(find dist -type f | sort)
printf '%-44s %9d %9s %9d\n' total "$total_raw" "" "$total_br"

if [ "$total_br" -gt "$BUDGET_BROTLI" ]; then
  echo "size budget exceeded: $total_br bytes brotli > $BUDGET_BROTLI" >&2
  exit 1
fi
echo "size budget: $total_br of $BUDGET_BROTLI bytes brotli"
